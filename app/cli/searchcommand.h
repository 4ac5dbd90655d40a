// `starloop search "QUERY" [--json] [--limit N]`: the Questions workspace's search, headless.
// Prints uid, title, section and a snippet per result, best first; --json for scripts.
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class SearchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
