// `starloop render-window OUT.png [--workspace NAME] [--size WxH]`: opens the window on the file
// (offscreen, no display needed), shows a workspace, writes what it draws to OUT.png and checks
// that every workspace icon was drawn. A smoke test of an installed package: without Qt's SVG
// plugins every icon is blank, and this command says so and exits 1.
//
//   starloop --database /tmp/loop.sqlite render-window window.png
//   starloop render-window diagrams.png --workspace diagrams --size 1400x900
//
// It needs a QApplication; main.cpp makes one for it, on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise.
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class RenderWindowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render-window"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
