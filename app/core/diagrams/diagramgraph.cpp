#include "core/diagrams/diagramgraph.h"

#include "core/diagrams/diagramkind.h"

#include <QRegularExpression>

namespace Starloop::Diagrams {

namespace {

// Whole words or phrases; a trailing '*' matches any word starting with the stem.
const QStringList &words(DiagramGraph::Vocabulary vocabulary)
{
    using V = DiagramGraph::Vocabulary;
    static const QStringList redundancy {QStringLiteral("fleet*"), QStringLiteral("cluster*"),
        QStringLiteral("multi az"), QStringLiteral("azs"), QStringLiteral("2 az"), QStringLiteral("3 az"),
        QStringLiteral("all azs"), QStringLiteral("replica*"), QStringLiteral("replicated"),
        QStringLiteral("global table*"), QStringLiteral("global"), QStringLiteral("standby"),
        QStringLiteral("ha"), QStringLiteral("pair"), QStringLiteral("nodes"), QStringLiteral("auto scaling"),
        QStringLiteral("autoscaling"), QStringLiteral("workers"), QStringLiteral("pool"),
        QStringLiteral("shards"), QStringLiteral("copies"), QStringLiteral("quorum"), QStringLiteral("rf 3"),
        QStringLiteral("instances"), QStringLiteral("servers"), QStringLiteral("gateways"),
        QStringLiteral("cells"), QStringLiteral("pipelines"), QStringLiteral("managed")};
    static const QStringList multiZone {QStringLiteral("multi az"), QStringLiteral("azs"),
        QStringLiteral("2 az"), QStringLiteral("3 az"), QStringLiteral("every tier"),
        QStringLiteral("all tiers"), QStringLiteral("zones")};
    static const QStringList deadLetter {QStringLiteral("dlq*"), QStringLiteral("dead*"),
        QStringLiteral("retr*"), QStringLiteral("failed"), QStringLiteral("failure*"),
        QStringLiteral("poison"), QStringLiteral("exhausted"), QStringLiteral("unparseable"),
        QStringLiteral("side output"), QStringLiteral("late"), QStringLiteral("redrive"),
        QStringLiteral("parking lot")};
    static const QStringList read {QStringLiteral("get"), QStringLiteral("read*"), QStringLiteral("quer*"),
        QStringLiteral("search*"), QStringLiteral("fetch*"), QStringLiteral("list*"),
        QStringLiteral("lookup*"), QStringLiteral("look up"), QStringLiteral("view*"),
        QStringLiteral("browse"), QStringLiteral("hydrate"), QStringLiteral("select"),
        QStringLiteral("resolve"), QStringLiteral("redirect")};
    static const QStringList auth {QStringLiteral("auth*"), QStringLiteral("jwt"), QStringLiteral("iam"),
        QStringLiteral("sigv4"), QStringLiteral("cognito"), QStringLiteral("token*"), QStringLiteral("oidc"),
        QStringLiteral("oauth*"), QStringLiteral("sso"), QStringLiteral("signed"),
        QStringLiteral("signature"), QStringLiteral("api key*"), QStringLiteral("partner keys"),
        QStringLiteral("sign in"), QStringLiteral("mtls"), QStringLiteral("waf")};
    static const QStringList replication {QStringLiteral("replica*"), QStringLiteral("replicat*"),
        QStringLiteral("standby"), QStringLiteral("sync"), QStringLiteral("copy"), QStringLiteral("mirror*"),
        QStringLiteral("failover"), QStringLiteral("promote*"), QStringLiteral("gossip"),
        QStringLiteral("refresh")};
    static const QStringList backup {QStringLiteral("backup*"), QStringLiteral("snapshot*"),
        QStringLiteral("pitr"), QStringLiteral("archive*"), QStringLiteral("export*"),
        QStringLiteral("offload*")};
    static const QStringList publicWords {QStringLiteral("public")};
    static const QStringList single {QStringLiteral("single"), QStringLiteral("one instance"),
        QStringLiteral("1 instance"), QStringLiteral("1 task"), QStringLiteral("one box")};
    switch (vocabulary) {
    case V::Redundancy:
        return redundancy;
    case V::DeadLetter:
        return deadLetter;
    case V::Read:
        return read;
    case V::Auth:
        return auth;
    case V::Replication:
        return replication;
    case V::Backup:
        return backup;
    case V::Public:
        return publicWords;
    case V::MultiZone:
        return multiZone;
    case V::Single:
        break;
    }
    return single;
}

// "Aurora (Multi-AZ), 3 AZs" -> " aurora multi az 3 azs "
QString normalised(const QString &label)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString text = label.toLower();
    text.replace(QLatin1String("authoriser"), QLatin1String("authorizer"));
    return QLatin1Char(' ') + text.replace(separators, QStringLiteral(" ")).trimmed() + QLatin1Char(' ');
}

bool phraseIn(const QString &text, const QString &phrase)
{
    if (phrase.endsWith(QLatin1Char('*')))
        return text.contains(QLatin1Char(' ') + phrase.chopped(1));
    return text.contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

} // namespace

DiagramGraph::DiagramGraph(const DiagramDocument &document)
    : m_document(document)
{
    for (int i = 0; i < m_document.nodes.size(); ++i) {
        const DiagramNode &n = m_document.nodes.at(i);
        m_index.insert(n.id, i);
        const Role r = roleOfKind(n.kind);
        if (r != Role::Annotation && r != Role::Group)
            m_components << n.id;
        if (n.kind == QLatin1String("zone"))
            ++m_zoneCount;
    }
    for (int i = 0; i < m_document.edges.size(); ++i) {
        const DiagramEdge &e = m_document.edges.at(i);
        m_out[e.from] << i;
        m_in[e.to] << i;
        if (e.arrows == ArrowHeads::Both) {
            m_out[e.to] << i;
            m_in[e.from] << i;
        }
    }
    m_requestPath = reachFromClients(QString());
}

const DiagramNode *DiagramGraph::node(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_document.nodes.at(*it);
}

DiagramGraph::Role DiagramGraph::roleOfKind(const QString &kind)
{
    static const QHash<QString, Role> roles {
        {QStringLiteral("client"), Role::Client},
        {QStringLiteral("dns"), Role::Edge},
        {QStringLiteral("cdn"), Role::Edge},
        {QStringLiteral("load-balancer"), Role::Entry},
        {QStringLiteral("api-gateway"), Role::Entry},
        {QStringLiteral("server"), Role::Compute},
        {QStringLiteral("container"), Role::Compute},
        {QStringLiteral("function"), Role::Compute},
        {QStringLiteral("queue"), Role::Messaging},
        {QStringLiteral("topic"), Role::Messaging},
        {QStringLiteral("stream"), Role::Messaging},
        {QStringLiteral("cache"), Role::Store},
        {QStringLiteral("database"), Role::Store},
        {QStringLiteral("nosql"), Role::Store},
        {QStringLiteral("object-storage"), Role::Store},
        {QStringLiteral("search"), Role::Store},
        {QStringLiteral("warehouse"), Role::Store},
        {QStringLiteral("monitoring"), Role::Monitoring},
        {QStringLiteral("identity"), Role::Identity},
        {QStringLiteral("external"), Role::External},
    };
    const auto it = roles.constFind(kind);
    if (it != roles.constEnd())
        return *it;
    const DiagramKind *k = DiagramKind::find(kind);
    return k && k->isGroup() ? Role::Group : Role::Annotation;
}

bool DiagramGraph::isDurableStoreKind(const QString &kind)
{
    return roleOfKind(kind) == Role::Store && kind != QLatin1String("cache");
}

DiagramGraph::Role DiagramGraph::role(const QString &nodeId) const
{
    const DiagramNode *n = node(nodeId);
    return n ? roleOfKind(n->kind) : Role::Annotation;
}

QStringList DiagramGraph::componentsOfKind(const QString &kind) const
{
    QStringList ids;
    for (const QString &id : m_components) {
        if (node(id)->kind == kind)
            ids << id;
    }
    return ids;
}

bool DiagramGraph::hasKind(const QString &kind) const
{
    return !componentsOfKind(kind).isEmpty();
}

QVector<const DiagramEdge *> DiagramGraph::outEdges(const QString &nodeId) const
{
    QVector<const DiagramEdge *> edges;
    for (int i : m_out.value(nodeId))
        edges << &m_document.edges.at(i);
    return edges;
}

QVector<const DiagramEdge *> DiagramGraph::inEdges(const QString &nodeId) const
{
    QVector<const DiagramEdge *> edges;
    for (int i : m_in.value(nodeId))
        edges << &m_document.edges.at(i);
    return edges;
}

QVector<const DiagramEdge *> DiagramGraph::edgesOf(const QString &nodeId) const
{
    QVector<const DiagramEdge *> edges;
    for (const DiagramEdge &e : m_document.edges) {
        if (e.from == nodeId || e.to == nodeId)
            edges << &e;
    }
    return edges;
}

QString DiagramGraph::otherEnd(const DiagramEdge &edge, const QString &nodeId)
{
    return edge.from == nodeId ? edge.to : edge.from;
}

QStringList DiagramGraph::successors(const QString &nodeId, bool solidOnly) const
{
    QStringList ids;
    for (const DiagramEdge *e : outEdges(nodeId)) {
        const QString other = otherEnd(*e, nodeId);
        if ((!solidOnly || !e->dashed) && !ids.contains(other))
            ids << other;
    }
    return ids;
}

QStringList DiagramGraph::predecessors(const QString &nodeId, bool solidOnly) const
{
    QStringList ids;
    for (const DiagramEdge *e : inEdges(nodeId)) {
        const QString other = otherEnd(*e, nodeId);
        if ((!solidOnly || !e->dashed) && !ids.contains(other))
            ids << other;
    }
    return ids;
}

QSet<QString> DiagramGraph::reachFromClients(const QString &without) const
{
    QSet<QString> seen;
    QStringList queue = componentsOfKind(QStringLiteral("client"));
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        for (const QString &next : successors(id, true)) {
            if (next == without || seen.contains(next) || role(next) == Role::Client)
                continue;
            seen.insert(next);
            queue << next;
        }
    }
    return seen;
}

