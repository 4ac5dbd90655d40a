// `starloop export FILE` and `starloop import FILE [--dry-run]`: everything the user wrote,
// to and from one JSON file (see Portability::DataExport / DataImport).
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
