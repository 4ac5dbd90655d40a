// Rules about surviving failure: single points of failure, one-zone placement, replicas and
// backups, load balancing, and synchronous calls that cross a Region.
#include "core/diagrams/reviewrules.h"

#include "core/diagrams/diagramkind.h"

namespace Starloop::Diagrams::ReviewRules {

using Role = DiagramGraph::Role;
using Vocabulary = DiagramGraph::Vocabulary;

QString nameOf(const DiagramGraph &graph, const QString &nodeId)
{
    const DiagramNode *n = graph.node(nodeId);
    if (!n)
        return nodeId;
    const QString label = n->label.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!label.isEmpty())
        return QStringLiteral("\"%1\"").arg(label);
    const DiagramKind *kind = DiagramKind::find(n->kind);
    return kind ? QCoreApplication::translate("DiagramKind", kind->name.toUtf8().constData()) : n->kind;
}

ReviewFinding finding(
    Severity severity, const QStringList &nodeIds, const QStringList &edgeIds, const QString &message)
{
    ReviewFinding f;
    f.severity = severity;
    f.nodeIds = nodeIds;
    f.edgeIds = edgeIds;
    f.message = message;
    return f;
}

namespace {

// A kind whose single instance is a box that can die: a self-managed server, or a container
// service the label says runs one task. Managed kinds (functions, gateways, queues, DynamoDB,
// S3) are multi-AZ by construction.
bool shouldBeRedundant(const DiagramGraph &graph, const QString &id)
{
    const QString &kind = graph.node(id)->kind;
    if (kind == QLatin1String("server"))
        return true;
    return graph.role(id) == Role::Compute && graph.labelSays(id, Vocabulary::Single);
}

bool isZonalStoreKind(const QString &kind)
{
    return kind == QLatin1String("database") || kind == QLatin1String("cache")
        || kind == QLatin1String("search") || kind == QLatin1String("nosql");
}

bool hasBackup(const DiagramGraph &graph, const QString &id)
{
    if (graph.labelSays(id, Vocabulary::Backup))
        return true;
    for (const DiagramEdge *e : graph.edgesOf(id)) {
        const QString other = DiagramGraph::otherEnd(*e, id);
        if (DiagramGraph::textSays(e->label, Vocabulary::Backup)
            || graph.node(other)->kind == QLatin1String("object-storage")
            || graph.node(other)->kind == QLatin1String("warehouse"))
            return true;
    }
    return false;
}

} // namespace

void singlePointOfFailure(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        if (!graph.isOnRequestPath(id) || !shouldBeRedundant(graph, id) || graph.isRedundant(id))
            continue;
        const QSet<QString> without = graph.requestPathWithout(id);
        for (const QString &store : graph.components()) {
            if (graph.role(store) != Role::Store || store == id || !graph.isOnRequestPath(store)
                || without.contains(store))
                continue;
            findings << finding(Severity::Error, {id, store}, {},
                ArchitectureReview::tr("Every request from the clients to %1 goes through the one %2. "
                                       "What happens when that box dies? Run two or more behind a load "
                                       "balancer, in different availability zones.")
                    .arg(nameOf(graph, store), nameOf(graph, id)));
            break;
        }
    }
}

void storeInOneZone(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        const QString zone = graph.zoneOf(id);
        if (zone.isEmpty() || !isZonalStoreKind(graph.node(id)->kind)
            || graph.labelSays(id, Vocabulary::Redundancy) || graph.hasRedundantPeer(id))
            continue;
        bool elsewhere = false;
        for (const QString &partner : graph.replicaPartners(id))
            elsewhere = elsewhere || graph.zoneOf(partner) != zone;
        if (elsewhere)
            continue;
        findings << finding(Severity::Error, {id, zone}, {},
            ArchitectureReview::tr("%1 lives in %2 only. Lose that availability zone and you lose the "
                                   "data: add a standby or a replica in a second zone (Multi-AZ).")
                .arg(nameOf(graph, id), nameOf(graph, zone)));
    }
}

void noReplicaOrBackup(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        const QString &kind = graph.node(id)->kind;
        const bool relational = kind == QLatin1String("database");
        if ((!relational && kind != QLatin1String("search")) || !graph.zoneOf(id).isEmpty()
            || graph.isRedundant(id) || hasBackup(graph, id))
            continue;
        findings << finding(relational ? Severity::Error : Severity::Warning, {id}, {},
            ArchitectureReview::tr("%1 has no replica, no standby and no backup in the drawing. If its "
                                   "disk fails tonight, what do you restore from? Draw the replica (or "
                                   "say Multi-AZ) and where the backups go.")
                .arg(nameOf(graph, id)));
    }
}

