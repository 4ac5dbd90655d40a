#include "exportdiagramcommand.h"

#include "diagrams/diagramexporter.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/mermaidexport.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace Starloop::Cli {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportDiagramCommand)
};

} // namespace

QString ExportDiagramCommand::summary() const
{
    return Text::tr("Export a diagram to PNG, SVG, PDF or Mermaid, e.g. export-diagram \"URL shortener\" out.svg.");
}

int ExportDiagramCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("title"), Text::tr("The diagram's title (exact, or ignoring case)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("Where to write it: .png, .svg, .pdf, .mmd or .md."));
    parser.addOption({QStringLiteral("scale"), Text::tr("Pixels per diagram unit for PNG (default 1)."), QStringLiteral("n"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("architecture"), Text::tr("Mermaid: write architecture-beta instead of a flowchart.")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *context.err << Text::tr("export-diagram needs a diagram title and an output file, e.g. export-diagram \"URL "
                           "shortener\" out.svg")
                     << '\n';
        return 2;
    }
    const QString title = positional.at(0);
    const QString path = positional.at(1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool mermaid = suffix == QLatin1String("mmd") || suffix == QLatin1String("md");
    if (!mermaid && !Gui::DiagramExporter::formatForPath(path)) {
        *context.err << Text::tr("Unknown output format \"%1\": use .png, .svg, .pdf, .mmd or .md.").arg(suffix) << '\n';
        return 2;
    }
    bool numeric = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&numeric);
    if (!numeric || scale <= 0.05 || scale > 8) {
        *context.err << Text::tr("--scale needs a number between 0.05 and 8") << '\n';
        return 2;
    }
    if (!mermaid && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *context.err << Text::tr("Drawing a diagram needs a graphical application object (QGuiApplication).") << '\n';
        return 2;
    }

    Storage::OpenOptions options;
    options.path = context.databasePath;
    options.readOnly = true;
    auto data = openUserData(options, context.compressedBank);
    if (!data) {
        *context.err << data.errorMessage() << '\n';
        return 2;
    }
    Diagrams::DiagramRepository repository(data->store->db());
    const auto diagram = repository.loadByTitle(title);
    if (!diagram) {
        *context.err << diagram.errorMessage() << '\n';
        return 1;
    }
    if (mermaid) {
        const QString text = parser.isSet(QStringLiteral("architecture"))
            ? Diagrams::MermaidExport::architecture(diagram->document)
            : Diagrams::MermaidExport::flowchart(diagram->document);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            *context.err << Text::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
            return 1;
        }
    } else {
        const Status written = Gui::DiagramExporter::exportToFile(diagram->document, path, scale, diagram->summary.title);
        if (!written) {
            *context.err << written.errorMessage() << '\n';
            return 1;
        }
    }
    *context.out << Text::tr("Wrote \"%1\" to %2").arg(diagram->summary.title, QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

} // namespace Starloop::Cli
