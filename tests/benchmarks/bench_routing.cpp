// Connector routing benchmark: a generated diagram of 1,000 items (Test::generateDiagram, about
// as many connectors, all made orthogonal and routed once), then the node with the most
// connectors dragged in 60 steps of 6 px. One step is ConnectorRouter::moveNode: the edges that
// touch the node and the cached routes it now crosses, re-routed around their neighbourhood.
// Target: the median step within a frame (16 ms). Baseline, in the same run: today's connectors,
// the same edges redrawn as plain elbows (OrthogonalRouter::elbow, which crosses nodes).
// Prints one JSON object per row (read by bench.py); details go to stderr.
#include "core/diagrams/connectorrouter.h"
#include "core/diagrams/orthogonalrouter.h"
#include "generators.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Starloop;
using namespace Starloop::Diagrams;

namespace {

volatile int sink = 0; // keeps the baseline's work from being optimised away

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

double percentile95(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DiagramDocument doc = Test::generateDiagram(1000, 42);
    for (DiagramEdge &e : doc.edges)
        e.routing = Routing::Orthogonal;
    QHash<QString, int> degree;
    for (const DiagramEdge &e : std::as_const(doc.edges)) {
        ++degree[e.from];
        ++degree[e.to];
    }
    QString dragged;
    for (const DiagramNode &n : std::as_const(doc.nodes)) {
        if (!doc.isGroup(n.id) && (dragged.isEmpty() || degree.value(n.id) > degree.value(dragged)))
            dragged = n.id;
    }

    ConnectorRouter router;
    QElapsedTimer timer;
    timer.start();
    router.setDocument(doc);
    const auto all = router.routeAllOrthogonal();
    const double firstMs = timer.nsecsElapsed() / 1e6;
    int fallbacks = 0;
    for (const Route &r : all)
        fallbacks += r.ok ? 0 : 1;

    QStringList touching;
    for (const DiagramEdge &e : std::as_const(doc.edges)) {
        if (e.from == dragged || e.to == dragged)
            touching << e.id;
    }
    std::vector<double> steps, baseline;
    int rerouted = 0;
    QRectF rect = doc.node(dragged)->rect();
    for (int step = 0; step < 60; ++step) {
        rect.translate(step < 30 ? 6 : -6, step % 2 == 0 ? 6 : -3);
        timer.restart();
        rerouted += int(router.moveNode(dragged, rect).size());
        steps.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        int points = 0;
        for (const QString &id : std::as_const(touching)) {
            const DiagramEdge *e = doc.edge(id);
            const QRectF from = e->from == dragged ? rect : doc.node(e->from)->rect();
            const QRectF to = e->to == dragged ? rect : doc.node(e->to)->rect();
            points += int(OrthogonalRouter::elbow(from, to).size());
        }
        baseline.push_back(timer.nsecsElapsed() / 1e6);
        sink = points;
    }
    std::fprintf(stderr,
        "routing: %d edges routed from scratch in %.1f ms (%d without a free path); dragged %s with %d "
        "connectors, %d re-routes in 60 steps, p95 step %.2f ms\n",
        int(all.size()), firstMs, fallbacks, qPrintable(dragged), int(touching.size()), rerouted,
        percentile95(steps));
    std::printf("{\"row\": \"re-route connectors while dragging, 1,000 items\", \"median\": %.3f, "
                "\"baseline_median\": %.3f, \"target_ms\": 16}\n",
        median(steps), median(baseline));
    return 0;
}
