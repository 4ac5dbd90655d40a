#include "gui/diagrams/edgeitem.h"

#include "gui/diagrams/diagramscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>

namespace Starloop::Gui {

EdgeItem::EdgeItem(DiagramScene *scene, const Diagrams::DiagramEdge &edge)
    : m_scene(scene)
    , m_edge(edge)
{
    setFlags(ItemIsSelectable);
    setZValue(DiagramPainter::EdgeStacking);
}

void EdgeItem::setEdge(const Diagrams::DiagramEdge &edge)
{
    const bool relabelled = edge.label != m_edge.label;
    m_edge = edge;
    if (relabelled) {
        prepareGeometryChange();
        m_geometry.labelRect = DiagramPainter::edgeLabelRect(m_edge, m_geometry);
        updateBounds();
    }
    update();
}

void EdgeItem::updateGeometry(const QRectF &from, const QRectF &to)
{
    prepareGeometryChange();
    m_geometry = DiagramPainter::edgeGeometry(m_edge, from, to);
    updateBounds();
    update();
}

void EdgeItem::setGeometry(const EdgeGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    updateBounds();
    update();
}

void EdgeItem::updateBounds()
{
    m_bounds = m_geometry.points.boundingRect().adjusted(-12, -12, 12, 12);
    if (!m_geometry.labelRect.isNull())
        m_bounds = m_bounds.united(m_geometry.labelRect.adjusted(-2, -2, 2, 2));
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(m_geometry.path());
    if (!m_geometry.labelRect.isNull())
        path.addRect(m_geometry.labelRect);
    return path;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    DiagramPainter::paintEdge(painter, m_edge, m_geometry, isSelected());
    if (!isSelected() || m_geometry.points.size() < 2 || m_scene->isReadOnly())
        return;
    painter->save();
    QPen pen(QColor(0x1a73e8), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    for (const QPointF &end : {m_geometry.points.first(), m_geometry.points.last()})
        painter->drawEllipse(end, HandleRadius, HandleRadius);
    // Bends are diamonds: filled where the user put one, hollow where one can be dragged out.
    painter->setBrush(m_edge.waypoints.isEmpty() ? QBrush(Qt::white) : QBrush(QColor(0x1a73e8)));
    for (const QPointF &bend : bendHandles(m_edge, m_geometry)) {
        const double r = HandleRadius;
        painter->drawPolygon(QPolygonF(
            {bend + QPointF(0, -r), bend + QPointF(r, 0), bend + QPointF(0, r), bend + QPointF(-r, 0)}));
    }
    painter->restore();
}

QVector<QPointF> EdgeItem::bendHandles(const Diagrams::DiagramEdge &edge, const EdgeGeometry &geometry)
{
    if (edge.routing != Diagrams::Routing::Orthogonal || edge.from == edge.to || geometry.points.size() < 2)
        return {};
    if (!edge.waypoints.isEmpty())
        return edge.waypoints;
    const int middle = int(geometry.points.size() - 1) / 2; // the middle segment
    return {(geometry.points.at(middle) + geometry.points.at(middle + 1)) / 2};
}

void EdgeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_scene->editLabel(m_edge.id);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace Starloop::Gui
