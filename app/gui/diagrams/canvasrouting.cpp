#include "gui/diagrams/canvasrouting.h"

#include <utility>

namespace Starloop::Gui {

using Diagrams::DiagramEdge;
using Diagrams::Routing;

bool CanvasRouting::setDocument(const Diagrams::DiagramDocument &document)
{
    m_moved.clear();
    m_suspended = false;
    m_orthogonalOf.clear();
    for (const DiagramEdge &e : document.edges) {
        if (e.routing != Routing::Orthogonal)
            continue;
        m_orthogonalOf[e.from] << e.id;
        if (e.to != e.from)
            m_orthogonalOf[e.to] << e.id;
    }
    m_active = !m_orthogonalOf.isEmpty();
    if (m_active)
        m_router.setDocument(document);
    return m_active;
}

const Diagrams::Route *CanvasRouting::route(const QString &edgeId)
{
    return m_suspended ? nullptr : &m_router.route(edgeId);
}

void CanvasRouting::moved(const QString &nodeId, const QRectF &rect)
{
    if (m_active)
        m_moved.insert(nodeId, rect);
}

QStringList CanvasRouting::settle()
{
    if (m_moved.isEmpty())
        return {};
    const QHash<QString, QRectF> moved = std::exchange(m_moved, {});
    if (!m_suspended && moved.size() <= LiveLimit)
        return m_router.moveNodes(moved); // touching the moved nodes, or now in their way
    m_suspended = true; // elbows until the drop
    QStringList redraw;
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it)
        redraw << m_orthogonalOf.value(it.key());
    return redraw;
}

const Diagrams::Route *CanvasRouting::withWaypoints(const QString &edgeId, const QVector<QPointF> &waypoints)
{
    if (!m_active)
        return nullptr;
    m_router.setWaypoints(edgeId, waypoints);
    return &m_router.route(edgeId);
}

} // namespace Starloop::Gui
