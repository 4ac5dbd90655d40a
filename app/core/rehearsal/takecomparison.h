// TakeComparison: two takes of the same story side by side: length, S/T/A/R proportions,
// speaking share and long pauses, with the differences said in a few sentences.
//
//   compare(take 1: 4:32, A 38%, 3 pauses;  take 2: 3:41, A 51%, 1 pause)
//     -> second.totalMs - first.totalMs = -51000, shareDelta[Action] = +13
//        summary: "The second take is 0:51 shorter (4:32 → 3:41) and within 2–4 minutes."
//                 "Action: 38% → 51% (aim for about 50%)."
//                 "Long pauses: 3 → 1."
//        closer: 1 (the second take is nearer the targets)
#pragma once

#include "core/rehearsal/spokentimings.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Starloop::Rehearsal {

struct TakeFigures
{
    qint64 totalMs = 0;
    qint64 speakingMs = 0;
    int speakingPercent = 0;
    std::array<int, 4> sharePercent {}; // 0 each when no move was marked
    int movesMarked = 0;
    int pauseCount = 0;
    qint64 longestPauseMs = 0;
    bool withinTime = false; // 2-4 minutes
    // How far the take is from the targets: percentage points off the shares plus a point per
    // 3 s outside 2-4 minutes. 0 is on target; lower is better.
    int distance = 0;

    static TakeFigures of(const SpokenTimings &timings);
};

struct TakeComparison
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::TakeComparison)
public:
    TakeFigures first;
    TakeFigures second;
    std::array<int, 4> shareDelta {}; // second minus first, percentage points
    int closer = 0; // -1: the first take is nearer the targets, 1: the second, 0: as near
    QStringList summary; // a sentence per difference worth saying

    static TakeComparison compare(const SpokenTimings &first, const SpokenTimings &second);
};

} // namespace Starloop::Rehearsal
