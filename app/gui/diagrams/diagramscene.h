// DiagramScene: the canvas of the Diagrams workspace. It mirrors a DiagramDocument with one
// NodeItem per node and one EdgeItem per connector, and turns every user edit (add, move,
// resize, connect, relabel, delete, paste, align, distribute, group, z-order, edge style,
// restore) into a DocumentCommand on the undo stack; commands change the document and the
// items together through applyDelta(). Editing modes follow Qt's diagramscene example: in
// Select mode items move and the rubber band selects, in Connect mode a drag from one item to
// another adds a connector.
#pragma once

#include "diagrams/diagramdocument.h"
#include "diagrams/documentdelta.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QGraphicsLineItem;
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
    enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };
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
    void rebuildIndex();
    int depthOf(const QString &nodeId) const;
    void refreshStacking(NodeItem *item);
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void commitMoves();
    // The innermost group containing `point`, skipping `excluded` ids (the smallest one; the
    // first in document order among equals).
    QString groupAt(const Diagrams::DiagramDocument &document, const QPointF &point, const QSet<QString> &excluded) const;
    // The same among `groups`, from groupIndexes(document).
    QString groupAt(const Diagrams::DiagramDocument &document, const QVector<int> &groups, const QPointF &point,
                    const QSet<QString> &excluded) const;
    // The indexes of the document's nodes that are groups on the canvas.
    QVector<int> groupIndexes(const Diagrams::DiagramDocument &document) const;
    // The selected nodes whose parent group is not selected too.
    QVector<QString> topSelectedNodes() const;

    QUndoStack *m_undoStack;
    Diagrams::DiagramDocument m_document;
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
    QString m_connectFrom;
    QGraphicsLineItem *m_connectLine = nullptr;
    QPointer<LabelEditor> m_labelEditor;
};

} // namespace Starloop::Gui
