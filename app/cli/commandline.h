// CommandLine: decides between the window and a headless command, and runs the latter.
//
//   starloop                                  -> the window, default database
//   starloop --database ~/loop.sqlite         -> the window on that file
//   starloop --version | --help               -> printed, no window, no database
//   starloop check [--database PATH]          -> headless command
//   starloop --database PATH search "dynamo"  -> headless command (options may come first)
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace Starloop::Cli {

class CommandLine
{
public:
    // True when argv asks for a headless run (a command, --version or --help); no Qt needed.
    static bool isHeadless(int argc, char **argv);
    static QStringList commandNames(); // the core commands

    // Runs a headless invocation; needs a QCoreApplication. Returns the exit code.
    // `extra` adds commands built on libraries the CLI does not link (export-diagram draws
    // with the gui library, so the executable registers it).
    static int run(const QStringList &arguments, const QByteArray &compressedBank,
        std::vector<std::unique_ptr<Command>> extra = {});

    // The --database value of a window invocation (empty: the default location).
    static QString databaseArgument(const QStringList &arguments);

    static std::vector<std::unique_ptr<Command>> createCommands();
};

} // namespace Starloop::Cli
