#include "cli/checkcommand.h"

#include "core/storage/healthcheck.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Starloop::Cli {

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("CheckCommand", "Check the database and its search index for damage.");
}

int CheckCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;

    Storage::OpenOptions options;
    options.path = context.databasePath;
    // An existing file is checked as it is: no bank update is written into it first.
    const bool exists = QFileInfo::exists(options.path);
    auto data = openUserData(options, exists ? QByteArray() : context.compressedBank);
    if (!data) {
        *context.err << data.errorMessage() << '\n';
        return 2;
    }
    const Storage::HealthReport report = Storage::HealthCheck::run(data->store->db());
    for (const QString &problem : report.problems)
        *context.out << QStringLiteral("problem: ") << problem << '\n';
    if (!report.ok()) {
        *context.out << QCoreApplication::translate(
            "CheckCommand", "%1: %n problem(s) found", nullptr, static_cast<int>(report.problems.size()))
                            .arg(data->store->path())
                     << '\n';
        return 1;
    }
    *context.out << QCoreApplication::translate(
        "CheckCommand", "%1: ok (schema %2, %3 questions, integrity and search index verified)")
                        .arg(data->store->path())
                        .arg(data->store->schemaVersion())
                        .arg(report.questions)
                 << '\n';
    return 0;
}

} // namespace Starloop::Cli
