#include "diagramscene.h"

#include "diagrampainter.h"
#include "diagrams/diagramkind.h"
#include "documentcommand.h"
#include "edgeitem.h"
#include "labeleditor.h"
#include "nodeitem.h"
#include "shapelibrary.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace Starloop::Gui {

using Diagrams::DiagramDocument;
using Diagrams::DiagramEdge;
using Diagrams::DiagramKind;
using Diagrams::DiagramNode;
using Diagrams::DocumentDelta;

namespace {

double snapped(double value, bool snap)
{
    return snap ? std::round(value / DiagramPainter::GridSize) * DiagramPainter::GridSize : value;
}

// Moves nodes by their own delta, and everything inside a moved group by the group's delta.
void moveNodes(DiagramDocument &document, const QHash<QString, QPointF> &deltas)
{
    QHash<QString, int> index;
    for (int i = 0; i < document.nodes.size(); ++i)
        index.insert(document.nodes.at(i).id, i);
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

} // namespace

DiagramScene::DiagramScene(QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , m_undoStack(undoStack)
{
    setItemIndexMethod(BspTreeIndex);
    setSceneRect(-2000, -2000, 6000, 5000);
}

void DiagramScene::setDocument(const DiagramDocument &document)
{
    m_syncing = true;
    if (m_labelEditor)
        delete m_labelEditor.data();
    clear();
    m_connectLine = nullptr;
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_edgesByNode.clear();
    m_document = document;
    rebuildIndex();
    for (const DiagramNode &n : std::as_const(m_document.nodes))
        createNodeItem(n);
    for (const DiagramEdge &e : std::as_const(m_document.edges))
        createEdgeItem(e);
    for (NodeItem *item : std::as_const(m_nodeItems))
        refreshStacking(item);
    const QRectF bounds = m_document.boundingRect();
    setSceneRect(bounds.isNull() ? QRectF(-2000, -2000, 6000, 5000) : bounds.adjusted(-2000, -2000, 3000, 3000));
    m_syncing = false;
    Q_EMIT documentChanged();
}

void DiagramScene::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void DiagramScene::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (NodeItem *item : std::as_const(m_nodeItems))
        item->setFlag(QGraphicsItem::ItemIsMovable, !readOnly);
}

NodeItem *DiagramScene::createNodeItem(const DiagramNode &node)
{
    auto *item = new NodeItem(this, node);
    item->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly);
    addItem(item);
    m_nodeItems.insert(node.id, item);
    return item;
}

EdgeItem *DiagramScene::createEdgeItem(const DiagramEdge &edge)
{
    auto *item = new EdgeItem(this, edge);
    addItem(item);
    m_edgeItems.insert(edge.id, item);
    m_edgesByNode.insert(edge.from, item);
    if (edge.to != edge.from)
        m_edgesByNode.insert(edge.to, item);
    updateEdge(item);
    return item;
}

void DiagramScene::removeEdgeItem(const QString &id)
{
    EdgeItem *item = m_edgeItems.take(id);
    if (!item)
        return;
    m_edgesByNode.remove(item->edge().from, item);
    m_edgesByNode.remove(item->edge().to, item);
    delete item;
}

void DiagramScene::updateEdge(EdgeItem *item)
{
    NodeItem *from = m_nodeItems.value(item->edge().from);
    NodeItem *to = m_nodeItems.value(item->edge().to);
    if (from && to)
        item->updateGeometry(from->sceneRectNow(), to->sceneRectNow());
}

void DiagramScene::updateEdgesOf(const QString &nodeId)
{
    const auto edges = m_edgesByNode.values(nodeId);
    for (EdgeItem *edge : edges)
        updateEdge(edge);
}

void DiagramScene::rebuildIndex()
{
    m_nodeIndex.clear();
    m_children.clear();
    m_nodeIndex.reserve(m_document.nodes.size());
    for (int i = 0; i < m_document.nodes.size(); ++i) {
        const DiagramNode &n = m_document.nodes.at(i);
        m_nodeIndex.insert(n.id, i);
        if (!n.parent.isEmpty())
            m_children[n.parent] << n.id;
    }
}

int DiagramScene::depthOf(const QString &nodeId) const
{
    int depth = 0;
    QString at = nodeId;
    while (depth < 64) {
        const auto it = m_nodeIndex.constFind(at);
        if (it == m_nodeIndex.constEnd())
            break;
        at = m_document.nodes.at(*it).parent;
        if (at.isEmpty())
            break;
        ++depth;
    }
    return depth;
}

