// `starloop export-diagram "TITLE" OUT [--scale N] [--architecture] [--template]`: writes a diagram
// from the Diagrams workspace to a file without opening the window. The format follows OUT's
// suffix: .png, .svg, .pdf (drawn exactly as the canvas draws it), or .mmd / .md (Mermaid text:
// a flowchart, or architecture-beta with --architecture).
//
//   starloop export-diagram "URL shortener" design.svg
//   starloop export-diagram "URL shortener" design.png --scale 2
//   starloop export-diagram "URL shortener" design.mmd --architecture
//   starloop export-diagram --template news-feed feed.svg      # a template, by id or title
//
// TITLE names one of the user's diagrams; with --template it names one of the templates of New
// Diagram instead (its id, the file name in content/diagrams, or its title), and no database is
// opened. The two never mix: a diagram of the user's called like a template is never shadowed
// by it, nor the other way round.
//
// PNG, SVG and PDF need a QGuiApplication (the offscreen platform will do); the command is
// compiled with the gui library for that reason.
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class ExportDiagramCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export-diagram"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
