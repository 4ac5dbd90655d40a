// SettingsDialog, in pages: General (theme, code theme, font size, language, timer sounds),
// Reviews (with a database: review scheduling, SchedulerSettings) and Storage & Sync (default
// database location, the shared sync folder and, with a database, this device's name). Saved to
// AppSettings (and the scheduler and the device name to the database) when accepted.
//
//   SettingsDialog dialog(&store, window);
//   dialog.showPage(SettingsDialog::Page::Sync);   // File > Sync Now before a folder is set
//   if (dialog.exec() == QDialog::Accepted) dialog.save();
#pragma once

#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class SchedulerSettings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a store the scheduling settings are left out.
    explicit SettingsDialog(Storage::DataStore *store, QWidget *parent = nullptr);
    // Reviews: the scheduling settings (with a store); Sync: the storage and sync settings.
    enum class Page { General, Reviews, Sync };
    void showPage(Page page);
    // A sync folder that does not exist: offers to create it, else stays open on the Sync page.
    void accept() override;
    // The scheduler's part can fail (the database): the rest is saved anyway.
    Status save() const;
    bool languageChanged() const;

    SchedulerSettings *schedulerSettings() const { return m_scheduler; }

private:
    static void addFieldRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field);

    QTabWidget *m_pages;
    QComboBox *m_theme;
    QComboBox *m_codeTheme;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QCheckBox *m_timerSounds;
    QLineEdit *m_databasePath;
    QLineEdit *m_syncFolder;
    QLineEdit *m_deviceName = nullptr;
    Storage::DataStore *m_store;
    SchedulerSettings *m_scheduler = nullptr;
};

} // namespace Starloop::Gui
