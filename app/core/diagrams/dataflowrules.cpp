// Rules about how data and requests move: queues and their failures, where stores sit and who
// can reach them, caches on read paths, and identity in front of APIs.
#include "core/diagrams/reviewrules.h"

namespace Starloop::Diagrams::ReviewRules {

using Role = DiagramGraph::Role;
using Vocabulary = DiagramGraph::Vocabulary;

namespace {

bool isDeadLetter(const DiagramGraph &graph, const QString &id)
{
    if (graph.labelSays(id, Vocabulary::DeadLetter))
        return true;
    const auto in = graph.inEdges(id);
    if (in.isEmpty())
        return false;
    for (const DiagramEdge *e : in) {
        if (!DiagramGraph::textSays(e->label, Vocabulary::DeadLetter))
            return false;
    }
    return true;
}

QStringList consumersOf(const DiagramGraph &graph, const QString &id)
{
    QStringList consumers;
    for (const QString &next : graph.successors(id, false)) {
        if (graph.role(next) != Role::Monitoring && !isDeadLetter(graph, next))
            consumers << next;
    }
    return consumers;
}

// An edge of `id` that says where failures go: labelled "retries" / "DLQ", or leading to a node
// labelled as a dead-letter destination.
bool hasFailurePath(const DiagramGraph &graph, const QString &id)
{
    for (const DiagramEdge *e : graph.edgesOf(id)) {
        const QString other = DiagramGraph::otherEnd(*e, id);
        if (DiagramGraph::textSays(e->label, Vocabulary::DeadLetter)
            || (other != id && graph.role(other) != Role::Client && isDeadLetter(graph, other)))
            return true;
    }
    return false;
}

bool isMessaging(const DiagramGraph &graph, const QString &id)
{
    return graph.role(id) == Role::Messaging;
}

} // namespace

void queueWithoutDeadLetter(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        const QString &kind = graph.node(id)->kind;
        if ((kind != QLatin1String("queue") && kind != QLatin1String("stream")) || isDeadLetter(graph, id))
            continue;
        const QStringList consumers = consumersOf(graph, id);
        if (consumers.isEmpty() || hasFailurePath(graph, id))
            continue;
        bool handled = false;
        for (const QString &consumer : consumers)
            handled = handled || hasFailurePath(graph, consumer);
        if (handled)
            continue;
        findings << finding(Severity::Warning, QStringList {id} + consumers, {},
            ArchitectureReview::tr("What happens to a message from %1 that fails every time? Without a "
                                   "dead-letter queue or a bounded retry path it blocks the consumers or "
                                   "is lost: add a DLQ and an alarm on its depth.")
                .arg(nameOf(graph, id)));
    }
}

void queueWithoutConsumer(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        if (!isMessaging(graph, id) || graph.inEdges(id).isEmpty() || isDeadLetter(graph, id)
            || !consumersOf(graph, id).isEmpty())
            continue;
        findings << finding(Severity::Warning, {id}, {},
            ArchitectureReview::tr("Messages go into %1, but nothing reads them. Who consumes it, and how "
                                   "fast? A queue nobody drains only grows.")
                .arg(nameOf(graph, id)));
    }
}

void publicDataStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    bool vpcDrawn = false;
    for (const DiagramNode &n : graph.document().nodes)
        vpcDrawn = vpcDrawn || n.kind == QLatin1String("vpc");
    if (!vpcDrawn)
        return;
    for (const QString &id : graph.components()) {
        const QString &kind = graph.node(id)->kind;
        if (graph.role(id) != Role::Store || kind == QLatin1String("object-storage"))
            continue;
        const QStringList subnets = graph.subnetsAround(id);
        QString publicSubnet;
        for (const QString &subnet : subnets) {
            if (graph.labelSays(subnet, Vocabulary::Public))
                publicSubnet = subnet;
        }
        const QString vpc = graph.ancestorOfKind(id, QStringLiteral("vpc"));
        if (!publicSubnet.isEmpty()) {
            findings << finding(Severity::Error, {id, publicSubnet}, {},
                ArchitectureReview::tr("%1 sits in %2: one security-group mistake and the data is on the "
                                       "internet. Data stores go in private subnets, reached only from "
                                       "the app tier.")
                    .arg(nameOf(graph, id), nameOf(graph, publicSubnet)));
        } else if (!vpc.isEmpty() && subnets.isEmpty()) {
            findings << finding(Severity::Warning, {id, vpc}, {},
                ArchitectureReview::tr("%1 is in the VPC but in no subnet. Show it in a private subnet, "
                                       "so it is clear nothing on the internet can reach it.")
                    .arg(nameOf(graph, id)));
        } else if (vpc.isEmpty() && kind != QLatin1String("nosql") && kind != QLatin1String("warehouse")) {
            findings << finding(Severity::Warning, {id}, {},
                ArchitectureReview::tr("You drew a VPC, but %1 is outside it. A database or cache "
                                       "belongs in the VPC's private subnets.")
                    .arg(nameOf(graph, id)));
        }
    }
}

void clientReachesStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.componentsOfKind(QStringLiteral("client"))) {
        for (const DiagramEdge *e : graph.outEdges(id)) {
            const QString store = DiagramGraph::otherEnd(*e, id);
            if (e->dashed || graph.role(store) != Role::Store
                || graph.node(store)->kind == QLatin1String("object-storage"))
                continue;
            findings << finding(Severity::Error, {store, id}, {e->id},
                ArchitectureReview::tr("%1 talks to %2 directly, so the store is open to its callers: "
                                       "no validation, no authorisation, no throttling. Put a service (or "
                                       "an API) in front of it.")
                    .arg(nameOf(graph, id), nameOf(graph, store)));
        }
    }
}

void readPathWithoutCache(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        const QString &kind = graph.node(id)->kind;
        if (kind != QLatin1String("database") && kind != QLatin1String("nosql")
            && kind != QLatin1String("search"))
            continue;
        QStringList readers;
        QStringList readEdges;
        for (const DiagramEdge *e : graph.inEdges(id)) {
            const QString reader = DiagramGraph::otherEnd(*e, id);
            if (graph.isRequestEdge(*e) && DiagramGraph::textSays(e->label, Vocabulary::Read)) {
                readers << reader;
                readEdges << e->id;
            }
        }
        if (readers.isEmpty())
            continue;
        bool cached = false;
        for (const QString &upstream : graph.reachingSolid(id)) {
            if (!graph.isOnRequestPath(upstream) && graph.role(upstream) != Role::Client)
                continue;
            const QString &upKind = graph.node(upstream)->kind;
            cached = cached || upKind == QLatin1String("cache") || upKind == QLatin1String("cdn");
            for (const QString &next : graph.successors(upstream, false))
                cached = cached || graph.node(next)->kind == QLatin1String("cache");
        }
        if (cached)
            continue;
        findings << finding(Severity::Warning, QStringList {id} + readers, readEdges,
            ArchitectureReview::tr("Every read of %1 goes all the way to the store. If this path is "
                                   "read-heavy, where is the cache (or CDN), and what is its hit rate?")
                .arg(nameOf(graph, id)));
    }
}

void cacheWithoutStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.componentsOfKind(QStringLiteral("cache"))) {
        bool backed = false;
        for (const QString &upstream : graph.reachingSolid(id))
            backed = backed || DiagramGraph::isDurableStoreKind(graph.node(upstream)->kind);
        for (const DiagramEdge *e : graph.edgesOf(id)) {
            const QString near = DiagramGraph::otherEnd(*e, id);
            backed = backed || DiagramGraph::isDurableStoreKind(graph.node(near)->kind);
            if (graph.role(near) != Role::Compute && graph.role(near) != Role::Entry)
                continue;
            for (const DiagramEdge *f : graph.edgesOf(near)) {
                const QString far = DiagramGraph::otherEnd(*f, near);
                backed = backed || DiagramGraph::isDurableStoreKind(graph.node(far)->kind);
            }
        }
        if (backed)
            continue;
        findings << finding(Severity::Warning, {id}, {},
            ArchitectureReview::tr("On a miss, where does %1 get its data? No durable store feeds it or "
                                   "sits beside its callers, so a restart loses everything in it.")
                .arg(nameOf(graph, id)));
    }
}

void apiWithoutAuth(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    auto touchesIdentity = [&](const QString &id) {
        for (const DiagramEdge *e : graph.edgesOf(id)) {
            if (graph.role(DiagramGraph::otherEnd(*e, id)) == Role::Identity)
                return true;
        }
        return false;
    };
    auto guarded = [&](const QString &entry, const QString &client) {
        if (graph.labelSays(entry, Vocabulary::Auth) || touchesIdentity(entry) || touchesIdentity(client))
            return true;
        for (const QString &next : graph.successors(entry, true)) {
            if (graph.role(next) == Role::Compute
                && (touchesIdentity(next) || graph.labelSays(next, Vocabulary::Auth)))
                return true;
        }
        return false;
    };
    QStringList reported;
    for (const QString &client : graph.componentsOfKind(QStringLiteral("client"))) {
        QStringList entries;
        for (const QString &next : graph.successors(client, true)) {
            if (graph.role(next) == Role::Edge)
                entries << graph.successors(next, true);
            else
                entries << next;
        }
        for (const QString &entry : std::as_const(entries)) {
            const Role role = graph.role(entry);
            if ((role != Role::Entry && role != Role::Compute) || reported.contains(entry)
                || guarded(entry, client))
                continue;
            reported << entry;
            findings << finding(Severity::Warning, {entry, client}, {},
                ArchitectureReview::tr("Who is allowed to call %1? Nothing in the drawing authenticates the "
                                       "callers: add identity (Cognito, IAM, an authoriser on the gateway) "
                                       "in front of the API.")
                    .arg(nameOf(graph, entry)));
        }
    }
}

} // namespace Starloop::Diagrams::ReviewRules
