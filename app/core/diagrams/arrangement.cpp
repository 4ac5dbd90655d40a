#include "core/diagrams/arrangement.h"

#include "core/diagrams/diagramkind.h"

#include <algorithm>
#include <optional>

namespace Starloop::Diagrams {

namespace {

// The indexes of the document's nodes that are groups.
QVector<int> groupIndexes(const DiagramDocument &document)
{
    QVector<int> groups;
    for (int i = 0; i < document.nodes.size(); ++i) {
        const DiagramKind *kind = DiagramKind::find(document.nodes.at(i).kind);
        if (kind && kind->isGroup())
            groups << i;
    }
    return groups;
}

QString groupAmong(const DiagramDocument &document, const QVector<int> &groups, const QPointF &point,
    const QSet<QString> &excluded)
{
    const DiagramNode *best = nullptr;
    for (int i : groups) {
        const DiagramNode &n = document.nodes.at(i);
        if (!n.rect().contains(point) || excluded.contains(n.id))
            continue;
        if (!best || n.w * n.h < best->w * best->h)
            best = &n;
    }
    return best ? best->id : QString();
}

QHash<QString, int> indexById(const DiagramDocument &document)
{
    QHash<QString, int> index;
    index.reserve(document.nodes.size());
    for (int i = 0; i < document.nodes.size(); ++i)
        index.insert(document.nodes.at(i).id, i);
    return index;
}

QPointF alignmentShift(const QRectF &bounds, const QRectF &r, Alignment alignment)
{
    switch (alignment) {
    case Alignment::Left:
        return QPointF(bounds.left() - r.left(), 0);
    case Alignment::HorizontalCentre:
        return QPointF(bounds.center().x() - r.center().x(), 0);
    case Alignment::Right:
        return QPointF(bounds.right() - r.right(), 0);
    case Alignment::Top:
        return QPointF(0, bounds.top() - r.top());
    case Alignment::VerticalCentre:
        return QPointF(0, bounds.center().y() - r.center().y());
    case Alignment::Bottom:
        break;
    }
    return QPointF(0, bounds.bottom() - r.bottom());
}

} // namespace

QVector<QString> Arrangement::outermost(const DiagramDocument &document, const QSet<QString> &selected)
{
    const QHash<QString, int> index = indexById(document);
    QVector<QString> top;
    for (const DiagramNode &n : document.nodes) {
        if (!selected.contains(n.id))
            continue;
        bool insideSelected = false;
        QString at = n.parent;
        for (int guard = 0; !at.isEmpty() && guard < 64; ++guard) {
            if (selected.contains(at)) {
                insideSelected = true;
                break;
            }
            at = document.nodes.at(index.value(at)).parent;
        }
        if (!insideSelected)
            top << n.id;
    }
    return top;
}

void Arrangement::moveNodes(DiagramDocument &document, const QHash<QString, QPointF> &deltas)
{
    const QHash<QString, int> index = indexById(document);
    QVector<QPointF> shifts(document.nodes.size());
    for (int i = 0; i < document.nodes.size(); ++i) {
        QString at = document.nodes.at(i).id;
        for (int guard = 0; !at.isEmpty() && guard < 64; ++guard) {
            const auto it = deltas.constFind(at);
            if (it != deltas.constEnd()) {
                shifts[i] = *it;
                break;
            }
            at = document.nodes.at(index.value(at)).parent;
        }
    }
    for (int i = 0; i < document.nodes.size(); ++i) {
        document.nodes[i].x += shifts.at(i).x();
        document.nodes[i].y += shifts.at(i).y();
    }
}

DiagramDocument Arrangement::aligned(
    const DiagramDocument &document, const QVector<QString> &ids, Alignment alignment)
{
    QRectF bounds;
    for (const QString &id : ids)
        bounds = bounds.isNull() ? document.node(id)->rect() : bounds.united(document.node(id)->rect());
    QHash<QString, QPointF> deltas;
    for (const QString &id : ids)
        deltas.insert(id, alignmentShift(bounds, document.node(id)->rect(), alignment));
    DiagramDocument after = document;
    moveNodes(after, deltas);
    return after;
}

DiagramDocument Arrangement::distributed(
    const DiagramDocument &document, QVector<QString> ids, Qt::Orientation orientation)
{
    const bool horizontal = orientation == Qt::Horizontal;
    auto start = [&](const QString &id) {
        return horizontal ? document.node(id)->x : document.node(id)->y;
    };
    auto extent = [&](const QString &id) {
        return horizontal ? document.node(id)->w : document.node(id)->h;
    };
    std::sort(
        ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return start(a) < start(b); });
    const double first = start(ids.first());
    double last = 0;
    double total = 0;
    for (const QString &id : std::as_const(ids)) {
        last = std::max(last, start(id) + extent(id));
        total += extent(id);
    }
    const double gap = (last - first - total) / (ids.size() - 1);
    QHash<QString, QPointF> deltas;
    double at = first;
    for (const QString &id : std::as_const(ids)) {
        const double shift = at - start(id);
        deltas.insert(id, horizontal ? QPointF(shift, 0) : QPointF(0, shift));
        at += extent(id) + gap;
    }
    DiagramDocument after = document;
    moveNodes(after, deltas);
    return after;
}

