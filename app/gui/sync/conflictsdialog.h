// ConflictsDialog: File > Sync Conflicts. Lists the conflict copies a sync kept (a text edited on
// two devices: the newer edit won, the other is here), shows the kept copy beside the record as
// it is now, and lets the user swap the copy with the text in place (which is kept as a copy in
// turn, so nothing is lost) or dismiss the copy; either is synced to the other devices on the
// next round, which the window starts when the dialog closes (changedSync()). Close is the
// default button; with no copies the dialog says so instead of showing empty panes.
#pragma once

#include "core/sync/syncconflicts.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Storage::DataStore &store, QWidget *parent = nullptr);

    int count() const { return int(m_conflicts.size()); }
    bool changedData() const { return m_changedData; } // a copy's text was put back
    bool changedSync() const { return m_changedSync; } // a copy was used or dismissed

private:
    void reload();
    void showCurrent();
    void dismissCurrent();
    void useCurrent();
    const Sync::SyncConflict *current() const;
    QString fromWhom(const Sync::SyncConflict &conflict) const; // "this computer", "desktop"

    Storage::DataStore &m_store;
    QVector<Sync::SyncConflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_copyLabel;
    QWidget *m_panes;
    QLabel *m_empty;
    QLabel *m_notice;
    QString m_deviceName;
    QPlainTextEdit *m_copy;
    QPlainTextEdit *m_now;
    QPushButton *m_use;
    QPushButton *m_dismiss;
    bool m_changedData = false;
    bool m_changedSync = false;
};

} // namespace Starloop::Gui
