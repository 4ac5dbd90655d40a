// DataActions: what the File menu does with the user's file as a whole: open another file,
// back up now, restore a backup, export everything written to JSON (or to a zip with the
// rehearsal recordings), and import either (with a preview of what would change). The window asks; this
// object talks to the user with dialogs over `window` and says what should happen next through its signals.
#pragma once

#include <QObject>

class QWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class DataActions : public QObject
{
    Q_OBJECT
public:
    DataActions(Storage::DataStore &store, QWidget *window);

public Q_SLOTS:
    void openDatabase();
    void backUpNow();
    void restoreBackup();
    void exportData();
    void exportWithRecordings();
    void importData();
    // The import itself, after the file was chosen: preview, confirm, merge.
    void importFile(const QString &path);

Q_SIGNALS:
    void openDatabaseRequested(const QString &path);
    void restoreBackupRequested(const QString &backupPath);
    void reloadRequested(); // after an import: the workspaces show the new data
    void message(const QString &text); // for the status bar

private:
    Storage::DataStore &m_store;
    QWidget *m_window;
};

} // namespace Starloop::Gui
