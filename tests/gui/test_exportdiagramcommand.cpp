// `starloop export-diagram` run in-process on a temporary database: each format written and
// checked, Mermaid text, a template exported by id or title (--template), and the clear failures
// (unknown title, unknown template, unknown format, bad scale).
#include "cli/exportdiagramcommand.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/mermaidexport.h"
#include "gui/diagrams/diagramexporter.h"
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

    int run(const QStringList &arguments) { return run(arguments, m_temp->path()); }
    int run(const QStringList &arguments, const QString &databasePath)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        Cli::CommandContext context;
        context.databasePath = databasePath;
        context.out = &out;
        context.err = &err;
        context.commandName = QStringLiteral("export-diagram");
        Cli::ExportDiagramCommand command;
        const int code = command.run(QStringList {QStringLiteral("export-diagram")} + arguments, context);
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
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.png"),
                     QStringLiteral("--scale"), QStringLiteral("1.5")}),
            0);
        QVERIFY(m_out.contains(QLatin1String("Wrote \"URL shortener\"")));
        QCOMPARE(QImage(folder + QStringLiteral("/a.png")).size(),
            Gui::DiagramExporter::imageSize(templ.document, 1.5));
        QCOMPARE(run({QStringLiteral("url SHORTENER"), folder + QStringLiteral("/a.svg")}), 0);
        QVERIFY(QSvgRenderer(folder + QStringLiteral("/a.svg")).isValid());
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.pdf")}), 0);
        QFile pdf(folder + QStringLiteral("/a.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Count 1"));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/a.mmd"),
                     QStringLiteral("--architecture")}),
            0);
        QFile mmd(folder + QStringLiteral("/a.mmd"));
        QVERIFY(mmd.open(QIODevice::ReadOnly));
        QVERIFY(mmd.readAll().startsWith("architecture-beta\n"));

        // Every template, for a look at them: STARLOOP_DIAGRAM_SCREENSHOTS=/some/folder.
        const QByteArray shots = qgetenv("STARLOOP_DIAGRAM_SCREENSHOTS");
        if (!shots.isEmpty()) {
            for (const auto &t : Diagrams::DiagramTemplates::all())
                QCOMPARE(
                    run({t.title,
                        QString::fromLocal8Bit(shots) + QLatin1Char('/') + t.id + QStringLiteral(".png")}),
                    0);
        }
    }

    // --template names a template by id or title; no database is opened for it.
    void exportsATemplateByIdOrTitle()
    {
        const QString folder = m_temp->folder();
        const QString nowhere = folder + QStringLiteral("/missing/folder/none.sqlite");
        QCOMPARE(run({QStringLiteral("--template"), QStringLiteral("news-feed"),
                         folder + QStringLiteral("/t.svg")},
                     nowhere),
            0);
        QVERIFY2(m_out.contains(QLatin1String("Wrote \"News feed\"")), qPrintable(m_out + m_err));
        QVERIFY(QSvgRenderer(folder + QStringLiteral("/t.svg")).isValid());
        QVERIFY(!QFile::exists(nowhere));

        QCOMPARE(run({QStringLiteral("news FEED"), folder + QStringLiteral("/t.mmd"),
                         QStringLiteral("--template"), QStringLiteral("--architecture")},
                     nowhere),
            0);
        QFile mmd(folder + QStringLiteral("/t.mmd"));
        QVERIFY(mmd.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mmd.readAll());
        QCOMPARE(text,
            Diagrams::MermaidExport::architecture(
                Diagrams::DiagramTemplates::find(QStringLiteral("news-feed"))->document));
        QVERIFY2(!text.contains(QLatin1String("()")), qPrintable(text)); // its note is left out

        QCOMPARE(run({QStringLiteral("--template"), QStringLiteral("No such template"),
                     folder + QStringLiteral("/u.svg")}),
            1);
        QVERIFY(m_err.contains(QLatin1String("There is no template \"No such template\"")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/u.svg")));
        // Without --template only the user's diagrams are looked at.
        QCOMPARE(run({QStringLiteral("news-feed"), folder + QStringLiteral("/u.svg")}), 1);
        QVERIFY(m_err.contains(QLatin1String("No diagram is called \"news-feed\"")));
    }

    void failsClearly()
    {
        const QString folder = m_temp->folder();
        QCOMPARE(run({QStringLiteral("No such diagram"), folder + QStringLiteral("/x.svg")}), 1);
        QVERIFY(m_err.contains(QLatin1String("No diagram is called \"No such diagram\"")));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/x.gif")}), 2);
        QVERIFY(m_err.contains(QLatin1String(".png, .svg, .pdf")));
        QCOMPARE(run({QStringLiteral("URL shortener"), folder + QStringLiteral("/x.png"),
                     QStringLiteral("--scale"), QStringLiteral("zero")}),
            2);
        QCOMPARE(run({QStringLiteral("URL shortener")}), 2);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/x.png")));
    }
};

QTEST_MAIN(TestExportDiagramCommand)
#include "test_exportdiagramcommand.moc"
