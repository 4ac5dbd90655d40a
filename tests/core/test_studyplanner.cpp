// StudyPlanner on generated banks of different sizes: the days never take more than their budget,
// every section and principle is covered at the target recall before the loop date when the time
// allows, a missed day re-flows, and bad input gives the best plan with the reason. Also the
// pieces around it: readiness, the retention simulator, leeches, the calendar file, and the
// stores that feed it.
#include "core/practice/leeches.h"
#include "core/practice/plancalendar.h"
#include "core/practice/readiness.h"
#include "core/practice/retentionsimulator.h"
#include "core/practice/reviewrepository.h"
#include "core/practice/studybank.h"
#include "core/practice/studydaystore.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplanner.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/vocabulary/catalog.h"
#include "tempdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace Starloop;
using namespace Starloop::Practice;

namespace {

const QDate Today(2026, 3, 2);

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    int below(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((m_state >> 33) % quint64(n));
    }

private:
    quint64 m_state;
};

// A bank of `perSection` questions in each section (principles on the leadership ones and a few
// others), `stories` stories, and about a tenth of it already learnt at some point in the last
// month.
QVector<StudyItem> generateBank(int perSection, int stories, quint64 seed, int learntPercent = 10)
{
    Random random(seed);
    const QStringList principles = Catalog::principleIds();
    const Fsrs fsrs;
    QVector<StudyItem> items;
    qint64 id = 1;
    const auto learnMaybe = [&](StudyItem &item) {
        if (random.below(100) >= learntPercent)
            return;
        const int daysAgo = 1 + random.below(30);
        const ReviewOutcome o = fsrs.review(std::nullopt, *Fsrs::ratingFromInt(1 + random.below(4)), 0);
        item.state = o.state;
        item.lastReview = Today.addDays(-daysAgo);
        item.due = Today.addDays(-daysAgo + o.intervalDays);
    };
    for (const QString &section : Catalog::sections()) {
        for (int i = 0; i < perSection; ++i) {
            StudyItem item;
            item.kind = section == QLatin1String("coding") ? StudyItemKind::Problem : StudyItemKind::Question;
            item.id = id++;
            item.title = QStringLiteral("%1 %2").arg(section).arg(i);
            item.section = section;
            item.level = Catalog::levels().at(random.below(3));
            if (section == QLatin1String("leadership"))
                item.principles << principles.at(i % 16);
            if (section == QLatin1String("leadership") || random.below(10) == 0) {
                item.principles << principles.at(random.below(16));
                if (random.below(2) == 0)
                    item.principles << principles.at(random.below(16));
                item.principles.removeDuplicates();
            }
            learnMaybe(item);
            items.append(item);
        }
    }
    for (int i = 0; i < stories; ++i) {
        StudyItem story;
        story.kind = StudyItemKind::Story;
        story.id = i + 1;
        story.title = QStringLiteral("story %1").arg(i);
        for (int n = 0; n < 1 + random.below(3); ++n)
            story.principles << principles.at(random.below(16));
        story.principles.removeDuplicates();
        learnMaybe(story);
        items.append(story);
    }
    return items;
}

PlanInput inputFor(const QVector<StudyItem> &items, int days, int hoursPerWeek)
{
    PlanInput input;
    input.today = Today;
    input.loops = {{Today.addDays(days), LoopKind::Onsite}};
    input.minutesPerWeek = hoursPerWeek * 60;
    input.items = items;
    return input;
}

QString describe(const StudyPlan &plan)
{
    QStringList issues;
    for (const PlanIssue &issue : plan.issues)
        issues << issue.message;
    return issues.join(QLatin1Char('\n'));
}

void verifyBudgets(const StudyPlan &plan)
{
    for (const PlanDay &day : plan.days) {
        int minutes = 0;
        for (const PlanTask &task : day.tasks)
            minutes += task.minutes;
        QCOMPARE(day.plannedMinutes, minutes);
        QVERIFY2(day.plannedMinutes <= day.budgetMinutes,
            qPrintable(QStringLiteral("%1: %2 of %3")
                           .arg(day.date.toString())
                           .arg(day.plannedMinutes)
                           .arg(day.budgetMinutes)));
        if (day.loopDay)
            QVERIFY(day.tasks.isEmpty());
    }
}

