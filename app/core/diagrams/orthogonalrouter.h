// OrthogonalRouter: one connector's path made of horizontal and vertical segments that goes
// around the other nodes (never through them) with few bends: A* over a grid of the free space.
//
// The grid's lines are the borders of the obstacles pushed out by a margin, lines just inside and
// outside each group's border, and the lines through the ports and waypoints, clipped to an
// area around the two ends ("Hanan grid"). Every obstacle border is a grid line, so a grid
// segment is either entirely outside an obstacle or entirely inside it: testing its midpoint is
// exact. Cost = length + bendPenalty per bend + groupCrossPenalty per group border crossed, so
// the path is the shortest with the fewest bends, and does not weave in and out of groups.
// Ports are the midpoints of the four sides; a connector leaves and enters a node at right
// angles. Waypoints are points the path must pass through in order, exactly where the user put
// them (a waypoint inside a node makes the path enter it: the user's choice).
//
//   RouteRequest r;
//   r.from = QRectF(0, 0, 110, 90);  r.to = QRectF(400, 0, 110, 90);
//   r.obstacles = {QRectF(200, -20, 110, 130)};                // in the way
//   Route route = OrthogonalRouter::route(r);
//   route.points -> (110,45) (120,45) (120,-30) (390,-30) (390,45) (400,45): around the obstacle
//   route.ok     -> true (false: no free path in the area; points is then a plain elbow)
//
// DiagramPainter draws `points` as the connector's polyline (EdgeGeometry::points, a QPolygonF:
// QPolygonF(route.points)). For a whole
// diagram, live re-routing while dragging and waypoints per edge, use ConnectorRouter.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace Starloop::Diagrams {

struct RouteOptions
{
    double margin = 10; // clearance kept from other nodes, and the length of the stub at a port
    double bendPenalty = 40; // a bend costs as much as this many pixels of length
    double groupCrossPenalty = 60; // crossing a group's border
    double window = 200; // how far beyond the ends the grid reaches before the whole area is tried
};

struct RouteRequest
{
    QRectF from;
    QRectF to;
    bool fromIsPoint = false; // `from` / `to` is a group or a point: no stub, no obstacle
    bool toIsPoint = false;
    QVector<QRectF> obstacles; // nodes to go around (not the two ends)
    QVector<QRectF> groups; // group rectangles: crossing a border costs groupCrossPenalty
    QVector<QPointF> waypoints;
    QRectF area; // the grid's extent; empty: the ends and waypoints plus RouteOptions::window
};

struct Route
{
    QVector<QPointF> points; // from a border point of `from` to one of `to`, axis-parallel segments
    bool ok = false;

    int bends() const;
    double length() const;
};

class OrthogonalRouter
{
public:
    static Route route(const RouteRequest &request, const RouteOptions &options = RouteOptions());
    // The fallback when no free path exists: leave `from` sideways, one bend, enter `to`.
    static QVector<QPointF> elbow(const QRectF &from, const QRectF &to);
    // True when a segment of `points` passes through the interior of `rect` (touching its
    // border does not count). The property tests' check, and ConnectorRouter's invalidation.
    static bool crosses(const QVector<QPointF> &points, const QRectF &rect);
};

} // namespace Starloop::Diagrams
