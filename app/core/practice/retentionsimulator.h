// RetentionSimulator: what a desired retention costs. For the Settings page: the reviews a day
// the user's learnt items (and, optionally, a number of new ones a day) would bring over the next
// days at a given retention. Each simulated review is recalled with the probability FSRS predicts
// (then rated Good) or forgotten (Again); the counts are averaged over several seeded runs, so
// the same input gives the same numbers.
//
//   auto items = StudyBank::load(db).value();
//   RetentionSimulator::simulate(items, today, fsrs, 0.90)  -> 30 days: {date, reviews 11.4, minutes 31.2},
//   ... RetentionSimulator::simulate(items, today, fsrs, 0.95)  -> more reviews a day
#pragma once

#include "core/practice/studyplan.h"

namespace Starloop::Practice {

struct WorkloadDay
{
    QDate date;
    double reviews = 0; // expected reviews (new items learnt that day not counted)
    double minutes = 0; // expected minutes, new items included
};

class RetentionSimulator
{
public:
    static constexpr int DefaultDays = 30;
    static constexpr int DefaultRuns = 16;

    // `fsrs` gives the parameters; `retention` replaces its requested retention. Items without
    // time estimates use StudyPlanner's.
    static QVector<WorkloadDay> simulate(const QVector<StudyItem> &items, const QDate &today,
        const Fsrs &fsrs, double retention, int days = DefaultDays, int newPerDay = 0, int runs = DefaultRuns,
        quint64 seed = 1);
    static double meanReviewsPerDay(const QVector<WorkloadDay> &days);
};

} // namespace Starloop::Practice
