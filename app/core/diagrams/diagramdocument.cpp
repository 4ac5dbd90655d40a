#include "core/diagrams/diagramdocument.h"

#include "core/diagrams/compactjsonwriter.h"
#include "core/diagrams/diagramkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Starloop::Diagrams {

namespace {

constexpr double MaxCoordinate = 1e7; // far beyond any real canvas; keeps painting sane

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagramDocument)
};

Error invalid(const QString &message)
{
    return Error {message, 0};
}

// Reads a required finite number; an error message when it is missing or not a number.
bool readNumber(const QJsonObject &object, const char *key, double &value, QString &problem)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isDouble()) {
        problem = v.isUndefined() ? Text::tr("the field \"%1\" is missing").arg(QLatin1String(key))
                                  : Text::tr("the field \"%1\" is not a number").arg(QLatin1String(key));
        return false;
    }
    value = v.toDouble();
    if (!std::isfinite(value) || std::abs(value) > MaxCoordinate) {
        problem = Text::tr("the field \"%1\" is out of range").arg(QLatin1String(key));
        return false;
    }
    return true;
}

bool readString(const QJsonObject &object, const char *key, QString &value, bool required, QString &problem)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString()) {
        problem = v.isUndefined() ? Text::tr("the field \"%1\" is missing").arg(QLatin1String(key))
                                  : Text::tr("the field \"%1\" is not text").arg(QLatin1String(key));
        return false;
    }
    value = v.toString();
    return true;
}

