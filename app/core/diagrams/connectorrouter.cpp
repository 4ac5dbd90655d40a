#include "core/diagrams/connectorrouter.h"

#include "core/diagrams/diagramkind.h"

#include <cmath>

namespace Starloop::Diagrams {

namespace {

constexpr double CellSize = 256;

int cellOf(double v)
{
    return int(std::floor(v / CellSize));
}

} // namespace

ConnectorRouter::ConnectorRouter(const RouteOptions &options)
    : m_options(options)
{ }

void ConnectorRouter::setDocument(const DiagramDocument &document)
{
    m_items.clear();
    m_edges.clear();
    m_edgesOfNode.clear();
    m_cells.clear();
    m_routes.clear();
    m_bounds = QRectF();
    for (const DiagramNode &n : document.nodes) {
        const DiagramKind *kind = DiagramKind::find(n.kind);
        m_items.insert(n.id, Item {n.rect(), kind && kind->isGroup()});
        indexInsert(n.id, n.rect());
        m_bounds = m_bounds.united(n.rect());
    }
    for (const DiagramEdge &e : document.edges) {
        m_edges.insert(e.id, e);
        m_edgesOfNode[e.from] << e.id;
        if (e.to != e.from)
            m_edgesOfNode[e.to] << e.id;
    }
}

void ConnectorRouter::indexInsert(const QString &id, const QRectF &rect)
{
    for (int cy = cellOf(rect.top()); cy <= cellOf(rect.bottom()); ++cy) {
        for (int cx = cellOf(rect.left()); cx <= cellOf(rect.right()); ++cx)
            m_cells[cellKey(cx, cy)] << id;
    }
}

void ConnectorRouter::indexRemove(const QString &id, const QRectF &rect)
{
    for (int cy = cellOf(rect.top()); cy <= cellOf(rect.bottom()); ++cy) {
        for (int cx = cellOf(rect.left()); cx <= cellOf(rect.right()); ++cx) {
            auto it = m_cells.find(cellKey(cx, cy));
            if (it != m_cells.end())
                it->removeOne(id);
        }
    }
}

QSet<QString> ConnectorRouter::nearby(const QRectF &area) const
{
    QSet<QString> ids;
    for (int cy = cellOf(area.top()); cy <= cellOf(area.bottom()); ++cy) {
        for (int cx = cellOf(area.left()); cx <= cellOf(area.right()); ++cx) {
            const auto it = m_cells.constFind(cellKey(cx, cy));
            if (it == m_cells.constEnd())
                continue;
            for (const QString &id : *it) {
                if (m_items.value(id).rect.intersects(area))
                    ids.insert(id);
            }
        }
    }
    return ids;
}

Route ConnectorRouter::compute(const DiagramEdge &edge) const
{
    const auto from = m_items.constFind(edge.from);
    const auto to = m_items.constFind(edge.to);
    if (from == m_items.constEnd() || to == m_items.constEnd())
        return Route();
    RouteRequest request;
    request.from = from->rect;
    request.to = to->rect;
    request.fromIsPoint = from->group;
    request.toIsPoint = to->group;
    request.waypoints = edge.waypoints;
    QRectF ends = request.from.united(request.to);
    for (const QPointF &w : std::as_const(request.waypoints))
        ends = ends.united(QRectF(w, QSizeF(0, 0)));
    const double w = m_options.window;
    // Local first: the nodes near the ends. If no path exists there, every node.
    for (const QRectF &area : {ends.adjusted(-w, -w, w, w), m_bounds.united(ends).adjusted(-w, -w, w, w)}) {
        request.area = area;
        request.obstacles.clear();
        request.groups.clear();
        const QSet<QString> ids = nearby(area);
        for (const QString &id : ids) {
            if (id == edge.from || id == edge.to)
                continue;
            const Item &item = m_items[id];
            (item.group ? request.groups : request.obstacles) << item.rect;
        }
        // A group around an end is crossed on the way out; the ends' own groups still count.
        Route route = OrthogonalRouter::route(request, m_options);
        if (route.ok || area.contains(m_bounds))
            return route;
    }
    return Route();
}

const Route &ConnectorRouter::route(const QString &edgeId)
{
    auto cached = m_routes.constFind(edgeId);
    if (cached != m_routes.constEnd())
        return *cached;
    const auto edge = m_edges.constFind(edgeId);
    if (edge == m_edges.constEnd())
        return m_empty;
    return *m_routes.insert(edgeId, compute(*edge));
}

QHash<QString, Route> ConnectorRouter::routeAllOrthogonal()
{
    QHash<QString, Route> routes;
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (it->routing == Routing::Orthogonal)
            routes.insert(it.key(), route(it.key()));
    }
    return routes;
}

QStringList ConnectorRouter::moveNode(const QString &nodeId, const QRectF &rect)
{
    return moveNodes({{nodeId, rect}});
}

QStringList ConnectorRouter::moveNodes(const QHash<QString, QRectF> &rects)
{
    QSet<QString> dirty;
    for (auto it = rects.constBegin(); it != rects.constEnd(); ++it) {
        auto item = m_items.find(it.key());
        if (item == m_items.end())
            continue;
        indexRemove(it.key(), item->rect);
        item->rect = it.value();
        indexInsert(it.key(), it.value());
        m_bounds = m_bounds.united(it.value());
        for (const QString &edgeId : m_edgesOfNode.value(it.key()))
            dirty.insert(edgeId);
        if (item->group)
            continue;
        for (auto route = m_routes.constBegin(); route != m_routes.constEnd(); ++route) {
            if (!dirty.contains(route.key()) && OrthogonalRouter::crosses(route->points, it.value()))
                dirty.insert(route.key());
        }
    }
    QStringList rerouted;
    for (const QString &edgeId : std::as_const(dirty)) {
        if (!m_routes.contains(edgeId))
            continue;
        m_routes.insert(edgeId, compute(m_edges.value(edgeId)));
        rerouted << edgeId;
    }
    rerouted.sort();
    return rerouted;
}

void ConnectorRouter::setWaypoints(const QString &edgeId, const QVector<QPointF> &waypoints)
{
    const auto edge = m_edges.find(edgeId);
    if (edge == m_edges.end())
        return;
    edge->waypoints = waypoints;
    if (m_routes.contains(edgeId))
        m_routes.insert(edgeId, compute(*edge));
}

} // namespace Starloop::Diagrams
