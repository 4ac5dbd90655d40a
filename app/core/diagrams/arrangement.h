// Arrangement: the edits of the Diagrams canvas that are pure arithmetic on a DiagramDocument:
// align, distribute, bring to front, send to back, move (a group carries its contents), paste
// with fresh ids, and which group a dropped node joins. Each takes a document and gives back
// the document after; the canvas turns the difference into one undo step.
//
//   Arrangement::aligned(doc, {"n1", "n2"}, Alignment::Top)     -> both tops at the higher one's
//   Arrangement::pasted(doc, copied, 30, &ids)                   -> the copies 30 down and right,
//                                                                   renamed "n7", "g8", "e9" ...
//   Arrangement::groupAt(doc, QPointF(50, 50), {})               -> "g1": the smallest group there
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <QPointF>

namespace Starloop::Diagrams {

enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

class Arrangement
{
public:
    // The nodes of `selected` whose group is not selected too, in document order.
    static QVector<QString> outermost(const DiagramDocument &document, const QSet<QString> &selected);
    // Moves nodes by their own delta, and everything inside a moved group by the group's delta.
    static void moveNodes(DiagramDocument &document, const QHash<QString, QPointF> &deltas);

    static DiagramDocument aligned(
        const DiagramDocument &document, const QVector<QString> &ids, Alignment alignment);
    // Equal gaps between the nodes, the first and the last staying where they are.
    static DiagramDocument distributed(
        const DiagramDocument &document, QVector<QString> ids, Qt::Orientation orientation);
    static DiagramDocument broughtToFront(const DiagramDocument &document, const QSet<QString> &ids);
    static DiagramDocument sentToBack(const DiagramDocument &document, const QSet<QString> &ids);
    // `part` added to `document` with fresh ids, `offset` down and to the right; the new node ids
    // go to `added`.
    static DiagramDocument pasted(
        const DiagramDocument &document, const DiagramDocument &part, double offset, QSet<QString> *added);

    // The innermost group containing `point`, skipping `excluded` ids (the smallest one; the first
    // in document order among equals); empty when none does.
    static QString groupAt(
        const DiagramDocument &document, const QPointF &point, const QSet<QString> &excluded);
    // The nodes at `dragged` (indexes into document.nodes) join the group their centre was
    // dropped into, or leave the one they left. A node never lands inside its own contents.
    static void regroup(DiagramDocument &document, const QVector<int> &dragged);
    // After nodes moved from where `before` had them: a connector whose two ends moved by the
    // same amount (part of the design dragged as one) takes its bends along; one with an end
    // left behind keeps them where the user put them.
    static void carryBends(const DiagramDocument &before, DiagramDocument &after);
};

} // namespace Starloop::Diagrams
