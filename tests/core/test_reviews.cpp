// ReviewRepository on a fresh database: rating a question schedules it with FSRS, stores the
// state and the review log in one go, and the due list and count follow the clock.
#include "practice/reviewrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "tempdatabase.h"

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
        Statement st(db(), "INSERT INTO questions(uid, origin, section, level, title, created_at, updated_at) "
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
        m_questionId = insertQuestion(QStringLiteral("lp-ownership-1"), QStringLiteral("Tell me about a time you took ownership"));
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
        QCOMPARE(rated->intervalDays, 4); // first Good: S = 3.7145 days
        QCOMPARE(rated->dueAt, Now + 4 * Day);
        QCOMPARE(rated->reviews, 1);

        Statement st(db(), "SELECT stability, difficulty, last_rating, reviews, lapses, last_review_at, due_at "
                           "FROM question_state WHERE question_id = ?1");
        st.bind(1, m_questionId);
        QVERIFY(st.step());
        QVERIFY(near(st.real(0), 3.7145));
        QVERIFY(near(st.real(1), 5.1618));
        QCOMPARE(st.integer(2), 3);
        QCOMPARE(st.integer(3), 1);
        QCOMPARE(st.integer(4), 0);
        QCOMPARE(st.int64(5), Now);
        QCOMPARE(st.int64(6), Now + 4 * Day);
        QCOMPARE(count("SELECT count(*) FROM reviews WHERE item_kind = 'question' AND rating = 3 AND interval_days = 4"),
                 qint64(1));

        // Not due today, nor a second before the interval is up; due from then on.
        QCOMPARE(m_repo->dueCount(Now).value(), 0);
        QCOMPARE(m_repo->dueCount(Now + 4 * Day - 1).value(), 0);
        QCOMPARE(m_repo->dueCount(Now + 4 * Day).value(), 1);
        const auto due = m_repo->dueQuestions(Now + 5 * Day);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).questionId, m_questionId);
        QCOMPARE(due->at(0).title, QStringLiteral("Tell me about a time you took ownership"));
        QCOMPARE(due->at(0).dueAt, Now + 4 * Day);

        // Reviewing it again takes it off the list until its next, longer interval.
        QVERIFY(m_repo->rate(m_questionId, 3, Now + 4 * Day).ok());
        QCOMPARE(m_repo->dueCount(Now + 5 * Day).value(), 0);
    }

    void historyFollowsTheScheduler()
    {
        // The sequence of test_fsrs: Good day 0, Good day 4, Again day 16 (fractional days are dropped).
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok());
        const auto second = m_repo->rate(m_questionId, 3, Now + 4 * Day + 3600);
        QVERIFY(second.ok());
        QCOMPARE(second->elapsedDays, 4);
        QVERIFY(near(second->state.stability, 14.8081));
        QCOMPARE(second->intervalDays, 15);
        const auto third = m_repo->rate(m_questionId, 1, Now + 16 * Day + 7200);
        QVERIFY(third.ok());
        QCOMPARE(third->elapsedDays, 12);
        QVERIFY(near(third->state.stability, 3.0617));
        QVERIFY(near(third->state.difficulty, 6.9012));
        QCOMPARE(third->lapses, 1);
        QCOMPARE(third->reviews, 3);
        QCOMPARE(third->dueAt, Now + 16 * Day + 7200 + 3 * Day);

        const auto state = m_repo->memoryState(m_questionId);
        QVERIFY(state.ok() && state.value().has_value());
        QVERIFY(near(state.value()->stability, 3.0617));
        Statement log(db(), "SELECT rating, elapsed_days, interval_days FROM reviews WHERE item_id = ?1 ORDER BY reviewed_at");
        log.bind(1, m_questionId);
        const QList<QList<int>> expected{{3, 0, 4}, {3, 4, 15}, {1, 12, 3}};
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
        db().exec(QStringLiteral("INSERT INTO question_state(question_id, starred, note_md, reviews, updated_at) "
                                 "VALUES (%1, 1, 'STAR story: the outage', 2, 500)")
                      .arg(m_questionId));
        QVERIFY(!m_repo->memoryState(m_questionId).value().has_value());
        const auto rated = m_repo->rate(m_questionId, 4, Now);
        QVERIFY(rated.ok());
        QCOMPARE(rated->intervalDays, 14); // reviewed as new: first Easy, S = 13.8206
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
        QVERIFY(m_repo->rate(m_questionId, 3, Now).ok()); // due in 4 days
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
};

QTEST_GUILESS_MAIN(TestReviews)
#include "test_reviews.moc"
