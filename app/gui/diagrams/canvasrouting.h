// CanvasRouting: the routes of the canvas's orthogonal connectors (Diagrams::ConnectorRouter),
// kept only while some connector is orthogonal, so a straight-only diagram pays nothing. The
// nodes a mouse move carries are collected and re-routed together once the move is done. A
// selection of more than LiveLimit nodes is not re-routed live: its orthogonal connectors
// follow as plain elbows while it is dragged and are routed on the drop (the committed move
// sets the document again), so dragging a large part of a large diagram stays smooth.
#pragma once

#include "core/diagrams/connectorrouter.h"

#include <QHash>

namespace Starloop::Gui {

class CanvasRouting
{
public:
    static constexpr int LiveLimit = 40;

    // After the document changed (opened, or a command applied). False when no connector is
    // orthogonal: nothing to route.
    bool setDocument(const Diagrams::DiagramDocument &document);
    bool isActive() const { return m_active; }
    // A big selection is being dragged: the routes are brought up to date on the drop.
    bool isSuspended() const { return m_suspended; }
    // The route of orthogonal connector `edgeId`; nullptr while suspended (draw an elbow).
    const Diagrams::Route *route(const QString &edgeId);
    // Node `nodeId` now occupies `rect` (mid-drag).
    void moved(const QString &nodeId, const QRectF &rect);
    // Re-routes after the moves reported since the last call; the connectors to redraw.
    QStringList settle();
    // The route of `edgeId` through `waypoints` (a bend being dragged), until the next
    // setDocument(); nullptr when no connector is orthogonal.
    const Diagrams::Route *withWaypoints(const QString &edgeId, const QVector<QPointF> &waypoints);

private:
    Diagrams::ConnectorRouter m_router;
    QHash<QString, QStringList> m_orthogonalOf; // node id -> its orthogonal connectors
    QHash<QString, QRectF> m_moved;
    bool m_active = false;
    bool m_suspended = false;
};

} // namespace Starloop::Gui