void DiagramScene::refreshStacking(NodeItem *item)
{
    item->setZValue(DiagramPainter::stackingValue(item->node(), item->isGroup(), item->isGroup() ? depthOf(item->id()) : 0));
}

void DiagramScene::applyDelta(const DocumentDelta &delta, bool forward)
{
    m_syncing = true;
    if (forward)
        delta.apply(m_document);
    else
        delta.revert(m_document);
    rebuildIndex();

    QSet<QString> touchedNodes;
    for (const auto &change : delta.nodeChanges()) {
        const bool present = forward ? change.afterIndex >= 0 : change.beforeIndex >= 0;
        const DiagramNode &target = forward ? change.after : change.before;
        touchedNodes.insert(change.id);
        if (!present) {
            delete m_nodeItems.take(change.id);
        } else if (NodeItem *item = m_nodeItems.value(change.id)) {
            item->setNode(target);
        } else {
            createNodeItem(target);
        }
    }
    for (const auto &change : delta.edgeChanges()) {
        const bool present = forward ? change.afterIndex >= 0 : change.beforeIndex >= 0;
        const DiagramEdge &target = forward ? change.after : change.before;
        EdgeItem *existing = m_edgeItems.value(change.id);
        if (present && existing && existing->edge().from == target.from && existing->edge().to == target.to) {
            existing->setEdge(target); // keeps the selection
            updateEdge(existing);
            continue;
        }
        removeEdgeItem(change.id);
        if (present)
            createEdgeItem(target);
    }
    for (const QString &id : std::as_const(touchedNodes)) {
        if (NodeItem *item = m_nodeItems.value(id))
            refreshStacking(item);
        updateEdgesOf(id);
    }
    for (NodeItem *item : std::as_const(m_nodeItems)) {
        if (item->isGroup())
            refreshStacking(item);
    }
    m_syncing = false;
    Q_EMIT documentChanged();
}

void DiagramScene::commit(const QString &text, const DiagramDocument &after)
{
    if (m_readOnly)
        return;
    DocumentDelta delta = DocumentDelta::between(m_document, after);
    if (delta.isEmpty())
        return;
    m_undoStack->push(new DocumentCommand(this, text, std::move(delta)));
}

QString DiagramScene::addNode(const QString &kind, const QPointF &centre)
{
    const DiagramKind *k = DiagramKind::find(kind);
    if (!k || m_readOnly)
        return QString();
    DiagramDocument after = m_document;
    DiagramNode node;
    node.id = after.nextId(k->isGroup() ? QStringLiteral("g") : QStringLiteral("n"));
    node.kind = kind;
    node.label = kind == QLatin1String("note") ? tr("Note") : ShapeLibrary::displayName(kind);
    node.w = k->defaultSize.width();
    node.h = k->defaultSize.height();
    node.x = snapped(centre.x() - node.w / 2, m_snap);
    node.y = snapped(centre.y() - node.h / 2, m_snap);
    node.parent = groupAt(after, centre, {});
    after.nodes << node;
    commit(tr("Add %1").arg(ShapeLibrary::displayName(kind)), after);
    selectIds({node.id});
    return node.id;
}

QString DiagramScene::connectNodes(const QString &from, const QString &to)
{
    if (m_readOnly || from == to || !m_nodeIndex.contains(from) || !m_nodeIndex.contains(to))
        return QString();
    DiagramDocument after = m_document;
    DiagramEdge edge;
    edge.id = after.nextId(QStringLiteral("e"));
    edge.from = from;
    edge.to = to;
    after.edges << edge;
    commit(tr("Connect"), after);
    return edge.id;
}

void DiagramScene::setLabel(const QString &id, const QString &label)
{
    DiagramDocument after = m_document;
    if (DiagramNode *n = after.node(id))
        n->label = label;
    else if (DiagramEdge *e = after.edge(id))
        e->label = label;
    commit(tr("Rename"), after);
}

void DiagramScene::deleteSelection()
{
    const QSet<QString> nodes = selectedNodeIds();
    const QSet<QString> edges = selectedEdgeIds();
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    DiagramDocument after = m_document;
    after.removeNodes(nodes, edges);
    commit(tr("Delete"), after);
}

