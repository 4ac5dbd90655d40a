// WindowViewState: what the user is looking at in the main window, kept across a reload (a sync
// round or an import brought new data in and the window is built again on it): the workspace
// shown, each built workspace's own state (Workspace::viewState(): search, open question,
// self-test, open story or diagram) and the practice timer's plan, unless it was the user's
// preset and that preset has since been deleted.
//
//   const WindowViewState state = WindowViewState::capture(*oldWindow);
//   oldWindow.reset();                               // pending text is saved as it closes
//   auto window = std::make_unique<MainWindow>(store);
//   state.restore(*window, store.db());
#pragma once

#include "core/practice/timerplan.h"

#include <QVariantMap>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class MainWindow;

struct WindowViewState
{
    int workspace = 0;
    QVector<QVariantMap> workspaces; // by MainWindow::WorkspaceIndex; empty: was never built
    Practice::TimerPlan plan;
    QString planKind;
    QString planRef;
    QString planTitle;
    bool hasPlan = false;

    static WindowViewState capture(const MainWindow &window);
    void restore(MainWindow &window, Storage::Database &db) const;
};

} // namespace Starloop::Gui
