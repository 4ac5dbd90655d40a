// `starloop check`: opens the database like the window does and runs HealthCheck.
// Exit code 0 when healthy, 1 when problems were found, 2 when the file cannot be opened.
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
