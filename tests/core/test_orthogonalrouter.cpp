// OrthogonalRouter and ConnectorRouter: a connector goes around what is in its way with few
// bends, keeps the user's waypoints, follows a dragged node; and the property test: on 1,000
// random layouts (fixed seed) and on a generated 1,000-item diagram no route crosses a node.
#include "core/diagrams/connectorrouter.h"
#include "core/diagrams/orthogonalrouter.h"
#include "diagramfixtures.h"
#include "generators.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Starloop::Diagrams;

namespace {

bool isOrthogonal(const QVector<QPointF> &points)
{
    for (int i = 1; i < points.size(); ++i) {
        const QPointF d = points.at(i) - points.at(i - 1);
        if (std::abs(d.x()) > 1e-6 && std::abs(d.y()) > 1e-6)
            return false;
    }
    return true;
}

bool onBorder(const QPointF &p, const QRectF &r)
{
    const bool inX = p.x() >= r.left() - 1e-6 && p.x() <= r.right() + 1e-6;
    const bool inY = p.y() >= r.top() - 1e-6 && p.y() <= r.bottom() + 1e-6;
    const bool edgeX = std::abs(p.x() - r.left()) < 1e-6 || std::abs(p.x() - r.right()) < 1e-6;
    const bool edgeY = std::abs(p.y() - r.top()) < 1e-6 || std::abs(p.y() - r.bottom()) < 1e-6;
    return inX && inY && (edgeX || edgeY);
}

// True when a segment of `points` runs through `p` (a waypoint on a straight run is merged away).
bool passesThrough(const QVector<QPointF> &points, const QPointF &p)
{
    for (int i = 1; i < points.size(); ++i) {
        const QPointF a = points.at(i - 1), b = points.at(i);
        const bool onX = std::abs(a.y() - p.y()) < 1e-6 && std::abs(b.y() - p.y()) < 1e-6
            && std::min(a.x(), b.x()) <= p.x() + 1e-6 && std::max(a.x(), b.x()) >= p.x() - 1e-6;
        const bool onY = std::abs(a.x() - p.x()) < 1e-6 && std::abs(b.x() - p.x()) < 1e-6
            && std::min(a.y(), b.y()) <= p.y() + 1e-6 && std::max(a.y(), b.y()) >= p.y() - 1e-6;
        if (onX || onY)
            return true;
    }
    return false;
}

// Up to `count` components at random places, at least 20 px apart, some framed by a group.
DiagramDocument randomLayout(QRandomGenerator &random, int count)
{
    DiagramDocument doc;
    QVector<QRectF> taken;
    for (int attempt = 0; attempt < count * 20 && taken.size() < count; ++attempt) {
        const QRectF r(
            random.bounded(1200), random.bounded(800), 60 + random.bounded(120), 40 + random.bounded(90));
        bool free = true;
        for (const QRectF &t : std::as_const(taken))
            free = free && !r.adjusted(-20, -20, 20, 20).intersects(t);
        if (!free)
            continue;
        taken << r;
        DiagramNode n;
        n.id = QStringLiteral("n%1").arg(taken.size());
        n.kind = QStringLiteral("server");
        n.setRect(r);
        doc.nodes << n;
    }
    for (int g = 0; g < 2 && doc.nodes.size() >= 4; ++g) {
        const int first = int(random.bounded(doc.nodes.size() - 1));
        QRectF frame
            = doc.nodes.at(first).rect().united(doc.nodes.at(first + 1).rect()).adjusted(-15, -25, 15, 15);
        DiagramNode group;
        group.id = QStringLiteral("g%1").arg(g + 1);
        group.kind = g == 0 ? QStringLiteral("zone") : QStringLiteral("subnet");
        group.setRect(frame);
        group.z = -1;
        doc.nodes << group;
    }
    const int components = int(taken.size());
    for (int e = 0; e < components && components >= 2; ++e) {
        DiagramEdge edge;
        edge.id = QStringLiteral("e%1").arg(e + 1);
        edge.from = QStringLiteral("n%1").arg(1 + random.bounded(components));
        do
            edge.to = QStringLiteral("n%1").arg(1 + random.bounded(components));
        while (edge.to == edge.from);
        edge.routing = Routing::Orthogonal;
        doc.edges << edge;
    }
    return doc;
}

// Every problem of one route: a crossed node, a diagonal segment, ends off the borders.
QStringList problemsOf(const DiagramDocument &doc, const DiagramEdge &edge, const Route &route)
{
    QStringList problems;
    const QRectF from = doc.node(edge.from)->rect();
    const QRectF to = doc.node(edge.to)->rect();
    if (!route.ok)
        problems << QStringLiteral("%1: no route").arg(edge.id);
    if (!isOrthogonal(route.points))
        problems << QStringLiteral("%1: a diagonal segment").arg(edge.id);
    if (route.points.size() < 2 || !onBorder(route.points.first(), from)
        || !onBorder(route.points.last(), to))
        problems << QStringLiteral("%1: does not start and end on the borders").arg(edge.id);
    for (const DiagramNode &n : doc.nodes) {
        if (n.kind == QLatin1String("zone") || n.kind == QLatin1String("subnet")
            || n.kind == QLatin1String("vpc") || n.kind == QLatin1String("group")
            || n.kind == QLatin1String("region"))
            continue;
        if (OrthogonalRouter::crosses(route.points, n.rect()))
            problems << QStringLiteral("%1 crosses %2").arg(edge.id, n.id);
    }
    return problems;
}

} // namespace