DiagramDocument Arrangement::broughtToFront(const DiagramDocument &document, const QSet<QString> &ids)
{
    DiagramDocument after = document;
    int z = after.maxZ();
    for (DiagramNode &n : after.nodes) {
        if (ids.contains(n.id))
            n.z = ++z;
    }
    return after;
}

DiagramDocument Arrangement::sentToBack(const DiagramDocument &document, const QSet<QString> &ids)
{
    DiagramDocument after = document;
    int z = after.minZ() - int(ids.size());
    for (DiagramNode &n : after.nodes) {
        if (ids.contains(n.id))
            n.z = z++;
    }
    return after;
}

DiagramDocument Arrangement::pasted(
    const DiagramDocument &document, const DiagramDocument &part, double offset, QSet<QString> *added)
{
    DiagramDocument after = document;
    QHash<QString, QString> renamed;
    qint64 next = after.nextId(QStringLiteral("n")).mid(1).toLongLong();
    for (const DiagramNode &n : part.nodes) {
        const DiagramKind *kind = DiagramKind::find(n.kind);
        renamed.insert(n.id,
            (kind && kind->isGroup() ? QStringLiteral("g") : QStringLiteral("n")) + QString::number(next++));
    }
    for (DiagramNode n : part.nodes) {
        n.id = renamed.value(n.id);
        n.parent = renamed.value(n.parent);
        n.x += offset;
        n.y += offset;
        after.nodes << n;
        added->insert(n.id);
    }
    for (DiagramEdge e : part.edges) {
        e.id = QStringLiteral("e") + QString::number(next++);
        e.from = renamed.value(e.from);
        e.to = renamed.value(e.to);
        for (QPointF &bend : e.waypoints)
            bend += QPointF(offset, offset);
        after.edges << e;
    }
    return after;
}

QString Arrangement::groupAt(
    const DiagramDocument &document, const QPointF &point, const QSet<QString> &excluded)
{
    return groupAmong(document, groupIndexes(document), point, excluded);
}

void Arrangement::regroup(DiagramDocument &document, const QVector<int> &dragged)
{
    // One pass over the document, not one per dragged node: the group tree is kept up to date as
    // nodes change groups.
    const QVector<int> groups = groupIndexes(document);
    QHash<QString, QStringList> children;
    for (const DiagramNode &n : std::as_const(document.nodes)) {
        if (!n.parent.isEmpty())
            children[n.parent] << n.id;
    }
    for (int i : dragged) {
        DiagramNode &n = document.nodes[i];
        QSet<QString> excluded {n.id};
        QStringList pending {n.id};
        while (!pending.isEmpty()) {
            for (const QString &child : children.value(pending.takeLast())) {
                if (!excluded.contains(child)) {
                    excluded.insert(child);
                    pending << child;
                }
            }
        }
        const QString parent = groupAmong(document, groups, n.rect().center(), excluded);
        if (parent == n.parent)
            continue;
        if (!n.parent.isEmpty())
            children[n.parent].removeOne(n.id);
        if (!parent.isEmpty())
            children[parent] << n.id;
        n.parent = parent;
    }
}

void Arrangement::carryBends(const DiagramDocument &before, DiagramDocument &after)
{
    const auto shift = [&](const QString &id) -> std::optional<QPointF> {
        const DiagramNode *was = before.node(id);
        const DiagramNode *now = after.node(id);
        if (!was || !now)
            return std::nullopt;
        return QPointF(now->x - was->x, now->y - was->y);
    };
    for (DiagramEdge &e : after.edges) {
        if (e.waypoints.isEmpty())
            continue;
        const std::optional<QPointF> from = shift(e.from);
        if (!from || from->isNull() || from != shift(e.to))
            continue;
        for (QPointF &bend : e.waypoints)
            bend += *from;
    }
}

} // namespace Starloop::Diagrams
