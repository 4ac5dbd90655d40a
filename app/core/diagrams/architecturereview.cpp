#include "core/diagrams/architecturereview.h"

#include "core/diagrams/diagramgraph.h"
#include "core/diagrams/reviewrules.h"

#include <algorithm>

namespace Starloop::Diagrams {

namespace {

// The rules, with the bank answer that explains each. Severity is the highest a rule reports;
// some rules report a lower one for the milder case (a search index without a replica is a
// warning, a relational database an error).
QVector<ReviewRule> buildRules()
{
    using namespace ReviewRules;
    using S = Severity;
    auto rule = [](const char *id, S severity, const char *title, const char *question,
                    void (*check)(const DiagramGraph &, QVector<ReviewFinding> &)) {
        return ReviewRule {QLatin1String(id), severity,
            QCoreApplication::translate("ArchitectureReview", title), QLatin1String(question), check};
    };
    return {
        rule("single-point-of-failure", S::Error,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Single point of failure"), "aws-fault-tolerant-design",
            singlePointOfFailure),
        rule("store-single-az", S::Error, QT_TRANSLATE_NOOP("ArchitectureReview", "Data store in one zone"),
            "aws-rds-multi-az-vs-read-replicas", storeInOneZone),
        rule("no-replica-or-backup", S::Error,
            QT_TRANSLATE_NOOP("ArchitectureReview", "No replica or backup"),
            "sd-prevent-data-loss-distributed-db", noReplicaOrBackup),
        rule("compute-single-az", S::Warning, QT_TRANSLATE_NOOP("ArchitectureReview", "Service in one zone"),
            "aws-availability-zones", computeInOneZone),
        rule("fleet-without-load-balancer", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Fleet without a load balancer"),
            "aws-elastic-load-balancing", fleetWithoutLoadBalancer),
        rule("load-balancer-single-target", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Load balancer with one target"),
            "sd-horizontal-vs-vertical-scaling", loadBalancerWithOneTarget),
        rule("cross-region-sync-call", S::Error,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Cross-Region call on the request path"),
            "sd-multi-region-active-active", crossRegionSyncCall),
        rule("queue-without-dlq", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Queue without a dead-letter path"), "aws-sqs-deep-dive",
            queueWithoutDeadLetter),
        rule("queue-without-consumer", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Queue nobody reads"), "sd-back-pressure",
            queueWithoutConsumer),
        rule("public-data-store", S::Error, QT_TRANSLATE_NOOP("ArchitectureReview", "Data store not private"),
            "aws-public-vs-private-subnets", publicDataStore),
        rule("client-reaches-store", S::Error,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Clients reach a data store"), "aws-secure-api-design",
            clientReachesStore),
        rule("read-path-without-cache", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Read path without a cache"), "sd-caching-strategies",
            readPathWithoutCache),
        rule("cache-without-store", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Cache with nothing behind it"),
            "sd-choosing-sql-nosql-cache", cacheWithoutStore),
        rule("api-without-auth", S::Warning, QT_TRANSLATE_NOOP("ArchitectureReview", "API without identity"),
            "aws-secure-scalable-rest-api", apiWithoutAuth),
        rule("no-monitoring", S::Warning, QT_TRANSLATE_NOOP("ArchitectureReview", "No monitoring"),
            "aws-monitoring-distributed-systems", noMonitoring),
        rule("monitoring-unwired", S::Advice,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Monitoring watches nothing"), "aws-cloudwatch",
            monitoringUnwired),
        rule("unlabeled-request-edge", S::Warning,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Unlabelled edge on the request path"),
            "sd-interview-framework", unlabeledRequestEdge),
        rule("orphan-component", S::Advice,
            QT_TRANSLATE_NOOP("ArchitectureReview", "Component connected to nothing"),
            "sd-interview-framework", orphanComponent),
        rule("no-clients", S::Advice, QT_TRANSLATE_NOOP("ArchitectureReview", "No clients"),
            "sd-interview-framework", noClients),
    };
}

} // namespace

QString ReviewFinding::subject() const
{
    QStringList nodes = nodeIds;
    QStringList edges = edgeIds;
    nodes.sort();
    edges.sort();
    return (nodes + edges).join(QLatin1Char(','));
}

const QVector<ReviewRule> &ArchitectureReview::rules()
{
    static const QVector<ReviewRule> all = buildRules();
    return all;
}

const ReviewRule *ArchitectureReview::rule(const QString &id)
{
    for (const ReviewRule &r : rules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QVector<ReviewFinding> ArchitectureReview::review(
    const DiagramDocument &document, const QVector<ReviewDismissal> &dismissals)
{
    const DiagramGraph graph(document);
    QVector<ReviewFinding> findings;
    for (const ReviewRule &r : rules()) {
        QVector<ReviewFinding> found;
        r.check(graph, found);
        for (ReviewFinding &f : found) {
            f.ruleId = r.id;
            f.questionUid = r.questionUid;
            const QString subject = f.subject();
            for (const ReviewDismissal &d : dismissals) {
                if (d.covers(r.id, subject)) {
                    f.dismissal = d;
                    break;
                }
            }
            findings << std::move(f);
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
        [](const ReviewFinding &a, const ReviewFinding &b) { return a.severity < b.severity; });
    return findings;
}

QVector<ReviewFinding> ArchitectureReview::open(const QVector<ReviewFinding> &findings)
{
    QVector<ReviewFinding> result;
    for (const ReviewFinding &f : findings) {
        if (!f.dismissed())
            result << f;
    }
    return result;
}

int ArchitectureReview::count(const QVector<ReviewFinding> &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
        [severity](const ReviewFinding &f) { return !f.dismissed() && f.severity == severity; }));
}

QString ArchitectureReview::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Advice:
        break;
    }
    return QStringLiteral("advice");
}

QString ArchitectureReview::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Advice:
        break;
    }
    return tr("Advice");
}

} // namespace Starloop::Diagrams
