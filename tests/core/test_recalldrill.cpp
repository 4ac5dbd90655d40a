// Recall drills: what prepare() hides for each scope, how score() matches a redrawn diagram
// with the reference (kinds, names, connections, group placements) and what it reports
// missed; the drill schedule (DrillRepository, FSRS through its public API) and the review's
// dismissals (DismissalRepository) on a fresh database, and migration 6 (reviews of diagrams).
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/dismissalrepository.h"
#include "core/diagrams/drillrepository.h"
#include "core/diagrams/recalldrill.h"
#include "core/practice/fsrs.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "diagramfixtures.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Diagrams;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// clients -> ALB -> web (zone a) -> RDS (private subnet in zone a)
DiagramDocument reference()
{
    Test::DiagramBuilder b;
    b.node(s("n1"), s("client"), s("Users"))
        .node(s("n2"), s("load-balancer"), s("ALB"))
        .group(s("g1"), s("zone"), s("AZ a"))
        .group(s("g2"), s("subnet"), s("Private subnet"), s("g1"))
        .node(s("n3"), s("server"), s("Web tier"), s("g1"))
        .node(s("n4"), s("database"), s("RDS primary"), s("g2"))
        .node(s("n5"), s("note"), s("Sessions live in the database"));
    b.edge(s("n1"), s("n2"), s("HTTPS")).edge(s("n2"), s("n3"), s("route")).edge(s("n3"), s("n4"), s("SQL"));
    return b.document();
}

} // namespace

