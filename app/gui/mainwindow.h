// MainWindow: the shell. A sidebar of the four workspaces, the menus, the status bar with the
// saved / unsaved indicator. It owns no data logic: workspaces talk to core repositories.
#pragma once

#include "savestatus.h"

#include <QIcon>
#include <QMainWindow>
#include <QVector>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QAction;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

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
    SaveStatus *saveStatus() { return &m_saveStatus; }
    TimerController *timerController() const { return m_timer; }
    void showWelcome();

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
    void updateUndoActions();
    void showAbout();
    void showShortcuts();
    void showSettings();
    void openDatabase();
    void backUpNow();
    void restoreBackup();
    void exportData();
    void importData();

    Storage::DataStore &m_store;
    SaveStatus m_saveStatus;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVector<Workspace *> m_workspaces; // nullptr: not built yet (workspace())
    TimerController *m_timer = nullptr; // the one practice clock, in the toolbar from the start
    QVector<QAction *> m_goActions;
    mutable QVector<QIcon> m_workspaceIcons; // workspaceIcon()
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace Starloop::Gui
