// DiagramDocument, DocumentDelta, MermaidExport and the embedded templates, without a database:
// JSON round trips, every kind of corrupt input refused with a clear message, undo deltas that
// give back equal documents, and Mermaid text for both diagram types.
#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/diagramkind.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/documentdelta.h"
#include "core/diagrams/mermaidexport.h"
#include "generators.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Starloop::Diagrams;

namespace {

DiagramNode makeNode(const QString &id, const QString &kind, const QString &label, double x, double y,
    const QString &parent = QString())
{
    DiagramNode n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    n.x = x;
    n.y = y;
    const DiagramKind *k = DiagramKind::find(kind);
    n.w = k->defaultSize.width();
    n.h = k->defaultSize.height();
    n.parent = parent;
    return n;
}

DiagramDocument sample()
{
    DiagramDocument doc;
    doc.nodes << makeNode(QStringLiteral("g1"), QStringLiteral("vpc"), QStringLiteral("VPC"), 0, 0)
              << makeNode(QStringLiteral("n2"), QStringLiteral("server"), QStringLiteral("Web \"edge\""),
                     20.5, 40.25, QStringLiteral("g1"))
              << makeNode(QStringLiteral("n3"), QStringLiteral("database"), QStringLiteral("Orders DB"), 300,
                     40, QStringLiteral("g1"))
              << makeNode(QStringLiteral("n4"), QStringLiteral("client"), QString(), -200, 60);
    doc.nodes[3].z = 7;
    DiagramEdge e;
    e.id = QStringLiteral("e5");
    e.from = QStringLiteral("n2");
    e.to = QStringLiteral("n3");
    e.label = QStringLiteral("SQL");
    e.routing = Routing::Orthogonal;
    e.waypoints = {QPointF(160, 300.5), QPointF(240, 300.5)};
    DiagramEdge f;
    f.id = QStringLiteral("e6");
    f.from = QStringLiteral("n4");
    f.to = QStringLiteral("n2");
    f.arrows = ArrowHeads::Both;
    f.dashed = true;
    doc.edges << e << f;
    return doc;
}

QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    edit(object);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestDiagramDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const DiagramDocument doc = sample();
        const auto back = DiagramDocument::fromJson(doc.toJson());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->nodes.size(), 4);
        QCOMPARE(back->edges.size(), 2);
        QVERIFY(back.value() == doc);
        QCOMPARE(back->node(QStringLiteral("n2"))->label, QStringLiteral("Web \"edge\""));
        QCOMPARE(back->node(QStringLiteral("n2"))->x, 20.5);
        QCOMPARE(back->edge(QStringLiteral("e6"))->arrows, ArrowHeads::Both);
        QVERIFY(back->edge(QStringLiteral("e6"))->dashed);
        QCOMPARE(back->edge(QStringLiteral("e5"))->routing, Routing::Orthogonal);
        QCOMPARE(back->edge(QStringLiteral("e5"))->waypoints,
            QVector<QPointF>({QPointF(160, 300.5), QPointF(240, 300.5)}));
        QVERIFY(back->edge(QStringLiteral("e6"))->waypoints.isEmpty());
        QVERIFY2(!doc.toJson().contains("\"dashed\":true,\"from\":\"n4\",\"id\":\"e6\",\"label\":\"\","
                                        "\"routing\":\"straight\",\"to\":\"n2\",\"waypoints\""),
            "an edge without bends is written as before");

        DiagramDocument changed = doc;
        changed.nodes[1].x += 1;
        QVERIFY(changed != doc);
        changed = doc;
        changed.edges[0].waypoints[1].ry() += 20;
        QVERIFY(changed != doc);
    }

    // toJson() writes by hand what QJsonDocument writes for toJsonObject(), byte for byte, so the
    // stored form did not change when the writer did.
    void toJsonWritesWhatQJsonDocumentWrites()
    {
        DiagramDocument doc = sample();
        doc.nodes[0].label = QStringLiteral("Tabs\tquotes \" backslash \\ newline\n bell \a é 🚀");
        doc.nodes[1].x = 0.1 + 0.2;
        doc.nodes[2].y = -1234.5678;
        doc.nodes[3].w = 1e6;
        doc.edges[0].label = QStringLiteral("\x01\x1f </script>");
        const QByteArray mine = doc.toJson();
        const QByteArray qt = QJsonDocument(doc.toJsonObject()).toJson(QJsonDocument::Compact);
        int at = 0;
        while (at < mine.size() && at < qt.size() && mine.at(at) == qt.at(at))
            ++at;
        QVERIFY2(mine == qt,
            qPrintable(QString::fromUtf8(mine.mid(at - 20, 60)) + QStringLiteral(" | ")
                + QString::fromUtf8(qt.mid(at - 20, 60))));
        QCOMPARE(DiagramDocument {}.toJson(),
            QJsonDocument(DiagramDocument {}.toJsonObject()).toJson(QJsonDocument::Compact));
        const DiagramDocument large = Starloop::Test::generateDiagram(300, 7);
        QCOMPARE(large.toJson(), QJsonDocument(large.toJsonObject()).toJson(QJsonDocument::Compact));
        QVERIFY(DiagramDocument::fromJson(doc.toJson()).value() == doc);
    }

    void corruptDocumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = sample().toJson();
        QTest::newRow("not json") << QByteArray("{\"nodes\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("newer version")
            << edited(good, [](QJsonObject &o) { o[QStringLiteral("version")] = 9; })
            << QStringLiteral("newer version of Starloop");
        QTest::newRow("no version") << edited(good, [](QJsonObject &o) {
            o.remove(QStringLiteral("version"));
        }) << QStringLiteral("no valid version");
        QTest::newRow("unknown kind") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            QJsonObject n = nodes[1].toObject();
            n[QStringLiteral("kind")] = QStringLiteral("teapot");
            nodes[1] = n;
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("unknown kind \"teapot\"");
        QTest::newRow("missing field") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            QJsonObject n = nodes[2].toObject();
            n.remove(QStringLiteral("w"));
            nodes[2] = n;
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("Node \"n3\": the field \"w\" is missing");
        QTest::newRow("dangling edge") << edited(good, [](QJsonObject &o) {
            QJsonArray edges = o[QStringLiteral("edges")].toArray();
            QJsonObject e = edges[0].toObject();
            e[QStringLiteral("to")] = QStringLiteral("n99");
            edges[0] = e;
            o[QStringLiteral("edges")] = edges;
        }) << QStringLiteral("Edge \"e5\" points to \"n99\"");
        QTest::newRow("duplicate id") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            nodes.append(nodes[3]);
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("share the id \"n4\"");
        QTest::newRow("parent not a group") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            QJsonObject n = nodes[3].toObject();
            n[QStringLiteral("parent")] = QStringLiteral("n2");
            nodes[3] = n;
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("which is not a group");
        QTest::newRow("group loop") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            QJsonObject n = nodes[0].toObject();
            n[QStringLiteral("parent")] = QStringLiteral("g1");
            nodes[0] = n;
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("inside itself");
        QTest::newRow("bad arrows") << edited(good, [](QJsonObject &o) {
            QJsonArray edges = o[QStringLiteral("edges")].toArray();
            QJsonObject e = edges[1].toObject();
            e[QStringLiteral("arrows")] = QStringLiteral("sideways");
            edges[1] = e;
            o[QStringLiteral("edges")] = edges;
        }) << QStringLiteral("unknown arrowheads \"sideways\"");
        const auto withWaypoints = [&good](const QJsonValue &waypoints) {
            return edited(good, [waypoints](QJsonObject &o) {
                QJsonArray edges = o[QStringLiteral("edges")].toArray();
                QJsonObject e = edges[0].toObject();
                e[QStringLiteral("waypoints")] = waypoints;
                edges[0] = e;
                o[QStringLiteral("edges")] = edges;
            });
        };
        QTest::newRow("waypoints not a list") << withWaypoints(
            QJsonValue(5)) << QStringLiteral("Edge \"e5\": the field \"waypoints\" is not a list");
        QTest::newRow("waypoint not numbers")
            << withWaypoints(QJsonArray {
                   QJsonObject {{QStringLiteral("x"), QStringLiteral("left")}, {QStringLiteral("y"), 3}}})
            << QStringLiteral("Edge \"e5\" has a bend point that is not a pair of numbers");
        QJsonArray tooMany;
        for (int i = 0; i <= DiagramEdge::MaxWaypoints; ++i)
            tooMany.append(QJsonObject {{QStringLiteral("x"), i}, {QStringLiteral("y"), 0}});
        QTest::newRow("too many waypoints") << withWaypoints(tooMany) << QStringLiteral("33 bend points");
        QTest::newRow("no area") << edited(good, [](QJsonObject &o) {
            QJsonArray nodes = o[QStringLiteral("nodes")].toArray();
            QJsonObject n = nodes[1].toObject();
            n[QStringLiteral("h")] = 0;
            nodes[1] = n;
            o[QStringLiteral("nodes")] = nodes;
        }) << QStringLiteral("no area");
    }

    void corruptDocumentsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = DiagramDocument::fromJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(expected), qPrintable(result.errorMessage()));
    }

    void removingANodeTakesItsEdgesAndGroupContents()
    {
        DiagramDocument doc = sample();
        doc.removeNodes({QStringLiteral("n3")});
        QCOMPARE(doc.nodes.size(), 3);
        QCOMPARE(doc.edges.size(), 1);
        doc = sample();
        doc.removeNodes({QStringLiteral("g1")});
        QCOMPARE(doc.nodes.size(), 1);
        QVERIFY(doc.edges.isEmpty());
        QCOMPARE(sample().descendants(QStringLiteral("g1")),
            (QSet<QString> {QStringLiteral("n2"), QStringLiteral("n3")}));
        QCOMPARE(sample().nextId(QStringLiteral("n")), QStringLiteral("n7"));
        const DiagramDocument part = sample().subset({QStringLiteral("n2"), QStringLiteral("n3")});
        QCOMPARE(part.nodes.size(), 2);
        QVERIFY(part.nodes.first().parent.isEmpty());
        QCOMPARE(part.edges.size(), 1);
    }

    void deltaAppliesAndRevertsToEqualDocuments()
    {
        const DiagramDocument before = sample();
        DiagramDocument after = before;
        after.removeNodes({QStringLiteral("n2")}); // a middle node and both its edges
        after.nodes[0].label = QStringLiteral("Private VPC");
        DiagramNode added
            = makeNode(QStringLiteral("n9"), QStringLiteral("queue"), QStringLiteral("Jobs"), 5, 5);
        after.nodes.insert(1, added);
        DiagramEdge e;
        e.id = QStringLiteral("e10");
        e.from = QStringLiteral("n9");
        e.to = QStringLiteral("n3");
        after.edges << e;

        const DocumentDelta delta = DocumentDelta::between(before, after);
        QVERIFY(!delta.isEmpty());
        QCOMPARE(delta.nodeChanges().size(), 3); // removed n2, relabelled g1, added n9
        DiagramDocument doc = before;
        delta.apply(doc);
        QVERIFY(doc == after);
        delta.revert(doc);
        QVERIFY(doc == before);
        QVERIFY(DocumentDelta::between(before, before).isEmpty());
    }

    void flowchartHasSubgraphsShapesAndStyles()
    {
        const QString text = MermaidExport::flowchart(sample());
        QVERIFY2(text.startsWith(QLatin1String("flowchart LR\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("subgraph d_g1[\"VPC\"]")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n2[\"Web #quot;edge#quot;\"]")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n3[(\"Orders DB\")]")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n2 -->|\"SQL\"| d_n3")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n4 <-.-> d_n2")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n4(\"Client / user\")")), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("end\n")), 1);
    }

    void architectureHasGroupsServicesAndSides()
    {
        const QString text = MermaidExport::architecture(sample());
        QVERIFY2(text.startsWith(QLatin1String("architecture-beta\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("group d_g1(cloud)[VPC]\n")), qPrintable(text));
        QVERIFY2(
            text.contains(QLatin1String("service d_n3(database)[Orders DB] in d_g1\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n2:R --> L:d_n3")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n4:R <--> L:d_n2")), qPrintable(text));
    }

    // A note has no architecture-beta icon: it used to be written "service d_n7()[...]", which
    // Mermaid's lexer refuses at "(". A class box is a service named by its class name.
    void architectureLeavesNotesOutAndNamesClasses()
    {
        DiagramDocument doc = sample();
        doc.nodes << makeNode(
            QStringLiteral("n7"), QStringLiteral("note"), QStringLiteral("Reads (cached) [99%]"), 0, 300)
                  << makeNode(QStringLiteral("n8"), QStringLiteral("class"),
                         QStringLiteral("«interface»\nStore\n--\n- items: map<K, V>\n--\n+ get(k): V"), 400,
                         300);
        DiagramEdge toNote;
        toNote.id = QStringLiteral("e9");
        toNote.from = QStringLiteral("n7");
        toNote.to = QStringLiteral("n2");
        DiagramEdge fromClass;
        fromClass.id = QStringLiteral("e10");
        fromClass.from = QStringLiteral("n8");
        fromClass.to = QStringLiteral("n3");
        doc.edges << toNote << fromClass;
        const QString text = MermaidExport::architecture(doc);
        QVERIFY2(!text.contains(QLatin1String("()")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("service d_n7")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(
                     "    %% d_n7 left out, architecture-beta has no notes: Reads cached 99\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("    %% d_n7 -> d_n2 left out")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("service d_n8(server)[interface Store]\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("d_n8:T --> B:d_n3")), qPrintable(text));
    }

    void flowchartLabelsKeepTheirCharactersAsEntities()
    {
        DiagramDocument doc;
        doc.nodes << makeNode(QStringLiteral("n1"), QStringLiteral("class"),
            QStringLiteral("C# <T> \"x\" 50%\r\nmap<K, V>"), 0, 0);
        const QString text = MermaidExport::flowchart(doc);
        QVERIFY2(text.contains(
                     QLatin1String("d_n1[\"C#35; #lt;T#gt; #quot;x#quot; 50#37;<br/>map#lt;K, V#gt;\"]")),
            qPrintable(text));
    }

    void everyTemplateIsValidAndEmbedded()
    {
        const auto templates = DiagramTemplates::all();
        // Every file of content/diagrams is embedded and loads.
        const auto files = QDir(QStringLiteral(STARLOOP_SOURCE_DIR "/content/diagrams"))
                               .entryList({QStringLiteral("*.json")});
        QCOMPARE(templates.size(), files.size());
        QVERIFY(templates.size() >= 50);
        for (const DiagramTemplate &t : templates) {
            QVERIFY(!t.title.isEmpty());
            QVERIFY(!t.description.isEmpty());
            QVERIFY2(t.document.nodes.size() >= 6, qPrintable(t.id));
            QVERIFY2(!t.document.edges.isEmpty(), qPrintable(t.id));
            // Every child sits inside its group.
            for (const DiagramNode &n : t.document.nodes) {
                if (!n.parent.isEmpty())
                    QVERIFY2(t.document.node(n.parent)->rect().contains(n.rect()),
                        qPrintable(t.id + QLatin1Char('/') + n.id));
            }
        }
        QVERIFY(DiagramTemplates::find(QStringLiteral("three-tier-web-app")).ok());
        QVERIFY(!DiagramTemplates::find(QStringLiteral("nope")).ok());
    }

    void catalogueKnowsEveryKind()
    {
        QCOMPARE(DiagramKind::all().size(), 28); // with the class box of object-oriented designs
        int groups = 0;
        for (const DiagramKind &k : DiagramKind::all()) {
            QCOMPARE(DiagramKind::find(k.id), &k);
            groups += k.isGroup() ? 1 : 0;
        }
        QCOMPARE(groups, 5);
        QVERIFY(!DiagramKind::find(QStringLiteral("teapot")));
    }
};

QTEST_GUILESS_MAIN(TestDiagramDocument)
#include "test_diagramdocument.moc"
