// Rules about reading and running the design: monitoring, labels on the request path, boxes
// connected to nothing, and a drawing with no caller.
#include "core/diagrams/reviewrules.h"

namespace Starloop::Diagrams::ReviewRules {

using Role = DiagramGraph::Role;

namespace {

int workingParts(const DiagramGraph &graph)
{
    int count = 0;
    for (const QString &id : graph.components()) {
        const Role role = graph.role(id);
        if (role == Role::Compute || role == Role::Store || role == Role::Messaging || role == Role::Entry)
            ++count;
    }
    return count;
}

} // namespace

void noMonitoring(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    if (workingParts(graph) < 3 || graph.hasKind(QStringLiteral("monitoring")))
        return;
    findings << finding(Severity::Warning, {}, {},
        ArchitectureReview::tr("How would you know this is broken before the customers tell you? Add "
                               "monitoring (metrics, logs, alarms) with dashed edges from the services "
                               "it watches."));
}

void monitoringUnwired(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.componentsOfKind(QStringLiteral("monitoring"))) {
        if (!graph.edgesOf(id).isEmpty())
            continue;
        findings << finding(Severity::Advice, {id}, {},
            ArchitectureReview::tr("Nothing reports to %1. Draw dashed edges from the services and queues "
                                   "it watches, and say which signal pages someone.")
                .arg(nameOf(graph, id)));
    }
}

void unlabeledRequestEdge(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const DiagramEdge &e : graph.document().edges) {
        if (!e.label.trimmed().isEmpty() || !graph.isRequestEdge(e) || graph.role(e.to) == Role::Monitoring
            || graph.role(e.to) == Role::Group)
            continue;
        findings << finding(Severity::Warning, {e.from, e.to}, {e.id},
            ArchitectureReview::tr("What travels from %1 to %2? Label the edge with the call or the data "
                                   "(\"GET /feed\", \"enqueue job\"): it is how the interviewer follows a "
                                   "request.")
                .arg(nameOf(graph, e.from), nameOf(graph, e.to)));
    }
}

void orphanComponent(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        if (!graph.edgesOf(id).isEmpty() || graph.role(id) == Role::Monitoring)
            continue;
        findings << finding(Severity::Advice, {id}, {},
            ArchitectureReview::tr("%1 is connected to nothing. Either show who calls it and what it calls, "
                                   "or leave it out.")
                .arg(nameOf(graph, id)));
    }
}

void noClients(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    if (workingParts(graph) < 2 || graph.hasKind(QStringLiteral("client")))
        return;
    findings << finding(Severity::Advice, {}, {},
        ArchitectureReview::tr("Who calls this system? Start the drawing with the clients: the review "
                               "follows requests from them, and so does the interviewer."));
}

} // namespace Starloop::Diagrams::ReviewRules
