// RecallDrill: practise a design by redrawing it from memory. prepare() hides part of a reference
// diagram (a template or one of the user's own); the user redraws or names what is missing on
// the canvas; score() compares the attempt with the reference: which hidden components came
// back with the right kind (or the right name), which connections, which group placements
// (a database back in the private subnet), and lists what was missed. The score suggests an
// FSRS rating, and DrillRepository schedules the diagram's next drill like a question.
//
//   DrillPrompt prompt = RecallDrill::prepare(reference, DrillScope::KeepGroups);
//   // prompt.shown: the region / VPC / subnet frames only; the user draws into a copy of it
//   DrillScore s = RecallDrill::score(reference, prompt, attempt);
//   s.fraction()         -> 0.78  (7 of 9 components, 6 of 8 connections, 4 of 5 placements)
//   s.missedNodes        -> {"n12"} (the reference's "RDS standby": the canvas can ghost it in)
//   s.suggestedRating()  -> 3 (Good)
//
// Matching is by kind and label, not by id: a component the user drew is matched to the hidden
// reference component of the same kind with the most similar label (a component of the same
// role, e.g. "nosql" for "database", counts when its label names it). Shown items are taken as
// given. Notes are never scored (DrillScope::Everything hides them with the rest).
#pragma once

#include "core/diagrams/diagramdocument.h"

namespace Starloop::Diagrams {

enum class DrillScope {
    Everything, // a blank canvas: draw the whole design
    KeepGroups, // the region / zone / VPC / subnet frames stay as scaffolding
    Connections, // the components stay, every edge is hidden: connect them
    Names, // everything stays, the components' labels are blanked: name them
    Selection, // the chosen nodes (and the edges touching them) are hidden
};

struct DrillPrompt
{
    DrillScope scope = DrillScope::Everything;
    DiagramDocument shown; // what the canvas starts with
    QSet<QString> hiddenNodes; // reference ids the user must bring back
    QSet<QString> hiddenEdges;
    QSet<QString> blankedLabels; // DrillScope::Names: nodes whose label is to be typed
};

struct DrillScore
{
    int nodesExpected = 0;
    int nodesMatched = 0;
    int edgesExpected = 0;
    int edgesMatched = 0;
    int placementsExpected = 0; // hidden nodes (groups too) that sat inside a group
    int placementsMatched = 0; // ... redrawn inside a group of the same kind
    QHash<QString, QString> matches; // reference node id -> attempt node id
    QStringList missedNodes; // reference ids, document order
    QStringList missedEdges;
    QStringList misplacedNodes; // matched, but not inside the right kind of group
    QStringList extraNodes; // attempt ids that match nothing hidden

    // Matched / expected over nodes, edges and placements together (1 when nothing was hidden).
    double fraction() const;
    // 1 Again (< 40 %), 2 Hard (< 70 %), 3 Good (< 90 %), 4 Easy: the FSRS grade to offer.
    int suggestedRating() const;
};

class RecallDrill
{
public:
    // `chosen`: the nodes to hide for DrillScope::Selection (ignored otherwise).
    static DrillPrompt prepare(
        const DiagramDocument &reference, DrillScope scope, const QSet<QString> &chosen = {});
    static DrillScore score(
        const DiagramDocument &reference, const DrillPrompt &prompt, const DiagramDocument &attempt);
    // Word overlap of two labels, 0..1 (Jaccard over lower-cased words): "RDS primary" vs
    // "primary RDS db" -> 0.67.
    static double labelSimilarity(const QString &a, const QString &b);
};

} // namespace Starloop::Diagrams
