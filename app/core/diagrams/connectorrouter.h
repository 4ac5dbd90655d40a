// ConnectorRouter: the orthogonal connectors of a whole diagram, kept up to date while nodes
// move. It holds the node rectangles in a bucket index, routes each edge with OrthogonalRouter
// over the nodes near it only (the two ends plus RouteOptions::window), caches the routes, and
// when a node moves re-routes just the edges that touch it and the cached routes that now cross
// it - so dragging one node among 1,000 items re-routes a handful of connectors per frame
// (bench_routing: the "re-route while dragging" row, target 16 ms).
//
// For the canvas (the GUI engineer's side):
//   ConnectorRouter router;
//   router.setDocument(document);                    // on open / after an undo restores a document
//   const Route &r = router.route(edge.id);          // DiagramPainter draws r.points
//   // NodeItem::itemChange(ItemPositionHasChanged), per frame while dragging:
//   for (const QString &edgeId : router.moveNode(node.id, newRect))
//       edgeItems[edgeId]->setPoints(router.route(edgeId).points);
//   router.setWaypoints(edge.id, {QPointF(300, 80)}); // while a bend is dragged, before the
//                                                      // document takes the edge's waypoints
//
// Only edges asked for through route() are cached and kept up to date (ask for the orthogonal
// ones). The waypoints are the document's (DiagramEdge::waypoints); setWaypoints() overrides an
// edge's until the next setDocument().
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/orthogonalrouter.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace Starloop::Diagrams {

class ConnectorRouter
{
public:
    explicit ConnectorRouter(const RouteOptions &options = RouteOptions());

    void setDocument(const DiagramDocument &document);
    const RouteOptions &options() const { return m_options; }

    // The edge's route, computed on first use and cached; an empty route for an unknown edge.
    const Route &route(const QString &edgeId);
    // Every edge whose routing is Orthogonal, routed.
    QHash<QString, Route> routeAllOrthogonal();
    bool isCached(const QString &edgeId) const { return m_routes.contains(edgeId); }

    // The node now occupies `rect`. Returns the ids of the cached edges that were re-routed:
    // those touching the node, and those whose route crosses its new rectangle.
    QStringList moveNode(const QString &nodeId, const QRectF &rect);
    // Several nodes at once (a group dragged with its contents): one re-route per edge.
    QStringList moveNodes(const QHash<QString, QRectF> &rects);

    void setWaypoints(const QString &edgeId, const QVector<QPointF> &waypoints);
    QVector<QPointF> waypoints(const QString &edgeId) const { return m_edges.value(edgeId).waypoints; }

private:
    struct Item
    {
        QRectF rect;
        bool group = false;
    };
    Route compute(const DiagramEdge &edge) const;
    void indexInsert(const QString &id, const QRectF &rect);
    void indexRemove(const QString &id, const QRectF &rect);
    QSet<QString> nearby(const QRectF &area) const;
    // Both halves as unsigned bits: cells left of or above the origin have negative numbers.
    qint64 cellKey(int cx, int cy) const { return qint64((quint64(quint32(cx)) << 32) | quint32(cy)); }

    RouteOptions m_options;
    QHash<QString, Item> m_items;
    QHash<QString, DiagramEdge> m_edges;
    QHash<QString, QStringList> m_edgesOfNode;
    QHash<qint64, QStringList> m_cells; // bucket index: cell -> node ids
    QHash<QString, Route> m_routes;
    QRectF m_bounds;
    Route m_empty;
};

} // namespace Starloop::Diagrams