// The items as they are after doing `day`'s tasks (each recalled: Good).
QVector<StudyItem> doDay(QVector<StudyItem> items, const PlanDay &day, const Fsrs &fsrs)
{
    for (const PlanTask &task : day.tasks) {
        if (task.item < 0)
            continue;
        StudyItem &item = items[task.item];
        const int elapsed = item.lastReview ? static_cast<int>(item.lastReview->daysTo(day.date)) : 0;
        const ReviewOutcome o = fsrs.review(item.state, Rating::Good, elapsed);
        item.state = o.state;
        item.lastReview = day.date;
        item.due = day.date.addDays(o.intervalDays);
    }
    return items;
}

} // namespace

class TestStudyPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meetsTheBudgetAndCoversEverything_data()
    {
        QTest::addColumn<int>("perSection");
        QTest::addColumn<int>("stories");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("hoursPerWeek");
        QTest::addColumn<int>("learntPercent");
        QTest::newRow("small bank, two weeks") << 5 << 2 << 14 << 7 << 10;
        QTest::newRow("the bundled bank's size, a month") << 70 << 6 << 30 << 10 << 10;
        QTest::newRow("large bank, two months") << 400 << 20 << 60 << 12 << 2;
        QTest::newRow("large bank, ten days, 20 h") << 400 << 10 << 10 << 20 << 1;
        QTest::newRow("nothing learnt yet, three weeks") << 70 << 0 << 21 << 8 << 0;
    }

    void meetsTheBudgetAndCoversEverything()
    {
        QFETCH(int, perSection);
        QFETCH(int, stories);
        QFETCH(int, days);
        QFETCH(int, hoursPerWeek);
        QFETCH(int, learntPercent);
        const QVector<StudyItem> bank
            = generateBank(perSection, stories, quint64(perSection * 31 + days), learntPercent);
        const StudyPlan plan = StudyPlanner::plan(inputFor(bank, days, hoursPerWeek));
        QCOMPARE(plan.days.size(), days + 1);
        QCOMPARE(plan.days.last().date, Today.addDays(days));
        QVERIFY(plan.days.last().loopDay);
        QCOMPARE(plan.dailyBudgetMinutes, hoursPerWeek * 60 / 7);
        verifyBudgets(plan);
        QCOMPARE(plan.sections.size(), Catalog::sections().size());
        QSet<QString> tagged;
        for (const StudyItem &item : bank)
            tagged.unite(QSet<QString>(item.principles.begin(), item.principles.end()));
        QCOMPARE(plan.principles.size(), tagged.size());
        for (const Readiness &r : plan.sections + plan.principles) {
            QVERIFY2(r.met && r.seen > 0,
                qPrintable(
                    QStringLiteral("%1: %2 seen, recall %3\n").arg(r.id).arg(r.seen).arg(r.predictedRecall)
                    + describe(plan)));
            QVERIFY(r.predictedRecall >= plan.targetRecall - 1e-9);
        }
        for (const PlanIssue &issue : plan.issues)
            QVERIFY2(issue.kind == PlanIssue::Kind::DoesNotFit || issue.kind == PlanIssue::Kind::ItemTooLong,
                qPrintable(issue.message));
        // Learning stops before the last day; reviews follow what was learnt.
        QVERIFY(std::none_of(plan.days[days - 1].tasks.begin(), plan.days[days - 1].tasks.end(),
            [](const PlanTask &t) { return t.kind == PlanTask::Kind::Learn; }));
        QVERIFY(plan.totalMinutes() > plan.dailyBudgetMinutes * days / 2); // the time is used
        // The same input, the same plan.
        const StudyPlan again = StudyPlanner::plan(inputFor(bank, days, hoursPerWeek));
        QCOMPARE(again.totalMinutes(), plan.totalMinutes());
        QCOMPARE(again.notLearnt, plan.notLearnt);
    }

    void mockLoopsFillTheLastWeek()
    {
        PlanInput input = inputFor(generateBank(20, 3, 5), 30, 10);
        input.loops.prepend(LoopDate {Today.addDays(16), LoopKind::PhoneScreen});
        const StudyPlan plan = StudyPlanner::plan(input);
        verifyBudgets(plan);
        QCOMPARE(plan.loops.size(), 2);
        QVERIFY(plan.days[16].loopDay && plan.days[16].tasks.isEmpty());
        QVector<int> mockDays;
        for (int d = 0; d < plan.days.size(); ++d) {
            for (const PlanTask &task : plan.days[d].tasks) {
                if (task.kind == PlanTask::Kind::MockRound)
                    mockDays << d;
            }
        }
        QCOMPARE(mockDays.size(), 1 + 5);
        QVERIFY(mockDays.contains(14)); // the phone screen's, the day before last
        for (int d : mockDays)
            QVERIFY((d >= 9 && d < 16) || (d >= 23 && d < 30));
    }

    void reflowsAfterAMissedDayAndAMovedDate()
    {
        const QVector<StudyItem> bank = generateBank(40, 4, 9);
        PlanInput input = inputFor(bank, 30, 10);
        const StudyPlan first = StudyPlanner::plan(input);
        // Day 0 done, day 1 missed: plan again on day 2 from what was done.
        input.items = doDay(bank, first.days[0], input.fsrs);
        input.today = Today.addDays(2);
        const StudyPlan reflowed = StudyPlanner::plan(input);
        QCOMPARE(reflowed.days.size(), 29);
        QCOMPARE(reflowed.days.first().date, Today.addDays(2));
        verifyBudgets(reflowed);
        for (const Readiness &r : reflowed.sections + reflowed.principles)
            QVERIFY2(r.met, qPrintable(r.id + QLatin1Char('\n') + describe(reflowed)));
        // What day 1 had is not lost: its items are learnt or reviewed from day 2 on.
        for (const PlanTask &missed : first.days[1].tasks) {
            if (missed.item < 0)
                continue;
            bool planned = false;
            for (const PlanDay &day : reflowed.days) {
                planned = planned || std::any_of(day.tasks.begin(), day.tasks.end(), [&](const PlanTask &t) {
                    return t.item == missed.item;
                });
            }
            QVERIFY2(planned || reflowed.notLearnt.contains(missed.item), qPrintable(missed.title));
        }
        // Day 0's learning is now review, not learning again.
        for (const PlanTask &done : first.days[0].tasks) {
            for (const PlanDay &day : reflowed.days) {
                for (const PlanTask &t : day.tasks)
                    QVERIFY(!(t.item == done.item && done.item >= 0 && t.kind == PlanTask::Kind::Learn));
            }
        }
        // The date moves closer: a shorter plan, still within budget.
        input.loops = {{Today.addDays(12), LoopKind::Onsite}};
        const StudyPlan sooner = StudyPlanner::plan(input);
        QCOMPARE(sooner.days.size(), 11);
        verifyBudgets(sooner);
        QVERIFY(sooner.notLearnt.size() > reflowed.notLearnt.size());
    }

    void badInputGivesTheBestPlanAndSaysWhy()
    {
        const QVector<StudyItem> bank = generateBank(30, 2, 4);
        const auto has = [](const StudyPlan &plan, PlanIssue::Kind kind) {
            return std::any_of(
                plan.issues.begin(), plan.issues.end(), [&](const PlanIssue &i) { return i.kind == kind; });
        };
        // A date in the past: left out, and without another date the next four weeks are planned.
        PlanInput past = inputFor(bank, -3, 10);
        StudyPlan plan = StudyPlanner::plan(past);
        QVERIFY(has(plan, PlanIssue::Kind::PastLoopDate));
        QVERIFY(has(plan, PlanIssue::Kind::NoLoopDate));
        QCOMPARE(plan.days.size(), StudyPlanner::DefaultHorizonDays + 1);
        QVERIFY(plan.totalMinutes() > 0);
        verifyBudgets(plan);
        // Zero hours: nothing planned, everything listed as not fitting, the targets missed.
        plan = StudyPlanner::plan(inputFor(bank, 20, 0));
        QVERIFY(has(plan, PlanIssue::Kind::NoTime));
        QVERIFY(has(plan, PlanIssue::Kind::DoesNotFit));
        QVERIFY(has(plan, PlanIssue::Kind::TargetMissed));
        QCOMPARE(plan.totalMinutes(), 0);
        QVERIFY(!plan.fits());
        // More work than time: the best plan, with what will not fit by section.
        plan = StudyPlanner::plan(inputFor(generateBank(400, 5, 4), 7, 2));
        verifyBudgets(plan);
        QVERIFY(has(plan, PlanIssue::Kind::DoesNotFit));
        QVERIFY(has(plan, PlanIssue::Kind::ItemTooLong)); // 17 minutes a day: no coding problem fits
        const auto doesNotFit = std::find_if(plan.issues.begin(), plan.issues.end(),
            [](const PlanIssue &i) { return i.kind == PlanIssue::Kind::DoesNotFit; });
        QVERIFY(doesNotFit->message.contains(Catalog::sectionName(QStringLiteral("coding"))));
        QCOMPARE(doesNotFit->count, int(plan.notLearnt.size()));
        QVERIFY(plan.totalMinutes() > 0);
        // Time already spent today comes off today's budget.
        PlanInput busy = inputFor(bank, 20, 7);
        busy.minutesDoneToday = 50;
        plan = StudyPlanner::plan(busy);
        QCOMPARE(plan.days[0].budgetMinutes, 10);
        verifyBudgets(plan);
    }

    void readinessCountsStoriesTowardTheirPrinciples()
    {
        StudyItem story;
        story.kind = StudyItemKind::Story;
        story.principles = QStringList {QStringLiteral("ownership"), QStringLiteral("dive-deep")};
        story.state = MemoryState {10, 5};
        story.lastReview = Today;
        StudyItem question;
        question.section = QStringLiteral("leadership");
        question.principles = QStringList {QStringLiteral("ownership")};
        const ReadinessReport report
            = ReadinessCalculator::onDate({story, question}, Today.addDays(10), Fsrs());
        QCOMPARE(report.sections.size(), 1);
        QCOMPARE(report.sections[0].seen, 0);
        QVERIFY(!report.sections[0].met);
        QCOMPARE(report.principles.size(), 2);
        const Readiness &ownership = report.principles[0].id == QLatin1String("ownership")
            ? report.principles[0]
            : report.principles[1];
        QCOMPARE(ownership.items, 2);
        QCOMPARE(ownership.seen, 1);
        QCOMPARE(ownership.coverage, 0.5);
        QVERIFY(std::abs(ownership.predictedRecall - 0.9) < 1e-6); // R(S, S) = 0.9
        QVERIFY(ownership.met);
    }

    void retentionSimulatorShowsTheCostOfRetention()
    {
        const QVector<StudyItem> bank = generateBank(40, 5, 21, 60);
        const auto at90 = RetentionSimulator::simulate(bank, Today, Fsrs(), 0.90);
        const auto at97 = RetentionSimulator::simulate(bank, Today, Fsrs(), 0.97);
        const auto at80 = RetentionSimulator::simulate(bank, Today, Fsrs(), 0.80);
        QCOMPARE(at90.size(), 30);
        QCOMPARE(at90.first().date, Today);
        QVERIFY(RetentionSimulator::meanReviewsPerDay(at97) > RetentionSimulator::meanReviewsPerDay(at90));
        QVERIFY(RetentionSimulator::meanReviewsPerDay(at90) > RetentionSimulator::meanReviewsPerDay(at80));
        const auto repeat = RetentionSimulator::simulate(bank, Today, Fsrs(), 0.90);
        QCOMPARE(repeat.last().reviews, at90.last().reviews);
        const auto learning = RetentionSimulator::simulate(bank, Today, Fsrs(), 0.90, 30, 5);
        QVERIFY(
            RetentionSimulator::meanReviewsPerDay(learning) > RetentionSimulator::meanReviewsPerDay(at90));
    }

    void leechesAreItemsFailedAgainAndAgain()
    {
        const auto history = [](ItemKind kind, qint64 id, const QVector<int> &ratings) {
            ItemHistory item {kind, id, {}};
            for (int i = 0; i < ratings.size(); ++i)
                item.reviews.append({*Fsrs::ratingFromInt(ratings[i]), 1'700'000'000 + i * 3 * 86400});
            return item;
        };
        const QVector<ItemHistory> log {history(ItemKind::Question, 1, {3, 1, 3, 1, 3, 1, 3, 1}),
            history(ItemKind::Question, 2, {3, 3, 1, 3, 3}), history(ItemKind::Story, 3, {3, 1, 1, 1}),
            history(ItemKind::Story, 4, {1, 1, 3})};
        const QVector<Leech> leeches = Leeches::detect(log);
        QCOMPARE(leeches.size(), 2);
        QCOMPARE(leeches[0].id, 1);
        QCOMPARE(leeches[0].lapses, 4);
        QCOMPARE(leeches[0].suggestion, Leech::Suggestion::RewriteNote);
        QCOMPARE(leeches[1].id, 3);
        QCOMPARE(leeches[1].consecutiveLapses, 3);
        QCOMPARE(leeches[1].suggestion, Leech::Suggestion::RewriteStory);

        // Read from a file's review log (counted as it is read), the same leeches; a diagram's
        // drills are no question or story, and the rows come in any order.
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Storage::Database &db = store.value()->db();
        for (int pass = 1; pass >= 0; --pass) { // the later reviews first
            for (const ItemHistory &item : log) {
                for (int i = pass; i < item.reviews.size(); i += 2) {
                    Storage::Statement insert(db,
                        "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) VALUES (?1, ?2, ?3, "
                        "?4)");
                    insert.bind(1, ReviewHistory::kindName(item.kind))
                        .bind(2, item.id)
                        .bind(3, qint64(item.reviews.at(i).rating))
                        .bind(4, item.reviews.at(i).reviewedAt);
                    insert.run();
                }
            }
        }
        db.exec("INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) VALUES "
                "('diagram', 1, 1, 1), ('diagram', 1, 1, 2), ('diagram', 1, 1, 3), ('diagram', 1, 1, 4)");
        const auto found = Leeches::find(db);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(found->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(found->at(i).kind, leeches[i].kind);
            QCOMPARE(found->at(i).id, leeches[i].id);
            QCOMPARE(found->at(i).lapses, leeches[i].lapses);
            QCOMPARE(found->at(i).consecutiveLapses, leeches[i].consecutiveLapses);
        }
        QCOMPARE(Leeches::scan(db).size(), Leeches::detect(ReviewHistory::read(db)).size());
    }

    void calendarFileFollowsRfc5545()
    {
        QCOMPARE(
            PlanCalendar::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QByteArray longLine = QByteArray("DESCRIPTION:") + QString(40, QChar(0x00e9)).toUtf8();
        const QByteArray folded = PlanCalendar::foldLine(longLine);
        for (const QByteArray &physical : folded.split('\n'))
            QVERIFY(physical.trimmed().size() <= 75);
        QCOMPARE(QString::fromUtf8(folded).remove(QStringLiteral("\r\n ")), QString::fromUtf8(longLine));

        PlanInput input = inputFor(generateBank(10, 2, 3), 10, 7);
        input.items[0].title = QStringLiteral("Design a cache, with eviction; and \\ more");
        const StudyPlan plan = StudyPlanner::plan(input);
        const QByteArray ics = PlanCalendar::toIcs(plan, QDateTime(Today, QTime(9, 0), QTimeZone::utc()));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        int days = 0;
        for (const PlanDay &day : plan.days)
            days += day.tasks.isEmpty() ? 0 : 1;
        QCOMPARE(ics.count("BEGIN:VEVENT"), days + 1);
        QCOMPARE(ics.count("END:VEVENT"), days + 1);
        QVERIFY(ics.contains("DTSTAMP:20260302T090000Z"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260303"));
        QVERIFY(ics.contains("UID:starloop-loop-20260312@starloop.invalid"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR
        if (plan.days[0].tasks.size() > 0)
            QVERIFY(QString::fromUtf8(ics)
                        .remove(QStringLiteral("\r\n "))
                        .contains(QStringLiteral("SUMMARY:Starloop: ")));
    }

    void storesAndBankFeedThePlanner()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Storage::Database &db = store.value()->db();
        db.exec("INSERT INTO principles(id, name, position) VALUES ('ownership', 'Ownership', 1)");
        db.exec("INSERT INTO questions(uid, origin, section, level, title, created_at, updated_at) VALUES "
                "('lp-1', 'bank', 'leadership', 'beginner', 'Ownership', 1, 1), "
                "('code-1', 'bank', 'coding', 'beginner', 'Two sum', 1, 1), "
                "('old-1', 'bank', 'aws', 'beginner', 'Retired', 1, 1)");
        db.exec("UPDATE questions SET retired = 1 WHERE uid = 'old-1'");
        db.exec("INSERT INTO question_principles(question_id, principle_id) SELECT id, 'ownership' FROM "
                "questions "
                "WHERE uid = 'lp-1'");
        db.exec("INSERT INTO stories(uid, title, created_at, updated_at) VALUES ('s-1', 'The outage', 1, 1)");
        db.exec("INSERT INTO story_principles(story_id, principle_id) VALUES (1, 'ownership')");
        const qint64 now = QDateTime(Today, QTime(10, 0)).toSecsSinceEpoch();
        QVERIFY(ReviewRepository(db).rate(1, 3, now).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(ReviewRepository(db).rateStory(1, 1, now + i * 86400).ok());

        StudyGoalStore goals(db);
        QCOMPARE(goals.load().value(), StudyGoal());
        const StudyGoal goal {
            {{Today.addDays(20), LoopKind::Onsite}, {Today.addDays(6), LoopKind::PhoneScreen}}, 420};
        QVERIFY(goals.save(goal).ok());
        QCOMPARE(goals.load().value(), goal);

        const auto input = StudyBank::planInput(db, Today.addDays(4));
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        QCOMPARE(input->items.size(), 3);
        QCOMPARE(input->items[0].kind, StudyItemKind::Question);
        QCOMPARE(input->items[0].principles, QStringList {QStringLiteral("ownership")});
        QCOMPARE(input->items[0].lastReview, std::optional<QDate>(Today));
        QCOMPARE(input->items[0].due, std::optional<QDate>(Today.addDays(2)));
        QCOMPARE(input->items[1].kind, StudyItemKind::Problem);
        QVERIFY(input->items[1].isNew());
        QCOMPARE(input->items[1].learnMinutes, 45);
        QCOMPARE(input->items[2].kind, StudyItemKind::Story);
        QVERIFY(input->items[2].leech); // four Agains
        QCOMPARE(input->minutesPerWeek, 420);
        QCOMPARE(input->loops.size(), 2);
        const StudyPlan plan = StudyPlanner::plan(input.value());
        QCOMPARE(plan.loopDate, Today.addDays(20));
        verifyBudgets(plan);
    }
    void theDayStoreKeepsTicksAndCountsWhatAMissedDayLeft()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        StudyDayStore days(store.value()->db());
        QVERIFY(!days.load().value().date.isValid()); // nothing stored yet

        QVector<StudyItem> items(2);
        items[0].uid = QStringLiteral("lp-1");
        items[0].id = 7;
        items[1].kind = StudyItemKind::Story;
        items[1].id = 3;
        const QString learn
            = StudyDayStore::taskKey({PlanTask::Kind::Learn, 0, QStringLiteral("Ownership"), 6}, items);
        const QString review
            = StudyDayStore::taskKey({PlanTask::Kind::Review, 1, QStringLiteral("Outage"), 5}, items);
        const QString mock
            = StudyDayStore::taskKey({PlanTask::Kind::MockRound, -1, QStringLiteral("Coding 1"), 60}, items);
        QCOMPARE(learn, QStringLiteral("learn:q:lp-1"));
        QCOMPARE(review, QStringLiteral("review:s:3"));
        QCOMPARE(mock, QStringLiteral("mock:Coding 1"));

        StudyDay day = StudyDayStore::startDay(days.load().value(), Today, {learn, review, mock});
        QCOMPARE(day.date, Today);
        QCOMPARE(day.planned.size(), 3);
        QCOMPARE(day.missed, 0);
        day.done.append({learn, QStringLiteral("Ownership"), 6});
        day.done.append({mock, QStringLiteral("Coding 1"), 60});
        QVERIFY(days.save(day).ok());

        const StudyDay loaded = days.load().value();
        QCOMPARE(loaded.date, Today);
        QCOMPARE(loaded.planned, day.planned);
        QVERIFY(loaded.isDone(learn) && loaded.isDone(mock) && !loaded.isDone(review));
        QCOMPARE(loaded.doneMinutes(), 66);
        // the same day again: the ticks stay, whatever is planned now
        QCOMPARE(StudyDayStore::startDay(loaded, Today, {review}).done.size(), 2);

        // two days later: a new day, and the one task left undone is remembered
        const StudyDay later = StudyDayStore::startDay(loaded, Today.addDays(2), {review});
        QCOMPARE(later.date, Today.addDays(2));
        QVERIFY(later.done.isEmpty());
        QCOMPARE(later.missed, 1);
        QCOMPARE(later.missedDate, Today);
        QVERIFY(days.save(later).ok());
        QCOMPARE(days.load().value().missed, 1);
        QCOMPARE(days.load().value().missedDate, Today);

        // what cannot be read is no day at all, not an error
        store.value()->db().exec("UPDATE settings SET value = '{\"version\":99}' WHERE key = 'study.day'");
        QVERIFY(!days.load().value().date.isValid());
    }
};

QTEST_GUILESS_MAIN(TestStudyPlanner)
#include "test_studyplanner.moc"