void computeInOneZone(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    if (graph.zoneCount() < 2)
        return;
    for (const QString &id : graph.components()) {
        const QString &kind = graph.node(id)->kind;
        const QString zone = graph.zoneOf(id);
        if ((kind != QLatin1String("server") && kind != QLatin1String("container")) || zone.isEmpty()
            || graph.hasRedundantPeer(id) || graph.labelSays(id, Vocabulary::Redundancy))
            continue;
        findings << finding(Severity::Warning, {id, zone}, {},
            ArchitectureReview::tr("You drew several availability zones, but %1 runs only in %2. Put a "
                                   "copy in each zone so a zone outage leaves capacity behind.")
                .arg(nameOf(graph, id), nameOf(graph, zone)));
    }
}

void fleetWithoutLoadBalancer(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.components()) {
        const Role role = graph.role(id);
        const bool caller = role == Role::Client || graph.node(id)->kind == QLatin1String("dns");
        QStringList twins;
        QStringList twinEdges;
        for (const DiagramEdge *e : graph.outEdges(id)) {
            const QString target = DiagramGraph::otherEnd(*e, id);
            const QString &kind = graph.node(target)->kind;
            if (e->dashed || (kind != QLatin1String("server") && kind != QLatin1String("container")))
                continue;
            if (caller) {
                findings << finding(Severity::Warning, {target, id}, {e->id},
                    ArchitectureReview::tr("%1 calls %2 directly. Nothing spreads the load or takes a sick "
                                           "instance out of rotation: put a load balancer or an API "
                                           "gateway in between.")
                        .arg(nameOf(graph, id), nameOf(graph, target)));
            } else if (graph.hasRedundantPeer(target)) {
                twins << target;
                twinEdges << e->id;
            }
        }
        if (twins.size() >= 2 && role != Role::Entry && role != Role::Messaging && role != Role::Edge) {
            findings << finding(Severity::Warning, QStringList {id} + twins, twinEdges,
                ArchitectureReview::tr("%1 picks one of %2 copies of %3 itself. Who health-checks them and "
                                       "drains one during a deploy? Put a load balancer in front of the "
                                       "fleet.")
                    .arg(nameOf(graph, id))
                    .arg(twins.size())
                    .arg(nameOf(graph, twins.first())));
        }
    }
}

void loadBalancerWithOneTarget(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const QString &id : graph.componentsOfKind(QStringLiteral("load-balancer"))) {
        QStringList targets;
        for (const QString &next : graph.successors(id, true)) {
            if (graph.role(next) == Role::Compute)
                targets << next;
        }
        if (targets.size() != 1 || graph.node(targets.first())->kind != QLatin1String("server")
            || graph.isRedundant(targets.first()))
            continue;
        findings << finding(Severity::Warning, {id, targets.first()}, {},
            ArchitectureReview::tr("%1 sends everything to one %2: a load balancer in front of a single "
                                   "server balances nothing. Draw the fleet (an Auto Scaling group "
                                   "across zones).")
                .arg(nameOf(graph, id), nameOf(graph, targets.first())));
    }
}

void crossRegionSyncCall(const DiagramGraph &graph, QVector<ReviewFinding> &findings)
{
    for (const DiagramEdge &e : graph.document().edges) {
        if (e.dashed)
            continue;
        const QString from = graph.regionOf(e.from);
        const QString to = graph.regionOf(e.to);
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        const bool request = graph.isRequestEdge(e);
        findings << finding(request ? Severity::Error : Severity::Warning, {e.from, e.to}, {e.id},
            request ? ArchitectureReview::tr("A request waits on a call from %1 to %2 in another Region: "
                                             "tens of milliseconds added, and both Regions must be up. "
                                             "Serve it in-Region and replicate asynchronously.")
                          .arg(nameOf(graph, e.from), nameOf(graph, e.to))
                    : ArchitectureReview::tr("The link from %1 to %2 crosses Regions and is drawn as "
                                             "synchronous. If it is replication, draw it dashed: "
                                             "asynchronous.")
                          .arg(nameOf(graph, e.from), nameOf(graph, e.to)));
    }
}

} // namespace Starloop::Diagrams::ReviewRules
