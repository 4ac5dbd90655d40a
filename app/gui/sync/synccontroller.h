// SyncController: runs the sync rounds of the window (Sync::SyncEngine) with the folder chosen in
// Settings > Sync: once at start, every few minutes, shortly after another device's file lands
// in the folder (QFileSystemWatcher), and on File > Sync Now. Every editor's pending autosave is
// saved first, so what the user typed takes part in the round. Says how the last round went for
// the status bar ("Synced 14:02 with laptop, desktop") and asks for the workspaces to be shown
// again when changes came in.
//
//   auto *sync = new SyncController(store, window);
//   connect(sync, &SyncController::statusChanged, label, &QLabel::setText);
//   connect(sync, &SyncController::dataChanged, window, &MainWindow::reloadRequested);
//   sync->start();               // nothing without a folder
//   sync->syncNow();             // File > Sync Now
//   sync->finalRound();          // the window closes
#pragma once

#include <QObject>

#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Sync {
struct SyncReport;
}

namespace Starloop::Gui {

class SyncController : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 5 * 60 * 1000;
    static constexpr int SettleMs = 2000; // after a change in the folder, for its files to land

    SyncController(Storage::DataStore &store, QWidget *window);

    bool isEnabled() const; // a folder is chosen and the file can be written
    QString statusText() const { return m_status; }
    // The window is closing: one last round, so that the last edits go out now rather than at the
    // next start; no more rounds after it, and a failure does not keep the window open.
    void finalRound();
    // Asks whether this file may sync with the folder (true: yes). The window asks with a message
    // box; tests answer without one.
    using AskConsent = std::function<bool(QWidget *window, const QString &folder)>;
    static void setAskConsent(AskConsent ask);
    // Reads the folder from AppSettings again (after Settings) and schedules a round.
    void start();

public Q_SLOTS:
    // One round now, asked for by the user (File > Sync Now: also a yes to syncing this file);
    // false when it failed (statusChanged says why).
    bool syncNow();

Q_SIGNALS:
    void statusChanged(const QString &text, bool failed);
    void dataChanged(); // changes came in: the workspaces should read the file again

private:
    // A round the user did not ask for (at start, timed, a file landed): only once the user has
    // let this file sync, asking the first time a file that never synced meets the folder.
    void automaticRound();
    bool mayRunOnItsOwn(bool ask);
    bool round();
    void watch();
    void setStatus(const QString &text, bool failed);
    QString describe(const Sync::SyncReport &report) const;

    Storage::DataStore &m_store;
    QWidget *m_window;
    QString m_folder;
    QTimer *m_interval;
    QTimer *m_settle;
    QFileSystemWatcher *m_watcher;
    QString m_status;
    bool m_running = false;
    bool m_closing = false;
};

} // namespace Starloop::Gui
