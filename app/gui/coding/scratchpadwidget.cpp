#include "gui/coding/scratchpadwidget.h"

#include "core/coding/coderunner.h"
#include "core/coding/codingexamples.h"
#include "core/coding/modelsolution.h"
#include "core/coding/toolchain.h"
#include "core/storage/datastore.h"
#include "core/vocabulary/language.h"
#include "gui/coding/attemptdiffdialog.h"
#include "gui/coding/attemptspanel.h"
#include "gui/coding/codeeditor.h"
#include "gui/coding/runresultsview.h"
#include "gui/savestatus.h"
#include "gui/widgets/autosaver.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Coding::Attempt;
using Coding::RunResult;
using Coding::Toolchain;

namespace {

constexpr int ClockSaveEverySecs = 15;

} // namespace

ScratchpadWidget::ScratchpadWidget(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_saveStatus(&saveStatus)
    , m_repository(store.db())
    , m_runner(new Coding::CodeRunner(this))
{
    setObjectName(QStringLiteral("scratchpad"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createToolBar());

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *codeSplit = new QSplitter(Qt::Vertical, split);
    m_editor = new CodeEditor(codeSplit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_attempt.code = m_editor->toPlainText();
        scheduleSave();
    });
    m_results = new RunResultsView(codeSplit);
    codeSplit->addWidget(m_editor);
    codeSplit->addWidget(m_results);
    codeSplit->setStretchFactor(0, 3);
    codeSplit->setStretchFactor(1, 2);
    codeSplit->setSizes({360, 280});
    split->addWidget(codeSplit);
    split->addWidget(createAttemptsPanel());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({640, 220});
    layout->addWidget(split, 1);

    m_saver = new AutoSaver(
        &saveStatus, [this] { return save(); }, tr("Your attempt"), this);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ScratchpadWidget::tick);
    m_ticker->start();

    connect(m_runner, &Coding::CodeRunner::finished, this, &ScratchpadWidget::onRunFinished);
    auto *run = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    run->setContext(Qt::WidgetWithChildrenShortcut);
    connect(run, &QShortcut::activated, this, &ScratchpadWidget::runExamples);

    setEnabled(false);
    updateClock();
}

ScratchpadWidget::~ScratchpadWidget()
{
    m_saver->flush(); // never lose the last keystrokes
}

QHBoxLayout *ScratchpadWidget::createToolBar()
{
    auto *bar = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("scratchpadLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(12);
    QStringList runnableDefinitions;
    for (const Language language : Languages::runnable()) {
        const QString id = Languages::id(language);
        m_language->addItem(Languages::displayName(id), id);
        runnableDefinitions << Languages::definitionName(id);
    }
    const QStringList others = CodeEditor::knownLanguages();
    if (!others.isEmpty()) {
        m_language->insertSeparator(m_language->count());
        for (const QString &name : others) {
            if (!runnableDefinitions.contains(name))
                m_language->addItem(name, name); // an Other language: its id is its definition's name
        }
    }
    connect(m_language, qOverload<int>(&QComboBox::activated), this,
        [this](int index) { setLanguage(m_language->itemData(index).toString()); });
    bar->addWidget(m_language);

    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newAttemptButton"));
    m_newButton->setText(tr("New Attempt"));
    m_newButton->setToolTip(tr("Start again from a blank page; this attempt stays in the list"));
    connect(m_newButton, &QToolButton::clicked, this, &ScratchpadWidget::newAttempt);
    bar->addWidget(m_newButton);
    bar->addStretch(1);

    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("attemptClock"));
    m_clock->setToolTip(tr("Time spent on this attempt"));
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.15);
    m_clock->setFont(clockFont);
    bar->addWidget(m_clock);

    m_runButton = new QPushButton(tr("Run Examples"), this);
    m_runButton->setObjectName(QStringLiteral("runExamplesButton"));
    connect(m_runButton, &QPushButton::clicked, this, &ScratchpadWidget::runExamples);
    bar->addWidget(m_runButton);

    m_diffButton = new QToolButton(this);
    m_diffButton->setObjectName(QStringLiteral("diffButton"));
    m_diffButton->setText(tr("Diff…"));
    m_diffButton->setToolTip(tr("Compare this attempt with the model solution or another attempt"));
    connect(m_diffButton, &QToolButton::clicked, this, &ScratchpadWidget::showDiff);
    bar->addWidget(m_diffButton);
    return bar;
}

