#include "gui/diagrams/connectordrag.h"

#include "gui/diagrams/canvasrouting.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/edgeitem.h"
#include "gui/diagrams/nodeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

#include <cmath>
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

bool ConnectorDrag::pressBendHandle(const QPointF &at)
{
    const double grab = EdgeItem::HandleRadius + 3;
    for (const QString &id : m_scene->selectedEdgeIds()) {
        const EdgeItem *item = m_scene->edgeItem(id);
        const QVector<QPointF> handles = EdgeItem::bendHandles(item->edge(), item->geometry());
        for (int i = 0; i < handles.size(); ++i) {
            if (QLineF(handles.at(i), at).length() > grab)
                continue;
            m_bendEdge = id;
            m_bendIndex = i;
            m_bends = handles; // the hollow middle handle becomes the first waypoint
            return true;
        }
    }
    return false;
}

void ConnectorDrag::previewBends(const QString &edgeId, const QVector<QPointF> &bends)
{
    EdgeItem *item = m_scene->edgeItem(edgeId);
    const Diagrams::Route *route = item ? m_scene->routing().withWaypoints(edgeId, bends) : nullptr;
    if (route && route->points.size() >= 2)
        item->setGeometry(DiagramPainter::routedGeometry(item->edge(), route->points));
}

bool ConnectorDrag::setBends(const QString &edgeId, const QVector<QPointF> &bends, const QString &undoText)
{
    const Diagrams::DiagramEdge *edge = m_scene->document().edge(edgeId);
    if (m_scene->isReadOnly() || !edge || edge->waypoints == bends)
        return false;
    Diagrams::DiagramDocument after = m_scene->document();
    after.edge(edgeId)->waypoints = bends;
    m_scene->commit(undoText, after);
    m_scene->selectIds({edgeId});
    return true;
}

bool ConnectorDrag::press(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_scene->isReadOnly())
        return false;
    if (m_scene->mode() == DiagramScene::Mode::Select) {
        if (pressBendHandle(event->scenePos())) {
            event->accept();
            return true;
        }
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
    if (!m_bendEdge.isEmpty()) {
        QPointF at = event->scenePos();
        if (m_scene->shouldSnap()) {
            const double grid = DiagramPainter::GridSize;
            at = QPointF(std::round(at.x() / grid) * grid, std::round(at.y() / grid) * grid);
        }
        m_bends[m_bendIndex] = at;
        previewBends(m_bendEdge, m_bends);
        event->accept();
        return true;
    }
    if (!m_line)
        return false;
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    event->accept();
    return true;
}

bool ConnectorDrag::release(QGraphicsSceneMouseEvent *event)
{
    if (!m_bendEdge.isEmpty()) {
        const QString edgeId = std::exchange(m_bendEdge, QString());
        const Diagrams::DiagramEdge *edge = m_scene->document().edge(edgeId);
        if (edge && !setBends(edgeId, m_bends, tr("Move Bend Point")))
            previewBends(edgeId, edge->waypoints); // a click without a drag: the route as it was
        event->accept();
        return true;
    }
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
    m_bendEdge.clear();
    m_edge.clear();
    m_from.clear();
}

} // namespace Starloop::Gui