QMimeData *DiagramScene::copySelection() const
{
    QSet<QString> ids = selectedNodeIds();
    if (ids.isEmpty())
        return nullptr;
    for (const QString &id : selectedNodeIds())
        ids.unite(m_document.descendants(id));
    const DiagramDocument part = m_document.subset(ids);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), part.toJson());
    QStringList labels;
    for (const DiagramNode &n : part.nodes)
        labels << n.label;
    mime->setText(labels.join(QLatin1Char('\n')));
    return mime;
}

void DiagramScene::paste(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()) || m_readOnly)
        return;
    const auto part = DiagramDocument::fromJson(mime->data(mimeType()));
    if (!part)
        return;
    DiagramDocument after = m_document;
    ++m_pasteCount;
    const double offset = 30.0 * m_pasteCount;
    QHash<QString, QString> renamed;
    qint64 next = after.nextId(QStringLiteral("n")).mid(1).toLongLong();
    for (const DiagramNode &n : part->nodes)
        renamed.insert(n.id, (DiagramKind::find(n.kind)->isGroup() ? QStringLiteral("g") : QStringLiteral("n"))
                                 + QString::number(next++));
    QSet<QString> pasted;
    for (DiagramNode n : part->nodes) {
        n.id = renamed.value(n.id);
        n.parent = renamed.value(n.parent);
        n.x += offset;
        n.y += offset;
        after.nodes << n;
        pasted.insert(n.id);
    }
    for (DiagramEdge e : part->edges) {
        e.id = QStringLiteral("e") + QString::number(next++);
        e.from = renamed.value(e.from);
        e.to = renamed.value(e.to);
        after.edges << e;
    }
    commit(tr("Paste"), after);
    selectIds(pasted);
}

void DiagramScene::duplicateSelection()
{
    std::unique_ptr<QMimeData> mime(copySelection());
    if (!mime)
        return;
    const int previous = m_pasteCount;
    m_pasteCount = 0;
    paste(mime.get());
    m_pasteCount = previous;
}

QVector<QString> DiagramScene::topSelectedNodes() const
{
    const QSet<QString> selected = selectedNodeIds();
    QVector<QString> top;
    for (const DiagramNode &n : m_document.nodes) {
        if (!selected.contains(n.id))
            continue;
        bool insideSelected = false;
        QString at = n.parent;
        for (int guard = 0; !at.isEmpty() && guard < 64; ++guard) {
            if (selected.contains(at)) {
                insideSelected = true;
                break;
            }
            at = m_document.nodes.at(m_nodeIndex.value(at)).parent;
        }
        if (!insideSelected)
            top << n.id;
    }
    return top;
}

void DiagramScene::alignSelection(Alignment alignment)
{
    const QVector<QString> ids = topSelectedNodes();
    if (ids.size() < 2)
        return;
    QRectF bounds;
    for (const QString &id : ids)
        bounds = bounds.isNull() ? m_document.node(id)->rect() : bounds.united(m_document.node(id)->rect());
    QHash<QString, QPointF> deltas;
    for (const QString &id : ids) {
        const QRectF r = m_document.node(id)->rect();
        QPointF d;
        switch (alignment) {
        case Alignment::Left:
            d.setX(bounds.left() - r.left());
            break;
        case Alignment::HorizontalCentre:
            d.setX(bounds.center().x() - r.center().x());
            break;
        case Alignment::Right:
            d.setX(bounds.right() - r.right());
            break;
        case Alignment::Top:
            d.setY(bounds.top() - r.top());
            break;
        case Alignment::VerticalCentre:
            d.setY(bounds.center().y() - r.center().y());
            break;
        case Alignment::Bottom:
            d.setY(bounds.bottom() - r.bottom());
            break;
        }
        deltas.insert(id, d);
    }
    DiagramDocument after = m_document;
    moveNodes(after, deltas);
    commit(tr("Align"), after);
}

void DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    QVector<QString> ids = topSelectedNodes();
    if (ids.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    auto start = [&](const QString &id) { return horizontal ? m_document.node(id)->x : m_document.node(id)->y; };
    auto extent = [&](const QString &id) { return horizontal ? m_document.node(id)->w : m_document.node(id)->h; };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return start(a) < start(b); });
    double first = start(ids.first());
    double last = 0;
    double total = 0;
    for (const QString &id : ids) {
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
    DiagramDocument after = m_document;
    moveNodes(after, deltas);
    commit(tr("Distribute"), after);
}

