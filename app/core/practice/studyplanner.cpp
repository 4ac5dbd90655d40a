#include "core/practice/studyplanner.h"

#include "core/practice/readiness.h"
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Starloop::Practice {

namespace {

bool isProblemSection(const QString &section)
{
    return Sections::isRound(section);
}

int levelRank(const QString &level)
{
    const int rank = static_cast<int>(Catalog::levels().indexOf(level));
    return rank < 0 ? static_cast<int>(Catalog::levels().size()) : rank;
}

// What a new item is counted under when the plan spreads learning evenly.
QString poolOf(const StudyItem &item)
{
    return item.kind == StudyItemKind::Story ? QStringLiteral("stories") : item.section;
}

// Fills the days of one plan; see the header for the order.
class PlanBuilder
{
public:
    explicit PlanBuilder(const PlanInput &input)
        : m_in(input)
        , m_items(input.items)
    {
        for (StudyItem &item : m_items) {
            if (item.learnMinutes <= 0)
                item.learnMinutes = StudyPlanner::learnMinutes(item.kind, item.section);
            if (item.reviewMinutes <= 0)
                item.reviewMinutes = StudyPlanner::reviewMinutes(item.kind, item.section);
        }
    }

    StudyPlan build()
    {
        setUpDays();
        placeMockRounds();
        placeExistingReviews();
        placeNewItems();
        finish();
        return m_plan;
    }

private:
    const PlanInput &m_in;
    QVector<StudyItem> m_items; // the input's, moved on as the plan would move them
    StudyPlan m_plan;
    QVector<int> m_free; // minutes left per day
    int m_lastStudyDay = -1; // index of the last day before the (last) loop date
    int m_reviewsNotPlaced = 0;
    int m_mocksNotPlaced = 0;
    QSet<int> m_scheduledNew; // indexes of new items given a day

    struct Placed
    {
        int day;
        PlanTask task;
    };

    int indexOf(const QDate &date) const { return static_cast<int>(m_plan.today.daysTo(date)); }
    QDate dateOf(int index) const { return m_plan.today.addDays(index); }
    bool open(int day) const { return day >= 0 && day <= m_lastStudyDay && !m_plan.days[day].loopDay; }

    void addIssue(PlanIssue::Kind kind, const QString &message, int count = 0)
    {
        m_plan.issues.append(PlanIssue {kind, message, count});
    }

    void setUpDays()
    {
        m_plan.today = m_in.today;
        m_plan.targetRecall = m_in.fsrs.requestedRetention();
        for (const LoopDate &loop : m_in.loops) {
            if (loop.date.isValid() && loop.date > m_in.today) {
                m_plan.loops.append(loop);
            } else {
                addIssue(PlanIssue::Kind::PastLoopDate,
                    StudyPlanner::tr("The loop date %1 is not after today; it is left out.")
                        .arg(loop.date.toString(Qt::ISODate)));
            }
        }
        std::sort(m_plan.loops.begin(), m_plan.loops.end(),
            [](const LoopDate &a, const LoopDate &b) { return a.date < b.date; });
        if (m_plan.loops.isEmpty()) {
            m_plan.loopDate = m_in.today.addDays(StudyPlanner::DefaultHorizonDays);
            addIssue(PlanIssue::Kind::NoLoopDate,
                StudyPlanner::tr("No loop date after today: the next %n day(s) are planned.", nullptr,
                    StudyPlanner::DefaultHorizonDays));
        } else {
            m_plan.loopDate = m_plan.loops.last().date;
        }
        m_plan.dailyBudgetMinutes = std::max(0, m_in.minutesPerWeek) / 7;
        if (m_plan.dailyBudgetMinutes == 0) {
            addIssue(PlanIssue::Kind::NoTime,
                StudyPlanner::tr("No study time: set the hours a week you can study to plan anything."));
        }
        const int count = indexOf(m_plan.loopDate) + 1;
        m_lastStudyDay = count - 2;
        for (int i = 0; i < count; ++i) {
            PlanDay day;
            day.date = dateOf(i);
            day.loopDay = std::any_of(m_plan.loops.begin(), m_plan.loops.end(),
                [&](const LoopDate &loop) { return loop.date == day.date; });
            day.budgetMinutes = day.loopDay || i > m_lastStudyDay ? 0 : m_plan.dailyBudgetMinutes;
            if (i == 0 && !day.loopDay)
                day.budgetMinutes = std::max(0, day.budgetMinutes - std::max(0, m_in.minutesDoneToday));
            m_plan.days.append(day);
            m_free.append(day.budgetMinutes);
        }
    }

    // Reviews `item` (index) as if recalled, from its due day until the next would come after
    // the loop date, taking room from `free`. False when a review finds no day.
    bool placeReviews(int index, StudyItem &item, QVector<int> &free, QVector<Placed> &placed) const
    {
        const Fsrs &fsrs = m_in.fsrs;
        while (item.state && item.lastReview) {
            const QDate due
                = item.due ? *item.due : item.lastReview->addDays(fsrs.intervalDays(item.state->stability));
            // Done when recall on the loop date is on target without another review (a rounded-up
            // interval can leave it a hair below on its due day).
            const int daysToLoop = static_cast<int>(item.lastReview->daysTo(m_plan.loopDate));
            if (due > m_plan.loopDate
                || fsrs.retrievability(daysToLoop, item.state->stability) >= m_plan.targetRecall)
                return true;
            const int dueDay = std::clamp(indexOf(due), 0, std::max(0, m_lastStudyDay));
            const int earliest = std::max(0, indexOf(*item.lastReview) + 1);
            int day = -1;
            for (int d = std::min(dueDay, m_lastStudyDay); d >= earliest && day < 0; --d) {
                if (open(d) && free[d] >= item.reviewMinutes)
                    day = d;
            }
            for (int d = dueDay + 1; d <= m_lastStudyDay && day < 0; ++d) {
                if (open(d) && free[d] >= item.reviewMinutes)
                    day = d;
            }
            if (day < 0)
                return false;
            free[day] -= item.reviewMinutes;
            const int elapsed = static_cast<int>(item.lastReview->daysTo(dateOf(day)));
            const ReviewOutcome outcome = fsrs.review(item.state, Rating::Good, elapsed);
            PlanTask task {
                PlanTask::Kind::Review, index, item.title, item.reviewMinutes, outcome.retrievability};
            placed.append(Placed {day, task});
            item.state = outcome.state;
            item.lastReview = dateOf(day);
            item.due = dateOf(day + outcome.intervalDays);
        }
        return true;
    }

    void commit(const QVector<Placed> &placed)
    {
        for (const Placed &p : placed)
            m_plan.days[p.day].tasks.append(p.task);
    }

    void placeExistingReviews()
    {
        QVector<int> order;
        for (int i = 0; i < m_items.size(); ++i) {
            if (!m_items[i].isNew())
                order.append(i);
        }
        const auto dueOf = [&](int i) {
            const StudyItem &item = m_items[i];
            if (item.due)
                return *item.due;
            return item.lastReview ? item.lastReview->addDays(m_in.fsrs.intervalDays(item.state->stability))
                                   : m_in.today;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dueOf(a) < dueOf(b); });
        for (int i : order) {
            StudyItem &item = m_items[i];
            if (!item.lastReview) // reviewed, but when is unknown: treat as reviewed just before today
                item.lastReview = m_in.today.addDays(-1);
            QVector<Placed> placed;
            if (!placeReviews(i, item, m_free, placed))
                ++m_reviewsNotPlaced;
            commit(placed);
        }
    }

    void placeMockRounds()
    {
        for (const LoopDate &loop : m_plan.loops) {
            const int loopDay = indexOf(loop.date);
            const int first = std::max(0, loopDay - StudyPlanner::MockWindowDays);
            QSet<int> used;
            for (const StudyPlanner::MockRound &round : StudyPlanner::mockRounds(loop.kind)) {
                // One a day, from the day before last backwards; then any day of the window with room.
                int day = -1;
                for (int d = loopDay - 2; d >= first && day < 0; --d) {
                    if (open(d) && !used.contains(d) && m_free[d] >= round.minutes)
                        day = d;
                }
                for (int d = loopDay - 1; d >= first && day < 0; --d) {
                    if (open(d) && m_free[d] >= round.minutes)
                        day = d;
                }
                if (day < 0) {
                    ++m_mocksNotPlaced;
                    continue;
                }
                used.insert(day);
                m_free[day] -= round.minutes;
                m_plan.days[day].tasks.append(
                    PlanTask {PlanTask::Kind::MockRound, -1, round.name, round.minutes, 1});
            }
        }
    }

    // The last day on which `index` may be learnt: not the day before a loop date.
    int lastLearnDay() const
    {
        int day = m_lastStudyDay;
        const auto beforeLoop = [&](int d) {
            return d + 1 < m_plan.days.size() && m_plan.days[d + 1].loopDay && d > 0;
        };
        while (day > 0 && beforeLoop(day))
            --day;
        return day;
    }

    // Gives the new item `index` the earliest day with room for it and its reviews.
    bool tryToLearn(int index)
    {
        const StudyItem &item = m_items[index];
        const int last = lastLearnDay();
        for (int day = 0; day <= last; ++day) {
            if (!open(day) || m_free[day] < item.learnMinutes)
                continue;
            QVector<int> free = m_free;
            free[day] -= item.learnMinutes;
            StudyItem learnt = item;
            const ReviewOutcome first = m_in.fsrs.review(std::nullopt, Rating::Good, 0);
            learnt.state = first.state;
            learnt.lastReview = dateOf(day);
            learnt.due = dateOf(day + first.intervalDays);
            QVector<Placed> placed {
                Placed {day, PlanTask {PlanTask::Kind::Learn, index, item.title, item.learnMinutes, 1}}};
            if (!placeReviews(index, learnt, free, placed))
                continue;
            m_free = free;
            m_items[index] = learnt;
            commit(placed);
            m_scheduledNew.insert(index);
            return true;
        }
        return false;
    }

    // The new items that cover the sections and principles nothing learnt covers yet, greedily.
    QVector<int> coverOrder() const
    {
        QSet<QString> uncovered;
        for (const StudyItem &item : m_in.items) {
            uncovered.insert(QStringLiteral("section:") + item.section);
            for (const QString &p : item.principles)
                uncovered.insert(QStringLiteral("principle:") + p);
        }
        uncovered.remove(QStringLiteral("section:"));
        for (const StudyItem &item : m_in.items) {
            if (item.isNew())
                continue;
            uncovered.remove(QStringLiteral("section:") + item.section);
            for (const QString &p : item.principles)
                uncovered.remove(QStringLiteral("principle:") + p);
        }
        const auto gain = [&](const StudyItem &item) {
            int n = uncovered.contains(QStringLiteral("section:") + item.section) ? 1 : 0;
            for (const QString &p : item.principles)
                n += uncovered.contains(QStringLiteral("principle:") + p) ? 1 : 0;
            return n;
        };
        QVector<int> order;
        QSet<int> taken;
        while (!uncovered.isEmpty()) {
            int best = -1;
            int bestGain = 0;
            for (int i = 0; i < m_items.size(); ++i) {
                const StudyItem &item = m_in.items[i];
                if (!item.isNew() || taken.contains(i))
                    continue;
                const int g = gain(item);
                if (g > bestGain
                    || (g == bestGain && g > 0 && m_items[i].learnMinutes < m_items[best].learnMinutes)) {
                    best = i;
                    bestGain = g;
                }
            }
            if (best < 0)
                break;
            taken.insert(best);
            order.append(best);
            uncovered.remove(QStringLiteral("section:") + m_in.items[best].section);
            for (const QString &p : m_in.items[best].principles)
                uncovered.remove(QStringLiteral("principle:") + p);
        }
        // The longest first, while whole days are free: a 60-minute design question finds no
        // room once short ones are spread over every day.
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return m_items[a].learnMinutes > m_items[b].learnMinutes; });
        return order;
    }

    void placeNewItems()
    {
        QSet<int> tried;
        for (int index : coverOrder()) {
            tried.insert(index);
            tryToLearn(index);
        }
        // Then evenly: the pool with the lowest coverage gives its next item.
        QHash<QString, QVector<int>> pools;
        QHash<QString, int> sizes;
        QHash<QString, int> seen;
        for (int i = 0; i < m_in.items.size(); ++i) {
            const QString pool = poolOf(m_in.items[i]);
            ++sizes[pool];
            if (!m_items[i].isNew())
                ++seen[pool];
            else if (!tried.contains(i))
                pools[pool].append(i);
        }
        for (auto &queue : pools) {
            std::stable_sort(queue.begin(), queue.end(), [&](int a, int b) {
                return levelRank(m_in.items[a].level) < levelRank(m_in.items[b].level);
            });
        }
        QStringList poolOrder = Catalog::sections();
        poolOrder << QStringLiteral("stories");
        for (const QString &pool : pools.keys()) {
            if (!poolOrder.contains(pool))
                poolOrder << pool;
        }
        QHash<QString, int> next;
        while (true) {
            QString pick;
            double lowest = 2.0;
            for (const QString &pool : poolOrder) {
                if (next.value(pool) >= pools.value(pool).size())
                    continue;
                const double coverage = double(seen.value(pool)) / sizes.value(pool);
                if (coverage < lowest) {
                    lowest = coverage;
                    pick = pool;
                }
            }
            if (pick.isEmpty())
                break;
            const int index = pools[pick][next[pick]++];
            if (tryToLearn(index))
                ++seen[pick];
        }
        for (int i = 0; i < m_in.items.size(); ++i) {
            if (m_in.items[i].isNew() && !m_scheduledNew.contains(i))
                m_plan.notLearnt.append(i);
        }
    }

    void finish();
};

