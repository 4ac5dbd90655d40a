// SettingsDialog: appearance (theme, code theme, font size, language), practice (timer sounds)
// and storage (default database location). Saved to AppSettings when accepted.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Starloop::Gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void save() const;
    bool languageChanged() const;

private:
    QComboBox *m_theme;
    QComboBox *m_codeTheme;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QCheckBox *m_timerSounds;
    QLineEdit *m_databasePath;
};

} // namespace Starloop::Gui