bool DiagramGraph::isRequestEdge(const DiagramEdge &edge) const
{
    return !edge.dashed && (role(edge.from) == Role::Client || m_requestPath.contains(edge.from));
}

QSet<QString> DiagramGraph::reachingSolid(const QString &target) const
{
    QSet<QString> seen;
    QStringList queue {target};
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        for (const QString &previous : predecessors(id, true)) {
            if (previous == target || seen.contains(previous))
                continue;
            seen.insert(previous);
            queue << previous;
        }
    }
    return seen;
}

bool DiagramGraph::isCut(const QString &cut, const QString &target) const
{
    if (cut == target || !m_requestPath.contains(target) || role(cut) == Role::Client)
        return false;
    return !reachFromClients(cut).contains(target);
}

QString DiagramGraph::ancestorOfKind(const QString &nodeId, const QString &groupKind) const
{
    const DiagramNode *n = node(nodeId);
    for (int depth = 0; n && !n->parent.isEmpty() && depth < 64; ++depth) {
        n = node(n->parent);
        if (n && n->kind == groupKind)
            return n->id;
    }
    return QString();
}

QStringList DiagramGraph::subnetsAround(const QString &nodeId) const
{
    QStringList subnets;
    const DiagramNode *n = node(nodeId);
    for (int depth = 0; n && !n->parent.isEmpty() && depth < 64; ++depth) {
        n = node(n->parent);
        if (n && n->kind == QLatin1String("subnet"))
            subnets << n->id;
    }
    return subnets;
}

