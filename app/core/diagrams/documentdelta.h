// DocumentDelta: the difference between two versions of a DiagramDocument, kept small so an
// undo step costs what it changed, not the whole diagram. apply() turns the "before" document
// into the "after" one, revert() the other way; both keep the order of nodes and edges, so
// undo gives back a document equal (operator==) to the one before the edit.
//
//   DocumentDelta delta = DocumentDelta::between(before, after);
//   DiagramDocument doc = before;
//   delta.apply(doc);   // doc == after
//   delta.revert(doc);  // doc == before
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <optional>

namespace Starloop::Diagrams {

class DocumentDelta
{
public:
    template<typename T> struct Change
    {
        QString id;
        int beforeIndex = -1; // -1: absent before (an insertion)
        int afterIndex = -1; // -1: absent after (a removal)
        T before;
        T after;
    };

    static DocumentDelta between(const DiagramDocument &before, const DiagramDocument &after);

    bool isEmpty() const { return m_nodes.isEmpty() && m_edges.isEmpty(); }
    void apply(DiagramDocument &document) const;
    void revert(DiagramDocument &document) const;

    const QVector<Change<DiagramNode>> &nodeChanges() const { return m_nodes; }
    const QVector<Change<DiagramEdge>> &edgeChanges() const { return m_edges; }

private:
    QVector<Change<DiagramNode>> m_nodes;
    QVector<Change<DiagramEdge>> m_edges;
};

} // namespace Starloop::Diagrams