class TestOrthogonalRouter : public QObject
{
    Q_OBJECT

private slots:
    void straightWhenNothingIsInTheWay();
    void goesAroundAnObstacle();
    void prefersFewBends();
    void keepsWaypoints();
    void doesNotWeaveThroughGroups();
    void fallsBackWhenEnclosed();
    void reroutesWhatADraggedNodeTouches();
    void neverCrossesANodeOnRandomLayouts();
    void neverCrossesANodeOnAGeneratedDiagram();
};

void TestOrthogonalRouter::straightWhenNothingIsInTheWay()
{
    RouteRequest r;
    r.from = QRectF(0, 0, 110, 90);
    r.to = QRectF(400, 0, 110, 90);
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(route.ok);
    QCOMPARE(route.points, QVector<QPointF>({QPointF(110, 45), QPointF(400, 45)}));
    QCOMPARE(route.bends(), 0);
}

void TestOrthogonalRouter::goesAroundAnObstacle()
{
    RouteRequest r;
    r.from = QRectF(0, 0, 110, 90);
    r.to = QRectF(400, 0, 110, 90);
    r.obstacles = {QRectF(200, -20, 110, 130)};
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(route.ok);
    QVERIFY(!OrthogonalRouter::crosses(route.points, r.obstacles.first()));
    QVERIFY(isOrthogonal(route.points));
    // Over the top or under the bottom, 10 px clear of it: up, across, down into the top port.
    QCOMPARE(route.bends(), 2);
    const double detour = route.points.at(1).y();
    QVERIFY2(
        qFuzzyCompare(detour, -30.0) || qFuzzyCompare(detour, 120.0), qPrintable(QString::number(detour)));
}

void TestOrthogonalRouter::prefersFewBends()
{
    // Diagonal neighbours: one bend (leave sideways, arrive from above) beats a staircase.
    RouteRequest r;
    r.from = QRectF(0, 0, 100, 100);
    r.to = QRectF(300, 300, 100, 100);
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(route.ok);
    QCOMPARE(route.bends(), 1);
    QCOMPARE(route.length(), 500.0); // from (100, 50) right to x = 350, then down to y = 300
}

