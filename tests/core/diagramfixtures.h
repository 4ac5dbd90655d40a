// Small diagrams written in a line each for the review, drill and router tests:
//
//   DiagramBuilder b;
//   b.node("c", "client", "Users").node("lb", "load-balancer", "ALB").edge("c", "lb", "HTTPS");
//   b.group("z1", "zone", "AZ a").node("db", "database", "RDS", "z1");
//   DiagramDocument doc = b.document();
//
// Nodes are laid out on a grid in the order they are added (geometry does not matter to the
// review); groups get a large rectangle. Edge ids are "e1", "e2" ... in order.
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/diagramkind.h"

namespace Starloop::Test {

class DiagramBuilder
{
public:
    DiagramBuilder &node(
        const QString &id, const QString &kind, const QString &label, const QString &parent = QString())
    {
        Diagrams::DiagramNode n;
        n.id = id;
        n.kind = kind;
        n.label = label;
        n.parent = parent;
        const int slot = m_doc.nodes.size();
        n.setRect(QRectF(40 + (slot % 8) * 180, 40 + (slot / 8) * 130, 110, 90));
        m_doc.nodes << n;
        return *this;
    }
    DiagramBuilder &group(
        const QString &id, const QString &kind, const QString &label, const QString &parent = QString())
    {
        node(id, kind, label, parent);
        m_doc.nodes.last().setRect(QRectF(0, 0, 2000, 2000));
        m_doc.nodes.last().z = -1;
        return *this;
    }
    DiagramBuilder &edge(
        const QString &from, const QString &to, const QString &label = QString(), bool dashed = false)
    {
        Diagrams::DiagramEdge e;
        e.id = QStringLiteral("e%1").arg(m_doc.edges.size() + 1);
        e.from = from;
        e.to = to;
        e.label = label;
        e.dashed = dashed;
        m_doc.edges << e;
        return *this;
    }
    DiagramBuilder &dashed(const QString &from, const QString &to, const QString &label)
    {
        return edge(from, to, label, true);
    }
    Diagrams::DiagramDocument document() const { return m_doc; }

private:
    Diagrams::DiagramDocument m_doc;
};

} // namespace Starloop::Test
