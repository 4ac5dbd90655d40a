// NodeItem: one diagram node on the canvas. It paints itself through DiagramPainter, knows its
// connection rectangle, tells the scene when it moves (so connectors and group contents follow)
// and offers a resize handle for groups, boxes and notes. It holds a copy of its DiagramNode;
// the scene's document stays the truth and refreshes the copy after every command.
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <QGraphicsItem>

namespace Starloop::Gui {

class DiagramScene;

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double HandleSize = 10;

    NodeItem(DiagramScene *scene, const Diagrams::DiagramNode &node);
    int type() const override { return Type; }

    const Diagrams::DiagramNode &node() const { return m_node; }
    QString id() const { return m_node.id; }
    bool isGroup() const { return m_isGroup; }
    bool isResizable() const;
    // Takes the document's version of the node (position, size, label, kind).
    void setNode(const Diagrams::DiagramNode &node);
    // The node's rectangle in scene coordinates where it is now (it may be mid-drag).
    QRectF sceneRectNow() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF handleRect() const;

    DiagramScene *m_scene;
    Diagrams::DiagramNode m_node;
    bool m_isGroup = false;
    bool m_resizing = false;
    QPointF m_lastPos;
};

} // namespace Starloop::Gui
