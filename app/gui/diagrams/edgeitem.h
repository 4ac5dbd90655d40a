// EdgeItem: one connector on the canvas. It follows its two nodes (the scene calls
// updateGeometry(), or setGeometry() with a routed path, whenever either moves or resizes), paints through
// DiagramPainter and can be selected to change its style or edited in place by double-clicking its label.
#pragma once

#include "gui/diagrams/diagrampainter.h"

#include <QGraphicsItem>

namespace Starloop::Gui {

class DiagramScene;

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr double HandleRadius = 5; // the end handles of a selected connector

    // The bend handles of a selected right-angled connector: its waypoints, or, while it has
    // none, one in the middle of its route to drag a first bend out of.
    static QVector<QPointF> bendHandles(const Diagrams::DiagramEdge &edge, const EdgeGeometry &geometry);

    EdgeItem(DiagramScene *scene, const Diagrams::DiagramEdge &edge);
    int type() const override { return Type; }

    const Diagrams::DiagramEdge &edge() const { return m_edge; }
    QString id() const { return m_edge.id; }
    void setEdge(const Diagrams::DiagramEdge &edge);
    void updateGeometry(const QRectF &from, const QRectF &to);
    // Takes a geometry computed elsewhere (an orthogonal route around the other nodes).
    void setGeometry(const EdgeGeometry &geometry);
    const EdgeGeometry &geometry() const { return m_geometry; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updateBounds();

    DiagramScene *m_scene;
    Diagrams::DiagramEdge m_edge;
    EdgeGeometry m_geometry;
    QRectF m_bounds;
};

} // namespace Starloop::Gui
