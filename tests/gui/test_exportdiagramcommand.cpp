// `starloop export-diagram` run in-process on a temporary database: each format written and
// checked, Mermaid text, and the clear failures (unknown title, unknown format, bad scale).
#include "diagrams/diagramexporter.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/diagramtemplates.h"
#include "exportdiagramcommand.h"
#include "tempdatabase.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTest>

using namespace Starloop;

class TestExportDiagramCommand : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    QString m_out;
    QString m_err;

    int run(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        Cli::CommandContext context;
        context.databasePath = m_temp->path();
        context.out = &out;
        context.err = &err;
        context.commandName = QStringLiteral("export-diagram");
        Cli::ExportDiagramCommand command;
        const int code = command.run(QStringList{QStringLiteral("export-diagram")} + arguments, context);
        out.flush();
        err.flush();
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Diagrams::DiagramRepository repo(store.value()->db());
        for (const auto &t : Diagrams::DiagramTemplates::all())
            QVERIFY(repo.create(t.title, t.document, 100).ok());
    }
    void cleanupTestCase() { m_temp.reset(); }

    void writesEachFormat()
    {
        const auto templ = Diagrams::DiagramTemplates::find(QStringLiteral("url-shortener")).value();
        const QString folder = m_temp->folder();
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.png"), QStringLiteral("--scale"),
                      QStringLiteral("1.5")}),
                 0);
        QVERIFY(m_out.contains(QLatin1String("Wrote \"URL shortener\"")));
        QCOMPARE(QImage(folder + QStringLiteral("/a.png")).size(), Gui::DiagramExporter::imageSize(templ.document, 1.5));
        QCOMPARE(run({QStringLiteral("url SHORTENER"), folder + QStringLiteral("/a.svg")}), 0);
        QVERIFY(QSvgRenderer(folder + QStringLiteral("/a.svg")).isValid());
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.pdf")}), 0);
        QFile pdf(folder + QStringLiteral("/a.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Count 1"));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.mmd"), QStringLiteral("--architecture")}), 0);
        QFile mmd(folder + QStringLiteral("/a.mmd"));
        QVERIFY(mmd.open(QIODevice::ReadOnly));
        QVERIFY(mmd.readAll().startsWith("architecture-beta\n"));

        // Every template, for a look at them: STARLOOP_DIAGRAM_SCREENSHOTS=/some/folder.
        const QByteArray shots = qgetenv("STARLOOP_DIAGRAM_SCREENSHOTS");
        if (!shots.isEmpty()) {
            for (const auto &t : Diagrams::DiagramTemplates::all())
                QCOMPARE(run({t.title, QString::fromLocal8Bit(shots) + QLatin1Char('/') + t.id + QStringLiteral(".png")}), 0);
        }
    }

    void failsClearly()
    {
        const QString folder = m_temp->folder();
        QCOMPARE(run({QStringLiteral("No such diagram"), folder + QStringLiteral("/x.svg")}), 1);
        QVERIFY(m_err.contains(QLatin1String("No diagram is called \"No such diagram\"")));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/x.gif")}), 2);
        QVERIFY(m_err.contains(QLatin1String(".png, .svg, .pdf")));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/x.png"), QStringLiteral("--scale"),
                      QStringLiteral("zero")}),
                 2);
        QCOMPARE(run({QStringLiteral("URL shortener")}), 2);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/x.png")));
    }
};

QTEST_MAIN(TestExportDiagramCommand)
#include "test_exportdiagramcommand.moc"
