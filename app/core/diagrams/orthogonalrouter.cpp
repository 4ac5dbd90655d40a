#include "core/diagrams/orthogonalrouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <vector>

namespace Starloop::Diagrams {

namespace {

constexpr double Eps = 1e-6;
enum Dir { PosX = 0, NegX = 1, PosY = 2, NegY = 3, NoDir = 4 };

int reverse(int d)
{
    return d ^ 1; // PosX <-> NegX, PosY <-> NegY
}

// Where a leg may start or end: grid points, each with the direction that leads away from the
// node (NoDir for a point) and the border point the stub joins.
struct Terminal
{
    QVector<QPointF> stubEnds;
    QVector<QPointF> borderPoints;
    QVector<int> dirs;
    double stub = 0;
};

Terminal rectTerminal(const QRectF &r, double margin)
{
    const QPointF c = r.center();
    Terminal t;
    t.stub = margin;
    t.borderPoints = {QPointF(r.right(), c.y()), QPointF(r.left(), c.y()), QPointF(c.x(), r.bottom()),
        QPointF(c.x(), r.top())};
    t.stubEnds = {QPointF(r.right() + margin, c.y()), QPointF(r.left() - margin, c.y()),
        QPointF(c.x(), r.bottom() + margin), QPointF(c.x(), r.top() - margin)};
    t.dirs = {PosX, NegX, PosY, NegY};
    return t;
}

Terminal pointTerminal(const QVector<QPointF> &points)
{
    Terminal t;
    t.stubEnds = points;
    t.borderPoints = points;
    t.dirs = QVector<int>(points.size(), NoDir);
    return t;
}

Terminal groupTerminal(const QRectF &r)
{
    const QPointF c = r.center();
    return pointTerminal({QPointF(r.right(), c.y()), QPointF(r.left(), c.y()), QPointF(c.x(), r.bottom()),
        QPointF(c.x(), r.top())});
}

std::vector<double> sortedUnique(std::vector<double> values, double low, double high)
{
    values.erase(std::remove_if(values.begin(), values.end(),
                     [&](double v) { return v < low - Eps || v > high + Eps || std::isnan(v); }),
        values.end());
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    for (double v : values) {
        if (out.empty() || v - out.back() > Eps)
            out.push_back(v);
    }
    return out;
}

// The free space of one leg as a grid of lines: blocked vertices and segments, and the group
// borders each segment crosses.
class Grid
{
public:
    Grid(const QRectF &area, const QVector<QRectF> &inflated, const QVector<QRectF> &groups, double margin,
        const QVector<QPointF> &extra)
    {
        std::vector<double> xs {area.left(), area.right()};
        std::vector<double> ys {area.top(), area.bottom()};
        for (const QRectF &r : inflated) {
            xs.insert(xs.end(), {r.left(), r.right()});
            ys.insert(ys.end(), {r.top(), r.bottom()});
        }
        for (const QRectF &g : groups) {
            xs.insert(
                xs.end(), {g.left() - margin, g.left() + margin, g.right() - margin, g.right() + margin});
            ys.insert(
                ys.end(), {g.top() - margin, g.top() + margin, g.bottom() - margin, g.bottom() + margin});
        }
        for (const QPointF &p : extra) {
            xs.push_back(p.x());
            ys.push_back(p.y());
        }
        m_xs = sortedUnique(std::move(xs), area.left(), area.right());
        m_ys = sortedUnique(std::move(ys), area.top(), area.bottom());
        nx = int(m_xs.size());
        ny = int(m_ys.size());
        const size_t cells = size_t(nx) * size_t(ny);
        m_vertex.assign(cells, 0);
        m_hSeg.assign(cells, 0);
        m_vSeg.assign(cells, 0);
        m_hCross.assign(cells, 0);
        m_vCross.assign(cells, 0);
        for (const QRectF &r : inflated)
            block(r);
        for (const QRectF &g : groups)
            markCrossings(g);
    }

