#include "gui/diagrams/nodeitem.h"

#include "core/diagrams/diagramkind.h"
#include "gui/diagrams/diagrampainter.h"
#include "gui/diagrams/diagramscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Starloop::Gui {

NodeItem::NodeItem(DiagramScene *scene, const Diagrams::DiagramNode &node)
    : m_scene(scene)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setNode(node);
}

bool NodeItem::isResizable() const
{
    return m_isGroup || m_node.kind == QLatin1String("box") || m_node.kind == QLatin1String("note")
        || m_node.kind == QLatin1String("class");
}

void NodeItem::setNode(const Diagrams::DiagramNode &node)
{
    const bool geometryChanged = node.w != m_node.w || node.h != m_node.h || node.kind != m_node.kind;
    if (geometryChanged)
        prepareGeometryChange();
    m_node = node;
    const Diagrams::DiagramKind *kind = Diagrams::DiagramKind::find(node.kind);
    m_isGroup = kind && kind->isGroup();
    setPos(node.x, node.y);
    m_lastPos = pos();
    setToolTip(node.label.isEmpty() ? QString() : node.label);
    update();
}

QRectF NodeItem::sceneRectNow() const
{
    return QRectF(pos(), QSizeF(m_node.w, m_node.h));
}

QRectF NodeItem::handleRect() const
{
    return QRectF(m_node.w - HandleSize / 2, m_node.h - HandleSize / 2, HandleSize, HandleSize);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-3, -3, m_node.w + 6 + HandleSize / 2, m_node.h + 6 + HandleSize / 2);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    if (!m_isGroup) {
        path.addRect(QRectF(0, 0, m_node.w, m_node.h));
    } else {
        // A group is grabbed by its header and frame; its inside belongs to its contents and to
        // the rubber band.
        const double band = 7;
        path.addRect(QRectF(0, 0, m_node.w, DiagramPainter::GroupHeader));
        path.addRect(QRectF(0, 0, band, m_node.h));
        path.addRect(QRectF(m_node.w - band, 0, band, m_node.h));
        path.addRect(QRectF(0, m_node.h - band, m_node.w, band));
        path.setFillRule(Qt::WindingFill);
    }
    if (isSelected() && isResizable())
        path.addRect(handleRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    DiagramPainter::paintNode(painter, m_node);
    if (!isSelected())
        return;
    painter->save();
    QPen pen(QColor(0x1a73e8), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(-2, -2, m_node.w + 4, m_node.h + 4));
    if (isResizable()) {
        painter->setPen(QPen(QColor(0x1a73e8), 1));
        painter->setBrush(Qt::white);
        painter->drawRect(handleRect());
    }
    painter->restore();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene && m_scene->shouldSnap() && isSelected()) {
        QPointF p = value.toPointF();
        const double grid = DiagramPainter::GridSize;
        p.setX(std::round(p.x() / grid) * grid);
        p.setY(std::round(p.y() / grid) * grid);
        return p;
    }
    if (change == ItemPositionHasChanged && m_scene) {
        const QPointF delta = pos() - m_lastPos;
        m_lastPos = pos();
        m_scene->nodeItemMoved(this, delta);
    }
    if (change == ItemSelectedHasChanged)
        prepareGeometryChange(); // the handle joins or leaves the shape
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isSelected() && isResizable()
        && handleRect().contains(event->pos())) {
        m_resizing = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    double w = std::max(40.0, event->pos().x());
    double h = std::max(m_isGroup ? 60.0 : 30.0, event->pos().y());
    if (m_scene->snapsToGrid()) {
        w = std::round(w / DiagramPainter::GridSize) * DiagramPainter::GridSize;
        h = std::round(h / DiagramPainter::GridSize) * DiagramPainter::GridSize;
    }
    prepareGeometryChange();
    m_node.w = w;
    m_node.h = h;
    update();
    m_scene->nodeItemMoved(this, QPointF());
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_resizing = false;
        m_scene->commitResize(this);
        event->accept();
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_scene->editLabel(m_node.id);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool onHandle = isSelected() && isResizable() && handleRect().contains(event->pos());
    setCursor(onHandle ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace Starloop::Gui
