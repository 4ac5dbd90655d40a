#include "gui/diagrams/diagramscene.h"

#include "core/diagrams/arrangement.h"
#include "core/diagrams/diagramkind.h"
#include "gui/diagrams/diagrampainter.h"
#include "gui/diagrams/documentcommand.h"
#include "gui/diagrams/edgeitem.h"
#include "gui/diagrams/labeleditor.h"
#include "gui/diagrams/nodeitem.h"
#include "gui/diagrams/shapelibrary.h"

#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Starloop::Gui {

using Diagrams::Arrangement;
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

} // namespace

DiagramScene::DiagramScene(QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , m_undoStack(undoStack)
    , m_drag(this)
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
    m_drag.forget();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_edgesByNode.clear();
    m_document = document;
    reroute();
    rebuildIndex();
    for (const DiagramNode &n : std::as_const(m_document.nodes))
        createNodeItem(n);
    for (const DiagramEdge &e : std::as_const(m_document.edges))
        createEdgeItem(e);
    for (NodeItem *item : std::as_const(m_nodeItems))
        refreshStacking(item);
    const QRectF bounds = m_document.boundingRect();
    setSceneRect(
        bounds.isNull() ? QRectF(-2000, -2000, 6000, 5000) : bounds.adjusted(-2000, -2000, 3000, 3000));
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
    if (!from || !to)
        return;
    if (item->edge().routing == Diagrams::Routing::Orthogonal && from != to) {
        const Diagrams::Route *route = m_routing.route(item->id());
        if (route && route->points.size() >= 2) {
            item->setGeometry(DiagramPainter::routedGeometry(item->edge(), route->points));
            return;
        }
    }
    item->updateGeometry(from->sceneRectNow(), to->sceneRectNow());
}

void DiagramScene::updateEdgesOf(const QString &nodeId)
{
    const auto edges = m_edgesByNode.values(nodeId);
    for (EdgeItem *edge : edges)
        updateEdge(edge);
}

// Keeps the router up to date while some connector is orthogonal (it costs a drag nothing else).
void DiagramScene::reroute()
{
    if (!m_routing.setDocument(m_document))
        return;
    for (EdgeItem *item : std::as_const(m_edgeItems)) {
        if (item->edge().routing == Diagrams::Routing::Orthogonal)
            updateEdge(item);
    }
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
    item->setZValue(DiagramPainter::stackingValue(
        item->node(), item->isGroup(), item->isGroup() ? depthOf(item->id()) : 0));
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
    reroute(); // a moved node may be in another connector's way now
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
    node.parent = Arrangement::groupAt(after, centre, {});
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
    ++m_pasteCount;
    QSet<QString> pasted;
    const DiagramDocument after = Arrangement::pasted(m_document, part.value(), 30.0 * m_pasteCount, &pasted);
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

void DiagramScene::alignSelection(Alignment alignment)
{
    const QVector<QString> ids = Arrangement::outermost(m_document, selectedNodeIds());
    if (ids.size() >= 2)
        commit(tr("Align"), Arrangement::aligned(m_document, ids, alignment));
}

void DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    const QVector<QString> ids = Arrangement::outermost(m_document, selectedNodeIds());
    if (ids.size() >= 3)
        commit(tr("Distribute"), Arrangement::distributed(m_document, ids, orientation));
}

void DiagramScene::bringToFront()
{
    const QSet<QString> ids = selectedNodeIds();
    if (!ids.isEmpty())
        commit(tr("Bring to Front"), Arrangement::broughtToFront(m_document, ids));
}

void DiagramScene::sendToBack()
{
    const QSet<QString> ids = selectedNodeIds();
    if (!ids.isEmpty())
        commit(tr("Send to Back"), Arrangement::sentToBack(m_document, ids));
}

QString DiagramScene::groupSelection()
{
    const QVector<QString> ids = Arrangement::outermost(m_document, selectedNodeIds());
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
    m_routing.moved(item->id(), item->sceneRectNow()); // re-routed once the mouse move is done
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
    // Dragged items join the group they were dropped into, or leave the one they left; items
    // carried along by their group stay in it.
    QVector<int> dragged;
    for (int i : std::as_const(moved)) {
        if (m_nodeItems.value(after.nodes.at(i).id)->isSelected())
            dragged << i;
    }
    Arrangement::regroup(after, dragged);
    Arrangement::carryBends(m_document, after);
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
    if (!m_drag.press(event))
        QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.move(event))
        QGraphicsScene::mouseMoveEvent(event);
    for (const QString &edgeId : m_routing.settle()) {
        if (EdgeItem *edge = m_edgeItems.value(edgeId))
            updateEdge(edge);
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag.release(event))
        return;
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !m_readOnly)
        commitMoves();
    if (m_routing.isSuspended())
        reroute(); // a big drag that ended where it began: no command set the document
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    DiagramPainter::paintGrid(painter, rect);
}

} // namespace Starloop::Gui
