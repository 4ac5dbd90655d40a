#include "cli/portabilitycommands.h"

#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
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
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        *context.err << QStringLiteral("Usage: starloop export FILE\n");
        return 2;
    }
    Storage::OpenOptions options;
    options.path = context.databasePath;
    auto data = openUserData(options, context.compressedBank);
    if (!data) {
        *context.err << data.errorMessage() << '\n';
        return 2;
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
        QStringLiteral("file"), QStringLiteral("The JSON file written by `starloop export`."));
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Only show what would change.")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        *context.err << QStringLiteral("Usage: starloop import FILE [--dry-run]\n");
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *context.err << QCoreApplication::translate("ImportCommand", "Cannot read %1: %2")
                            .arg(path, file.errorString())
                     << '\n';
        return 2;
    }
    const auto import = Portability::DataImport::parse(file.readAll());
    if (!import) {
        *context.err << import.errorMessage() << '\n';
        return 1;
    }
    Storage::OpenOptions options;
    options.path = context.databasePath;
    auto data = openUserData(options, context.compressedBank);
    if (!data) {
        *context.err << data.errorMessage() << '\n';
        return 2;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto report
        = dryRun ? import->preview(data->store->db(), now) : import->apply(data->store->db(), now);
    if (!report) {
        *context.err << report.errorMessage() << '\n';
        return 1;
    }
    *context.out << report->summary() << '\n';
    for (const QString &warning : report->warnings)
        *context.out << QStringLiteral("note: ") << warning << '\n';
    *context.out << (dryRun ? QCoreApplication::translate("ImportCommand", "Dry run: nothing was changed.")
                            : QCoreApplication::translate("ImportCommand", "Imported."))
                 << '\n';
    return 0;
}

} // namespace Starloop::Cli
