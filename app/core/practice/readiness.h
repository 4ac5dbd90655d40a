// ReadinessCalculator: per section and per principle, how much has been seen (coverage) and the
// recall FSRS predicts for it on a date (the loop date) if nothing is reviewed in between. Stories
// count toward their principles, questions toward their section and principles. The planner
// calls it on the states its plan leads to; the GUI's readiness chart on today's states.
//
//   auto now = ReadinessCalculator::onDate(StudyBank::load(db, today).value(), loopDate, fsrs);
//   now.sections[0]    -> {id "leadership", items 98, seen 12, coverage 0.12, predictedRecall 0.81, met
//   false} now.principles[3]  -> {id "dive-deep", items 9, seen 2, ...}
#pragma once

#include "core/practice/studyplan.h"

namespace Starloop::Practice {

struct ReadinessReport
{
    QVector<Readiness> sections; // Catalog order; sections without items left out
    QVector<Readiness> principles; // Catalog order; principles without items left out
};

class ReadinessCalculator
{
public:
    // `met` compares with fsrs.requestedRetention().
    static ReadinessReport onDate(const QVector<StudyItem> &items, const QDate &date, const Fsrs &fsrs);
    // The predicted recall of one learnt item on `date` (1 on or before its last review).
    static double recallOn(const StudyItem &item, const QDate &date, const Fsrs &fsrs);
};

} // namespace Starloop::Practice
