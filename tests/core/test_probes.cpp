// The interviewer's probes: the bank's follow-up lists parsed, a rehearsal's sequence planned
// (the bank first, Starloop's own probes to fill in, "another time" last), walked through with
// the rule that "another time" is answered with a different story, and read from a database
// that holds the real bank.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/rehearsal/interviewer.h"
#include "core/rehearsal/probesource.h"
#include "core/storage/database.h"
#include "core/stories/storyrepository.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Rehearsal;

namespace {

const QString Page = QStringLiteral(R"(# Tell me about a time you cut scope.

## Pitfalls
- Not a probe.

## Follow-ups they ask
- What did you choose not to do,
  and how did you decide?
* Was there anything you wish you had not cut?
- Can you give me another example?

## What interviewers probe
- How you judged the decision was reversible.
- Whether speed came at the expense of safety.
- A quantified cost of waiting.
- AWS cost trade-offs.
)");

ProbeMaterial material()
{
    ProbeMaterial m;
    for (const QString &text : ProbeParser::followUps(Page))
        m.followUps.append({text, QStringLiteral("question:lp-cut-scope")});
    for (const QString &text : ProbeParser::probeTopics(Page))
        m.topics.append({text, QStringLiteral("principle:bias-for-action")});
    return m;
}

QStringList texts(const QVector<Probe> &probes)
{
    QStringList list;
    for (const Probe &probe : probes)
        list << probe.text;
    return list;
}

} // namespace

class TestProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheBankLists()
    {
        QCOMPARE(ProbeParser::followUps(Page),
            (QStringList {QStringLiteral("What did you choose not to do, and how did you decide?"),
                QStringLiteral("Was there anything you wish you had not cut?"),
                QStringLiteral("Can you give me another example?")}));
        QCOMPARE(ProbeParser::probeTopics(Page).size(), 4);
        QVERIFY(ProbeParser::followUps(QStringLiteral("# Title\nNo lists here.")).isEmpty());
        QVERIFY(ProbeParser::bulletsUnder(Page, QStringLiteral("pitfalls"))
            == QStringList {QStringLiteral("Not a probe.")});
    }

    void recognisesAnotherTime()
    {
        QVERIFY(ProbeParser::asksForAnotherTime(QStringLiteral("Can you give me another example?")));
        QVERIFY(ProbeParser::asksForAnotherTime(QStringLiteral("Can you give me a different example?")));
        QVERIFY(ProbeParser::asksForAnotherTime(QStringLiteral("Tell me about another time.")));
        QVERIFY(!ProbeParser::asksForAnotherTime(
            QStringLiteral("What would you do differently next time you depend on another team?")));
        QVERIFY(!ProbeParser::asksForAnotherTime(QStringLiteral("What would you do differently?")));
    }

    void topicsAreSpokenAsRequests()
    {
        QCOMPARE((Probe {ProbeKind::Topic, QStringLiteral("How you judged the decision was reversible."), {}})
                     .spokenText(),
            QStringLiteral("Tell me how you judged the decision was reversible."));
        QCOMPARE((Probe {ProbeKind::Topic, QStringLiteral("A quantified cost of waiting."), {}}).spokenText(),
            QStringLiteral("Tell me about a quantified cost of waiting."));
        QCOMPARE((Probe {ProbeKind::Topic, QStringLiteral("AWS cost trade-offs."), {}}).spokenText(),
            QStringLiteral("Tell me about AWS cost trade-offs."));
        QCOMPARE(
            (Probe {ProbeKind::FollowUp, QStringLiteral("Why?"), {}}).spokenText(), QStringLiteral("Why?"));
    }

    void plansTheBankFirstAndAnotherTimeLast()
    {
        const QVector<Probe> plan = ProbePlanner::plan(material(), {4, true, 0});
        QCOMPARE(plan.size(), 4);
        QCOMPARE(plan[0].kind, ProbeKind::FollowUp);
        QCOMPARE(plan[0].text, QStringLiteral("What did you choose not to do, and how did you decide?"));
        QCOMPARE(plan[1].kind, ProbeKind::FollowUp);
        QCOMPARE(plan[2].kind, ProbeKind::Topic);
        QCOMPARE(plan[2].source, QStringLiteral("principle:bias-for-action"));
        // The bank's own wording of "another time", moved to the end.
        QCOMPARE(plan[3].kind, ProbeKind::AnotherTime);
        QCOMPARE(plan[3].text, QStringLiteral("Can you give me another example?"));
        QVERIFY(plan[3].needsDifferentStory());
    }

    void fillsInWithStarloopsOwnProbes()
    {
        const QVector<Probe> plan = ProbePlanner::plan(ProbeMaterial {}, {4, true, 0});
        QCOMPARE(texts(plan),
            (QStringList {QStringLiteral("What exactly did you do yourself?"),
                QStringLiteral("What data did you use to decide?"),
                QStringLiteral("What would you do differently?"),
                QStringLiteral("Tell me about another time. (Answer with a different story.)")}));
        QCOMPARE(plan[0].source, QStringLiteral("starloop"));
        QCOMPARE(plan[3].kind, ProbeKind::AnotherTime);
        // Without "another time", and a shorter list.
        const QVector<Probe> two = ProbePlanner::plan(ProbeMaterial {}, {2, false, 0});
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[1].kind, ProbeKind::Data);
        QVERIFY(ProbePlanner::plan(material(), {0, true, 0}).isEmpty());
    }

    void repeatsAreDroppedAndRotationVaries()
    {
        ProbeMaterial m = material();
        m.followUps.append({QStringLiteral("what did you choose not to do, and how did you decide?"), {}});
        QCOMPARE(ProbePlanner::plan(m, {10, true, 0}).size(), 2 + 4 + 3 + 1);
        const QVector<Probe> next = ProbePlanner::plan(material(), {4, true, 1});
        QCOMPARE(next[0].text, QStringLiteral("Was there anything you wish you had not cut?"));
        QCOMPARE(next[2].text, QStringLiteral("Whether speed came at the expense of safety."));
    }

    void anotherTimeNeedsAnotherStory()
    {
        Interviewer interviewer(ProbePlanner::plan(material(), {3, true, 0}), 7);
        QVERIFY(!interviewer.current());
        QVERIFY(!interviewer.answered().ok()); // nothing asked yet
        interviewer.start();
        QCOMPARE(interviewer.position(), 0);
        QVERIFY(interviewer.answered().ok());
        QVERIFY(interviewer.answered().ok());
        QCOMPARE(interviewer.current()->kind, ProbeKind::AnotherTime);
        const Status none = interviewer.answered();
        QVERIFY(!none.ok());
        QVERIFY(none.errorMessage().contains(QLatin1String("which story")));
        const Status same = interviewer.answered(7);
        QVERIFY(!same.ok());
        QVERIFY(same.errorMessage().contains(QLatin1String("different story")));
        QCOMPARE(interviewer.position(), 2); // still waiting
        QVERIFY(interviewer.answered(9).ok());
        QVERIFY(interviewer.isDone());
        QCOMPARE(interviewer.storiesTold(), (QVector<qint64> {7, 9}));
    }

    void probesAtSetTimes()
    {
        Interviewer interviewer(ProbePlanner::plan(ProbeMaterial {}, {3, false, 0}), 0);
        interviewer.setSchedule({60000, 120000, 150000});
        QVERIFY(!interviewer.due(59000));
        QCOMPARE(interviewer.due(60000)->kind, ProbeKind::Detail);
        QVERIFY(!interviewer.due(61000)); // asked once
        QVERIFY(interviewer.answered().ok()); // answered before the next time came
        QCOMPARE(interviewer.due(121000)->kind, ProbeKind::Data);
        // Not answered, and the next time has come: on to the next probe.
        QCOMPARE(interviewer.due(150000)->kind, ProbeKind::Reflection);
        QVERIFY(!interviewer.due(400000));
        interviewer.skip();
        QVERIFY(interviewer.isDone());
    }

    void readsTheBankFromTheDatabase()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Storage::Database &db = store.value()->db();
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank
            = Bank::BankLoader::loadDirectory(QStringLiteral(STARLOOP_SOURCE_DIR "/content"), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(Bank::BankSync::sync(db, bank, 1000).ok());

        ProbeSource source(db);
        const Result<ProbeMaterial> question
            = source.forQuestion(QStringLiteral("lp-accomplished-more-with-less"));
        QVERIFY2(question.ok(), qPrintable(question.errorMessage()));
        QCOMPARE(question->followUps.size(), 5);
        QCOMPARE(question->followUps.first().text,
            QStringLiteral("What did you choose not to do, and how did you decide?"));
        QCOMPARE(
            question->followUps.first().source, QStringLiteral("question:lp-accomplished-more-with-less"));
        QVERIFY(!question->topics.isEmpty()); // frugality, invent and simplify
        QVERIFY(question->topics.first().source.startsWith(QLatin1String("principle:")));
        QVERIFY(!source.forQuestion(QStringLiteral("no-such-question")).ok());

        // A story: its linked question's follow-ups, its primary principle's topics first.
        Stories::StoryRepository stories(db);
        const Result<Stories::Story> story = stories.create(Stories::Story {}, 1000);
        QVERIFY(story.ok());
        QVERIFY(
            stories.setPrinciples(story->id, {QStringLiteral("ownership"), QStringLiteral("dive-deep")}, 1000)
                .ok());
        QVERIFY(stories.setPrimary(story->id, QStringLiteral("dive-deep"), 1000).ok());
        const qint64 questionId
            = db.scalarInt("SELECT id FROM questions WHERE uid = 'lp-accomplished-more-with-less'");
        QVERIFY(stories.linkQuestion(story->id, questionId).ok());
        const Result<ProbeMaterial> fromStory = source.forStory(story->id);
        QVERIFY(fromStory.ok());
        QCOMPARE(fromStory->followUps.size(), 5);
        QCOMPARE(fromStory->topics.first().source, QStringLiteral("principle:dive-deep"));
        QCOMPARE(fromStory->topics.last().source, QStringLiteral("principle:ownership"));
        QVERIFY(!source.forStory(story->id + 100).ok());

        // Every leadership question of the bank gives a plan of four, ending with another time.
        int planned = 0;
        for (const Bank::BankQuestion &q : bank.questions) {
            if (q.section != QLatin1String("leadership") || !q.uid.startsWith(QLatin1String("lp-")))
                continue;
            const QVector<Probe> plan = ProbePlanner::plan(source.forQuestion(q.uid).value());
            QCOMPARE(plan.size(), 4);
            QCOMPARE(plan.last().kind, ProbeKind::AnotherTime);
            // A principle's page (its own question) asks its topics; a question its follow-ups.
            const bool principlePage = q.tags.contains(QStringLiteral("leadership-principle"));
            QVERIFY2(plan.first().kind == (principlePage ? ProbeKind::Topic : ProbeKind::FollowUp),
                qPrintable(q.uid));
            ++planned;
        }
        QVERIFY(planned >= 98 + 16);
    }
};

QTEST_GUILESS_MAIN(TestProbes)
#include "test_probes.moc"
