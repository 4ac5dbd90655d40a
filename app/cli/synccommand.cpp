#include "cli/synccommand.h"

#include "core/sync/syncengine.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace Starloop::Cli {

QString SyncCommand::summary() const
{
    return QCoreApplication::translate(
        "SyncCommand", "Sync once with a folder shared between your computers.");
}

int SyncCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("folder"),
        QStringLiteral(
            "The folder your sync tool (Syncthing, Nextcloud, Dropbox ...) keeps the same everywhere."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("The name other devices show for this one."),
        QStringLiteral("name")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        *context.err << QStringLiteral("Usage: starloop sync FOLDER [--name NAME]\n");
        return 2;
    }
    const auto data = context.openData();
    if (!data)
        return 2;
    Storage::Database &db = data->store->db();
    if (parser.isSet(QStringLiteral("name"))) {
        if (const Status named = Sync::SyncEngine::setDeviceName(db, parser.value(QStringLiteral("name")));
            !named) {
            *context.err << named.errorMessage() << '\n';
            return 1;
        }
    }
    const auto report = Sync::SyncEngine::runRound(
        db, parser.positionalArguments().first(), QDateTime::currentSecsSinceEpoch());
    if (!report) {
        *context.err << report.errorMessage() << '\n';
        return 1;
    }
    *context.out << report->summary() << '\n';
    return report->unwritable ? 1 : 0;
}

} // namespace Starloop::Cli