Result<DiagramNode> readNode(const QJsonValue &value, int index)
{
    const QString where = Text::tr("Node %1").arg(index + 1);
    if (!value.isObject())
        return invalid(Text::tr("%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    DiagramNode node;
    QString problem;
    if (!readString(o, "id", node.id, true, problem) || !readString(o, "kind", node.kind, true, problem)
        || !readString(o, "label", node.label, false, problem)
        || !readString(o, "parent", node.parent, false, problem) || !readNumber(o, "x", node.x, problem)
        || !readNumber(o, "y", node.y, problem) || !readNumber(o, "w", node.w, problem)
        || !readNumber(o, "h", node.h, problem))
        return invalid(Text::tr("%1: %2.").arg(
            node.id.isEmpty() ? where : Text::tr("Node \"%1\"").arg(node.id), problem));
    const QString name = Text::tr("Node \"%1\"").arg(node.id);
    if (node.id.isEmpty())
        return invalid(Text::tr("%1 has an empty id.").arg(where));
    if (!DiagramKind::find(node.kind))
        return invalid(Text::tr("%1 has an unknown kind \"%2\".").arg(name, node.kind));
    if (node.w <= 0 || node.h <= 0)
        return invalid(Text::tr("%1 has no area (width and height must be positive).").arg(name));
    const QJsonValue z = o.value(QLatin1String("z"));
    if (!z.isUndefined()) {
        if (!z.isDouble() || std::abs(z.toDouble()) > std::numeric_limits<int>::max() / 2)
            return invalid(Text::tr("%1: the field \"z\" is not a whole number.").arg(name));
        node.z = z.toInt();
    }
    return node;
}

Result<ArrowHeads> readArrows(const QString &text)
{
    if (text == QLatin1String("none"))
        return ArrowHeads::None;
    if (text == QLatin1String("end") || text.isEmpty())
        return ArrowHeads::End;
    if (text == QLatin1String("both"))
        return ArrowHeads::Both;
    return invalid(QString());
}

Result<DiagramEdge> readEdge(const QJsonValue &value, int index)
{
    const QString where = Text::tr("Edge %1").arg(index + 1);
    if (!value.isObject())
        return invalid(Text::tr("%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    DiagramEdge edge;
    QString problem;
    QString arrows;
    QString routing;
    if (!readString(o, "id", edge.id, true, problem) || !readString(o, "from", edge.from, true, problem)
        || !readString(o, "to", edge.to, true, problem) || !readString(o, "label", edge.label, false, problem)
        || !readString(o, "arrows", arrows, false, problem)
        || !readString(o, "routing", routing, false, problem))
        return invalid(Text::tr("%1: %2.").arg(
            edge.id.isEmpty() ? where : Text::tr("Edge \"%1\"").arg(edge.id), problem));
    const QString name = Text::tr("Edge \"%1\"").arg(edge.id);
    if (edge.id.isEmpty())
        return invalid(Text::tr("%1 has an empty id.").arg(where));
    const auto heads = readArrows(arrows);
    if (!heads)
        return invalid(Text::tr("%1 has unknown arrowheads \"%2\" (none, end or both).").arg(name, arrows));
    edge.arrows = heads.value();
    if (routing == QLatin1String("orthogonal"))
        edge.routing = Routing::Orthogonal;
    else if (routing.isEmpty() || routing == QLatin1String("straight"))
        edge.routing = Routing::Straight;
    else
        return invalid(
            Text::tr("%1 has an unknown routing \"%2\" (straight or orthogonal).").arg(name, routing));
    const QJsonValue dashed = o.value(QLatin1String("dashed"));
    if (!dashed.isUndefined() && !dashed.isBool())
        return invalid(Text::tr("%1: the field \"dashed\" is not true or false.").arg(name));
    edge.dashed = dashed.toBool(false);
    const QJsonValue waypoints = o.value(QLatin1String("waypoints"));
    if (!waypoints.isUndefined() && !waypoints.isArray())
        return invalid(Text::tr("%1: the field \"waypoints\" is not a list.").arg(name));
    const QJsonArray points = waypoints.toArray();
    if (points.size() > DiagramEdge::MaxWaypoints)
        return invalid(Text::tr("%1 has %2 bend points; at most %3 are kept.")
                           .arg(name)
                           .arg(points.size())
                           .arg(DiagramEdge::MaxWaypoints));
    for (const QJsonValue &point : points) {
        double x = 0;
        double y = 0;
        if (!point.isObject() || !readNumber(point.toObject(), "x", x, problem)
            || !readNumber(point.toObject(), "y", y, problem))
            return invalid(Text::tr("%1 has a bend point that is not a pair of numbers.").arg(name));
        edge.waypoints.append(QPointF(x, y));
    }
    return edge;
}

} // namespace

const DiagramNode *DiagramDocument::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

DiagramNode *DiagramDocument::node(const QString &id)
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes[i];
}

const DiagramEdge *DiagramDocument::edge(const QString &id) const
{
    const int i = edgeIndex(id);
    return i < 0 ? nullptr : &edges.at(i);
}

DiagramEdge *DiagramDocument::edge(const QString &id)
{
    const int i = edgeIndex(id);
    return i < 0 ? nullptr : &edges[i];
}

int DiagramDocument::nodeIndex(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

int DiagramDocument::edgeIndex(const QString &id) const
{
    for (int i = 0; i < edges.size(); ++i) {
        if (edges.at(i).id == id)
            return i;
    }
    return -1;
}

bool DiagramDocument::isGroup(const QString &nodeId) const
{
    const DiagramNode *n = node(nodeId);
    if (!n)
        return false;
    const DiagramKind *kind = DiagramKind::find(n->kind);
    return kind && kind->isGroup();
}

QString DiagramDocument::nextId(const QString &prefix) const
{
    qint64 highest = 0;
    // Numbers are shared by every prefix ("n3", "e4", "g5") so ids stay readable in Mermaid.
    auto consider = [&](const QString &id) {
        int digits = 0;
        while (digits < id.size() && !id.at(digits).isDigit())
            ++digits;
        bool numeric = false;
        const qint64 n = id.mid(digits).toLongLong(&numeric);
        if (numeric && n > highest)
            highest = n;
    };
    for (const DiagramNode &n : nodes)
        consider(n.id);
    for (const DiagramEdge &e : edges)
        consider(e.id);
    return prefix + QString::number(highest + 1);
}

QSet<QString> DiagramDocument::descendants(const QString &groupId) const
{
    QHash<QString, QStringList> children;
    for (const DiagramNode &n : nodes) {
        if (!n.parent.isEmpty())
            children[n.parent] << n.id;
    }
    QSet<QString> found;
    QStringList pending {groupId};
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        for (const QString &child : children.value(id)) {
            if (!found.contains(child)) {
                found.insert(child);
                pending << child;
            }
        }
    }
    return found;
}

void DiagramDocument::removeNodes(const QSet<QString> &nodeIds, const QSet<QString> &edgeIds)
{
    QSet<QString> gone = nodeIds;
    for (const QString &id : nodeIds)
        gone.unite(descendants(id));
    QVector<DiagramNode> keptNodes;
    keptNodes.reserve(nodes.size());
    for (const DiagramNode &n : std::as_const(nodes)) {
        if (!gone.contains(n.id))
            keptNodes << n;
    }
    nodes = keptNodes;
    QVector<DiagramEdge> keptEdges;
    for (const DiagramEdge &e : std::as_const(edges)) {
        if (!gone.contains(e.from) && !gone.contains(e.to) && !edgeIds.contains(e.id))
            keptEdges << e;
    }
    edges = keptEdges;
}

DiagramDocument DiagramDocument::subset(const QSet<QString> &nodeIds) const
{
    DiagramDocument part;
    for (const DiagramNode &n : nodes) {
        if (!nodeIds.contains(n.id))
            continue;
        DiagramNode copy = n;
        if (!nodeIds.contains(copy.parent))
            copy.parent.clear();
        part.nodes << copy;
    }
    for (const DiagramEdge &e : edges) {
        if (nodeIds.contains(e.from) && nodeIds.contains(e.to))
            part.edges << e;
    }
    return part;
}

QRectF DiagramDocument::boundingRect() const
{
    QRectF bounds;
    for (const DiagramNode &n : nodes)
        bounds = bounds.isNull() ? n.rect() : bounds.united(n.rect());
    return bounds;
}

int DiagramDocument::maxZ() const
{
    int z = nodes.isEmpty() ? 0 : nodes.first().z;
    for (const DiagramNode &n : nodes)
        z = std::max(z, n.z);
    return z;
}

int DiagramDocument::minZ() const
{
    int z = nodes.isEmpty() ? 0 : nodes.first().z;
    for (const DiagramNode &n : nodes)
        z = std::min(z, n.z);
    return z;
}

int DiagramDocument::depth(const QString &nodeId) const
{
    int d = 0;
    const DiagramNode *n = node(nodeId);
    while (n && !n->parent.isEmpty() && d < 64) {
        n = node(n->parent);
        ++d;
    }
    return d;
}

QString DiagramDocument::arrowHeadsName(ArrowHeads arrows)
{
    switch (arrows) {
    case ArrowHeads::None:
        return QStringLiteral("none");
    case ArrowHeads::Both:
        return QStringLiteral("both");
    case ArrowHeads::End:
        break;
    }
    return QStringLiteral("end");
}

QString DiagramDocument::routingName(Routing routing)
{
    return routing == Routing::Orthogonal ? QStringLiteral("orthogonal") : QStringLiteral("straight");
}

QJsonObject DiagramDocument::toJsonObject() const
{
    QJsonArray nodeArray;
    for (const DiagramNode &n : nodes) {
        QJsonObject o {{QStringLiteral("id"), n.id}, {QStringLiteral("kind"), n.kind},
            {QStringLiteral("label"), n.label}, {QStringLiteral("x"), n.x}, {QStringLiteral("y"), n.y},
            {QStringLiteral("w"), n.w}, {QStringLiteral("h"), n.h}, {QStringLiteral("z"), n.z}};
        if (!n.parent.isEmpty())
            o.insert(QStringLiteral("parent"), n.parent);
        nodeArray.append(o);
    }
    QJsonArray edgeArray;
    for (const DiagramEdge &e : edges) {
        QJsonObject o {{QStringLiteral("id"), e.id}, {QStringLiteral("from"), e.from},
            {QStringLiteral("to"), e.to}, {QStringLiteral("label"), e.label},
            {QStringLiteral("arrows"), arrowHeadsName(e.arrows)},
            {QStringLiteral("routing"), routingName(e.routing)}, {QStringLiteral("dashed"), e.dashed}};
        if (!e.waypoints.isEmpty()) {
            QJsonArray points;
            for (const QPointF &p : e.waypoints)
                points.append(QJsonObject {{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
            o.insert(QStringLiteral("waypoints"), points);
        }
        edgeArray.append(o);
    }
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("starloop-diagram")},
        {QStringLiteral("version"), CurrentVersion}, {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("edges"), edgeArray}};
}

QByteArray DiagramDocument::toJson() const
{
    QByteArray out;
    out.reserve(96 + 120 * (nodes.size() + edges.size()));
    CompactJsonWriter json(out);
    json.open('{');
    json.key("edges").open('[');
    bool firstItem = true;
    for (const DiagramEdge &e : edges) {
        if (!firstItem)
            out += ',';
        firstItem = false;
        json.open('{');
        json.key("arrows").string(arrowHeadsName(e.arrows));
        json.key("dashed").boolean(e.dashed);
        json.key("from").string(e.from);
        json.key("id").string(e.id);
        json.key("label").string(e.label);
        json.key("routing").string(routingName(e.routing));
        json.key("to").string(e.to);
        if (!e.waypoints.isEmpty()) {
            json.key("waypoints").open('[');
            for (int i = 0; i < e.waypoints.size(); ++i) {
                if (i > 0)
                    out += ',';
                json.open('{');
                json.key("x").number(e.waypoints.at(i).x());
                json.key("y").number(e.waypoints.at(i).y());
                json.close('}');
            }
            json.close(']');
        }
        json.close('}');
    }
    json.close(']');
    json.key("format").string(QStringLiteral("starloop-diagram"));
    json.key("nodes").open('[');
    firstItem = true;
    for (const DiagramNode &n : nodes) {
        if (!firstItem)
            out += ',';
        firstItem = false;
        json.open('{');
        json.key("h").number(n.h);
        json.key("id").string(n.id);
        json.key("kind").string(n.kind);
        json.key("label").string(n.label);
        if (!n.parent.isEmpty())
            json.key("parent").string(n.parent);
        json.key("w").number(n.w);
        json.key("x").number(n.x);
        json.key("y").number(n.y);
        json.key("z").number(n.z);
        json.close('}');
    }
    json.close(']');
    json.key("version").number(CurrentVersion);
    json.close('}');
    return out;
}

Result<DiagramDocument> DiagramDocument::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Text::tr("The diagram is not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!parsed.isObject())
        return invalid(Text::tr("The diagram is not a JSON object."));
    return fromJsonObject(parsed.object());
}

Result<DiagramDocument> DiagramDocument::fromJsonObject(const QJsonObject &object)
{
    const QJsonValue format = object.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String("starloop-diagram"))
        return invalid(
            Text::tr("The document is not a Starloop diagram (format \"%1\").").arg(format.toString()));
    const QJsonValue version = object.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return invalid(Text::tr("The diagram has no valid version number."));
    if (version.toDouble() > CurrentVersion)
        return invalid(Text::tr(
            "The diagram was written by a newer version of Starloop (format version %1; this one reads "
            "up to %2).")
                           .arg(version.toInt())
                           .arg(CurrentVersion));
    const QJsonValue nodeArray = object.value(QLatin1String("nodes"));
    const QJsonValue edgeArray = object.value(QLatin1String("edges"));
    if (!nodeArray.isArray())
        return invalid(Text::tr("The diagram has no list of nodes."));
    if (!edgeArray.isUndefined() && !edgeArray.isArray())
        return invalid(Text::tr("The diagram's list of edges is not a list."));

    DiagramDocument document;
    QHash<QString, int> nodeIds;
    const QJsonArray nodesJson = nodeArray.toArray();
    document.nodes.reserve(nodesJson.size());
    for (int i = 0; i < nodesJson.size(); ++i) {
        auto node = readNode(nodesJson.at(i), i);
        if (!node)
            return node.error();
        if (nodeIds.contains(node->id))
            return invalid(Text::tr("Two nodes share the id \"%1\".").arg(node->id));
        nodeIds.insert(node->id, i);
        document.nodes << node.value();
    }
    for (const DiagramNode &n : std::as_const(document.nodes)) {
        if (n.parent.isEmpty())
            continue;
        const auto parent = nodeIds.constFind(n.parent);
        if (parent == nodeIds.constEnd())
            return invalid(
                Text::tr("Node \"%1\" is inside \"%2\", which is not in the diagram.").arg(n.id, n.parent));
        if (!DiagramKind::find(document.nodes.at(*parent).kind)->isGroup())
            return invalid(
                Text::tr("Node \"%1\" is inside \"%2\", which is not a group.").arg(n.id, n.parent));
    }
    for (const DiagramNode &n : std::as_const(document.nodes)) {
        // Walk up; more steps than nodes means a loop.
        QString at = n.parent;
        int steps = 0;
        while (!at.isEmpty()) {
            if (at == n.id || ++steps > document.nodes.size())
                return invalid(Text::tr("Node \"%1\" is inside itself (its groups form a loop).").arg(n.id));
            at = document.nodes.at(nodeIds.value(at)).parent;
        }
    }

    QSet<QString> edgeIds;
    const QJsonArray edgesJson = edgeArray.toArray();
    document.edges.reserve(edgesJson.size());
    for (int i = 0; i < edgesJson.size(); ++i) {
        auto edge = readEdge(edgesJson.at(i), i);
        if (!edge)
            return edge.error();
        if (edgeIds.contains(edge->id) || nodeIds.contains(edge->id))
            return invalid(Text::tr("The id \"%1\" is used twice.").arg(edge->id));
        edgeIds.insert(edge->id);
        for (const QString &end : {edge->from, edge->to}) {
            if (!nodeIds.contains(end))
                return invalid(Text::tr("Edge \"%1\" points to \"%2\", which is not in the diagram.")
                                   .arg(edge->id, end));
        }
        document.edges << edge.value();
    }
    return document;
}

} // namespace Starloop::Diagrams
