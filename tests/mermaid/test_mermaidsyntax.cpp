// Every Mermaid export read by Mermaid's own parser: the flowchart and the architecture-beta text
// of every template in content/diagrams, and of documents whose labels and ids are hostile
// (quotes, brackets, entities, keywords, directives, unicode, empty). MermaidExport writes the
// files; check-mermaid.mjs parses them under node with the mermaid package, which the
// mermaid.install fixture installs into the build folder with `npm ci`. Without node or the
// package the test is skipped, and says why.
#include "core/diagrams/diagramkind.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/mermaidexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop::Diagrams;

namespace {

// Labels that have broken, or could break, the text around them.
const QStringList &hostileLabels()
{
    static const QStringList labels {
        QStringLiteral("He said \"hi\" [x] (y) {z} <b>bold</b>"),
        QStringLiteral("end"),
        QStringLiteral("subgraph"),
        QStringLiteral("graph TD"),
        QStringLiteral("click n1 call alert()"),
        QStringLiteral("%%{init: {\"theme\": \"dark\"}}%%"),
        QStringLiteral("a|b|c --> d ; e ::: f"),
        QStringLiteral("&amp; #quot; #35; #lt;"),
        QStringLiteral("Ünïcödé 数据库 🚀 ça"),
        QStringLiteral("back\\slash `tick` 'single'"),
        QStringLiteral("line one\nline two\r\nthree"),
        QString(),
        QStringLiteral("!!!"),
        QStringLiteral("   "),
        QStringLiteral("«interface»\nStore<K, V>\n--\n- items: map<K, V>\n--\n+ get(k): V?"),
        QStringLiteral("[99%] (note)"),
        QStringLiteral("]\"["),
    };
    return labels;
}

// Every kind with every hostile label, groups nested in groups, connectors between all sorts of
// nodes, and ids that differ only in characters Mermaid ids cannot hold.
DiagramDocument hostileDocument()
{
    DiagramDocument doc;
    const QStringList ids {QStringLiteral("a-b"), QStringLiteral("a_b"), QStringLiteral("end"),
        QStringLiteral("ü"), QStringLiteral("1st"), QStringLiteral("x y")};
    QString parent;
    int i = 0;
    for (const DiagramKind &kind : DiagramKind::all()) {
        DiagramNode n;
        n.id = i < ids.size() ? ids.at(i) : QStringLiteral("n%1").arg(i);
        n.kind = kind.id;
        n.label = hostileLabels().at(i % hostileLabels().size());
        n.setRect(QRectF(i * 40, (i % 5) * 60, kind.defaultSize.width(), kind.defaultSize.height()));
        n.parent = parent;
        if (kind.isGroup())
            parent = n.id; // the next nodes sit inside, groups inside groups
        doc.nodes << n;
        ++i;
    }
    for (int j = 0; j + 3 < doc.nodes.size(); ++j) {
        DiagramEdge e;
        e.id = QStringLiteral("e%1").arg(j);
        e.from = doc.nodes.at(j).id;
        e.to = doc.nodes.at(j + 3).id;
        e.label = hostileLabels().at((j + 5) % hostileLabels().size());
        e.arrows = ArrowHeads(j % 3);
        e.dashed = j % 2;
        doc.edges << e;
    }
    return doc;
}

} // namespace

class TestMermaidSyntax : public QObject
{
    Q_OBJECT
private:
    QString m_node;
    const QString m_work = QStringLiteral(STARLOOP_MERMAID_WORK);

    static void write(QDir folder, const QString &name, const DiagramDocument &document)
    {
        const QPair<QString, QString> texts[] = {
            {QStringLiteral(".flowchart.mmd"), MermaidExport::flowchart(document)},
            {QStringLiteral(".architecture.mmd"), MermaidExport::architecture(document)},
        };
        for (const auto &text : texts) {
            QFile file(folder.filePath(name + text.first));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(text.second.toUtf8()) > 0);
        }
    }

    // Runs check-mermaid.mjs over `folder`: every file must parse, as the diagram type its name says.
    void parseAll(const QString &folder)
    {
        const int files = int(QDir(folder).entryList({QStringLiteral("*.mmd")}).size());
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(m_node, {m_work + QStringLiteral("/check-mermaid.mjs"), folder});
        QVERIFY2(node.waitForFinished(240000), qPrintable(node.errorString()));
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, qPrintable(output));
        int parsed = 0;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("ok ")))
                continue;
            const QString expected = line.contains(QLatin1String(".flowchart.mmd "))
                ? QStringLiteral(" flowchart-v2")
                : QStringLiteral(" architecture");
            QVERIFY2(line.endsWith(expected), qPrintable(line));
            ++parsed;
        }
        QCOMPARE(parsed, files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            QSKIP("node is not installed (Debian: apt-get install nodejs npm)");
        QFile unavailable(m_work + QStringLiteral("/unavailable.txt"));
        if (unavailable.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QString::fromUtf8(unavailable.readAll())));
        if (!QFile::exists(m_work + QStringLiteral("/node_modules/mermaid/package.json")))
            QSKIP(qPrintable(
                QStringLiteral("the mermaid package is not in %1 (the mermaid.install test runs npm ci)")
                    .arg(m_work)));
    }

    void everyTemplateParses()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto templates = DiagramTemplates::all();
        QVERIFY(templates.size() >= 50);
        for (const DiagramTemplate &t : templates)
            write(QDir(folder.path()), t.id, t.document);
        parseAll(folder.path());
    }

    void hostileLabelsParse()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const DiagramDocument doc = hostileDocument();
        write(QDir(folder.path()), QStringLiteral("hostile"), doc);
        write(QDir(folder.path()), QStringLiteral("empty"), DiagramDocument {});
        for (int i = 0; i < doc.nodes.size(); ++i) // each node alone, so one bad label cannot hide another
            write(QDir(folder.path()), QStringLiteral("node%1").arg(i), doc.subset({doc.nodes.at(i).id}));
        parseAll(folder.path());
    }
};

QTEST_GUILESS_MAIN(TestMermaidSyntax)
#include "test_mermaidsyntax.moc"
