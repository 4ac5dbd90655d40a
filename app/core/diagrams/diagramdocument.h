// DiagramDocument: one architecture diagram as data: nodes (a kind, a label, geometry in scene
// coordinates, the group that contains it, a stacking order) and edges (from one node to
// another, with a label and a style). The canvas mirrors it, undo commands change it, the
// repository stores it, and every export reads it: one truth.
//
// Serialised as versioned JSON; fromJson() refuses anything it cannot trust with a message a
// user can read:
//
//   {"format": "starloop-diagram", "version": 1,
//    "nodes": [{"id": "n1", "kind": "server", "label": "Web", "x": 40, "y": 60, "w": 110, "h": 90,
//               "parent": "g1", "z": 0}, ...],
//    "edges": [{"id": "e1", "from": "n1", "to": "n2", "label": "SQL", "arrows": "end",
//               "routing": "orthogonal", "dashed": false, "waypoints": [{"x": 300, "y": 80}]}, ...]}
//
// "waypoints" (optional, orthogonal connectors only) are the points the user dragged the
// connector's bends to: its route passes through them in order, wherever the nodes move.
//
//   fromJson("{\"version\": 9, ...}")  -> error "... written by a newer version of Starloop ..."
//   an edge whose "to" names no node  -> error "Edge \"e4\" points to \"n9\", which is not in the diagram."
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Diagrams {

enum class ArrowHeads { None, End, Both };
enum class Routing { Straight, Orthogonal };

struct DiagramNode
{
    QString id;
    QString kind; // a DiagramKind id
    QString label;
    double x = 0; // top-left corner, scene coordinates
    double y = 0;
    double w = 0;
    double h = 0;
    QString parent; // the id of the group that contains it; empty at top level
    int z = 0; // stacking order among nodes of the same layer

    QRectF rect() const { return QRectF(x, y, w, h); }
    void setRect(const QRectF &r)
    {
        x = r.x();
        y = r.y();
        w = r.width();
        h = r.height();
    }
    bool operator==(const DiagramNode &o) const
    {
        return id == o.id && kind == o.kind && label == o.label && x == o.x && y == o.y && w == o.w
            && h == o.h && parent == o.parent && z == o.z;
    }
    bool operator!=(const DiagramNode &o) const { return !(*this == o); }
};

struct DiagramEdge
{
    QString id;
    QString from;
    QString to;
    QString label;
    ArrowHeads arrows = ArrowHeads::End;
    Routing routing = Routing::Straight;
    bool dashed = false;
    QVector<QPointF> waypoints; // where the user put the bends; empty: the router chooses

    static constexpr int MaxWaypoints = 32;

    bool operator==(const DiagramEdge &o) const
    {
        return id == o.id && from == o.from && to == o.to && label == o.label && arrows == o.arrows
            && routing == o.routing && dashed == o.dashed && waypoints == o.waypoints;
    }
    bool operator!=(const DiagramEdge &o) const { return !(*this == o); }
};

class DiagramDocument
{
public:
    static constexpr int CurrentVersion = 1;

    QVector<DiagramNode> nodes;
    QVector<DiagramEdge> edges;

    bool isEmpty() const { return nodes.isEmpty() && edges.isEmpty(); }
    const DiagramNode *node(const QString &id) const;
    DiagramNode *node(const QString &id);
    const DiagramEdge *edge(const QString &id) const;
    DiagramEdge *edge(const QString &id);
    int nodeIndex(const QString &id) const;
    int edgeIndex(const QString &id) const;
    bool isGroup(const QString &nodeId) const;

    // A fresh id with the given prefix ("n", "e", "g"): one more than the highest number in use.
    QString nextId(const QString &prefix) const;
    // The ids of the nodes inside the group `groupId`, at any depth.
    QSet<QString> descendants(const QString &groupId) const;
    // Removes the nodes (and, for groups, everything inside them) and every edge that touched
    // them, plus the edges listed in `edgeIds`.
    void removeNodes(const QSet<QString> &nodeIds, const QSet<QString> &edgeIds = {});
    // The part of the document made of `nodeIds` and the edges between them; parents outside
    // the selection are dropped.
    DiagramDocument subset(const QSet<QString> &nodeIds) const;
    // The smallest rectangle around every node (an empty rect for an empty document).
    QRectF boundingRect() const;
    // The highest and lowest z in use (0 when empty).
    int maxZ() const;
    int minZ() const;
    // How deep a node sits in the group tree (0 at top level).
    int depth(const QString &nodeId) const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // compact UTF-8
    static Result<DiagramDocument> fromJson(const QByteArray &json);
    static Result<DiagramDocument> fromJsonObject(const QJsonObject &object);

    static QString arrowHeadsName(ArrowHeads arrows);
    static QString routingName(Routing routing);

    bool operator==(const DiagramDocument &o) const { return nodes == o.nodes && edges == o.edges; }
    bool operator!=(const DiagramDocument &o) const { return !(*this == o); }
};

} // namespace Starloop::Diagrams