void TestOrthogonalRouter::keepsWaypoints()
{
    RouteRequest r;
    r.from = QRectF(0, 0, 100, 100);
    r.to = QRectF(400, 0, 100, 100);
    r.waypoints = {QPointF(250, 300)};
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(route.ok);
    QVERIFY(passesThrough(route.points, QPointF(250, 300)));
    QVERIFY(isOrthogonal(route.points));

    // A waypoint off the straight line between two nodes level with each other: the route goes
    // round through it (a U), not out to it and back along the same line, which would leave the
    // point hanging off a line that never bends there.
    r.from = QRectF(0, 0, 110, 90);
    r.to = QRectF(400, 0, 110, 90);
    r.waypoints = {QPointF(250, 250)};
    const Route round = OrthogonalRouter::route(r);
    QVERIFY(round.ok);
    QVERIFY2(round.points.contains(QPointF(250, 250)), "the waypoint is a corner of the route");
    QVERIFY(isOrthogonal(round.points));
    for (int k = 2; k < round.points.size(); ++k) {
        const QPointF a = round.points.at(k - 2), b = round.points.at(k - 1), c = round.points.at(k);
        const bool backtracks = (a.x() == b.x() && b.x() == c.x() && (b.y() - a.y()) * (c.y() - b.y()) < 0)
            || (a.y() == b.y() && b.y() == c.y() && (b.x() - a.x()) * (c.x() - b.x()) < 0);
        QVERIFY2(!backtracks, "no segment doubles back on the one before");
    }

    // Through the document router: the waypoint stays where it was put when a node moves.
    Starloop::Test::DiagramBuilder b;
    b.node(QStringLiteral("a"), QStringLiteral("server"), QStringLiteral("A"))
        .node(QStringLiteral("b"), QStringLiteral("server"), QStringLiteral("B"))
        .edge(QStringLiteral("a"), QStringLiteral("b"));
    ConnectorRouter router;
    router.setDocument(b.document());
    router.setWaypoints(QStringLiteral("e1"), {QPointF(130, 400)});
    QVERIFY(passesThrough(router.route(QStringLiteral("e1")).points, QPointF(130, 400)));
    QCOMPARE(
        router.moveNode(QStringLiteral("b"), QRectF(600, 40, 110, 90)), QStringList {QStringLiteral("e1")});
    QVERIFY(passesThrough(router.route(QStringLiteral("e1")).points, QPointF(130, 400)));

    // Kept by the document: saved, read back, and routed through by a router that never saw
    // setWaypoints().
    DiagramDocument withBend = b.document();
    withBend.edges[0].waypoints = {QPointF(130, 400)};
    const auto reread = DiagramDocument::fromJson(withBend.toJson());
    QVERIFY2(reread.ok(), qPrintable(reread.errorMessage()));
    ConnectorRouter fresh;
    fresh.setDocument(reread.value());
    QCOMPARE(fresh.waypoints(QStringLiteral("e1")), QVector<QPointF> {QPointF(130, 400)});
    QVERIFY(passesThrough(fresh.route(QStringLiteral("e1")).points, QPointF(130, 400)));
    fresh.setDocument(b.document()); // the bend removed (an undo): the router forgets it
    QVERIFY(!passesThrough(fresh.route(QStringLiteral("e1")).points, QPointF(130, 400)));
}

void TestOrthogonalRouter::doesNotWeaveThroughGroups()
{
    // Two paths of the same length and bends: right then down through a group's corner, or
    // down then right outside it. The group border costs, so the path stays out.
    RouteRequest r;
    r.from = QRectF(0, 0, 100, 100);
    r.to = QRectF(400, 300, 100, 100);
    const QRectF group(400, 20, 100, 60);
    r.groups = {group};
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(route.ok);
    QCOMPARE(route.bends(), 1);
    QVERIFY(!OrthogonalRouter::crosses(route.points, group));
    r.groups.clear();
    r.obstacles = {QRectF(20, 150, 60, 300)}; // now down-then-right is blocked: through the group
    QVERIFY(OrthogonalRouter::route(r).ok);
}

