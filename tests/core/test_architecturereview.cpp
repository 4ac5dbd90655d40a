// ArchitectureReview: every rule on a diagram that triggers it and on the same design done
// right; dismissals; the bank links; and the bank's reference diagrams as the good examples (no
// open error-level finding, and every dismissal they carry still matches a finding).
#include "core/diagrams/architecturereview.h"
#include "core/diagrams/diagramgraph.h"
#include "core/diagrams/diagramtemplates.h"
#include "diagramfixtures.h"
#include "generators.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace Starloop::Diagrams;
using Starloop::Test::DiagramBuilder;

Q_DECLARE_METATYPE(Starloop::Diagrams::DiagramDocument)
Q_DECLARE_METATYPE(Starloop::Diagrams::Severity)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A design a strong candidate would draw: CDN, load balancer with identity, a web fleet in two
// zones, a replicated database and a multi-AZ cache in private subnets, a queue with a DLQ,
// monitoring. No rule finds anything in it.
DiagramBuilder goodDesign()
{
    DiagramBuilder b;
    b.node(s("c"), s("client"), s("Users"))
        .node(s("cdn"), s("cdn"), s("CloudFront"))
        .node(s("id"), s("identity"), s("Cognito"))
        .group(s("r"), s("region"), s("Region"))
        .group(s("vpc"), s("vpc"), s("VPC"), s("r"))
        .node(s("lb"), s("load-balancer"), s("ALB"), s("vpc"))
        .group(s("za"), s("zone"), s("AZ a"), s("vpc"))
        .group(s("zb"), s("zone"), s("AZ b"), s("vpc"))
        .group(s("sa"), s("subnet"), s("Private subnet a"), s("za"))
        .group(s("sb"), s("subnet"), s("Private subnet b"), s("zb"))
        .node(s("w1"), s("server"), s("Web"), s("za"))
        .node(s("w2"), s("server"), s("Web"), s("zb"))
        .node(s("db1"), s("database"), s("RDS primary"), s("sa"))
        .node(s("db2"), s("database"), s("RDS standby"), s("sb"))
        .node(s("k"), s("cache"), s("ElastiCache (Multi-AZ)"), s("sa"))
        .node(s("q"), s("queue"), s("Jobs (SQS)"), s("r"))
        .node(s("dlq"), s("queue"), s("Jobs DLQ"), s("r"))
        .node(s("wk"), s("function"), s("Worker"), s("r"))
        .node(s("mon"), s("monitoring"), s("CloudWatch"), s("r"));
    b.edge(s("c"), s("cdn"), s("HTTPS"))
        .edge(s("cdn"), s("lb"), s("dynamic requests"))
        .dashed(s("lb"), s("id"), s("authenticate"))
        .edge(s("lb"), s("w1"), s("route"))
        .edge(s("lb"), s("w2"), s("route"))
        .edge(s("w1"), s("k"), s("GET cached"))
        .edge(s("w2"), s("k"), s("GET cached"))
        .edge(s("w1"), s("db1"), s("SQL"))
        .edge(s("w2"), s("db1"), s("SQL"))
        .dashed(s("db1"), s("db2"), s("sync replication"))
        .edge(s("w1"), s("q"), s("enqueue"))
        .edge(s("w2"), s("q"), s("enqueue"))
        .edge(s("q"), s("wk"), s("poll"))
        .dashed(s("q"), s("dlq"), s("after retries"))
        .edge(s("wk"), s("db1"), s("write results"))
        .dashed(s("w1"), s("mon"), s("metrics"))
        .dashed(s("w2"), s("mon"), s("metrics"));
    return b;
}

DiagramDocument without(DiagramDocument doc, const QStringList &nodeIds)
{
    doc.removeNodes(QSet<QString>(nodeIds.begin(), nodeIds.end()));
    return doc;
}

DiagramDocument withoutEdge(DiagramDocument doc, const QString &from, const QString &to)
{
    for (int i = int(doc.edges.size()) - 1; i >= 0; --i) {
        if (doc.edges.at(i).from == from && doc.edges.at(i).to == to)
            doc.edges.remove(i);
    }
    return doc;
}

