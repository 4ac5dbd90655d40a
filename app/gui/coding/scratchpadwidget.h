// ScratchpadWidget: a coding round for one question. The code editor with a language choice, a
// clock counting the attempt's time, "Run Examples" against the question's examples (results per
// example), the attempts at this question (new, reopen, self-rating, notes) and a diff against
// the model solution or another attempt. Everything autosaves (an AutoSaver) through
// AttemptRepository. A shell of parts: CodeEditor, RunResultsView, AttemptsPanel, AttemptDiffDialog.
#pragma once

#include "core/coding/attempt.h"
#include "core/coding/attemptrepository.h"
#include "core/coding/runresult.h"
#include "core/questions/question.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace Starloop::Storage {
class DataStore;
}
namespace Starloop::Coding {
class CodeRunner;
}

namespace Starloop::Gui {

class AttemptsPanel;
class AutoSaver;
class CodeEditor;
class RunResultsView;
class SaveStatus;

class ScratchpadWidget : public QWidget
{
    Q_OBJECT
public:
    ScratchpadWidget(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~ScratchpadWidget() override; // saves what is pending

    // Shows the newest attempt at `question`, or a fresh start made from its model solution's
    // signatures (stored once the user types).
    void setQuestion(const Questions::Question &question);
    qint64 questionId() const { return m_question.id; }
    const Coding::Attempt &currentAttempt() const { return m_attempt; }
    int attemptCount() const;
    CodeEditor *editor() const { return m_editor; }
    bool isRunning() const;
    Coding::RunResult lastResult() const { return m_lastResult; }
    void saveNow(); // writes a pending change at once

public Q_SLOTS:
    void newAttempt();
    void runExamples(); // or stops the run going on
    void showDiff();

Q_SIGNALS:
    void runFinished(const Starloop::Coding::RunResult &result);

private:
    QHBoxLayout *createToolBar();
    AttemptsPanel *createAttemptsPanel();
    void reloadAttempts();
    void openAttempt(qint64 id);
    void showAttempt(const Coding::Attempt &attempt);
    void setEditorText(const QString &code);
    void setLanguage(const QString &language);
    void scheduleSave();
    Status save(); // AutoSaver's save function: the attempt on screen, created when new
    void reportFailure(const QString &message);
    void tick();
    void updateClock();
    void updateRunButton();
    void onRunFinished(const Coding::RunResult &result);
    QString starterFor(const QString &language) const;
    qint64 now() const;

    Storage::DataStore &m_store;
    QPointer<SaveStatus> m_saveStatus; // the main window's; it may go first
    Coding::AttemptRepository m_repository;
    Coding::CodeRunner *m_runner;
    Questions::Question m_question;

    // The attempt being written (id 0: not stored yet) and its editor, saved as the user types.
    Coding::Attempt m_attempt;
    CodeEditor *m_editor = nullptr;
    AutoSaver *m_saver = nullptr;
    bool m_loading = false; // setting the editor's text is not an edit
    // The tool bar: language, new attempt, the attempt's clock, Run, compare.
    QComboBox *m_language = nullptr;
    QToolButton *m_newButton = nullptr;
    QLabel *m_clock = nullptr;
    QTimer *m_ticker = nullptr;
    QPushButton *m_runButton = nullptr;
    QToolButton *m_diffButton = nullptr;
    // What the last run printed, and the attempts before this one.
    Coding::RunResult m_lastResult;
    RunResultsView *m_results = nullptr;
    QVector<Coding::Attempt> m_attempts;
    AttemptsPanel *m_attemptsPanel = nullptr;
};

} // namespace Starloop::Gui
