// `starloop review-diagram`, run in-process over a temporary database: text and JSON output,
// exit codes (0 no open finding, 1 findings, 2 no such diagram), dismissals honoured, and the
// reference templates reviewed by id.
#include "cli/reviewdiagramcommand.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/dismissalrepository.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Starloop;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run review(const QString &database, const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CommandContext context;
    context.databasePath = database;
    context.out = &out;
    context.err = &err;
    context.commandName = s("review-diagram");
    Cli::ReviewDiagramCommand command;
    run.exitCode = command.run(QStringList {s("review-diagram")} + arguments, context);
    out.flush();
    err.flush();
    return run;
}

Diagrams::DiagramDocument onePathToTheData()
{
    Diagrams::DiagramDocument doc;
    const char *const nodes[][3]
        = {{"n1", "client", "Users"}, {"n2", "server", "App server"}, {"n3", "database", "Orders DB"}};
    for (const auto &n : nodes) {
        Diagrams::DiagramNode node;
        node.id = QString::fromLatin1(n[0]);
        node.kind = QString::fromLatin1(n[1]);
        node.label = QString::fromLatin1(n[2]);
        node.setRect(QRectF(doc.nodes.size() * 200.0, 0, 110, 90));
        doc.nodes << node;
    }
    Diagrams::DiagramEdge a {s("e4"), s("n1"), s("n2"), s("HTTPS")};
    Diagrams::DiagramEdge b {s("e5"), s("n2"), s("n3"), s("SQL")};
    doc.edges << a << b;
    return doc;
}

} // namespace

class TestReviewDiagramCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsFindingsAndExitsOne()
    {
        Test::TempDatabase temp;
        QString uid;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            auto created = Diagrams::DiagramRepository(store.value()->db())
                               .create(s("Checkout"), onePathToTheData(), 1);
            QVERIFY(created.ok());
            uid = created->uid;
        }
        const Run text = review(temp.path(), {s("checkout")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(s("error    single-point-of-failure")), qPrintable(text.out));
        QVERIFY(text.out.contains(s("n2,n3")));
        QVERIFY(text.out.contains(s("see aws-fault-tolerant-design")));

        const Run json = review(temp.path(), {s("Checkout"), s("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(s("diagram")).toString(), s("Checkout"));
        QCOMPARE(root.value(s("source")).toString(), s("diagram"));
        const QJsonArray findings = root.value(s("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(s("rule")).toString(), s("single-point-of-failure"));
        QCOMPARE(first.value(s("severity")).toString(), s("error"));
        QCOMPARE(first.value(s("items")).toArray(), QJsonArray({s("n2"), s("n3")}));
        QVERIFY(!first.value(s("message")).toString().isEmpty());

        // Every finding dismissed: nothing open, exit 0, the reasons listed.
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            Diagrams::DismissalRepository dismissals(store.value()->db());
            for (const QJsonValue &f : findings) {
                const Diagrams::ReviewDismissal d {f.toObject().value(s("rule")).toString(),
                    f.toObject().value(s("subject")).toString(), s("accepted: a sketch"), 0};
                QVERIFY(dismissals.dismiss(uid, d, 5).ok());
            }
        }
        const Run quiet = review(temp.path(), {s("Checkout")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY(quiet.out.contains(s("0 error(s), 0 warning(s), 0 advice")));
        QVERIFY(quiet.out.contains(s("accepted: a sketch")));
    }

    void reviewsTemplatesAndRefusesUnknownTitles()
    {
        Test::TempDatabase temp;
        QVERIFY(temp.open().ok());
        const Run reference = review(temp.path(), {s("log-ingestion-pipeline"), s("--json")});
        QVERIFY(reference.exitCode == 0 || reference.exitCode == 1);
        const QJsonObject root = QJsonDocument::fromJson(reference.out.toUtf8()).object();
        QCOMPARE(root.value(s("source")).toString(), s("template"));
        bool dismissed = false;
        for (const QJsonValue &f : root.value(s("findings")).toArray()) {
            QVERIFY(f.toObject().value(s("severity")).toString() != s("error")
                || f.toObject().value(s("dismissed")).toBool());
            dismissed = dismissed || f.toObject().value(s("dismissed")).toBool();
        }
        QVERIFY(dismissed);

        const Run unknown = review(temp.path(), {s("No such diagram")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.isEmpty());
        QCOMPARE(review(temp.path(), {}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewDiagramCommand)
#include "test_reviewdiagramcommand.moc"
