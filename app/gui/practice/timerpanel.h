// TimerPanel: the big timer of the Practice workspace. A preset picker (the loop's rounds and the
// user's own presets), the time in large monospace digits, the current phase and what comes next,
// one progress bar per phase with its overrun in red, the controls, and when the time is stopped
// a rating (1-5) and notes that go into the practice log with the session.
#pragma once

#include "core/practice/timerplan.h"

#include <QVector>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class TimerController;

class TimerPanel : public QWidget
{
    Q_OBJECT
public:
    TimerPanel(Storage::DataStore &store, TimerController &controller, QWidget *parent = nullptr);

    // Re-reads the user's presets (PresetStore).
    void reloadPresets();
    // A quiet message above the controls (no sound), e.g. about a session a crash interrupted.
    void showNotice(const QString &text);

private:
    struct PhaseRow
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *time = nullptr;
    };

    void refresh();
    void rebuildPhaseRows();
    void choosePreset(int index);
    void savePresetAs();
    void editPreset();
    void deletePreset();
    void saveSession();
    bool isUserPreset(const QString &id) const;
    void showError(const QString &message);

    Storage::DataStore &m_store;
    TimerController &m_controller;
    QVector<Practice::TimerPlan> m_builtIn;
    QVector<Practice::TimerPlan> m_user;
    QVector<Practice::TimerPlan> m_choices; // what the combo box lists, in its order
    QString m_shownPlanKey; // to rebuild rows and choices only when the plan changes

    QComboBox *m_preset = nullptr;
    QToolButton *m_savePreset = nullptr;
    QToolButton *m_editPreset = nullptr;
    QToolButton *m_deletePreset = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_addMinute = nullptr;
    QPushButton *m_nextPhase = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_reset = nullptr;
    QGridLayout *m_phaseGrid = nullptr;
    QWidget *m_phaseBox = nullptr;
    QVector<PhaseRow> m_rows;
    QGroupBox *m_review = nullptr;
    QButtonGroup *m_rating = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveSession = nullptr;
};

} // namespace Starloop::Gui