class TestRecallDrill : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
    }
    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void prepareHidesWhatTheScopeSays()
    {
        const DiagramDocument ref = reference();
        const DrillPrompt blank = RecallDrill::prepare(ref, DrillScope::Everything);
        QVERIFY(blank.shown.isEmpty());
        QCOMPARE(blank.hiddenEdges.size(), 3);

        const DrillPrompt frames = RecallDrill::prepare(ref, DrillScope::KeepGroups);
        QCOMPARE(frames.shown.nodes.size(), 2); // the zone and the subnet
        QVERIFY(frames.shown.isGroup(s("g1")) && frames.shown.isGroup(s("g2")));

        const DrillPrompt wires = RecallDrill::prepare(ref, DrillScope::Connections);
        QCOMPARE(wires.shown.nodes.size(), ref.nodes.size());
        QVERIFY(wires.shown.edges.isEmpty());

        const DrillPrompt names = RecallDrill::prepare(ref, DrillScope::Names);
        QCOMPARE(names.shown.node(s("n3"))->label, QString());
        QCOMPARE(names.shown.node(s("n5"))->label, s("Sessions live in the database")); // notes stay
        QCOMPARE(names.blankedLabels.size(), 4);

        const DrillPrompt part = RecallDrill::prepare(ref, DrillScope::Selection, {s("g2")});
        QCOMPARE(part.hiddenNodes, QSet<QString>({s("g2"), s("n4")}));
        QCOMPARE(part.hiddenEdges, QSet<QString>({s("e3")}));
        QVERIFY(part.shown.node(s("n3")));
    }

    void aPerfectRedrawScoresEverything()
    {
        const DiagramDocument ref = reference();
        const DrillPrompt prompt = RecallDrill::prepare(ref, DrillScope::Everything);
        DiagramDocument attempt = ref; // same design, other ids and labels
        for (DiagramNode &n : attempt.nodes)
            n.id = s("x") + n.id;
        for (DiagramNode &n : attempt.nodes)
            n.parent = n.parent.isEmpty() ? QString() : s("x") + n.parent;
        for (DiagramEdge &e : attempt.edges) {
            e.from = s("x") + e.from;
            e.to = s("x") + e.to;
        }
        const DrillScore score = RecallDrill::score(ref, prompt, attempt);
        QCOMPARE(score.nodesExpected, 6); // the note is not scored
        QCOMPARE(score.nodesMatched, 6);
        QCOMPARE(score.edgesMatched, 3);
        QCOMPARE(score.placementsExpected, 3); // subnet in zone, web in zone, RDS in subnet
        QCOMPARE(score.placementsMatched, 3);
        QCOMPARE(score.fraction(), 1.0);
        QCOMPARE(score.suggestedRating(), 4);
        QVERIFY(score.missedNodes.isEmpty() && score.extraNodes.isEmpty());
    }

    void aPartialRedrawListsWhatWasMissed()
    {
        const DiagramDocument ref = reference();
        const DrillPrompt prompt = RecallDrill::prepare(ref, DrillScope::KeepGroups);
        // Drawn: users, a web server (in the zone), a DynamoDB table named "RDS" at top level;
        // no load balancer; users -> web directly.
        DiagramDocument attempt = prompt.shown;
        Test::DiagramBuilder extra;
        extra.node(s("a1"), s("client"), s("Users")).node(s("a2"), s("server"), s("Web"), s("g1"));
        extra.node(s("a3"), s("nosql"), s("RDS primary")).node(s("a4"), s("queue"), s("Jobs"));
        attempt.nodes << extra.document().nodes;
        extra.edge(s("a1"), s("a2"), s("HTTPS")).edge(s("a2"), s("a3"), s("SQL"));
        attempt.edges << extra.document().edges;
        const DrillScore score = RecallDrill::score(ref, prompt, attempt);
        QCOMPARE(score.nodesExpected, 4);
        QCOMPARE(score.matches.value(s("n1")), s("a1"));
        QCOMPARE(score.matches.value(s("n3")), s("a2"));
        QCOMPARE(score.matches.value(s("n4")), s("a3")); // same role, and it names it
        QCOMPARE(score.missedNodes, QStringList {s("n2")});
        QCOMPARE(score.extraNodes, QStringList {s("a4")});
        QCOMPARE(score.edgesMatched, 1); // web -> RDS
        QCOMPARE(score.missedEdges, QStringList({s("e1"), s("e2")}));
        QCOMPARE(score.misplacedNodes, QStringList {s("n4")}); // not in the private subnet
        QCOMPARE(score.placementsMatched, 1);
        QCOMPARE(score.suggestedRating(), 2); // 5 of 9
    }

    void namesAreScoredByWords()
    {
        const DiagramDocument ref = reference();
        const DrillPrompt prompt = RecallDrill::prepare(ref, DrillScope::Names);
        DiagramDocument attempt = prompt.shown;
        attempt.node(s("n2"))->label = s("alb");
        attempt.node(s("n4"))->label = s("primary RDS db");
        const DrillScore score = RecallDrill::score(ref, prompt, attempt);
        QCOMPARE(score.nodesMatched, 2);
        QCOMPARE(score.missedNodes, QStringList({s("n1"), s("n3")}));
        QCOMPARE(RecallDrill::labelSimilarity(s("RDS primary"), s("primary RDS db")), 2.0 / 3.0);
    }

    void drillsAreScheduledWithFsrs()
    {
        DiagramRepository diagrams(m_store->db());
        const auto created = diagrams.create(s("Checkout"), reference(), 1000);
        QVERIFY(created.ok());
        DrillRepository drills(m_store->db());
        const DrillSubject mine = DrillSubject::diagram(created->uid);
        QVERIFY(!drills.state(mine).value().has_value());

        const qint64 day = DrillRepository::SecondsPerDay;
        const auto first = drills.record(mine, 3, 0.8, 10 * day);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        const Practice::ReviewOutcome expected
            = Practice::Fsrs().review(std::nullopt, Practice::Rating::Good, 0);
        QCOMPARE(first->intervalDays, expected.intervalDays);
        QCOMPARE(first->dueAt, 10 * day + expected.intervalDays * day);
        QCOMPARE(first->reviews, 1);

        const auto again = drills.record(mine, 1, 0.2, 10 * day + expected.intervalDays * day);
        QVERIFY(again.ok());
        QCOMPARE(again->lapses, 1);
        QCOMPARE(again->lastScore, 0.2);
        QCOMPARE(again->drillId, first->drillId);

        const auto reference
            = drills.record(DrillSubject::referenceTemplate(s("url-shortener")), 4, 1.0, 10 * day);
        QVERIFY(reference.ok());
        const auto due = drills.due(10 * day + 400 * day);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->first().subject, mine); // due sooner after the lapse

        Storage::Statement logged(m_store->db(), "SELECT count(*) FROM reviews WHERE item_kind = 'diagram'");
        QVERIFY(logged.step());
        QCOMPARE(logged.integer(0), 3);

        QVERIFY(!drills.record(mine, 5, 1, 0).ok()); // not a rating
        QVERIFY(!drills.record(DrillSubject::diagram(s("no-such-uid")), 3, 1, 0).ok());
        QVERIFY(diagrams.remove(created->id).ok()); // the schedule goes with the diagram
        QVERIFY(!drills.state(mine).value().has_value());
        QVERIFY(drills.forget(DrillSubject::referenceTemplate(s("url-shortener"))).ok());
        QVERIFY(drills.due(1000 * day).value().isEmpty());
    }

    void dismissalsAreSavedPerDiagram()
    {
        DiagramRepository diagrams(m_store->db());
        const auto created = diagrams.create(s("Prototype"), reference(), 1000);
        QVERIFY(created.ok());
        DismissalRepository store(m_store->db());
        const ReviewDismissal cost {s("no-monitoring"), QString(), s("accepted: cost"), 0};
        QVERIFY(store.dismiss(created->uid, cost, 2000).ok());
        QVERIFY(!store.dismiss(created->uid, {s("no-monitoring"), QString(), s("  "), 0}, 2000).ok());
        QVERIFY(!store.dismiss(s("no-such-uid"), cost, 2000).ok());
        const auto fromTemplate = DiagramTemplates::find(s("log-ingestion-pipeline"));
        QVERIFY(fromTemplate.ok() && !fromTemplate->dismissals.isEmpty());
        QVERIFY(store.dismissAll(created->uid, fromTemplate->dismissals, 3000).ok());
        auto list = store.dismissals(created->uid);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1 + fromTemplate->dismissals.size());
        QCOMPARE(list->last().ruleId, s("no-monitoring"));
        QCOMPARE(list->last().dismissedAt, qint64(2000));
        QVERIFY(store.restore(created->uid, s("no-monitoring"), QString()).ok());
        QCOMPARE(store.dismissals(created->uid)->size(), fromTemplate->dismissals.size());
        QVERIFY(diagrams.remove(created->id).ok());
        QVERIFY(store.dismissals(created->uid)->isEmpty());
    }

    // Migration 6 rebuilt `reviews`: question and story reviews are still accepted and kept.
    void reviewsAcceptEveryItemKind()
    {
        Storage::Statement insert(m_store->db(),
            "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) VALUES (?1, 1, 3, 0)");
        for (const char *kind : {"question", "story", "diagram"}) {
            insert.reset();
            insert.bind(1, QString::fromLatin1(kind)).run();
        }
        insert.reset();
        insert.bind(1, s("cat"));
        bool refused = false;
        try {
            insert.run();
        } catch (const Storage::StorageError &) {
            refused = true;
        }
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestRecallDrill)
#include "test_recalldrill.moc"