    int nx = 0;
    int ny = 0;
    double x(int i) const { return m_xs[size_t(i)]; }
    double y(int j) const { return m_ys[size_t(j)]; }
    int at(int i, int j) const { return i + j * nx; }
    // The vertex at `p`, or -1 when p is not on the grid.
    int vertexAt(const QPointF &p) const
    {
        const int i = indexOf(m_xs, p.x());
        const int j = indexOf(m_ys, p.y());
        return i < 0 || j < 0 ? -1 : at(i, j);
    }
    bool vertexBlocked(int v) const { return m_vertex[size_t(v)] != 0; }
    // The segment from vertex (i, j) one step in direction d: blocked, and how many group
    // borders it crosses; false when it leaves the grid.
    bool step(int i, int j, int d, int *next, int *crossings) const
    {
        int ni = i, nj = j;
        size_t segment = 0;
        const std::vector<uint8_t> *blocked = &m_hSeg;
        const std::vector<uint8_t> *crossed = &m_hCross;
        switch (d) {
        case PosX:
            ni = i + 1;
            segment = size_t(at(i, j));
            break;
        case NegX:
            ni = i - 1;
            segment = size_t(at(i - 1, j));
            break;
        case PosY:
            nj = j + 1;
            segment = size_t(at(i, j));
            blocked = &m_vSeg;
            crossed = &m_vCross;
            break;
        default:
            nj = j - 1;
            segment = size_t(at(i, j - 1));
            blocked = &m_vSeg;
            crossed = &m_vCross;
            break;
        }
        if (ni < 0 || nj < 0 || ni >= nx || nj >= ny || (*blocked)[segment] != 0)
            return false;
        *next = at(ni, nj);
        *crossings = (*crossed)[segment];
        return !vertexBlocked(*next);
    }

private:
    static int indexOf(const std::vector<double> &values, double v)
    {
        const auto it = std::lower_bound(values.begin(), values.end(), v - Eps);
        return it != values.end() && std::abs(*it - v) <= Eps ? int(it - values.begin()) : -1;
    }
    // First index with value >= v - Eps, last index with value <= w + Eps.
    static void span(const std::vector<double> &values, double v, double w, int *first, int *last)
    {
        *first = int(std::lower_bound(values.begin(), values.end(), v - Eps) - values.begin());
        *last = int(std::upper_bound(values.begin(), values.end(), w + Eps) - values.begin()) - 1;
    }
    static bool strictlyInside(double value, double low, double high)
    {
        return value > low + Eps && value < high - Eps;
    }

    void block(const QRectF &r)
    {
        int i0, i1, j0, j1;
        span(m_xs, r.left(), r.right(), &i0, &i1);
        span(m_ys, r.top(), r.bottom(), &j0, &j1);
        for (int j = j0; j <= j1; ++j) {
            const bool insideY = strictlyInside(y(j), r.top(), r.bottom());
            for (int i = i0; i <= i1; ++i) {
                const bool insideX = strictlyInside(x(i), r.left(), r.right());
                if (insideX && insideY)
                    m_vertex[size_t(at(i, j))] = 1;
                if (insideY && i < i1)
                    m_hSeg[size_t(at(i, j))] = 1;
                if (insideX && j < j1)
                    m_vSeg[size_t(at(i, j))] = 1;
            }
        }
    }

    // Segments that cross one of the group's four borders.
    void markCrossings(const QRectF &g)
    {
        for (double bx : {g.left(), g.right()}) {
            const int i = int(std::upper_bound(m_xs.begin(), m_xs.end(), bx) - m_xs.begin()) - 1;
            if (i < 0 || i + 1 >= nx || !strictlyInside(bx, x(i), x(i + 1)))
                continue;
            for (int j = 0; j < ny; ++j) {
                if (strictlyInside(y(j), g.top(), g.bottom()))
                    ++m_hCross[size_t(at(i, j))];
            }
        }
        for (double by : {g.top(), g.bottom()}) {
            const int j = int(std::upper_bound(m_ys.begin(), m_ys.end(), by) - m_ys.begin()) - 1;
            if (j < 0 || j + 1 >= ny || !strictlyInside(by, y(j), y(j + 1)))
                continue;
            for (int i = 0; i < nx; ++i) {
                if (strictlyInside(x(i), g.left(), g.right()))
                    ++m_vCross[size_t(at(i, j))];
            }
        }
    }

