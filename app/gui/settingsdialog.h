// SettingsDialog: appearance (theme, code theme, font size, language), practice (timer sounds,
// and, with a database, review scheduling: SchedulerSettings) and storage (default database
// location). Saved to AppSettings (and the scheduler to the database) when accepted.
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
    SchedulerSettings *m_scheduler = nullptr;
};

} // namespace Starloop::Gui
