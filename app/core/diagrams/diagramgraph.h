// DiagramGraph: the structure of a diagram as the architecture review reads it: who calls whom
// (edges as directed links, solid = synchronous, dashed = asynchronous or optional), which
// nodes a request from the clients can reach, which groups contain a node (its availability
// zone, region, VPC, subnet), and what role each kind plays (compute, store, messaging ...).
// Built once per review from a DiagramDocument; every query is a read of precomputed tables or
// a breadth-first search, so a 1,000-node diagram is reviewed in milliseconds.
//
// Direction: an edge leads from `from` to `to`; with arrows "both" it leads both ways. A line
// without heads ("none") is read in the order it was drawn.
//
//   clients -> ALB -> web (zone a), web (zone b) -> RDS primary (zone a) -> RDS standby (zone b)
//   graph.requestPath()            -> {ALB, web a, web b, RDS primary, RDS standby}
//   graph.zoneOf(web a)            -> "g8"        graph.regionOf(web a) -> "g5"
//   graph.replicaPartners(primary) -> {standby}  (a store-to-store edge: replication)
//   graph.isCut(ALB, RDS primary)  -> true       (every path from the clients passes the ALB)
//   DiagramGraph::textSays("Web fleet (3 AZs)", Vocabulary::Redundancy) -> true
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace Starloop::Diagrams {

class DiagramGraph
{
public:
    // The role a kind plays in a design, as an interviewer groups them.
    enum class Role {
        Client, // client
        Edge, // dns, cdn: in front of everything, managed and global
        Entry, // load-balancer, api-gateway: spreads or admits requests
        Compute, // server, container, function
        Messaging, // queue, topic, stream
        Store, // cache, database, nosql, object-storage, search, warehouse
        Monitoring, // monitoring
        Identity, // identity
        External, // external
        Annotation, // box, note, class
        Group, // region, zone, vpc, subnet, group
    };

    // Words a label uses to say something the shapes cannot (matched as whole words or phrases).
    enum class Vocabulary {
        Redundancy, // "fleet", "3 AZs", "multi-AZ", "replica", "cluster", "global table" ...
        DeadLetter, // "DLQ", "dead-letter", "retries", "failed", "poison" ...
        Read, // "GET", "read", "query", "search", "lookup" ...
        Auth, // "auth", "authorizer", "JWT", "IAM", "SigV4", "Cognito", "token" ...
        Replication, // "replication", "replica", "standby", "sync", "copy" ...
        Backup, // "backup", "snapshot", "PITR" ...
        Public, // "public"
        Single, // "single", "one instance" ...
        MultiZone, // said of a group: "Region (multi-AZ services)", "Region (3 AZs)", "every tier"
    };

    explicit DiagramGraph(const DiagramDocument &document);

    const DiagramDocument &document() const { return m_document; }
    const DiagramNode *node(const QString &id) const;
    Role role(const QString &nodeId) const;
    static Role roleOfKind(const QString &kind);
    static bool isDurableStoreKind(const QString &kind); // every store but cache

    // Component ids (not annotations, not groups), in document order.
    const QStringList &components() const { return m_components; }
    QStringList componentsOfKind(const QString &kind) const;
    bool hasKind(const QString &kind) const;

    // The edges that lead out of / into a node (an edge with arrows "both" is in both lists).
    QVector<const DiagramEdge *> outEdges(const QString &nodeId) const;
    QVector<const DiagramEdge *> inEdges(const QString &nodeId) const;
    // Every edge touching the node, whatever its direction.
    QVector<const DiagramEdge *> edgesOf(const QString &nodeId) const;
    // The node at the other end of `edge` from `nodeId`.
    static QString otherEnd(const DiagramEdge &edge, const QString &nodeId);
    QStringList successors(const QString &nodeId, bool solidOnly) const;
    QStringList predecessors(const QString &nodeId, bool solidOnly) const;

    // Nodes reached from any client over solid edges (the clients themselves excluded).
    const QSet<QString> &requestPath() const { return m_requestPath; }
    bool isOnRequestPath(const QString &nodeId) const { return m_requestPath.contains(nodeId); }
    // A solid edge leaving a client or a node on the request path.
    bool isRequestEdge(const DiagramEdge &edge) const;
    // Nodes from which `target` can be reached over solid edges (target excluded).
    QSet<QString> reachingSolid(const QString &target) const;
    // True when `target` is reached from the clients over solid edges, and no longer once `cut`
    // is taken away: every request path to `target` passes through `cut`.
    bool isCut(const QString &cut, const QString &target) const;
    // The request path with `cut` taken away: one search answers isCut() for every target.
    QSet<QString> requestPathWithout(const QString &cut) const { return reachFromClients(cut); }

    // The nearest enclosing group of a kind ("zone", "region", "vpc", "subnet"); empty if none.
    QString ancestorOfKind(const QString &nodeId, const QString &groupKind) const;
    QString zoneOf(const QString &nodeId) const { return ancestorOfKind(nodeId, QStringLiteral("zone")); }
    QString regionOf(const QString &nodeId) const { return ancestorOfKind(nodeId, QStringLiteral("region")); }
    // Every subnet group around the node, innermost first.
    QStringList subnetsAround(const QString &nodeId) const;
    int zoneCount() const { return m_zoneCount; }

    // Another node of the same kind and label that shares a solid predecessor (two "Web tier"
    // boxes behind one load balancer), or of the same kind in another availability zone.
    bool hasRedundantPeer(const QString &nodeId) const;
    // True when a group around the node says everything in it spans zones:
    // "Region (multi-AZ services)", "Region (3 AZs)", "Region (every tier multi-AZ)".
    bool groupSaysMultiZone(const QString &nodeId) const;
    // Redundancy the drawing shows: a redundant peer, a replica partner, a label that says so
    // ("fleet", "multi-AZ", "3 AZs", "global table", "managed") or a group that says so.
    bool isRedundant(const QString &nodeId) const;
    // Stores of the same role joined to this one by an edge (replication, standby, replica).
    QStringList replicaPartners(const QString &nodeId) const;

    bool labelSays(const QString &nodeId, Vocabulary vocabulary) const;
    static bool textSays(const QString &text, Vocabulary vocabulary);

private:
    QSet<QString> reachFromClients(const QString &without) const;

    DiagramDocument m_document;
    QHash<QString, int> m_index;
    QStringList m_components;
    QHash<QString, QVector<int>> m_out; // node id -> indexes of edges leading out
    QHash<QString, QVector<int>> m_in;
    QSet<QString> m_requestPath;
    int m_zoneCount = 0;
};

} // namespace Starloop::Diagrams
