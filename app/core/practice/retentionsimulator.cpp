#include "core/practice/retentionsimulator.h"

#include "core/practice/studyplanner.h"

namespace Starloop::Practice {

namespace {

// splitmix64: small, and the same numbers on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    double uniform()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return double(z >> 11) / double(1ULL << 53);
    }

private:
    quint64 m_state;
};

struct Simulated
{
    MemoryState state;
    int lastDay = 0; // relative to today; may be negative
    int dueDay = 0;
    int reviewMinutes = 0;
};

} // namespace

QVector<WorkloadDay> RetentionSimulator::simulate(const QVector<StudyItem> &items, const QDate &today,
    const Fsrs &fsrs, double retention, int days, int newPerDay, int runs, quint64 seed)
{
    const Fsrs scheduler = fsrs.withRetention(retention);
    days = std::max(0, days);
    runs = std::max(1, runs);
    QVector<WorkloadDay> result(days);
    for (int d = 0; d < days; ++d)
        result[d].date = today.addDays(d);
    QVector<StudyItem> newItems; // with their time estimates
    for (StudyItem item : items) {
        if (item.learnMinutes <= 0)
            item.learnMinutes = StudyPlanner::learnMinutes(item.kind, item.section);
        if (item.reviewMinutes <= 0)
            item.reviewMinutes = StudyPlanner::reviewMinutes(item.kind, item.section);
        if (item.isNew())
            newItems.append(item);
    }
    Random random(seed);
    for (int run = 0; run < runs; ++run) {
        QVector<Simulated> learnt;
        for (const StudyItem &item : items) {
            if (item.isNew())
                continue;
            Simulated s;
            s.state = *item.state;
            s.lastDay = item.lastReview ? static_cast<int>(today.daysTo(*item.lastReview)) : -1;
            s.dueDay = item.due ? static_cast<int>(today.daysTo(*item.due))
                                : s.lastDay + scheduler.intervalDays(s.state.stability);
            s.reviewMinutes = item.reviewMinutes > 0 ? item.reviewMinutes
                                                     : StudyPlanner::reviewMinutes(item.kind, item.section);
            learnt.append(s);
        }
        int nextNew = 0;
        for (int d = 0; d < days; ++d) {
            for (Simulated &s : learnt) {
                if (s.dueDay > d)
                    continue;
                const double r = scheduler.retrievability(d - s.lastDay, s.state.stability);
                const Rating rating = random.uniform() < r ? Rating::Good : Rating::Again;
                const ReviewOutcome outcome = scheduler.review(s.state, rating, d - s.lastDay);
                s.state = outcome.state;
                s.lastDay = d;
                s.dueDay = d + outcome.intervalDays;
                result[d].reviews += 1.0 / runs;
                result[d].minutes += double(s.reviewMinutes) / runs;
            }
            for (int n = 0; n < newPerDay && nextNew < newItems.size(); ++n, ++nextNew) {
                const StudyItem &item = newItems[nextNew];
                const ReviewOutcome first = scheduler.review(std::nullopt, Rating::Good, 0);
                learnt.append(Simulated {first.state, d, d + first.intervalDays, item.reviewMinutes});
                result[d].minutes += double(item.learnMinutes) / runs;
            }
        }
    }
    return result;
}

double RetentionSimulator::meanReviewsPerDay(const QVector<WorkloadDay> &days)
{
    if (days.isEmpty())
        return 0.0;
    double total = 0;
    for (const WorkloadDay &day : days)
        total += day.reviews;
    return total / days.size();
}

} // namespace Starloop::Practice
