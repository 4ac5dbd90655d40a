#include "core/diagrams/documentdelta.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Starloop::Diagrams {

namespace {

template<typename T> QVector<DocumentDelta::Change<T>> diff(const QVector<T> &before, const QVector<T> &after)
{
    QHash<QString, int> afterIndex;
    afterIndex.reserve(after.size());
    for (int i = 0; i < after.size(); ++i)
        afterIndex.insert(after.at(i).id, i);
    QHash<QString, int> beforeIndex;
    beforeIndex.reserve(before.size());
    QVector<DocumentDelta::Change<T>> changes;
    for (int i = 0; i < before.size(); ++i) {
        const T &item = before.at(i);
        beforeIndex.insert(item.id, i);
        const int j = afterIndex.value(item.id, -1);
        if (j < 0 || after.at(j) != item)
            changes.append({item.id, i, j, item, j < 0 ? T {} : after.at(j)});
    }
    for (int j = 0; j < after.size(); ++j) {
        if (!beforeIndex.contains(after.at(j).id))
            changes.append({after.at(j).id, -1, j, T {}, after.at(j)});
    }
    return changes;
}

// Turns `items` (in the "from" state) into the "to" state: removals first, then insertions at
// their final positions in ascending order, then in-place replacements.
template<typename T>
void transform(QVector<T> &items, const QVector<DocumentDelta::Change<T>> &changes, bool forward)
{
    if (changes.isEmpty())
        return;
    QSet<QString> removed;
    std::vector<std::pair<int, const T *>> inserted;
    QHash<QString, const T *> replaced;
    for (const auto &c : changes) {
        const int from = forward ? c.beforeIndex : c.afterIndex;
        const int to = forward ? c.afterIndex : c.beforeIndex;
        if (to < 0)
            removed.insert(c.id);
        else if (from < 0)
            inserted.push_back({to, forward ? &c.after : &c.before});
        else
            replaced.insert(c.id, forward ? &c.after : &c.before);
    }
    if (!removed.isEmpty()) {
        items.erase(std::remove_if(
                        items.begin(), items.end(), [&](const T &item) { return removed.contains(item.id); }),
            items.end());
    }
    std::sort(
        inserted.begin(), inserted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, item] : std::as_const(inserted))
        items.insert(std::min(index, int(items.size())), *item);
    if (!replaced.isEmpty()) {
        for (T &item : items) {
            if (const T *replacement = replaced.value(item.id, nullptr))
                item = *replacement;
        }
    }
}

} // namespace

DocumentDelta DocumentDelta::between(const DiagramDocument &before, const DiagramDocument &after)
{
    DocumentDelta delta;
    delta.m_nodes = diff(before.nodes, after.nodes);
    delta.m_edges = diff(before.edges, after.edges);
    return delta;
}

void DocumentDelta::apply(DiagramDocument &document) const
{
    transform(document.nodes, m_nodes, true);
    transform(document.edges, m_edges, true);
}

void DocumentDelta::revert(DiagramDocument &document) const
{
    transform(document.nodes, m_nodes, false);
    transform(document.edges, m_edges, false);
}

} // namespace Starloop::Diagrams
