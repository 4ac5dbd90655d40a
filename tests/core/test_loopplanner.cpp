// LoopPlanner and LoopPlanStore: no story twice in one loop, each round's principles covered
// where the stories allow, gaps reported, a deterministic result, and the JSON kept in settings.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/storage/database.h"
#include "core/stories/loopplanner.h"
#include "core/stories/loopplanstore.h"
#include "core/stories/storyrepository.h"
#include "tempdatabase.h"

#include <QSet>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Stories;

namespace {

Story story(const char *uid, QStringList principles, const char *primary = "")
{
    Story s;
    s.uid = QString::fromLatin1(uid);
    s.title = s.uid.toUpper();
    s.principles = std::move(principles);
    s.primaryPrinciple = QString::fromLatin1(primary);
    return s;
}

LoopRound round(const char *name, QStringList principles)
{
    LoopRound r;
    r.name = QString::fromLatin1(name);
    r.principles = std::move(principles);
    return r;
}

const QString Ownership = QStringLiteral("ownership");
const QString Deliver = QStringLiteral("deliver-results");
const QString Trust = QStringLiteral("earn-trust");
const QString Backbone = QStringLiteral("have-backbone");
const QString Frugality = QStringLiteral("frugality");

} // namespace

class TestLoopPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typicalLoopProbesEveryPrincipleOnce()
    {
        const QVector<LoopRound> rounds = LoopPlanner::typicalRounds();
        QVERIFY(rounds.size() >= 4 && rounds.size() <= 5);
        QStringList all;
        int most = 0;
        for (const LoopRound &r : rounds) {
            QVERIFY(!r.name.isEmpty());
            QVERIFY(r.principles.size() >= 2 && r.principles.size() <= 4);
            most = qMax(most, static_cast<int>(r.principles.size()));
            all << r.principles;
        }
        QCOMPARE(all.size(), 16);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 16);
        QCOMPARE(rounds.last().name, QStringLiteral("Bar raiser"));
        QCOMPARE(static_cast<int>(rounds.last().principles.size()), most);
    }

    void theHeaderExample()
    {
        const QVector<LoopRound> rounds {
            round("Hiring manager", {Ownership, Deliver}), round("Bar raiser", {Trust, Backbone})};
        const QVector<Story> stories {
            story("a", {Ownership, Deliver}), story("b", {Trust}), story("c", {Ownership})};
        const LoopPlan plan = LoopPlanner::plan(rounds, stories);
        QCOMPARE(plan.rounds.size(), 2);
        QCOMPARE(plan.rounds[0].storyUids, QStringList {QStringLiteral("a")});
        QVERIFY(plan.rounds[0].uncovered.isEmpty());
        QCOMPARE(plan.rounds[1].storyUids, QStringList {QStringLiteral("b")});
        QCOMPARE(plan.rounds[1].uncovered, QStringList {Backbone});
        QCOMPARE(plan.gapCount(), 1);
    }

    void noStoryIsToldTwiceEvenWhenTwoRoundsWantIt()
    {
        // Both rounds probe ownership; one story can serve only one of them.
        const QVector<LoopRound> rounds {round("One", {Ownership}), round("Two", {Ownership})};
        const QVector<Story> stories {story("only", {Ownership})};
        const LoopPlan plan = LoopPlanner::plan(rounds, stories);
        QCOMPARE(plan.rounds[0].storyUids, QStringList {QStringLiteral("only")});
        QVERIFY(plan.rounds[1].storyUids.isEmpty());
        QCOMPARE(plan.rounds[1].uncovered, QStringList {Ownership});
    }

    void aRoundTakesSeveralStoriesToCoverItsPrinciples()
    {
        const QVector<LoopRound> rounds {round("Bar raiser", {Trust, Backbone, Frugality})};
        const QVector<Story> stories {
            story("x", {Trust}), story("y", {Backbone, Frugality}), story("z", {Frugality})};
        const LoopPlan plan = LoopPlanner::plan(rounds, stories);
        QCOMPARE(plan.rounds[0].storyUids, (QStringList {QStringLiteral("y"), QStringLiteral("x")}));
        QVERIFY(plan.rounds[0].uncovered.isEmpty());
    }

    void versatileStoriesAreKeptForTheRoundThatNeedsThem()
    {
        // "wide" could serve round One, but "narrow" does the job there and "wide" is the only
        // story for round Two.
        const QVector<LoopRound> rounds {round("One", {Ownership}), round("Two", {Trust})};
        const QVector<Story> stories {story("wide", {Ownership, Trust}), story("narrow", {Ownership})};
        const LoopPlan plan = LoopPlanner::plan(rounds, stories);
        QCOMPARE(plan.rounds[0].storyUids, QStringList {QStringLiteral("narrow")});
        QCOMPARE(plan.rounds[1].storyUids, QStringList {QStringLiteral("wide")});
        QCOMPARE(plan.gapCount(), 0);
    }

    void aPrimaryPrincipleWinsATie()
    {
        const QVector<LoopRound> rounds {round("One", {Ownership, Trust})};
        const QVector<Story> stories {story("first", {Ownership}), story("second", {Trust}, "earn-trust")};
        const LoopPlan plan = LoopPlanner::plan(rounds, stories);
        QCOMPARE(plan.rounds[0].storyUids.value(0), QStringLiteral("second"));
    }

    void theSameInputGivesTheSamePlan()
    {
        QVector<Story> stories;
        const QStringList ids {Ownership, Deliver, Trust, Backbone, Frugality};
        for (int i = 0; i < 12; ++i)
            stories << story(
                qPrintable(QStringLiteral("s%1").arg(i)), {ids.at(i % 5), ids.at((i * 3 + 1) % 5)});
        const LoopPlan first = LoopPlanner::plan(LoopPlanner::typicalRounds(), stories);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(LoopPlanner::plan(LoopPlanner::typicalRounds(), stories), first);
        QSet<QString> told;
        for (const LoopRound &r : first.rounds) {
            for (const QString &uid : r.storyUids) {
                QVERIFY2(!told.contains(uid), qPrintable(uid));
                told.insert(uid);
            }
        }
    }

    void noStoriesLeavesEveryPrincipleUncovered()
    {
        const LoopPlan plan = LoopPlanner::plan(LoopPlanner::typicalRounds(), {});
        QCOMPARE(plan.gapCount(), 16);
        for (const LoopRound &r : plan.rounds)
            QCOMPARE(r.uncovered, r.principles);
    }

    void evaluateDropsVanishedAndRepeatedStories()
    {
        LoopPlan saved;
        LoopRound one = round("One", {Ownership});
        one.storyUids = QStringList {QStringLiteral("gone"), QStringLiteral("a")};
        LoopRound two = round("Two", {Ownership, Trust});
        two.storyUids = QStringList {QStringLiteral("a"), QStringLiteral("b")};
        saved.rounds = {one, two};
        const QVector<Story> stories {story("a", {Ownership}), story("b", {Trust})};
        const LoopPlan plan = LoopPlanner::evaluate(saved, stories);
        QCOMPARE(plan.rounds[0].storyUids, QStringList {QStringLiteral("a")});
        QCOMPARE(plan.rounds[1].storyUids, QStringList {QStringLiteral("b")});
        QCOMPARE(plan.rounds[1].uncovered, QStringList {Ownership});
    }

    void jsonRoundTripsAndRefusesNonsense()
    {
        LoopPlan plan = LoopPlanner::plan(LoopPlanner::typicalRounds(), {story("a", {Ownership})});
        const auto back = LoopPlanner::fromJson(LoopPlanner::toJson(plan));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(LoopPlanner::evaluate(back.value(), {story("a", {Ownership})}), plan);
        QVERIFY(!LoopPlanner::fromJson("not json").ok());
        QVERIFY(!LoopPlanner::fromJson(R"({"rounds":[]})").ok());
        QVERIFY(LoopPlanner::fromJson(R"({"version":2,"rounds":[]})")
                    .errorMessage()
                    .contains(QStringLiteral("newer")));
        QVERIFY(!LoopPlanner::fromJson(R"({"version":1,"rounds":[{"name":" ","principles":[]}]})").ok());
        QByteArray many = R"({"version":1,"rounds":[)";
        for (int i = 0; i <= LoopPlanner::MaxRounds; ++i)
            many += QByteArray(i ? "," : "") + R"({"name":"r"})";
        many += "]}";
        QVERIFY(!LoopPlanner::fromJson(many).ok());
    }

    void storeSavesInSettingsAndReadsStories()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QVector<Bank::Diagnostic> diagnostics;
        QVERIFY(Bank::BankSync::sync(
            store.value()->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1000)
                    .ok());
        StoryRepository repo(store.value()->db());
        Story draft;
        draft.title = QStringLiteral("Pager storm");
        const Story saved = repo.create(draft, 10).value();
        QVERIFY(repo.setPrinciples(saved.id, {Trust, Ownership}, 11).ok());
        QVERIFY(repo.setPrimary(saved.id, Trust, 12).ok());

        LoopPlanStore plans(store.value()->db());
        QVERIFY(!plans.load().value().has_value());
        const auto stories = plans.stories();
        QVERIFY(stories.ok());
        QCOMPARE(stories->size(), 1);
        QCOMPARE(stories->first().uid, saved.uid);
        QCOMPARE(stories->first().principles, (QStringList {Ownership, Trust})); // canonical order
        QCOMPARE(stories->first().primaryPrinciple, Trust);

        const LoopPlan plan = LoopPlanner::plan(LoopPlanner::typicalRounds(), stories.value());
        QVERIFY(plans.save(plan).ok());
        const auto loaded = plans.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value().has_value());
        QCOMPARE(LoopPlanner::evaluate(*loaded.value(), stories.value()), plan);
        QCOMPARE(
            store.value()->db().scalarInt("SELECT count(*) FROM settings WHERE key = 'stories.loopPlan'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoopPlanner)
#include "test_loopplanner.moc"
