#include "cli/portabilitycommands.h"

#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/portability/exportarchive.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace Starloop::Cli {

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("ExportCommand", "Write everything you wrote to a JSON file.");
}

int ExportCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("The JSON file to write (- for standard output)."));
    const QCommandLineOption withRecordings(QStringLiteral("with-recordings"),
        QStringLiteral("Write a zip: the JSON export and the rehearsal recordings it links to."));
    parser.addOption(withRecordings);
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    const bool zip = parser.isSet(withRecordings);
    if (parser.positionalArguments().size() != 1
        || (zip && parser.positionalArguments().first() == QLatin1String("-"))) {
        *context.err << QStringLiteral(
            "Usage: starloop export FILE | starloop export --with-recordings FILE.zip\n");
        return 2;
    }
    const auto data = context.openData();
    if (!data)
        return 2;
    if (zip) {
        const QString path = parser.positionalArguments().first();
        const auto written = Portability::ExportArchive::write(data->store->db(), path);
        if (!written) {
            *context.err << written.errorMessage() << '\n';
            return 1;
        }
        *context.out << QCoreApplication::translate(
            "ExportCommand", "Exported to %1 with %n recording(s)", nullptr, written->recordings)
                            .arg(path)
                     << '\n';
        if (written->leftOut > 0)
            *context.out << QCoreApplication::translate("ExportCommand",
                "%n linked recording(s) left out: missing, or outside the recordings folder", nullptr,
                written->leftOut)
                         << '\n';
        return 0;
    }
    const auto json = Portability::DataExport::toJson(data->store->db());
    if (!json) {
        *context.err << json.errorMessage() << '\n';
        return 1;
    }
    const QString path = parser.positionalArguments().first();
    if (path == QLatin1String("-")) {
        context.out->flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(json.value());
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        *context.err << QCoreApplication::translate("ExportCommand", "Cannot write %1: %2")
                            .arg(path, file.errorString())
                     << '\n';
        return 1;
    }
    *context.out << QCoreApplication::translate("ExportCommand", "Exported to %1").arg(path) << '\n';
    return 0;
}

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "ImportCommand", "Merge a JSON export into the database (--dry-run to preview).");
}

int ImportCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("The JSON file or zip written by `starloop export`."));
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Only show what would change.")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        *context.err << QStringLiteral("Usage: starloop import FILE [--dry-run]\n");
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    auto source = Portability::ImportFile::read(path);
    if (!source) {
        *context.err << source.errorMessage() << '\n';
        return Portability::ExportArchive::isArchive(path) ? 1 : 2; // a damaged archive, or no file
    }
    const std::optional<Portability::ExportArchive> &archive = source->archive;
    const auto import = Portability::DataImport::parse(source->json);
    if (!import) {
        *context.err << import.errorMessage() << '\n';
        return 1;
    }
    const auto data = context.openData();
    if (!data)
        return 2;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList recordingNotes;
    if (archive && dryRun) {
        recordingNotes << archive->previewRecordings(data->store->db()).summary();
    } else if (archive) {
        // The files first: a recording without its log entry is harmless, a link without its file is not.
        const auto restored = archive->restoreRecordings(data->store->db());
        if (!restored) {
            *context.err << restored.errorMessage() << '\n';
            return 1;
        }
        recordingNotes << restored->summary();
        for (const QString &warning : restored->warnings)
            recordingNotes << QStringLiteral("note: ") + warning;
    }
    const auto report
        = dryRun ? import->preview(data->store->db(), now) : import->apply(data->store->db(), now);
    if (!report) {
        *context.err << report.errorMessage() << '\n';
        return 1;
    }
    *context.out << report->summary() << '\n';
    for (const QString &line : std::as_const(recordingNotes))
        *context.out << line << '\n';
    for (const QString &warning : report->warnings)
        *context.out << QStringLiteral("note: ") << warning << '\n';
    *context.out << (dryRun ? QCoreApplication::translate("ImportCommand", "Dry run: nothing was changed.")
                            : QCoreApplication::translate("ImportCommand", "Imported."))
                 << '\n';
    return 0;
}

} // namespace Starloop::Cli
