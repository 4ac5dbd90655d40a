// ReviewRepository on a fresh database: rating a question schedules it with FSRS-6, stores the
// state and the review log in one go, and the due list and count follow the clock. Stories are
// rated too; changing the scheduler recomputes every state from the log.
#include "core/practice/reviewrepository.h"
#include "core/practice/schedulerstore.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Starloop;
using namespace Starloop::Practice;
using Storage::Statement;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Now = 1'795'000'000; // some day in November 2026

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 5e-4;
}

} // namespace

class TestReviews : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<ReviewRepository> m_repo;
    qint64 m_questionId = 0;

    Storage::Database &db() { return m_store->db(); }

    qint64 insertQuestion(const QString &uid, const QString &title)
    {
        Statement st(db(),
            "INSERT INTO questions(uid, origin, section, level, title, created_at, updated_at) "
            "VALUES (?1, 'bank', 'leadership', 'core', ?2, 1000, 1000)");
        st.bind(1, uid).bind(2, title).run();
        return db().lastInsertRowId();
    }

    qint64 count(const char *sql) { return db().scalarInt(sql); }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        m_repo = std::make_unique<ReviewRepository>(db());
        m_questionId = insertQuestion(
            QStringLiteral("lp-ownership-1"), QStringLiteral("Tell me about a time you took ownership"));
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_temp.reset();
    }

    void ratingSchedulesTheNextReview()
    {
        QCOMPARE(m_repo->dueCount(Now).value(), 0);
        const Result<ReviewResult> rated = m_repo->rate(m_questionId, 3, Now);
        QVERIFY2(rated.ok(), qPrintable(rated.errorMessage()));
        QCOMPARE(rated->intervalDays, 2); // first Good: S = 2.3065 days
        QCOMPARE(rated->dueAt, Now + 2 * Day);
        QCOMPARE(rated->reviews, 1);

        Statement st(db(),
            "SELECT stability, difficulty, last_rating, reviews, lapses, last_review_at, due_at "
            "FROM question_state WHERE question_id = ?1");
        st.bind(1, m_questionId);
        QVERIFY(st.step());
        QVERIFY(near(st.real(0), 2.3065));
        QVERIFY(near(st.real(1), 2.1181));
        QCOMPARE(st.integer(2), 3);
        QCOMPARE(st.integer(3), 1);
        QCOMPARE(st.integer(4), 0);
        QCOMPARE(st.int64(5), Now);
        QCOMPARE(st.int64(6), Now + 2 * Day);
        QCOMPARE(count("SELECT count(*) FROM reviews WHERE item_kind = 'question' AND rating = 3 AND "
                       "interval_days = 2"),
            qint64(1));

        // Not due today, nor a second before the interval is up; due from then on.
        QCOMPARE(m_repo->dueCount(Now).value(), 0);
        QCOMPARE(m_repo->dueCount(Now + 2 * Day - 1).value(), 0);
        QCOMPARE(m_repo->dueCount(Now + 2 * Day).value(), 1);
        const auto due = m_repo->dueQuestions(Now + 5 * Day);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).questionId, m_questionId);
        QCOMPARE(due->at(0).title, QStringLiteral("Tell me about a time you took ownership"));
        QCOMPARE(due->at(0).dueAt, Now + 2 * Day);

        // Reviewing it again takes it off the list until its next, longer interval.
        QVERIFY(m_repo->rate(m_questionId, 3, Now + 4 * Day).ok());
        QCOMPARE(m_repo->dueCount(Now + 5 * Day).value(), 0);
    }

    void historyFollowsTheScheduler()
    {
        // Good day 0, Good day 4, Again day 16 (whole calendar days count, not the hours).
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok());
        const auto second = m_repo->rate(m_questionId, 3, Now + 4 * Day + 3600);
        QVERIFY(second.ok());
        QCOMPARE(second->elapsedDays, 4);
        QVERIFY(near(second->state.stability, 16.1773));
        QCOMPARE(second->intervalDays, 16);
        const auto third = m_repo->rate(m_questionId, 1, Now + 16 * Day + 7200);
        QVERIFY(third.ok());
        QCOMPARE(third->elapsedDays, 12);
        QVERIFY(near(third->state.stability, 1.8000));
        QVERIFY(near(third->state.difficulty, 7.3922));
        QCOMPARE(third->lapses, 1);
        QCOMPARE(third->reviews, 3);
        QCOMPARE(third->dueAt, Now + 16 * Day + 7200 + 2 * Day);

        const auto state = m_repo->memoryState(m_questionId);
        QVERIFY(state.ok() && state.value().has_value());
        QVERIFY(near(state.value()->stability, 1.8000));
        Statement log(db(),
            "SELECT rating, elapsed_days, interval_days FROM reviews WHERE item_id = ?1 ORDER BY "
            "reviewed_at");
        log.bind(1, m_questionId);
        const QList<QList<int>> expected {{3, 0, 2}, {3, 4, 16}, {1, 12, 2}};
        for (const QList<int> &row : expected) {
            QVERIFY(log.step());
            QCOMPARE(log.integer(0), row.at(0));
            QCOMPARE(int(log.real(1)), row.at(1));
            QCOMPARE(int(log.real(2)), row.at(2));
        }
        QVERIFY(!log.step());
    }

    void starAndNoteSurviveRating()
    {
        // A state row written by the Questions workspace before any review: starred, a note, no schedule.
        db().exec(
            QStringLiteral("INSERT INTO question_state(question_id, starred, note_md, reviews, updated_at) "
                           "VALUES (%1, 1, 'STAR story: the outage', 2, 500)")
                .arg(m_questionId));
        QVERIFY(!m_repo->memoryState(m_questionId).value().has_value());
        const auto rated = m_repo->rate(m_questionId, 4, Now);
        QVERIFY(rated.ok());
        QCOMPARE(rated->intervalDays, 8); // reviewed as new: first Easy, S = 8.2956
        QCOMPARE(rated->reviews, 3);
        QCOMPARE(rated->lapses, 0);
        Statement st(db(), "SELECT starred, note_md FROM question_state WHERE question_id = ?1");
        st.bind(1, m_questionId);
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), 1);
        QCOMPARE(st.text(1), QStringLiteral("STAR story: the outage"));
    }

    void refusesBadRatingsAndMissingQuestions()
    {
        const auto zero = m_repo->rate(m_questionId, 0, Now);
        QVERIFY(!zero.ok());
        QVERIFY(zero.errorMessage().contains(QLatin1String("1 (again) to 4 (easy)")));
        QVERIFY(!m_repo->rate(m_questionId, 5, Now).ok());
        const auto missing = m_repo->rate(m_questionId + 100, 3, Now);
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QLatin1String("no longer exists")));
        QCOMPARE(count("SELECT count(*) FROM reviews"), qint64(0));
        QCOMPARE(count("SELECT count(*) FROM question_state"), qint64(0));
    }

    void dueListIsMostOverdueFirstAndSkipsRetired()
    {
        const qint64 second = insertQuestion(QStringLiteral("lp-dive-deep-1"), QStringLiteral("Dive deep"));
        const qint64 retired = insertQuestion(QStringLiteral("old-1"), QStringLiteral("Gone from the bank"));
        QVERIFY(m_repo->rate(second, 1, Now).ok()); // due tomorrow
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok()); // due in 2 days
        QVERIFY(m_repo->rate(retired, 1, Now).ok());
        db().exec(QStringLiteral("UPDATE questions SET retired = 1 WHERE id = %1").arg(retired));

        QCOMPARE(m_repo->dueCount(Now + 1 * Day).value(), 1);
        QCOMPARE(m_repo->dueCount(Now + 10 * Day).value(), 2);
        const auto due = m_repo->dueQuestions(Now + 10 * Day);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).questionId, second);
        QCOMPARE(due->at(1).questionId, m_questionId);
        QCOMPARE(m_repo->dueQuestions(Now + 10 * Day, 1)->size(), 1);
    }

    void storiesAreRatedFromTheirLog()
    {
        db().exec(
            "INSERT INTO stories(uid, title, created_at, updated_at) VALUES ('s-1', 'The outage', 1, 1)");
        const qint64 story = db().lastInsertRowId();
        const auto first = m_repo->rateStory(story, 3, Now);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->kind, ItemKind::Story);
        QCOMPARE(first->intervalDays, 2);
        const auto second = m_repo->rateStory(story, 1, Now + 4 * Day);
        QVERIFY(second.ok());
        QCOMPARE(second->elapsedDays, 4);
        QCOMPARE(second->reviews, 2);
        QCOMPARE(second->lapses, 1);
        Statement st(db(), "SELECT stability, difficulty, due_at FROM stories WHERE id = ?1");
        st.bind(1, story);
        QVERIFY(st.step());
        QVERIFY(near(st.real(0), second->state.stability));
        QCOMPARE(st.int64(2), second->dueAt);
        QCOMPARE(count("SELECT count(*) FROM reviews WHERE item_kind = 'story'"), qint64(2));
        QVERIFY(!m_repo->rateStory(story + 1, 3, Now).ok());
        QVERIFY(!m_repo->rateStory(story, 7, Now).ok());
    }

    void aSecondReviewOnTheSameDayIsShortTerm()
    {
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok());
        const auto again = m_repo->rate(m_questionId, 1, Now + 3600);
        QVERIFY(again.ok());
        QCOMPARE(again->elapsedDays, 0);
        QVERIFY(near(again->state.stability, 0.7751)); // S * e^(w17 * (w18 - 2)) * S^-w19
        QVERIFY(near(again->state.difficulty, 7.3945));
    }

    void calendarDaysCountDatesNotHours()
    {
        const qint64 lateEvening = QDateTime(QDate(2026, 3, 2), QTime(23, 0)).toSecsSinceEpoch();
        const qint64 nextMorning = QDateTime(QDate(2026, 3, 3), QTime(1, 0)).toSecsSinceEpoch();
        QCOMPARE(ReviewHistory::calendarDays(lateEvening, nextMorning), 1);
        QCOMPARE(ReviewHistory::calendarDays(nextMorning, nextMorning + 3600), 0);
        QCOMPARE(ReviewHistory::calendarDays(nextMorning, lateEvening), 0); // a clock that went back
    }

    void changingTheSchedulerRecomputesStatesFromTheLog()
    {
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok());
        QVERIFY(m_repo->rate(m_questionId, 3, Now + 4 * Day).ok());
        SchedulerStore store(db());
        SchedulerConfig config = store.load().value();
        QVERIFY(config.usesDefaults());
        // Another retention moves the due date, not the memory.
        config.desiredRetention = 0.8;
        QVERIFY(store.save(config).ok());
        QCOMPARE(store.load()->desiredRetention, 0.8);
        Statement st(db(), "SELECT stability, due_at FROM question_state WHERE question_id = ?1");
        st.bind(1, m_questionId);
        QVERIFY(st.step());
        QVERIFY(near(st.real(0), 16.1773));
        const int longer = Fsrs(0.8).intervalDays(st.real(0));
        QVERIFY(longer > 16);
        QCOMPARE(st.int64(1), Now + 4 * Day + longer * Day);
        st.reset();
        // Other parameters: the log is replayed with them, and new ratings use them.
        config.parameters[2] = 5.0; // first Good
        QVERIFY(store.save(config).ok());
        const ReplayedState replayed
            = ReviewHistory::replay(config.fsrs(), {{Rating::Good, Now}, {Rating::Good, Now + 4 * Day}});
        QVERIFY(st.step());
        QVERIFY(near(st.real(0), replayed.state.stability));
        QVERIFY(!near(st.real(0), 16.1773));
        QCOMPARE(ReviewRepository(db())
                     .rate(insertQuestion(QStringLiteral("q-2"), QStringLiteral("Q2")), 3, Now)
                     ->intervalDays,
            Fsrs(config.parameters, 0.8).intervalDays(5.0));
    }

    void aFitIsAdoptedOnlyWhenItIsBetter()
    {
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok());
        SchedulerStore store(db());
        FitReport worse;
        worse.parameters[2] = 9.0;
        worse.reviews = 500;
        worse.lossBefore = 0.30;
        worse.lossAfter = 0.30;
        QVERIFY(store.recordFit(worse, Now).ok());
        SchedulerConfig config = store.load().value();
        QVERIFY(config.usesDefaults()); // kept
        QVERIFY(config.lastFit && !config.lastFit->adopted);
        QCOMPARE(config.lastFit->reviews, 500);
        FitReport better = worse;
        better.lossAfter = 0.25;
        better.improved = true;
        QVERIFY(store.recordFit(better, Now + Day).ok());
        config = store.load().value();
        QCOMPARE(config.parameters[2], 9.0);
        QVERIFY(config.lastFit->adopted);
        QCOMPARE(config.lastFit->lossBefore, 0.30);
        QCOMPARE(config.lastFit->lossAfter, 0.25);
        QCOMPARE(config.lastFit->fittedAt, Now + Day);
        QVERIFY(near(m_repo->memoryState(m_questionId).value()->stability, 9.0)); // the log replayed
    }

    void statesOfAnOlderSchedulerAreReplacedAtOpen()
    {
        // As an older Starloop left it: FSRS-4.5's first Good (S 3.7145, D 5.1618, due in 4 days).
        db().exec(
            QStringLiteral("INSERT INTO question_state(question_id, stability, difficulty, last_review_at, "
                           "due_at, reviews, updated_at) VALUES (%1, 3.7145, 5.1618, %2, %3, 1, %2)")
                .arg(m_questionId)
                .arg(Now)
                .arg(Now + 4 * Day));
        db().exec(QStringLiteral("INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) VALUES "
                                 "('question', %1, 3, %2)")
                      .arg(m_questionId)
                      .arg(Now));
        QVERIFY(SchedulerStore(db()).ensureStatesCurrent().ok());
        QVERIFY(near(m_repo->memoryState(m_questionId).value()->stability, 2.3065));
        QCOMPARE(m_repo->dueCount(Now + 2 * Day).value(), 1);
        // Once current, nothing is written again.
        db().exec("UPDATE question_state SET stability = 42");
        QVERIFY(SchedulerStore(db()).ensureStatesCurrent().ok());
        QVERIFY(near(m_repo->memoryState(m_questionId).value()->stability, 42));
    }
};

QTEST_GUILESS_MAIN(TestReviews)
#include "test_reviews.moc"