int taskOrder(PlanTask::Kind kind)
{
    return kind == PlanTask::Kind::Review ? 0 : kind == PlanTask::Kind::MockRound ? 1 : 2;
}

QString poolName(const QString &pool)
{
    return pool == QLatin1String("stories") ? StudyPlanner::tr("stories") : Catalog::sectionName(pool);
}

void PlanBuilder::finish()
{
    for (PlanDay &day : m_plan.days) {
        std::stable_sort(day.tasks.begin(), day.tasks.end(),
            [](const PlanTask &a, const PlanTask &b) { return taskOrder(a.kind) < taskOrder(b.kind); });
        day.plannedMinutes = 0;
        for (const PlanTask &task : day.tasks)
            day.plannedMinutes += task.minutes;
    }
    const ReadinessReport readiness = ReadinessCalculator::onDate(m_items, m_plan.loopDate, m_in.fsrs);
    m_plan.sections = readiness.sections;
    m_plan.principles = readiness.principles;

    const QString loopDate = m_plan.loopDate.toString(Qt::ISODate);
    if (m_plan.dailyBudgetMinutes > 0) {
        int tooLong = 0;
        for (int i : m_plan.notLearnt)
            tooLong += m_items[i].learnMinutes > m_plan.dailyBudgetMinutes ? 1 : 0;
        if (tooLong > 0) {
            addIssue(PlanIssue::Kind::ItemTooLong,
                StudyPlanner::tr(
                    "%n item(s) take longer to learn than the %1 minutes a day has.", nullptr, tooLong)
                    .arg(m_plan.dailyBudgetMinutes),
                tooLong);
        }
    }
    if (!m_plan.notLearnt.isEmpty()) {
        QHash<QString, int> byPool;
        int minutes = 0;
        for (int i : m_plan.notLearnt) {
            ++byPool[poolOf(m_items[i])];
            minutes += m_items[i].learnMinutes;
        }
        QStringList parts;
        QStringList order = Catalog::sections();
        order << QStringLiteral("stories");
        for (const QString &pool : order) {
            if (byPool.contains(pool))
                parts << QStringLiteral("%1 %2").arg(poolName(pool)).arg(byPool.value(pool));
        }
        const int count = static_cast<int>(m_plan.notLearnt.size());
        addIssue(PlanIssue::Kind::DoesNotFit,
            StudyPlanner::tr("%n new item(s) will not fit before %1 (%2): about %3 more hours to learn them.",
                nullptr, count)
                .arg(loopDate, parts.join(QStringLiteral(", ")))
                .arg((minutes + 59) / 60),
            count);
    }
    if (m_reviewsNotPlaced > 0) {
        addIssue(PlanIssue::Kind::ReviewsDoNotFit,
            StudyPlanner::tr("%n item(s) due for review find no room before %1.", nullptr, m_reviewsNotPlaced)
                .arg(loopDate),
            m_reviewsNotPlaced);
    }
    if (m_mocksNotPlaced > 0) {
        addIssue(PlanIssue::Kind::MockDoesNotFit,
            StudyPlanner::tr(
                "%n mock round(s) find no room in the week before the loop.", nullptr, m_mocksNotPlaced),
            m_mocksNotPlaced);
    }
    QStringList missed;
    for (const Readiness &r : m_plan.sections) {
        if (!r.met)
            missed << Catalog::sectionName(r.id);
    }
    for (const Readiness &r : m_plan.principles) {
        if (!r.met)
            missed << r.id;
    }
    if (!missed.isEmpty()) {
        addIssue(PlanIssue::Kind::TargetMissed,
            StudyPlanner::tr("Not covered at %1% predicted recall on %2: %3.")
                .arg(qRound(m_plan.targetRecall * 100))
                .arg(loopDate, missed.join(QStringLiteral(", "))),
            static_cast<int>(missed.size()));
    }
}

} // namespace

int StudyPlan::totalMinutes() const
{
    int total = 0;
    for (const PlanDay &day : days)
        total += day.plannedMinutes;
    return total;
}

int StudyPlanner::learnMinutes(StudyItemKind kind, const QString &section)
{
    if (kind == StudyItemKind::Story)
        return 20;
    return isProblemSection(section) ? Catalog::practiceMinutes(section) : 6;
}

int StudyPlanner::reviewMinutes(StudyItemKind kind, const QString &section)
{
    if (kind == StudyItemKind::Story)
        return 5;
    return isProblemSection(section) ? 20 : 2;
}

QVector<StudyPlanner::MockRound> StudyPlanner::mockRounds(LoopKind kind)
{
    if (kind == LoopKind::PhoneScreen)
        return {{tr("Mock phone screen"), 60}};
    return {{tr("Mock coding 1"), 45}, {tr("Mock coding 2"), 45}, {tr("Mock system design"), 60},
        {tr("Mock behavioral"), 45}, {tr("Mock bar raiser"), 45}};
}

StudyPlan StudyPlanner::plan(const PlanInput &input)
{
    return PlanBuilder(input).build();
}

} // namespace Starloop::Practice