void DiagramScene::bringToFront()
{
    const QSet<QString> ids = selectedNodeIds();
    if (ids.isEmpty())
        return;
    DiagramDocument after = m_document;
    int z = after.maxZ();
    for (DiagramNode &n : after.nodes) {
        if (ids.contains(n.id))
            n.z = ++z;
    }
    commit(tr("Bring to Front"), after);
}

void DiagramScene::sendToBack()
{
    const QSet<QString> ids = selectedNodeIds();
    if (ids.isEmpty())
        return;
    DiagramDocument after = m_document;
    int z = after.minZ() - ids.size();
    for (DiagramNode &n : after.nodes) {
        if (ids.contains(n.id))
            n.z = z++;
    }
    commit(tr("Send to Back"), after);
}

QString DiagramScene::groupSelection()
{
    const QVector<QString> ids = topSelectedNodes();
    if (ids.isEmpty() || m_readOnly)
        return QString();
    DiagramDocument after = m_document;
    QRectF bounds;
    QSet<QString> parents;
    for (const QString &id : ids) {
        const DiagramNode *n = after.node(id);
        bounds = bounds.isNull() ? n->rect() : bounds.united(n->rect());
        parents.insert(n->parent);
    }
    DiagramNode group;
    group.id = after.nextId(QStringLiteral("g"));
    group.kind = QStringLiteral("group");
    group.label = ShapeLibrary::displayName(group.kind);
    group.setRect(bounds.adjusted(-20, -20 - DiagramPainter::GroupHeader, 20, 20));
    group.parent = parents.size() == 1 ? *parents.begin() : QString();
    after.nodes << group;
    for (const QString &id : ids)
        after.node(id)->parent = group.id;
    commit(tr("Group"), after);
    selectIds({group.id});
    return group.id;
}

void DiagramScene::setSelectedArrowHeads(Diagrams::ArrowHeads arrows)
{
    DiagramDocument after = m_document;
    for (const QString &id : selectedEdgeIds())
        after.edge(id)->arrows = arrows;
    commit(tr("Change Arrowheads"), after);
}

void DiagramScene::setSelectedRouting(Diagrams::Routing routing)
{
    DiagramDocument after = m_document;
    for (const QString &id : selectedEdgeIds())
        after.edge(id)->routing = routing;
    commit(tr("Change Routing"), after);
}

void DiagramScene::setSelectedDashed(bool dashed)
{
    DiagramDocument after = m_document;
    for (const QString &id : selectedEdgeIds())
        after.edge(id)->dashed = dashed;
    commit(tr("Change Line Style"), after);
}

void DiagramScene::editLabel(const QString &id)
{
    if (m_readOnly || m_labelEditor)
        return;
    QRectF rect;
    QString text;
    if (NodeItem *node = m_nodeItems.value(id)) {
        rect = DiagramPainter::labelRect(node->node()).translated(node->pos());
        text = node->node().label;
    } else if (EdgeItem *edge = m_edgeItems.value(id)) {
        const QPointF centre = edge->geometry().labelCentre;
        rect = QRectF(centre - QPointF(60, 10), QSizeF(120, 20));
        text = edge->edge().label;
    } else {
        return;
    }
    auto *editor = new LabelEditor(text, rect, [this, id](bool accepted, const QString &newText) {
        if (m_labelEditor) {
            removeItem(m_labelEditor);
            m_labelEditor->deleteLater();
        }
        if (accepted)
            setLabel(id, newText.trimmed());
    });
    m_labelEditor = editor;
    addItem(editor);
    editor->setFocus();
}

QSet<QString> DiagramScene::selectedNodeIds() const
{
    QSet<QString> ids;
    const auto items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type)
            ids.insert(static_cast<NodeItem *>(item)->id());
    }
    return ids;
}

QSet<QString> DiagramScene::selectedEdgeIds() const
{
    QSet<QString> ids;
    const auto items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == EdgeItem::Type)
            ids.insert(static_cast<EdgeItem *>(item)->id());
    }
    return ids;
}

void DiagramScene::selectIds(const QSet<QString> &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *node = m_nodeItems.value(id))
            node->setSelected(true);
        else if (EdgeItem *edge = m_edgeItems.value(id))
            edge->setSelected(true);
    }
}

QRectF DiagramScene::contentRect() const
{
    return m_document.boundingRect();
}