AttemptsPanel *ScratchpadWidget::createAttemptsPanel()
{
    m_attemptsPanel = new AttemptsPanel(this);
    connect(m_attemptsPanel, &AttemptsPanel::attemptChosen, this, &ScratchpadWidget::openAttempt);
    connect(m_attemptsPanel, &AttemptsPanel::ratingChanged, this, [this](std::optional<int> rating) {
        m_attempt.rating = rating;
        scheduleSave();
    });
    connect(m_attemptsPanel, &AttemptsPanel::notesChanged, this, [this](const QString &notes) {
        m_attempt.notes = notes;
        scheduleSave();
    });
    return m_attemptsPanel;
}

void ScratchpadWidget::setQuestion(const Questions::Question &question)
{
    if (question.id == m_question.id && question.id != 0)
        return;
    saveNow();
    m_runner->cancel();
    m_question = question;
    setEnabled(question.id != 0);
    reloadAttempts();
    if (!m_attempts.isEmpty()) {
        showAttempt(m_attempts.first());
        return;
    }
    Attempt blank;
    blank.questionId = question.id;
    blank.language = m_attempt.language.isEmpty() ? Languages::id(Language::Python) : m_attempt.language;
    blank.code = starterFor(blank.language);
    showAttempt(blank);
}

int ScratchpadWidget::attemptCount() const
{
    return int(m_attempts.size());
}

bool ScratchpadWidget::isRunning() const
{
    return m_runner->isRunning();
}

void ScratchpadWidget::reloadAttempts()
{
    m_attempts.clear();
    m_attemptsPanel->setAttempts({}, 0);
    if (m_question.id == 0)
        return;
    const auto attempts = m_repository.forQuestion(m_question.id);
    if (!attempts) {
        reportFailure(attempts.errorMessage());
        return;
    }
    m_attempts = attempts.value();
    m_attemptsPanel->setAttempts(m_attempts, m_attempt.id);
}

void ScratchpadWidget::openAttempt(qint64 id)
{
    if (id == m_attempt.id)
        return;
    saveNow();
    const auto attempt = m_repository.load(id);
    if (!attempt) {
        reportFailure(attempt.errorMessage());
        return;
    }
    showAttempt(attempt.value());
}

void ScratchpadWidget::showAttempt(const Attempt &attempt)
{
    m_runner->cancel(); // a run's results belong to the attempt it started from
    m_attempt = attempt;
    m_loading = true;
    const int languageIndex = m_language->findData(attempt.language);
    if (languageIndex >= 0)
        m_language->setCurrentIndex(languageIndex);
    m_editor->setLanguage(attempt.language);
    m_editor->setPlainText(attempt.code);
    m_loading = false;
    m_attemptsPanel->showAttempt(attempt);
    m_results->showResult(RunResult::fromJson(attempt.lastRun));
    updateClock();
    updateRunButton();
}

void ScratchpadWidget::setEditorText(const QString &code)
{
    m_loading = true;
    m_editor->setPlainText(code);
    m_loading = false;
    m_attempt.code = code;
}

QString ScratchpadWidget::starterFor(const QString &language) const
{
    return Coding::ModelSolution::starter(m_question.answerMd, language);
}

void ScratchpadWidget::setLanguage(const QString &language)
{
    if (language.isEmpty() || language == m_attempt.language)
        return;
    const bool untouched
        = m_attempt.code.trimmed().isEmpty() || m_attempt.code == starterFor(m_attempt.language);
    m_attempt.language = language;
    m_editor->setLanguage(language);
    if (untouched) {
        setEditorText(starterFor(language));
        if (m_attempt.id == 0) { // nothing typed yet: nothing to store
            updateRunButton();
            return;
        }
    }
    updateRunButton();
    scheduleSave();
}

void ScratchpadWidget::newAttempt()
{
    if (m_question.id == 0)
        return;
    saveNow();
    m_runner->cancel();
    const QString language
        = m_attempt.language.isEmpty() ? Languages::id(Language::Python) : m_attempt.language;
    const auto created = m_repository.create(m_question.id, language, starterFor(language), now());
    if (!created) {
        reportFailure(created.errorMessage());
        return;
    }
    m_attempt = created.value();
    reloadAttempts();
    showAttempt(m_attempt);
    if (m_saveStatus)
        m_saveStatus->markSaved();
    m_editor->setFocus();
}

void ScratchpadWidget::scheduleSave()
{
    if (m_question.id != 0)
        m_saver->changed();
}

void ScratchpadWidget::saveNow()
{
    m_saver->flush();
}

Status ScratchpadWidget::save()
{
    if (m_question.id == 0)
        return {};
    if (m_attempt.id == 0) {
        const auto created = m_repository.create(m_question.id, m_attempt.language, m_attempt.code, now());
        if (!created)
            return created.error();
        const Attempt typed = m_attempt;
        m_attempt = created.value();
        m_attempt.durationSecs = typed.durationSecs;
        m_attempt.rating = typed.rating;
        m_attempt.notes = typed.notes;
        m_attempt.lastRun = typed.lastRun;
    }
    const Status status = m_repository.save(m_attempt, now());
    if (!status)
        return status;
    // Keep the list's line for this attempt current (time, rating, last run).
    bool listed = false;
    for (Attempt &listedAttempt : m_attempts) {
        if (listedAttempt.id == m_attempt.id) {
            listedAttempt = m_attempt;
            listed = m_attemptsPanel->updateAttempt(m_attempt);
        }
    }
    if (!listed)
        reloadAttempts();
    return status;
}