    std::vector<double> m_xs;
    std::vector<double> m_ys;
    std::vector<uint8_t> m_vertex;
    std::vector<uint8_t> m_hSeg; // (i, j) -> (i + 1, j)
    std::vector<uint8_t> m_vSeg; // (i, j) -> (i, j + 1)
    std::vector<uint8_t> m_hCross;
    std::vector<uint8_t> m_vCross;
};

QVector<QPointF> simplified(const QVector<QPointF> &points)
{
    QVector<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && std::abs(out.last().x() - p.x()) < Eps
            && std::abs(out.last().y() - p.y()) < Eps)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out.at(out.size() - 2);
            const QPointF &b = out.last();
            const bool sameX = std::abs(a.x() - b.x()) < Eps && std::abs(b.x() - p.x()) < Eps;
            const bool sameY = std::abs(a.y() - b.y()) < Eps && std::abs(b.y() - p.y()) < Eps;
            if (sameX || sameY)
                out.removeLast();
        }
        out << p;
    }
    return out;
}

// A* over (vertex, direction of arrival) from any start to any target; empty when none.
QVector<QPointF> search(
    const Grid &grid, const Terminal &source, const Terminal &target, const RouteOptions &options)
{
    const int vertices = grid.nx * grid.ny;
    const float infinity = std::numeric_limits<float>::infinity();
    std::vector<float> cost(size_t(vertices) * 4, infinity);
    std::vector<int> parent(size_t(vertices) * 4, -1);
    struct Goal
    {
        int vertex;
        int arriving; // the direction of the last step into the node; NoDir for a point
        int index;
    };
    std::vector<Goal> goals;
    std::vector<QPointF> goalPoints;
    for (int t = 0; t < target.stubEnds.size(); ++t) {
        const int v = grid.vertexAt(target.stubEnds.at(t));
        if (v < 0 || grid.vertexBlocked(v))
            continue;
        const int d = target.dirs.at(t);
        goals.push_back({v, d == NoDir ? NoDir : reverse(d), t});
        goalPoints.push_back(target.stubEnds.at(t));
    }
    auto heuristic = [&](int v) {
        const double px = grid.x(v % grid.nx), py = grid.y(v / grid.nx);
        double best = std::numeric_limits<double>::max();
        for (const QPointF &g : goalPoints)
            best = std::min(best, std::abs(g.x() - px) + std::abs(g.y() - py));
        return best + target.stub;
    };
    // Entries: f, -g (prefer the deeper of equal f), state (or -1 - goal index for a finish).
    using Entry = std::tuple<double, double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    for (int s = 0; s < source.stubEnds.size(); ++s) {
        const int v = grid.vertexAt(source.stubEnds.at(s));
        if (v < 0 || grid.vertexBlocked(v) || goals.empty())
            continue;
        const int d = source.dirs.at(s);
        for (int dir = 0; dir < 4; ++dir) {
            if (d != NoDir && dir != d)
                continue;
            const int state = v * 4 + dir;
            cost[size_t(state)] = float(source.stub);
            open.emplace(source.stub + heuristic(v), -source.stub, state);
        }
    }
    std::vector<int> goalState(goals.size(), -1);
    std::vector<double> goalCost(goals.size(), std::numeric_limits<double>::infinity());
    while (!open.empty()) {
        const auto [f, negG, state] = open.top();
        open.pop();
        if (state < 0) {
            const size_t g = size_t(-1 - state);
            if (f > goalCost[g] + 1e-3)
                continue; // a better way into this port was found since
            // Walk back to the start, then put the border points on either end.
            QVector<QPointF> points;
            for (int s = goalState[g]; s >= 0; s = parent[size_t(s)]) {
                const int v = s / 4;
                points.prepend(QPointF(grid.x(v % grid.nx), grid.y(v / grid.nx)));
            }
            const QPointF start = points.first();
            for (int s = 0; s < source.stubEnds.size(); ++s) {
                if (source.stubEnds.at(s) == start) {
                    points.prepend(source.borderPoints.at(s));
                    break;
                }
            }
            points << target.borderPoints.at(goals[g].index);
            return simplified(points);
        }
        const double g = -negG;
        if (g > cost[size_t(state)] + 1e-3)
            continue;
        const int v = state / 4;
        const int d = state % 4;
        for (size_t k = 0; k < goals.size(); ++k) {
            if (goals[k].vertex != v)
                continue;
            const double finish = g + target.stub
                + (goals[k].arriving != NoDir && goals[k].arriving != d ? options.bendPenalty : 0);
            if (finish < goalCost[k]) {
                goalState[k] = state;
                goalCost[k] = finish;
                open.emplace(finish, -finish, -1 - int(k));
            }
        }
        const int i = v % grid.nx, j = v / grid.nx;
        for (int nd = 0; nd < 4; ++nd) {
            if (nd == reverse(d))
                continue;
            int next = 0, crossings = 0;
            if (!grid.step(i, j, nd, &next, &crossings))
                continue;
            const double length
                = std::abs(grid.x(next % grid.nx) - grid.x(i)) + std::abs(grid.y(next / grid.nx) - grid.y(j));
            const double ng
                = g + length + (nd != d ? options.bendPenalty : 0) + crossings * options.groupCrossPenalty;
            const int nextState = next * 4 + nd;
            if (ng + 1e-3 < cost[size_t(nextState)]) {
                cost[size_t(nextState)] = float(ng);
                parent[size_t(nextState)] = state;
                open.emplace(ng + heuristic(next), -ng, nextState);
            }
        }
    }
    return QVector<QPointF>();
}