DiagramDocument with(const DiagramDocument &doc, const std::function<void(DiagramDocument &)> &change)
{
    DiagramDocument copy = doc;
    change(copy);
    return copy;
}

void addEdge(
    DiagramDocument &doc, const QString &from, const QString &to, const QString &label, bool dashed = false)
{
    DiagramEdge e;
    e.id = doc.nextId(s("e"));
    e.from = from;
    e.to = to;
    e.label = label;
    e.dashed = dashed;
    doc.edges << e;
}

// clients -> API gateway (with an authoriser) -> function -> store
DiagramBuilder serverless(const QString &storeKind, const QString &storeLabel, const QString &readLabel)
{
    DiagramBuilder b;
    b.node(s("c"), s("client"), s("App"))
        .node(s("gw"), s("api-gateway"), s("API Gateway (JWT authorizer)"))
        .node(s("fn"), s("function"), s("Handler"))
        .node(s("st"), storeKind, storeLabel)
        .node(s("mon"), s("monitoring"), s("CloudWatch"));
    b.edge(s("c"), s("gw"), s("GET /items"))
        .edge(s("gw"), s("fn"), s("invoke"))
        .edge(s("fn"), s("st"), readLabel);
    b.dashed(s("fn"), s("mon"), s("errors"));
    return b;
}

QVector<ReviewFinding> ofRule(const QVector<ReviewFinding> &findings, const QString &rule)
{
    QVector<ReviewFinding> result;
    for (const ReviewFinding &f : findings) {
        if (f.ruleId == rule)
            result << f;
    }
    return result;
}

