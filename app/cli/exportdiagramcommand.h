// `starloop export-diagram "TITLE" OUT [--scale N] [--architecture]`: writes a diagram from the
// Diagrams workspace to a file without opening the window. The format follows OUT's suffix:
// .png, .svg, .pdf (drawn exactly as the canvas draws it), or .mmd / .md (Mermaid text: a
// flowchart, or architecture-beta with --architecture).
//
//   starloop export-diagram "URL shortener" design.svg
//   starloop export-diagram "URL shortener" design.png --scale 2
//   starloop export-diagram "URL shortener" design.mmd --architecture
//
// PNG, SVG and PDF need a QGuiApplication (the offscreen platform will do); the command is
// compiled with the gui library for that reason.
#pragma once

#include "command.h"

namespace Starloop::Cli {

class ExportDiagramCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export-diagram"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
