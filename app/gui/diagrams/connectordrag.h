// ConnectorDrag: the two mouse gestures of the canvas that draw a dashed line from a node to
// the pointer and end on another node: in Connect mode, a drag from one item to another adds a
// connector; in Select mode, the end handle of a selected connector dragged onto another node
// reconnects that end (reconnect(), one undo step). A right-angled connector's bend handles
// (EdgeItem::bendHandles()) drag a waypoint: the route follows the pointer through it and the
// drop keeps it in the document (one undo step). The scene hands it its mouse events first; it
// takes those that belong to a gesture.
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QVector>

class QGraphicsLineItem;
class QGraphicsSceneMouseEvent;

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
    // Sets the waypoints of connector `edgeId`, one undo step; false when nothing changes.
    bool setBends(const QString &edgeId, const QVector<QPointF> &bends, const QString &undoText);
    // Each returns true when the event was taken.
    bool press(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);
    // The scene was cleared (its items, the line among them, are gone).
    void forget();

private:
    bool pressEndHandle(const QPointF &at);
    bool pressBendHandle(const QPointF &at);
    void showLine(const QPointF &from, const QPointF &to);
    void previewBends(const QString &edgeId, const QVector<QPointF> &bends); // the route through them

    DiagramScene *m_scene;
    QString m_from; // Connect mode: the node the connector starts from
    QString m_edge; // Select mode: the connector whose end is dragged
    bool m_source = false; // ... its source end (else its target)
    QGraphicsLineItem *m_line = nullptr;
    QString m_bendEdge; // the connector whose bend is dragged
    int m_bendIndex = 0;
    QVector<QPointF> m_bends; // its waypoints while dragged
};

} // namespace Starloop::Gui
