// SettingsDialog: appearance (theme, code theme, font size, language), practice (timer sounds,
// and, with a database, review scheduling: SchedulerSettings), storage (default database
// location) and sync (the shared folder and, with a database, this device's name). Saved to
// AppSettings (and the scheduler and the device name to the database) when accepted.
#pragma once

#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

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
    // The scheduler's part can fail (the database): the rest is saved anyway.
    Status save() const;
    bool languageChanged() const;

    SchedulerSettings *schedulerSettings() const { return m_scheduler; }

private:
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
