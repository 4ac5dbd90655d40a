#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/plancommand.h"
#include "cli/portabilitycommands.h"
#include "cli/reviewdiagramcommand.h"
#include "cli/searchcommand.h"
#include "cli/synccommand.h"
#include "core/storage/datastore.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace Starloop::Cli {

namespace {

bool takesValue(const char *arg)
{
    return std::strcmp(arg, "--database") == 0 || std::strcmp(arg, "-d") == 0;
}

} // namespace

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("CommandLine", "Use the database file at <path>."),
        QStringLiteral("path")});
}

std::optional<UserData> CommandContext::openData(Access access) const
{
    Storage::OpenOptions options;
    options.path = databasePath;
    options.readOnly = access == Access::ReadOnly;
    auto data = openUserData(options, compressedBank);
    if (!data) {
        *err << data.errorMessage() << '\n';
        return std::nullopt;
    }
    return std::move(data.value());
}

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    addDatabaseOption(parser);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("database")))
        databasePath = parser.value(QStringLiteral("database"));
    return -1;
}

std::vector<std::unique_ptr<Command>> CommandLine::createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<ReviewDiagramCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    return commands;
}

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const auto &command : createCommands())
        names << command->name();
    return names;
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0
            || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
            || std::strcmp(arg, "--help-all") == 0)
            return true;
        if (arg[0] != '-')
            return true; // a command (unknown ones get a clear message from run())
    }
    return false;
}

QString CommandLine::databaseArgument(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.parse(arguments);
    return parser.value(QStringLiteral("database"));
}

int CommandLine::run(const QStringList &arguments, const QByteArray &compressedBank,
    std::vector<std::unique_ptr<Command>> extra)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto commands = createCommands();
    for (auto &command : extra)
        commands.push_back(std::move(command));
    QStringList names;
    for (const auto &command : commands)
        names << command->name();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Starloop: an offline workbench for Amazon / AWS interview loops."));
    addDatabaseOption(parser);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    QString commandList;
    for (const auto &command : commands)
        commandList += QStringLiteral("\n  %1  %2").arg(command->name(), -10).arg(command->summary());
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "A command to run without the window:") + commandList,
        QStringLiteral("[command]"));
    // Options after the command belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << applicationVersion() << '\n';
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        out << parser.helpText();
        return 0;
    }

    const QString name = positional.first();
    for (const auto &command : commands) {
        if (command->name() != name)
            continue;
        CommandContext context;
        context.databasePath = parser.isSet(QStringLiteral("database"))
            ? parser.value(QStringLiteral("database"))
            : Storage::DataStore::defaultPath();
        context.commandName = name;
        context.compressedBank = compressedBank;
        context.out = &out;
        context.err = &err;
        return command->run(positional, context);
    }
    err << QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Known commands: %2.")
               .arg(name, names.join(QStringLiteral(", ")))
        << '\n';
    return 2;
}

} // namespace Starloop::Cli
