#include "gui/diagrams/connectordrag.h"

#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/edgeitem.h"
#include "gui/diagrams/nodeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

#include <utility>

namespace Starloop::Gui {

ConnectorDrag::ConnectorDrag(DiagramScene *scene)
    : m_scene(scene)
{ }

void ConnectorDrag::showLine(const QPointF &from, const QPointF &to)
{
    m_line = new QGraphicsLineItem(QLineF(from, to));
    m_line->setPen(QPen(QColor(0x1a73e8), 1.5, Qt::DashLine));
    m_line->setZValue(1e6);
    m_scene->addItem(m_line);
}

bool ConnectorDrag::pressEndHandle(const QPointF &at)
{
    const double grab = EdgeItem::HandleRadius + 3;
    for (const QString &id : m_scene->selectedEdgeIds()) {
        const QPolygonF &points = m_scene->edgeItem(id)->geometry().points;
        if (points.size() < 2)
            continue;
        const bool source = QLineF(points.first(), at).length() <= grab;
        if (!source && QLineF(points.last(), at).length() > grab)
            continue;
        m_edge = id;
        m_source = source;
        showLine(source ? points.last() : points.first(), at);
        return true;
    }
    return false;
}

bool ConnectorDrag::press(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_scene->isReadOnly())
        return false;
    if (m_scene->mode() == DiagramScene::Mode::Select) {
        if (!pressEndHandle(event->scenePos()))
            return false;
    } else if (NodeItem *from = m_scene->nodeAt(event->scenePos())) { // Connect mode takes every press
        m_from = from->id();
        showLine(from->sceneRectNow().center(), event->scenePos());
    }
    event->accept();
    return true;
}

bool ConnectorDrag::move(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return false;
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    event->accept();
    return true;
}

bool ConnectorDrag::release(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return false;
    delete m_line;
    m_line = nullptr;
    NodeItem *to = m_scene->nodeAt(event->scenePos());
    const QString edge = std::exchange(m_edge, QString());
    const QString from = std::exchange(m_from, QString());
    if (!edge.isEmpty()) {
        if (to)
            reconnect(edge, m_source, to->id());
    } else if (to && to->id() != from) {
        m_scene->connectNodes(from, to->id());
    }
    event->accept();
    return true;
}

bool ConnectorDrag::reconnect(const QString &edgeId, bool source, const QString &nodeId)
{
    const Diagrams::DiagramEdge *edge = m_scene->document().edge(edgeId);
    if (m_scene->isReadOnly() || !edge || !m_scene->document().node(nodeId))
        return false;
    if (nodeId == edge->from || nodeId == edge->to)
        return false;
    Diagrams::DiagramDocument after = m_scene->document();
    Diagrams::DiagramEdge *changed = after.edge(edgeId);
    (source ? changed->from : changed->to) = nodeId;
    m_scene->commit(tr("Reconnect"), after);
    m_scene->selectIds({edgeId});
    return true;
}

void ConnectorDrag::forget()
{
    m_line = nullptr;
    m_edge.clear();
    m_from.clear();
}

} // namespace Starloop::Gui
