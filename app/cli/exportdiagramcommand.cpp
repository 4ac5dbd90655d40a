#include "cli/exportdiagramcommand.h"

#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/mermaidexport.h"
#include "core/userdata.h"
#include "gui/diagrams/diagramexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

#include <optional>

namespace Starloop::Cli {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportDiagramCommand)
};

// What is drawn: a template, or a diagram of the user's.
struct Source
{
    Diagrams::DiagramDocument document;
    QString title;
};

// The source `name` names, or the exit code to stop with (the message written to err).
std::optional<Source> loadSource(
    const QString &name, bool isTemplate, const CommandContext &context, int &code)
{
    if (isTemplate) {
        const auto found = Diagrams::DiagramTemplates::findByName(name);
        if (!found) {
            *context.err << found.errorMessage() << '\n';
            code = 1;
            return std::nullopt;
        }
        return Source {found->document, found->title};
    }
    const auto data = context.openData(CommandContext::Access::ReadOnly);
    if (!data) {
        code = 2;
        return std::nullopt;
    }
    const auto diagram = Diagrams::DiagramRepository(data->store->db()).loadByTitle(name);
    if (!diagram) {
        *context.err << diagram.errorMessage() << '\n';
        code = 1;
        return std::nullopt;
    }
    return Source {diagram->document, diagram->summary.title};
}

Status writeMermaid(const QString &text, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error {
            Text::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            0};
    return {};
}

} // namespace

QString ExportDiagramCommand::summary() const
{
    return Text::tr(
        "Export a diagram to PNG, SVG, PDF or Mermaid, e.g. export-diagram \"URL shortener\" out.svg.");
}

int ExportDiagramCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("title"), Text::tr("The diagram's title (exact, or ignoring case)."));
    parser.addPositionalArgument(
        QStringLiteral("file"), Text::tr("Where to write it: .png, .svg, .pdf, .mmd or .md."));
    parser.addOption({QStringLiteral("scale"), Text::tr("Pixels per diagram unit for PNG (default 1)."),
        QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("architecture"),
        Text::tr("Mermaid: write architecture-beta instead of a flowchart.")});
    parser.addOption({QStringLiteral("template"),
        Text::tr("The title names a template of New Diagram (its id, e.g. news-feed, or its title), not "
                 "one of your diagrams.")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *context.err << Text::tr(
            "export-diagram needs a diagram title and an output file, e.g. export-diagram \"URL "
            "shortener\" out.svg")
                     << '\n';
        return 2;
    }
    const QString path = positional.at(1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool mermaid = suffix == QLatin1String("mmd") || suffix == QLatin1String("md");
    if (!mermaid && !Gui::DiagramExporter::formatForPath(path)) {
        *context.err
            << Text::tr("Unknown output format \"%1\": use .png, .svg, .pdf, .mmd or .md.").arg(suffix)
            << '\n';
        return 2;
    }
    bool numeric = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&numeric);
    if (!numeric || scale <= 0.05 || scale > 8) {
        *context.err << Text::tr("--scale needs a number between 0.05 and 8") << '\n';
        return 2;
    }
    if (!mermaid && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *context.err << Text::tr("Drawing a diagram needs a graphical application object (QGuiApplication).")
                     << '\n';
        return 2;
    }

    int code = 0;
    const auto source = loadSource(positional.at(0), parser.isSet(QStringLiteral("template")), context, code);
    if (!source)
        return code;
    const bool architecture = parser.isSet(QStringLiteral("architecture"));
    const Status written = !mermaid
        ? Gui::DiagramExporter::exportToFile(source->document, path, scale, source->title)
        : architecture ? writeMermaid(Diagrams::MermaidExport::architecture(source->document), path)
                       : writeMermaid(Diagrams::MermaidExport::flowchart(source->document), path);
    if (!written) {
        *context.err << written.errorMessage() << '\n';
        return 1;
    }
    *context.out << Text::tr("Wrote \"%1\" to %2").arg(source->title, QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

} // namespace Starloop::Cli