// The direction of the last step of a path (its last two distinct points).
int arrivalDirection(const QVector<QPointF> &points)
{
    const QPointF &b = points.last();
    int k = int(points.size()) - 2;
    while (k > 0 && QLineF(points.at(k), b).length() < Eps)
        --k;
    const QPointF &a = points.at(k);
    if (std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y()))
        return b.x() >= a.x() ? PosX : NegX;
    return b.y() >= a.y() ? PosY : NegY;
}

QRectF pointRect(const QPointF &p)
{
    return QRectF(p, QSizeF(0, 0));
}

Route routeWithMargin(
    const RouteRequest &request, const RouteOptions &options, double margin, const QRectF &area)
{
    QVector<QRectF> inflated;
    inflated.reserve(request.obstacles.size() + 2);
    const QMarginsF grow(margin, margin, margin, margin);
    for (const QRectF &r : request.obstacles) {
        if (r.intersects(area))
            inflated << r.marginsAdded(grow);
    }
    if (!request.fromIsPoint)
        inflated << request.from.marginsAdded(grow);
    if (!request.toIsPoint)
        inflated << request.to.marginsAdded(grow);
    QVector<QRectF> groups;
    for (const QRectF &g : request.groups) {
        if (g.intersects(area))
            groups << g;
    }
    auto terminalOf = [&](const QRectF &r, bool isPoint) {
        if (!isPoint)
            return rectTerminal(r, margin);
        return r.isEmpty() && r.width() == 0 && r.height() == 0 ? pointTerminal({r.topLeft()})
                                                                : groupTerminal(r);
    };
    QVector<Terminal> stops {terminalOf(request.from, request.fromIsPoint)};
    for (const QPointF &w : request.waypoints)
        stops << pointTerminal({w});
    stops << terminalOf(request.to, request.toIsPoint);

    RouteOptions legOptions = options;
    legOptions.margin = margin;
    Route route;
    for (int leg = 0; leg + 1 < stops.size(); ++leg) {
        QVector<QPointF> extra = stops.at(leg).stubEnds + stops.at(leg + 1).stubEnds;
        const Grid grid(area, inflated, groups, margin, extra);
        // A waypoint is passed through, not touched and turned back from: the leg after it starts
        // in the direction the one before arrived in (a turn costs a bend, going back is not a move).
        Terminal from = stops.at(leg);
        if (leg > 0 && route.points.size() >= 2)
            from.dirs = {arrivalDirection(route.points)};
        QVector<QPointF> part = search(grid, from, stops.at(leg + 1), legOptions);
        if (part.isEmpty() && leg > 0) // a waypoint in a dead end: back the way it came
            part = search(grid, stops.at(leg), stops.at(leg + 1), legOptions);
        if (part.isEmpty())
            return Route();
        route.points << part;
    }
    route.points = simplified(route.points);
    route.ok = true;
    return route;
}

} // namespace