void DiagramScene::nodeItemMoved(NodeItem *item, const QPointF &delta)
{
    if (m_syncing || m_nodeItems.value(item->id()) != item)
        return;
    updateEdgesOf(item->id());
    if (!item->isGroup() || delta.isNull())
        return;
    // A group carries its contents along; selected contents are moved by the view already.
    const bool wasPropagating = m_propagating;
    m_propagating = true;
    for (const QString &childId : m_children.value(item->id())) {
        NodeItem *child = m_nodeItems.value(childId);
        if (child && !child->isSelected())
            child->moveBy(delta.x(), delta.y());
    }
    m_propagating = wasPropagating;
}

void DiagramScene::commitResize(NodeItem *item)
{
    DiagramDocument after = m_document;
    if (DiagramNode *n = after.node(item->id())) {
        n->w = item->node().w;
        n->h = item->node().h;
    }
    commit(tr("Resize"), after);
}

QVector<int> DiagramScene::groupIndexes(const DiagramDocument &document) const
{
    QVector<int> groups;
    for (int i = 0; i < document.nodes.size(); ++i) {
        const NodeItem *item = m_nodeItems.value(document.nodes.at(i).id);
        if (item && item->isGroup())
            groups << i;
    }
    return groups;
}

QString DiagramScene::groupAt(const DiagramDocument &document, const QPointF &point, const QSet<QString> &excluded) const
{
    return groupAt(document, groupIndexes(document), point, excluded);
}

QString DiagramScene::groupAt(const DiagramDocument &document, const QVector<int> &groups, const QPointF &point,
                              const QSet<QString> &excluded) const
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

void DiagramScene::commitMoves()
{
    DiagramDocument after = m_document;
    QVector<int> moved; // indexes into after.nodes
    for (int i = 0; i < after.nodes.size(); ++i) {
        DiagramNode &n = after.nodes[i];
        NodeItem *item = m_nodeItems.value(n.id);
        if (!item || (item->pos() == QPointF(n.x, n.y)))
            continue;
        n.x = item->pos().x();
        n.y = item->pos().y();
        moved << i;
    }
    if (moved.isEmpty())
        return;
    // Dragged items join the group they were dropped into, or leave the one they left. One
    // pass over the document, not one per dragged node: the group tree is kept up to date as
    // nodes change groups, so a node never lands inside its own contents.
    const QVector<int> groups = groupIndexes(after);
    QHash<QString, QStringList> children;
    for (const DiagramNode &n : std::as_const(after.nodes)) {
        if (!n.parent.isEmpty())
            children[n.parent] << n.id;
    }
    for (int i : std::as_const(moved)) {
        DiagramNode &n = after.nodes[i];
        if (!m_nodeItems.value(n.id)->isSelected())
            continue; // carried along by its group
        QSet<QString> excluded{n.id};
        QStringList pending{n.id};
        while (!pending.isEmpty()) {
            for (const QString &child : children.value(pending.takeLast())) {
                if (!excluded.contains(child)) {
                    excluded.insert(child);
                    pending << child;
                }
            }
        }
        const QString parent = groupAt(after, groups, n.rect().center(), excluded);
        if (parent == n.parent)
            continue;
        if (!n.parent.isEmpty())
            children[n.parent].removeOne(n.id);
        if (!parent.isEmpty())
            children[parent] << n.id;
        n.parent = parent;
    }
    commit(tr("Move"), after);
}

NodeItem *DiagramScene::nodeAt(const QPointF &scenePos) const
{
    const auto found = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Connect && event->button() == Qt::LeftButton && !m_readOnly) {
        if (NodeItem *from = nodeAt(event->scenePos())) {
            m_connectFrom = from->id();
            m_connectLine = new QGraphicsLineItem(QLineF(from->sceneRectNow().center(), event->scenePos()));
            QPen pen(QColor(0x1a73e8), 1.5, Qt::DashLine);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(1e6);
            addItem(m_connectLine);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        NodeItem *to = nodeAt(event->scenePos());
        if (to && to->id() != m_connectFrom)
            connectNodes(m_connectFrom, to->id());
        m_connectFrom.clear();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !m_readOnly)
        commitMoves();
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfbfcfd));
    const double scale = painter->transform().m11();
    if (scale < 0.45)
        return;
    const double step = DiagramPainter::GridSize * 2;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    dots.reserve(int((rect.width() / step + 2) * (rect.height() / step + 2)));
    for (double x = left; x < rect.right(); x += step) {
        for (double y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    QPen pen(QColor(0xc9d1da), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    // The view caches the background (QGraphicsView::CacheBackground) with a painter of its own
    // that has none of the view's render hints: round dots need antialiasing said here.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace Starloop::Gui
