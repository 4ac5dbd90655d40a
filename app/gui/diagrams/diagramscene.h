// DiagramScene: the canvas of the Diagrams workspace. It mirrors a DiagramDocument with one
// NodeItem per node and one EdgeItem per connector, and turns every user edit (add, move,
// resize, connect, relabel, delete, paste, align, distribute, group, z-order, edge style,
// restore) into a DocumentCommand on the undo stack; commands change the document and the
// items together through applyDelta(). The arithmetic of an edit (align, distribute, z-order,
// paste, the group a dropped node joins) is Diagrams::Arrangement's. Editing modes follow Qt's
// diagramscene example: in Select mode items move and the rubber band selects, in Connect mode
// a drag from one item to another adds a connector. Orthogonal connectors go around the other
// nodes (CanvasRouting) and are re-routed live while a node is dragged. The end
// handle of a selected connector can be dragged onto another node to reconnect it (ConnectorDrag).
#pragma once

#include "core/diagrams/arrangement.h"
#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/documentdelta.h"
#include "gui/diagrams/canvasrouting.h"
#include "gui/diagrams/connectordrag.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QMimeData;
class QUndoStack;

namespace Starloop::Gui {

class EdgeItem;
class LabelEditor;
class NodeItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class Mode { Select, Connect };
    using Alignment = Diagrams::Alignment;
    static QString mimeType() { return QStringLiteral("application/x-starloop-diagram"); }

    DiagramScene(QUndoStack *undoStack, QObject *parent = nullptr);

    // Shows `document` as it is, without an undo step (opening a diagram).
    void setDocument(const Diagrams::DiagramDocument &document);
    const Diagrams::DiagramDocument &document() const { return m_document; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool snapsToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    bool isSyncing() const { return m_syncing; }
    bool shouldSnap() const { return m_snap && !m_syncing && !m_propagating; }

    // Edits; each is one undo step (none when nothing changes).
    void commit(const QString &text, const Diagrams::DiagramDocument &after);
    QString addNode(const QString &kind, const QPointF &centre);
    QString connectNodes(const QString &from, const QString &to);
    void setLabel(const QString &id, const QString &label);
    void deleteSelection();
    QMimeData *copySelection() const; // nullptr when nothing is selected
    void paste(const QMimeData *mime);
    void duplicateSelection();
    void alignSelection(Alignment alignment);
    void distributeSelection(Qt::Orientation orientation);
    void bringToFront();
    void sendToBack();
    QString groupSelection();
    void setSelectedArrowHeads(Diagrams::ArrowHeads arrows);
    void setSelectedRouting(Diagrams::Routing routing);
    void setSelectedDashed(bool dashed);
    // Opens the in-place editor over the label of node or edge `id`.
    void editLabel(const QString &id);
    bool isEditingLabel() const { return !m_labelEditor.isNull(); }

    QSet<QString> selectedNodeIds() const;
    QSet<QString> selectedEdgeIds() const;
    void selectIds(const QSet<QString> &ids);
    NodeItem *nodeItem(const QString &id) const { return m_nodeItems.value(id); }
    EdgeItem *edgeItem(const QString &id) const { return m_edgeItems.value(id); }
    int nodeItemCount() const { return m_nodeItems.size(); }
    int edgeItemCount() const { return m_edgeItems.size(); }
    // The bounding rectangle of every node, for "zoom to fit".
    QRectF contentRect() const;
    // The topmost node under `scenePos` (nullptr: none).
    NodeItem *nodeAt(const QPointF &scenePos) const;

    CanvasRouting &routing() { return m_routing; }
    ConnectorDrag &connectorDrag() { return m_drag; }

    // Called by DocumentCommand.
    void applyDelta(const Diagrams::DocumentDelta &delta, bool forward);
    // Called by NodeItem while it moves or resizes.
    void nodeItemMoved(NodeItem *item, const QPointF &delta);
    void commitResize(NodeItem *item);

Q_SIGNALS:
    void documentChanged();
    void modeChanged(Starloop::Gui::DiagramScene::Mode mode);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    NodeItem *createNodeItem(const Diagrams::DiagramNode &node);
    EdgeItem *createEdgeItem(const Diagrams::DiagramEdge &edge);
    void removeEdgeItem(const QString &id);
    void updateEdge(EdgeItem *item);
    void updateEdgesOf(const QString &nodeId);
    void reroute(); // after the document changed: the orthogonal connectors' routes
    void rebuildIndex();
    int depthOf(const QString &nodeId) const;
    void refreshStacking(NodeItem *item);
    void commitMoves();

    QUndoStack *m_undoStack;
    Diagrams::DiagramDocument m_document;
    CanvasRouting m_routing; // the orthogonal connectors' routes, kept up while dragging
    QHash<QString, NodeItem *> m_nodeItems;
    QHash<QString, EdgeItem *> m_edgeItems;
    QMultiHash<QString, EdgeItem *> m_edgesByNode;
    QHash<QString, int> m_nodeIndex; // id -> index in m_document.nodes
    QHash<QString, QStringList> m_children; // group id -> direct children
    Mode m_mode = Mode::Select;
    bool m_snap = true;
    bool m_readOnly = false;
    bool m_syncing = false;
    bool m_propagating = false;
    int m_pasteCount = 0;
    ConnectorDrag m_drag;
    QPointer<LabelEditor> m_labelEditor;
};

} // namespace Starloop::Gui