void ScratchpadWidget::reportFailure(const QString &message)
{
    if (m_saveStatus)
        m_saveStatus->markFailed(message);
}

void ScratchpadWidget::tick()
{
    // The clock runs while the scratchpad is on screen with something typed.
    if (!isVisible() || m_question.id == 0)
        return;
    if (m_attempt.id == 0 && m_attempt.code == starterFor(m_attempt.language))
        return;
    ++m_attempt.durationSecs;
    updateClock();
    if (m_attempt.durationSecs % ClockSaveEverySecs == 0 && !m_saver->isPending()) {
        m_saver->changed();
        m_saver->flush();
    }
}

void ScratchpadWidget::updateClock()
{
    const int secs = m_attempt.durationSecs;
    m_clock->setText(QStringLiteral("%1:%2")
                         .arg(secs / 60, 2, 10, QLatin1Char('0'))
                         .arg(secs % 60, 2, 10, QLatin1Char('0')));
}

void ScratchpadWidget::updateRunButton()
{
    if (m_runner->isRunning()) {
        m_runButton->setText(tr("Stop"));
        m_runButton->setToolTip(tr("Stop the run"));
        m_runButton->setEnabled(true);
        return;
    }
    const QString language = m_attempt.language;
    QString reason = Toolchain::missingReason(language);
    QString label = tr("Run Examples");
    if (!reason.isEmpty()) {
        const Language known = Languages::fromId(language);
        label = Languages::canRun(known) ? tr("Run needs %1").arg(Languages::requiredProgram(known))
                                         : tr("Run: Python, C++ and Java only");
    } else if (Coding::CodingExamples::forQuestion(m_question.uid, language).isEmpty()) {
        reason = tr("This question has no examples to run.");
        label = tr("No examples to run");
    }
    m_runButton->setText(label);
    m_runButton->setToolTip(
        reason.isEmpty() ? tr("Run your code against the question's examples (Ctrl+Enter)") : reason);
    m_runButton->setEnabled(reason.isEmpty());
}

void ScratchpadWidget::runExamples()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_results->setStatusText(tr("Stopped."));
        updateRunButton();
        return;
    }
    if (!m_runButton->isEnabled())
        return;
    Coding::RunRequest request;
    request.language = m_attempt.language;
    request.code = m_editor->toPlainText();
    request.examples = Coding::CodingExamples::forQuestion(m_question.uid, m_attempt.language);
    RunResult pending;
    for (const Coding::ExampleCase &example : std::as_const(request.examples.cases))
        pending.cases << Coding::CaseResult {example.call, example.expected, QString(), false, false};
    m_results->showResult(pending);
    m_results->setStatusText(tr("Running %n example(s)…", nullptr, int(request.examples.cases.size())));
    m_runner->start(request);
    updateRunButton();
}

void ScratchpadWidget::onRunFinished(const RunResult &result)
{
    m_lastResult = result;
    m_results->showResult(result);
    updateRunButton();
    m_attempt.lastRun = result.toJson();
    if (m_attempt.id != 0 || m_attempt.code != starterFor(m_attempt.language))
        scheduleSave();
    Q_EMIT runFinished(result);
}

void ScratchpadWidget::showDiff()
{
    if (m_question.id == 0)
        return;
    saveNow();
    QVector<AttemptDiffDialog::Candidate> candidates;
    const QString language = m_attempt.language;
    QString model = Coding::ModelSolution::extract(m_question.answerMd, language);
    if (!model.isEmpty())
        candidates.append({tr("Model solution (%1)").arg(Languages::displayName(language)), model});
    for (const Attempt &other : std::as_const(m_attempts)) {
        if (other.id != m_attempt.id)
            candidates.append({tr("Attempt of %1").arg(AttemptsPanel::label(other)), other.code});
    }
    if (model.isEmpty()) { // e.g. Java: offer the Python model rather than nothing
        model = Coding::ModelSolution::extract(m_question.answerMd, Languages::id(Language::Python));
        if (!model.isEmpty())
            candidates.append({tr("Model solution (Python)"), model});
    }
    auto *dialog = new AttemptDiffDialog(candidates, m_editor->toPlainText(), this);
    dialog->show();
}

qint64 ScratchpadWidget::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Starloop::Gui
