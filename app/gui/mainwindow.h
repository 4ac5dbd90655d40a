// MainWindow: the shell. A sidebar of the four workspaces, the menus, the status bar with the
// saved / unsaved indicator and how the last sync went. It owns no data logic: workspaces talk to core
// repositories.
#pragma once

#include "gui/savestatus.h"

#include <QIcon>
#include <QMainWindow>
#include <QVector>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QAction;
class QUndoGroup;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class DataActions;
class SyncController;
class PracticeWorkspace;
class TimerController;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum WorkspaceIndex { Questions = 0, Stories = 1, Diagrams = 2, Practice = 3 };

    explicit MainWindow(Storage::DataStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showWorkspace(int index);
    int currentWorkspace() const;
    Workspace *workspace(int index); // built on first use
    Workspace *builtWorkspace(int index) const { return m_workspaces.value(index); } // nullptr: not yet
    SaveStatus *saveStatus() { return &m_saveStatus; }
    TimerController *timerController() const { return m_timer; }
    void showWelcome();
    QVector<QIcon> workspaceIcons() const; // the sidebar's, in order (render-window checks them)

Q_SIGNALS:
    void openDatabaseRequested(const QString &path);
    void restoreBackupRequested(const QString &backupPath);
    void reloadRequested(); // after an import: the workspaces show the new data

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString workspaceTitle(int index) const;
    QIcon workspaceIcon(int index) const;
    void createWorkspaces();
    Workspace *buildWorkspace(int index);
    PracticeWorkspace *practice();
    void createMenus();
    void createStatusBar();
    void updateSidebarPalette();
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    void showShortcuts();
    void showSettings(bool syncPage = false);
    void syncNow();
    void showSyncConflicts();
    void connectQuestions();

    Storage::DataStore &m_store;
    // Outlives every workspace: ~MainWindow deletes them while it still exists.
    SaveStatus m_saveStatus;
    QUndoGroup *m_undoGroup = nullptr; // Edit > Undo acts on the shown workspace's stack
    DataActions *m_dataActions = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVector<Workspace *> m_workspaces; // nullptr: not built yet (workspace())
    TimerController *m_timer = nullptr; // the one practice clock, in the toolbar from the start
    QVector<QAction *> m_goActions;
    mutable QVector<QIcon> m_workspaceIcons; // workspaceIcon()
    QLabel *m_saveLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    SyncController *m_sync = nullptr; // rounds with the sync folder (Settings > Sync)
    QLabel *m_syncLabel = nullptr;
};

} // namespace Starloop::Gui