void TestOrthogonalRouter::fallsBackWhenEnclosed()
{
    RouteRequest r;
    r.from = QRectF(0, 0, 100, 100);
    r.to = QRectF(400, 0, 100, 100);
    r.obstacles = {QRectF(-50, -50, 600, 20), QRectF(-50, 130, 600, 20), QRectF(-50, -30, 20, 160),
        QRectF(530, -30, 20, 160), QRectF(200, -30, 20, 160)};
    const Route route = OrthogonalRouter::route(r);
    QVERIFY(!route.ok);
    QVERIFY(route.points.size() >= 2);
}

void TestOrthogonalRouter::reroutesWhatADraggedNodeTouches()
{
    Starloop::Test::DiagramBuilder b;
    b.node(QStringLiteral("a"), QStringLiteral("server"), QStringLiteral("A"))
        .node(QStringLiteral("b"), QStringLiteral("server"), QStringLiteral("B"))
        .node(QStringLiteral("c"), QStringLiteral("server"), QStringLiteral("C"))
        .node(QStringLiteral("d"), QStringLiteral("server"), QStringLiteral("D"))
        .edge(QStringLiteral("a"), QStringLiteral("c"))
        .edge(QStringLiteral("b"), QStringLiteral("d"));
    DiagramDocument doc = b.document();
    ConnectorRouter router;
    router.setDocument(doc);
    const QVector<QPointF> before = router.route(QStringLiteral("e1")).points; // a -> c, around b
    router.route(QStringLiteral("e2"));
    // d moves onto the middle of e1's path: e2 (touches d) and e1 (now crossed) are re-routed.
    QVERIFY(before.size() >= 2);
    const int middle = int(before.size()) / 2;
    const QPointF onE1 = (before.at(middle - 1) + before.at(middle)) / 2;
    const QRectF onPath(onE1 - QPointF(15, 15), QSizeF(30, 30));
    QCOMPARE(router.moveNode(QStringLiteral("d"), onPath),
        QStringList({QStringLiteral("e1"), QStringLiteral("e2")}));
    QVERIFY(router.route(QStringLiteral("e1")).points != before);
    QVERIFY(!OrthogonalRouter::crosses(router.route(QStringLiteral("e1")).points, onPath));
    // A move far away re-routes only the edges of the moved node.
    QCOMPARE(
        router.moveNode(QStringLiteral("a"), QRectF(40, 600, 110, 90)), QStringList {QStringLiteral("e1")});
}

void TestOrthogonalRouter::neverCrossesANodeOnRandomLayouts()
{
    QRandomGenerator random(20240611);
    int routes = 0;
    for (int layout = 0; layout < 1000; ++layout) {
        const DiagramDocument doc = randomLayout(random, 6 + int(random.bounded(20)));
        ConnectorRouter router;
        router.setDocument(doc);
        for (const DiagramEdge &e : doc.edges) {
            const QStringList problems = problemsOf(doc, e, router.route(e.id));
            if (!problems.isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("layout %1: %2\n%3")
                        .arg(layout)
                        .arg(problems.join(QLatin1String("; ")), QString::fromUtf8(doc.toJson()))));
            ++routes;
        }
    }
    QVERIFY(routes > 5000);
}

void TestOrthogonalRouter::neverCrossesANodeOnAGeneratedDiagram()
{
    const DiagramDocument doc = Starloop::Test::generateDiagram(1000, 7);
    ConnectorRouter router;
    router.setDocument(doc);
    for (const DiagramEdge &e : doc.edges) {
        const DiagramNode *from = doc.node(e.from);
        const DiagramNode *to = doc.node(e.to);
        if (doc.isGroup(from->id) || doc.isGroup(to->id))
            continue;
        const QStringList problems = problemsOf(doc, e, router.route(e.id));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }
}

QTEST_GUILESS_MAIN(TestOrthogonalRouter)
#include "test_orthogonalrouter.moc"