QString describe(const QVector<ReviewFinding> &findings)
{
    QStringList lines;
    for (const ReviewFinding &f : findings)
        lines << QStringLiteral("%1 [%2] %3").arg(f.ruleId, f.subject(), f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestArchitectureReview : public QObject
{
    Q_OBJECT

private slots:
    void theGoodDesignHasNoFindings();
    void everyRuleTriggersAndStaysQuiet_data();
    void everyRuleTriggersAndStaysQuiet();
    void findingsPointAtTheItemsAndTheBank();
    void rulesLinkToQuestionsOfTheBank();
    void dismissalsCoverFindingsBySubjectOrRule();
    void templatesCarryDismissals();
    void referenceDiagramsHaveNoErrors();
    void graphFollowsDirectionAndGroups();
    void reviewsALargeDiagramQuickly();
};

void TestArchitectureReview::theGoodDesignHasNoFindings()
{
    const auto findings = ArchitectureReview::review(goodDesign().document());
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestArchitectureReview::everyRuleTriggersAndStaysQuiet_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<DiagramDocument>("triggers");
    QTest::addColumn<DiagramDocument>("quiet");
    QTest::addColumn<Severity>("severity");
    const DiagramDocument good = goodDesign().document();

    QTest::newRow("spof") << s("single-point-of-failure") << without(good, {s("w2")}) << good
                          << Severity::Error;
    QTest::newRow("one-zone store") << s("store-single-az") << without(good, {s("db2")}) << good
                                    << Severity::Error;
    QTest::newRow("no replica") << s("no-replica-or-backup")
                                << serverless(s("database"), s("Orders DB"), s("write order")).document()
                                << with(
                                       serverless(s("database"), s("Orders DB"), s("write order")).document(),
                                       [](DiagramDocument &d) {
                                           d.nodes << d.nodes.last();
                                           d.nodes.last().id = s("s3");
                                           d.nodes.last().kind = s("object-storage");
                                           addEdge(d, s("st"), s("s3"), s("nightly snapshots"), true);
                                       })
                                << Severity::Error;
    QTest::newRow("one-zone service") << s("compute-single-az") << with(good, [](DiagramDocument &d) {
        d.node(s("w2"))->kind = s("container");
    }) << good << Severity::Warning;
    QTest::newRow("fleet without lb") << s(
        "fleet-without-load-balancer") << with(without(good, {s("lb"), s("cdn")}), [](DiagramDocument &d) {
        addEdge(d, s("c"), s("w1"), s("HTTPS"));
        addEdge(d, s("c"), s("w2"), s("HTTPS"));
        addEdge(d, s("c"), s("id"), s("sign in"));
    }) << good << Severity::Warning;
    QTest::newRow("lb with one target")
        << s("load-balancer-single-target") << without(good, {s("w2")}) << good << Severity::Warning;

    DiagramBuilder twoRegions;
    twoRegions.group(s("r1"), s("region"), s("Region A"))
        .group(s("r2"), s("region"), s("Region B"))
        .node(s("c"), s("client"), s("Users"))
        .node(s("gw"), s("api-gateway"), s("API (IAM auth)"), s("r1"))
        .node(s("fn"), s("function"), s("Handler"), s("r1"))
        .node(s("db1"), s("nosql"), s("Table A (global table)"), s("r1"))
        .node(s("db2"), s("nosql"), s("Table B (global table)"), s("r2"))
        .node(s("mon"), s("monitoring"), s("CloudWatch"), s("r1"));
    twoRegions.edge(s("c"), s("gw"), s("PUT /item")).edge(s("gw"), s("fn"), s("invoke"));
    twoRegions.dashed(s("fn"), s("mon"), s("errors"));
    const DiagramDocument crossing = with(
        twoRegions.document(), [](DiagramDocument &d) { addEdge(d, s("fn"), s("db2"), s("write item")); });
    const DiagramDocument replicated = with(twoRegions.document(), [](DiagramDocument &d) {
        addEdge(d, s("fn"), s("db1"), s("write item"));
        addEdge(d, s("db1"), s("db2"), s("async replication"), true);
    });
    QTest::newRow("cross-region") << s("cross-region-sync-call") << crossing << replicated << Severity::Error;

    QTest::newRow("queue without dlq")
        << s("queue-without-dlq") << without(good, {s("dlq")}) << good << Severity::Warning;
    QTest::newRow("queue without consumer")
        << s("queue-without-consumer") << without(good, {s("wk")}) << good << Severity::Warning;
    QTest::newRow("public store") << s("public-data-store") << with(good, [](DiagramDocument &d) {
        d.node(s("sa"))->label = s("Public subnet a");
    }) << good << Severity::Error;
    QTest::newRow("client reaches store") << s("client-reaches-store") << with(good, [](DiagramDocument &d) {
        addEdge(d, s("c"), s("db1"), s("SQL"));
    }) << good << Severity::Error;
    QTest::newRow("read path without cache")
        << s("read-path-without-cache") << serverless(s("nosql"), s("Profiles"), s("GET profile")).document()
        << with(serverless(s("nosql"), s("Profiles"), s("GET profile")).document(),
               [](DiagramDocument &d) {
                   d.nodes << d.nodes.last();
                   d.nodes.last().id = s("k");
                   d.nodes.last().kind = s("cache");
                   addEdge(d, s("fn"), s("k"), s("read-through"));
               })
        << Severity::Warning;
    QTest::newRow("cache without store")
        << s("cache-without-store") << serverless(s("cache"), s("Sessions"), s("put session")).document()
        << with(serverless(s("cache"), s("Sessions"), s("put session")).document(),
               [](DiagramDocument &d) {
                   d.nodes << d.nodes.last();
                   d.nodes.last().id = s("t");
                   d.nodes.last().kind = s("nosql");
                   addEdge(d, s("fn"), s("t"), s("write through"));
               })
        << Severity::Warning;
    QTest::newRow("api without auth")
        << s("api-without-auth") << without(good, {s("id")}) << good << Severity::Warning;
    QTest::newRow("no monitoring") << s("no-monitoring") << without(good, {s("mon")}) << good
                                   << Severity::Warning;
    QTest::newRow("monitoring unwired")
        << s("monitoring-unwired") << withoutEdge(withoutEdge(good, s("w1"), s("mon")), s("w2"), s("mon"))
        << good << Severity::Advice;
    QTest::newRow("unlabeled edge") << s("unlabeled-request-edge")
                                    << with(good, [](DiagramDocument &d) { d.edges[3].label.clear(); })
                                    << good << Severity::Warning;
    QTest::newRow("orphan") << s("orphan-component") << with(good, [](DiagramDocument &d) {
        d.nodes << d.nodes.last();
        d.nodes.last().id = s("lost");
        d.nodes.last().kind = s("search");
    }) << good << Severity::Advice;
    QTest::newRow("no clients") << s("no-clients") << without(good, {s("c")}) << good << Severity::Advice;
}

void TestArchitectureReview::everyRuleTriggersAndStaysQuiet()
{
    QFETCH(QString, rule);
    QFETCH(DiagramDocument, triggers);
    QFETCH(DiagramDocument, quiet);
    QFETCH(Severity, severity);
    QVERIFY(ArchitectureReview::rule(rule));
    const auto found = ofRule(ArchitectureReview::review(triggers), rule);
    QVERIFY2(!found.isEmpty(), qPrintable(describe(ArchitectureReview::review(triggers))));
    QCOMPARE(found.first().severity, severity);
    QVERIFY(!found.first().message.isEmpty());
    const auto none = ofRule(ArchitectureReview::review(quiet), rule);
    QVERIFY2(none.isEmpty(), qPrintable(describe(none)));
}

void TestArchitectureReview::findingsPointAtTheItemsAndTheBank()
{
    const auto findings = ArchitectureReview::review(without(goodDesign().document(), {s("w2")}));
    const auto spof = ofRule(findings, s("single-point-of-failure"));
    QCOMPARE(spof.size(), 1);
    QCOMPARE(spof.first().nodeIds, QStringList({s("w1"), s("db1")}));
    QCOMPARE(spof.first().subject(), s("db1,w1"));
    QCOMPARE(spof.first().questionUid, s("aws-fault-tolerant-design"));
    QVERIFY(spof.first().message.contains(s("\"Web\"")));
    QCOMPARE(findings.first().severity, Severity::Error); // errors first
    const auto edge = ofRule(ArchitectureReview::review(with(goodDesign().document(),
                                 [](DiagramDocument &d) { addEdge(d, s("c"), s("db1"), s("SQL")); })),
        s("client-reaches-store"));
    QCOMPARE(edge.first().edgeIds, QStringList {s("e18")});
}

void TestArchitectureReview::rulesLinkToQuestionsOfTheBank()
{
    QSet<QString> uids;
    QDirIterator it(QStringLiteral(STARLOOP_SOURCE_DIR "/content/questions"), {s("*.md")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        uids.insert(QFileInfo(it.next()).completeBaseName());
    QVERIFY(uids.size() > 100);
    QSet<QString> ids;
    QVERIFY(ArchitectureReview::rules().size() >= 15);
    for (const ReviewRule &r : ArchitectureReview::rules()) {
        QVERIFY2(uids.contains(r.questionUid), qPrintable(r.id + s(" -> ") + r.questionUid));
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(!r.title.isEmpty() && r.check);
    }
}

void TestArchitectureReview::dismissalsCoverFindingsBySubjectOrRule()
{
    const DiagramDocument doc = with(goodDesign().document(), [](DiagramDocument &d) {
        d.edges[3].label.clear(); // lb -> w1
        d.edges[4].label.clear(); // lb -> w2
    });
    QCOMPARE(ofRule(ArchitectureReview::review(doc), s("unlabeled-request-edge")).size(), 2);
    const ReviewDismissal one {s("unlabeled-request-edge"), s("lb,w1,e4"), s("accepted: obvious"), 0};
    auto findings = ArchitectureReview::review(doc, {one});
    QCOMPARE(ArchitectureReview::open(findings).size(), 1);
    QCOMPARE(ArchitectureReview::count(findings, Severity::Warning), 1);
    const auto dismissed = ofRule(findings, s("unlabeled-request-edge"));
    QVERIFY(dismissed.first().dismissed() != dismissed.last().dismissed());
    const ReviewDismissal all {s("unlabeled-request-edge"), QString(), s("accepted: the ALB routes HTTP"), 0};
    QVERIFY(ArchitectureReview::open(ArchitectureReview::review(doc, {all})).isEmpty());
    QCOMPARE(ReviewDismissal::fromJsonArray(ReviewDismissal::toJsonArray({one, all})),
        QVector<ReviewDismissal>({one, all}));
    // A dismissal without a reason is not one.
    QVERIFY(
        ReviewDismissal::fromJsonArray(QJsonArray {QJsonObject {{s("rule"), s("no-monitoring")}}}).isEmpty());
}

void TestArchitectureReview::templatesCarryDismissals()
{
    DiagramDocument doc = without(goodDesign().document(), {s("mon")});
    QJsonObject file {{s("title"), s("Prototype")}, {s("document"), doc.toJsonObject()},
        {s("dismissals"),
            QJsonArray {
                QJsonObject {{s("rule"), s("no-monitoring")}, {s("reason"), s("A one-day prototype.")}}}}};
    const auto parsed = DiagramTemplates::parse(s("prototype"), QJsonDocument(file).toJson());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->dismissals.size(), 1);
    const auto findings = ArchitectureReview::review(parsed->document, parsed->dismissals);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().dismissed());
    QCOMPARE(findings.first().dismissal->reason, s("A one-day prototype."));
}

void TestArchitectureReview::referenceDiagramsHaveNoErrors()
{
    const QVector<DiagramTemplate> templates = DiagramTemplates::all();
    QVERIFY(templates.size() > 50);
    QStringList problems;
    for (const DiagramTemplate &t : templates) {
        const auto findings = ArchitectureReview::review(t.document, t.dismissals);
        for (const ReviewFinding &f : findings) {
            if (f.severity == Severity::Error && !f.dismissed())
                problems << QStringLiteral("%1: %2 [%3] %4").arg(t.id, f.ruleId, f.subject(), f.message);
        }
        // Every dismissal still matches a finding (a fixed drawing drops its dismissal).
        for (const ReviewDismissal &d : t.dismissals) {
            const bool used = std::any_of(findings.begin(), findings.end(),
                [&](const ReviewFinding &f) { return f.dismissed() && f.dismissal == d; });
            if (!used)
                problems << QStringLiteral("%1: the dismissal of %2 [%3] matches no finding")
                                .arg(t.id, d.ruleId, d.subject);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestArchitectureReview::graphFollowsDirectionAndGroups()
{
    const DiagramGraph graph(goodDesign().document());
    QVERIFY(graph.isOnRequestPath(s("db1")));
    QVERIFY(!graph.isOnRequestPath(s("mon"))); // dashed edges only
    QCOMPARE(graph.zoneOf(s("db1")), s("za"));
    QCOMPARE(graph.regionOf(s("db1")), s("r"));
    QCOMPARE(graph.subnetsAround(s("db1")), QStringList {s("sa")});
    QCOMPARE(graph.replicaPartners(s("db1")), QStringList {s("db2")});
    QVERIFY(graph.isCut(s("lb"), s("db1")));
    QVERIFY(!graph.isCut(s("w1"), s("db1")));
    QVERIFY(graph.hasRedundantPeer(s("w1")));
    QVERIFY(DiagramGraph::textSays(s("Web fleet (3 AZs)"), DiagramGraph::Vocabulary::Redundancy));
    QVERIFY(DiagramGraph::textSays(s("API Gateway + authoriser"), DiagramGraph::Vocabulary::Auth));
    QVERIFY(
        !DiagramGraph::textSays(s("Hazelcast"), DiagramGraph::Vocabulary::Redundancy)); // "az" inside a word
}

// The checks panel reviews after each edit: a 1,000-item diagram must not stall the canvas.
void TestArchitectureReview::reviewsALargeDiagramQuickly()
{
    const DiagramDocument doc = Starloop::Test::generateDiagram(1000, 3);
    QElapsedTimer timer;
    timer.start();
    const auto findings = ArchitectureReview::review(doc);
    QVERIFY(!findings.isEmpty());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed()))); // debug build, shared CPU
}

QTEST_GUILESS_MAIN(TestArchitectureReview)
#include "test_architecturereview.moc"
