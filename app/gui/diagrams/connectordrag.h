// ConnectorDrag: the two mouse gestures of the canvas that draw a dashed line from a node to
// the pointer and end on another node: in Connect mode, a drag from one item to another adds a
// connector; in Select mode, the end handle of a selected connector dragged onto another node
// reconnects that end (reconnect(), one undo step). The scene hands it its mouse
// events first; it takes those that belong to a gesture.
#pragma once

#include <QCoreApplication>
#include <QString>

class QGraphicsLineItem;
class QGraphicsSceneMouseEvent;
class QPointF;

namespace Starloop::Gui {

class DiagramScene;

class ConnectorDrag
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Gui::ConnectorDrag)
public:
    explicit ConnectorDrag(DiagramScene *scene);
    // Moves one end of connector `edgeId` (its source when `source`, else its target) to node
    // `nodeId`, one undo step; false when nothing changes or the connector would join a node to
    // itself.
    bool reconnect(const QString &edgeId, bool source, const QString &nodeId);
    // Each returns true when the event was taken.
    bool press(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);
    // The scene was cleared (its items, the line among them, are gone).
    void forget();

private:
    bool pressEndHandle(const QPointF &at);
    void showLine(const QPointF &from, const QPointF &to);

    DiagramScene *m_scene;
    QString m_from; // Connect mode: the node the connector starts from
    QString m_edge; // Select mode: the connector whose end is dragged
    bool m_source = false; // ... its source end (else its target)
    QGraphicsLineItem *m_line = nullptr;
};

} // namespace Starloop::Gui
