// Command: one `starloop <name> ...` subcommand. Each lives in its own file pair and is
// registered in commandline.cpp; all of them run over the same core code as the window.
#pragma once

#include "core/userdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Starloop::Cli {

struct CommandContext
{
    QString databasePath; // resolved: --database or the default location
    QByteArray compressedBank; // the embedded bank, synced on open
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    QString commandName;

    // Adds --database and --help to a command's parser and parses its arguments.
    // Returns -1 to go on, or the exit code to stop with (help shown, or a usage error).
    int parse(QCommandLineParser &parser, const QStringList &arguments);

    enum class Access { ReadWrite, ReadOnly };
    // Opens the database at databasePath as the window does (checks, lock, bank sync); when that
    // fails, says why on err and returns nothing: the command exits with 2.
    std::optional<UserData> openData(Access access = Access::ReadWrite) const;
};

void addDatabaseOption(QCommandLineParser &parser);

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command's own name, like argv. Returns the exit code:
    // 0 success, 1 the command ran and found problems, 2 usage or opening errors.
    virtual int run(const QStringList &arguments, CommandContext context) = 0;
};

} // namespace Starloop::Cli
