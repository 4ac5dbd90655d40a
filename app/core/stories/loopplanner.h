// LoopPlanner: which story to tell in which round of one interview loop. Every round probes a
// few leadership principles; the planner gives each round stories that cover them, never the
// same story twice in one loop, and reports what stays uncovered.
//
// The assignment is a deterministic greedy set cover over (round, story) pairs: it repeatedly
// takes the pair that covers the most still-uncovered principles of its round; ties go to the
// story whose primary principle the round probes, then to the story with fewer principles
// (versatile stories stay free for later rounds), then to the earlier round, then to the
// earlier story in the input. The same rounds and stories always give the same plan.
//
//   rounds  "Hiring manager" {ownership, deliver-results}, "Bar raiser" {earn-trust, have-backbone}
//   stories A {ownership, deliver-results}, B {earn-trust}, C {ownership}
//   plan -> "Hiring manager": A, uncovered {};  "Bar raiser": B, uncovered {have-backbone}
//
// A plan is kept as JSON (toJson / fromJson), with the stories by uid so that it survives a
// deleted-and-restored story:
//
//   {"version":1,"rounds":[{"name":"Bar raiser","principles":["earn-trust","have-backbone"],
//                           "stories":["5f0c…"]}]}
#pragma once

#include "core/result.h"
#include "core/stories/story.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Starloop::Stories {

struct LoopRound
{
    QString name;
    QStringList principles; // principle ids the round probes
    QStringList storyUids; // assigned stories, in the order they were chosen
    QStringList uncovered; // principles of the round no assigned story covers (computed)

    bool operator==(const LoopRound &other) const
    {
        return name == other.name && principles == other.principles && storyUids == other.storyUids
            && uncovered == other.uncovered;
    }
    bool operator!=(const LoopRound &other) const { return !(*this == other); }
};

struct LoopPlan
{
    QVector<LoopRound> rounds;

    // How many (round, principle) pairs stay uncovered.
    int gapCount() const;
    bool operator==(const LoopPlan &other) const { return rounds == other.rounds; }
    bool operator!=(const LoopPlan &other) const { return !(*this == other); }
};

class LoopPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Stories::LoopPlanner)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxRounds = 12;

    // A typical onsite: five rounds of two to four principles each, the bar raiser probing the
    // most; together they probe all 16 principles once.
    static QVector<LoopRound> typicalRounds();

    // Assigns `stories` to the rounds (their storyUids are replaced) and fills `uncovered`.
    static LoopPlan plan(const QVector<LoopRound> &rounds, const QVector<Story> &stories);
    // Keeps the assignments of `plan`, drops stories that no longer exist or already appeared
    // in an earlier round, and recomputes `uncovered` from the stories' current principles.
    static LoopPlan evaluate(const LoopPlan &plan, const QVector<Story> &stories);

    static QByteArray toJson(const LoopPlan &plan);
    // Refuses, with a readable message, anything but the object above (a newer version, a
    // round without a name, more than MaxRounds rounds).
    static Result<LoopPlan> fromJson(const QByteArray &json);
};

} // namespace Starloop::Stories