int Route::bends() const
{
    return std::max(0, int(points.size()) - 2);
}

double Route::length() const
{
    double total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += std::abs(points.at(i).x() - points.at(i - 1).x())
            + std::abs(points.at(i).y() - points.at(i - 1).y());
    return total;
}

Route OrthogonalRouter::route(const RouteRequest &request, const RouteOptions &options)
{
    QRectF ends = request.from.united(request.to);
    for (const QPointF &w : request.waypoints)
        ends = ends.united(pointRect(w));
    const QMarginsF window(options.window, options.window, options.window, options.window);
    QVector<QRectF> areas;
    areas << (request.area.isEmpty() ? ends.marginsAdded(window) : request.area.united(ends));
    QRectF everything = ends;
    for (const QRectF &r : request.obstacles)
        everything = everything.united(r);
    everything = everything.marginsAdded(window);
    if (!areas.first().contains(everything))
        areas << everything;
    for (const QRectF &area : std::as_const(areas)) {
        for (double margin : {options.margin, options.margin / 2, 1.0}) {
            Route route = routeWithMargin(request, options, margin, area);
            if (route.ok)
                return route;
        }
    }
    Route fallback;
    QRectF from = request.from;
    for (const QPointF &w : request.waypoints) {
        fallback.points << elbow(from, pointRect(w));
        from = pointRect(w);
    }
    fallback.points << elbow(from, request.to);
    fallback.points = simplified(fallback.points);
    return fallback;
}

QVector<QPointF> OrthogonalRouter::elbow(const QRectF &from, const QRectF &to)
{
    const QPointF a = from.center();
    const QPointF b = to.center();
    const QPointF start(b.x() >= a.x() ? from.right() : from.left(), a.y());
    const QPointF end(b.x(), b.y() >= a.y() ? to.top() : to.bottom());
    if (to.width() == 0 && to.height() == 0)
        return QVector<QPointF>({start, QPointF(b.x(), a.y()), b});
    return QVector<QPointF>({start, QPointF(end.x(), start.y()), end});
}

bool OrthogonalRouter::crosses(const QVector<QPointF> &points, const QRectF &rect)
{
    for (int k = 1; k < points.size(); ++k) {
        const QPointF &a = points.at(k - 1);
        const QPointF &b = points.at(k);
        const double left = std::min(a.x(), b.x()), right = std::max(a.x(), b.x());
        const double top = std::min(a.y(), b.y()), bottom = std::max(a.y(), b.y());
        // The segment's box overlaps the open interior (a point segment counts when inside).
        const bool overlapX = std::max(left, rect.left()) < std::min(right, rect.right()) - Eps
            || (right - left < Eps && left > rect.left() + Eps && left < rect.right() - Eps);
        const bool overlapY = std::max(top, rect.top()) < std::min(bottom, rect.bottom()) - Eps
            || (bottom - top < Eps && top > rect.top() + Eps && top < rect.bottom() - Eps);
        if (overlapX && overlapY)
            return true;
    }
    return false;
}

} // namespace Starloop::Diagrams
