// `starloop sync FOLDER [--name NAME]`: one sync round with a shared folder, without a window
// (Sync::SyncEngine). Prints what went out and what came in; exit 0 after a round, 1 when the
// round failed (the folder is missing, cannot be written to ...), 2 on a usage error.
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class SyncCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
