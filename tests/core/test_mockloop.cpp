// MockLoopPlanner, ProgressRepository and PresetStore on a fresh database: which questions a mock
// loop asks (right sections, due ones first, thin principles first, never twice, reproducible by
// seed), the dashboard's numbers, and the user's presets kept in the settings table.
#include "core/practice/mockloop.h"
#include "core/practice/practicelog.h"
#include "core/practice/presetstore.h"
#include "core/practice/progress.h"
#include "core/practice/reviewrepository.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTime>

#include <memory>

using namespace Starloop;
using namespace Starloop::Practice;
using Storage::Statement;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Now = 1'795'000'000; // 2026-11-18

QSet<qint64> idsOf(const MockLoop &loop)
{
    QSet<qint64> ids;
    for (const MockRound &round : loop.rounds)
        for (const MockQuestion &q : round.questions)
            ids.insert(q.id);
    return ids;
}

} // namespace

class TestMockLoop : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    int m_next = 0;

    Storage::Database &db() { return m_store->db(); }

    qint64 addQuestion(const QString &section, const QStringList &principles = {})
    {
        ++m_next;
        Statement st(db(),
            "INSERT INTO questions(uid, origin, section, level, title, created_at, updated_at) "
            "VALUES (?1, 'bank', ?2, 'intermediate', ?3, 1000, 1000)");
        st.bind(1, QStringLiteral("%1-%2").arg(section).arg(m_next)).bind(2, section);
        st.bind(3, QStringLiteral("%1 question %2").arg(section).arg(m_next)).run();
        const qint64 id = db().lastInsertRowId();
        for (const QString &principle : principles) {
            Statement link(
                db(), "INSERT INTO question_principles(question_id, principle_id) VALUES (?1, ?2)");
            link.bind(1, id).bind(2, principle).run();
        }
        return id;
    }

    void addPrinciple(const QString &id, int position)
    {
        Statement st(db(), "INSERT INTO principles(id, name, position) VALUES (?1, ?2, ?3)");
        st.bind(1, id).bind(2, id).bind(3, position).run();
    }

    void addStories(const QString &principle, int count)
    {
        for (int i = 0; i < count; ++i) {
            Statement st(
                db(), "INSERT INTO stories(uid, title, created_at, updated_at) VALUES (?1, ?2, 1, 1)");
            st.bind(1, QStringLiteral("story-%1-%2").arg(principle).arg(i)).bind(2, principle).run();
            Statement tag(db(), "INSERT INTO story_principles(story_id, principle_id) VALUES (?1, ?2)");
            tag.bind(1, db().lastInsertRowId()).bind(2, principle).run();
        }
    }

    void makeDue(qint64 questionId)
    {
        QVERIFY(ReviewRepository(db()).rate(questionId, 1, Now - 30 * Day).ok()); // due after one day
    }

    // A bank big enough for a full loop: 4 coding, 2 ood, 3 system design, 12 leadership
    // questions over 4 principles.
    void fillBank()
    {
        const QStringList principles {QStringLiteral("ownership"), QStringLiteral("dive-deep"),
            QStringLiteral("frugality"), QStringLiteral("earn-trust")};
        for (int i = 0; i < principles.size(); ++i)
            addPrinciple(principles.at(i), i);
        for (int i = 0; i < 4; ++i)
            addQuestion(QStringLiteral("coding"));
        for (int i = 0; i < 2; ++i)
            addQuestion(QStringLiteral("ood"));
        for (int i = 0; i < 3; ++i)
            addQuestion(QStringLiteral("system-design"));
        for (int i = 0; i < 12; ++i)
            addQuestion(QStringLiteral("leadership"), {principles.at(i % 4)});
        addQuestion(QStringLiteral("aws"));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        m_next = 0;
    }

    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void onsiteRoundsComeFromTheirSections()
    {
        fillBank();
        const Result<MockLoop> loop = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::Onsite, 7, Now);
        QVERIFY2(loop.ok(), qPrintable(loop.errorMessage()));
        QCOMPARE(loop->rounds.size(), 6); // coding x2, system design, behavioral x2, bar raiser
        QCOMPARE(loop->rounds.at(0).kind, MockRound::Kind::Coding);
        QCOMPARE(loop->rounds.at(1).kind, MockRound::Kind::Coding);
        QCOMPARE(loop->rounds.at(2).kind, MockRound::Kind::SystemDesign);
        QCOMPARE(loop->rounds.at(3).kind, MockRound::Kind::Behavioral);
        QCOMPARE(loop->rounds.at(4).kind, MockRound::Kind::Behavioral);
        QCOMPARE(loop->rounds.at(5).kind, MockRound::Kind::BarRaiser);

        QCOMPARE(loop->rounds.at(0).questions.size(), 1);
        QCOMPARE(loop->rounds.at(0).questions.at(0).section, QStringLiteral("coding"));
        QCOMPARE(loop->rounds.at(1).questions.at(0).section, QStringLiteral("ood"));
        QCOMPARE(loop->rounds.at(2).questions.at(0).section, QStringLiteral("system-design"));
        for (int r = 3; r < 6; ++r) {
            QCOMPARE(loop->rounds.at(r).questions.size(), 2);
            for (const MockQuestion &q : loop->rounds.at(r).questions)
                QCOMPARE(q.section, QStringLiteral("leadership"));
            // intro, one phase per story, the candidate's questions
            QCOMPARE(loop->rounds.at(r).plan.phaseCount(), 4);
        }
        QCOMPARE(loop->rounds.at(0).plan.totalSeconds(), 45 * 60);
        QCOMPARE(loop->questionCount(), 9);
    }

    void noQuestionTwiceAndSeedsAreReproducible()
    {
        fillBank();
        MockLoopPlanner planner(db());
        const MockLoop a = planner.plan(MockLoopPlanner::Kind::Onsite, 1, Now, 3).value();
        QCOMPARE(a.rounds.size(), 7);
        QCOMPARE(idsOf(a).size(), a.questionCount()); // all different
        const MockLoop again = planner.plan(MockLoopPlanner::Kind::Onsite, 1, Now, 3).value();
        bool differs = false;
        for (quint32 seed = 2; seed < 12 && !differs; ++seed)
            differs = idsOf(planner.plan(MockLoopPlanner::Kind::Onsite, seed, Now, 3).value()) != idsOf(a);
        QCOMPARE(idsOf(again), idsOf(a));
        QVERIFY(differs);
        // asking for 1 or 9 behavioral rounds gives 2 or 3
        QCOMPARE(planner.plan(MockLoopPlanner::Kind::Onsite, 1, Now, 1)->rounds.size(), 6);
        QCOMPARE(planner.plan(MockLoopPlanner::Kind::Onsite, 1, Now, 9)->rounds.size(), 7);
    }

    void dueQuestionsComeFirst()
    {
        fillBank();
        // the last coding question and one leadership question are due
        const qint64 dueCoding = 4;
        const qint64 dueLeadership = 20;
        makeDue(dueCoding);
        makeDue(dueLeadership);
        for (quint32 seed = 0; seed < 5; ++seed) {
            const MockLoop loop
                = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::Onsite, seed, Now).value();
            QCOMPARE(loop.rounds.at(0).questions.at(0).id, dueCoding);
            QVERIFY(loop.rounds.at(0).questions.at(0).due);
            QCOMPARE(loop.rounds.at(3).questions.at(0).id, dueLeadership);
        }
        // not yet due before its time
        const MockLoop early
            = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::Onsite, 0, Now - 30 * Day).value();
        QVERIFY(!early.rounds.at(0).questions.at(0).due);
    }

    void thinPrinciplesComeFirstAndSpreadOut()
    {
        fillBank();
        addStories(QStringLiteral("ownership"), 3);
        addStories(QStringLiteral("dive-deep"), 2);
        addStories(QStringLiteral("earn-trust"), 1);
        // frugality has no story at all
        for (quint32 seed = 0; seed < 5; ++seed) {
            const MockLoop loop
                = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::Onsite, seed, Now).value();
            QStringList asked;
            for (int r = 3; r < 6; ++r)
                for (const MockQuestion &q : loop.rounds.at(r).questions)
                    asked << q.principles;
            QCOMPARE(asked.size(), 6);
            // each principle once before any is asked again, the thinnest first
            QCOMPARE(asked.mid(0, 4),
                (QStringList {QStringLiteral("frugality"), QStringLiteral("earn-trust"),
                    QStringLiteral("dive-deep"), QStringLiteral("ownership")}));
            QCOMPARE(asked.at(4), QStringLiteral("frugality"));
        }
    }

    void phoneScreenAndThinBanks()
    {
        addPrinciple(QStringLiteral("ownership"), 0);
        addQuestion(QStringLiteral("leadership"), {QStringLiteral("ownership")});
        addQuestion(QStringLiteral("ood"));
        const MockLoop phone = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::PhoneScreen, 3, Now).value();
        QCOMPARE(phone.rounds.size(), 1);
        QCOMPARE(phone.rounds.at(0).kind, MockRound::Kind::PhoneScreen);
        QCOMPARE(phone.rounds.at(0).plan.totalSeconds(), 60 * 60);
        QCOMPARE(phone.questionCount(), 2); // the only leadership question, then ood for coding
        QCOMPARE(phone.rounds.at(0).questions.at(1).section, QStringLiteral("ood"));

        const MockLoop onsite = MockLoopPlanner(db()).plan(MockLoopPlanner::Kind::Onsite, 3, Now).value();
        QCOMPARE(onsite.rounds.size(), 6); // rounds stay even when the bank runs dry
        QCOMPARE(onsite.questionCount(), 2);
        QVERIFY(onsite.rounds.at(2).questions.isEmpty());
    }

    void progressCountsDaysStreakAndSections()
    {
        fillBank();
        PracticeLog log(db());
        const QDate today(2026, 11, 18);
        auto sessionOn = [&](const QDate &day, int seconds) {
            const qint64 at = QDateTime(day, QTime(9, 30)).toSecsSinceEpoch();
            const qint64 id
                = log.start(QStringLiteral("free"), QString(), QStringLiteral("x"), TimerPlan(), at).value();
            TimerSummary summary;
            summary.actualSeconds = seconds;
            QVERIFY(log.finish(id, summary, std::nullopt, QString()).ok());
        };
        sessionOn(today.addDays(-1), 600);
        sessionOn(today.addDays(-1), 300);
        sessionOn(today.addDays(-2), 60);
        sessionOn(today.addDays(-4), 60);
        (void)log.start(QStringLiteral("free"), QString(), QStringLiteral("running"), TimerPlan(),
            QDateTime(today, QTime(8, 0)).toSecsSinceEpoch());

        ProgressRepository progress(db());
        const auto days = progress.practicePerDay(today.addDays(-4), today).value();
        QCOMPARE(days.size(), 5);
        QCOMPARE(days.at(3).day, today.addDays(-1));
        QCOMPARE(days.at(3).sessions, 2);
        QCOMPARE(days.at(3).seconds, 900);
        QCOMPARE(days.at(4).sessions, 0); // the running one does not count
        QCOMPARE(days.at(1).sessions, 0);
        QCOMPARE(progress.streak(today).value(), 2); // yesterday and the day before
        sessionOn(today, 120);
        QCOMPARE(progress.streak(today).value(), 3);
        QCOMPARE(progress.streak(today.addDays(2)).value(), 0);

        ReviewRepository reviews(db());
        QVERIFY(reviews.rate(1, 3, Now).ok()); // a coding question, seen, due in 4 days
        QVERIFY(reviews.rate(2, 1, Now - 10 * Day).ok()); // seen, due
        Statement strong(db(), "UPDATE question_state SET stability = 30 WHERE question_id = 1");
        strong.run();
        const auto sections = progress.sections(Now).value();
        QCOMPARE(sections.first().section, QStringLiteral("leadership")); // catalog order
        const auto coding = std::find_if(sections.begin(), sections.end(),
            [](const SectionProgress &s) { return s.section == QLatin1String("coding"); });
        QVERIFY(coding != sections.end());
        QCOMPARE(coding->questions, 4);
        QCOMPARE(coding->seen, 2);
        QCOMPARE(coding->due, 1);
        QCOMPARE(coding->mastered, 1);
    }

    void presetsRoundTripThroughSettings()
    {
        PresetStore store(db());
        QVERIFY(store.load().value().isEmpty());
        const TimerPlan drill(QStringLiteral("user-1"), QStringLiteral("Two-story drill"),
            {{QStringLiteral("Story 1"), 240}, {QStringLiteral("Story 2"), 240}}, 420);
        QVERIFY(store.save({drill, TimerPlan::codingRound()}).ok());
        const auto loaded = store.load().value();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), drill);
        QVERIFY(!store.save({drill, drill}).ok()); // the same id twice
        QVERIFY(!store.save({TimerPlan()}).ok()); // no id, no name
        QCOMPARE(store.load().value().size(), 2); // unchanged by refused saves
        Statement garbage(
            db(), "UPDATE settings SET value = '[{\"x\":1}, 5]' WHERE key = 'practice.presets'");
        garbage.run();
        QVERIFY(store.load().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMockLoop)
#include "test_mockloop.moc"