bool DiagramGraph::hasRedundantPeer(const QString &nodeId) const
{
    const DiagramNode *self = node(nodeId);
    if (!self)
        return false;
    const QString zone = zoneOf(nodeId);
    const QStringList callers = predecessors(nodeId, true);
    const QString label = normalised(self->label);
    for (const QString &id : m_components) {
        const DiagramNode *other = node(id);
        if (id == nodeId || other->kind != self->kind)
            continue;
        if (!zone.isEmpty() && !zoneOf(id).isEmpty() && zoneOf(id) != zone)
            return true;
        if (normalised(other->label) != label)
            continue;
        for (const QString &caller : predecessors(id, true)) {
            if (callers.contains(caller))
                return true;
        }
    }
    return false;
}

QStringList DiagramGraph::replicaPartners(const QString &nodeId) const
{
    QStringList partners;
    const Role self = role(nodeId);
    for (const DiagramEdge *e : edgesOf(nodeId)) {
        const QString other = otherEnd(*e, nodeId);
        if (other == nodeId || role(other) != self || partners.contains(other))
            continue;
        const bool sameKind = node(other)->kind == node(nodeId)->kind;
        if ((sameKind && e->dashed) || textSays(e->label, Vocabulary::Replication)
            || labelSays(nodeId, Vocabulary::Replication) || labelSays(other, Vocabulary::Replication))
            partners << other;
    }
    return partners;
}

bool DiagramGraph::groupSaysMultiZone(const QString &nodeId) const
{
    const DiagramNode *n = node(nodeId);
    for (int depth = 0; n && !n->parent.isEmpty() && depth < 64; ++depth) {
        n = node(n->parent);
        if (n && textSays(n->label, Vocabulary::MultiZone))
            return true;
    }
    return false;
}

bool DiagramGraph::isRedundant(const QString &nodeId) const
{
    return labelSays(nodeId, Vocabulary::Redundancy) || groupSaysMultiZone(nodeId) || hasRedundantPeer(nodeId)
        || !replicaPartners(nodeId).isEmpty();
}

bool DiagramGraph::labelSays(const QString &nodeId, Vocabulary vocabulary) const
{
    const DiagramNode *n = node(nodeId);
    return n && textSays(n->label, vocabulary);
}

bool DiagramGraph::textSays(const QString &text, Vocabulary vocabulary)
{
    if (text.isEmpty())
        return false;
    const QString plain = normalised(text);
    for (const QString &phrase : words(vocabulary)) {
        if (phraseIn(plain, phrase))
            return true;
    }
    return false;
}

} // namespace Starloop::Diagrams
