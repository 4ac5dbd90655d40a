#include "scratchpadwidget.h"

#include "codeeditor.h"
#include "coding/coderunner.h"
#include "coding/codingexamples.h"
#include "coding/modelsolution.h"
#include "coding/toolchain.h"
#include "diffview.h"
#include "savestatus.h"
#include "storage/datastore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Coding::Attempt;
using Coding::RunResult;
using Coding::Toolchain;

namespace {

constexpr int SaveDelayMs = 400;
constexpr int RetryDelayMs = 3000;
constexpr int ClockSaveEverySecs = 15;

enum ResultColumn { StatusColumn, CallColumn, ExpectedColumn, ActualColumn };

} // namespace

ScratchpadWidget::ScratchpadWidget(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(store.db())
    , m_runner(new Coding::CodeRunner(this))
{
    setObjectName(QStringLiteral("scratchpad"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("scratchpadLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(12);
    for (const QString &language : Toolchain::languages())
        m_language->addItem(Toolchain::languageName(language), language);
    const QStringList others = CodeEditor::knownLanguages();
    if (!others.isEmpty()) {
        m_language->insertSeparator(m_language->count());
        for (const QString &name : others) {
            if (name != QLatin1String("Python") && name != QLatin1String("C++") && name != QLatin1String("Java"))
                m_language->addItem(name, name);
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
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *codeSplit = new QSplitter(Qt::Vertical, split);
    m_editor = new CodeEditor(codeSplit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_attempt.code = m_editor->toPlainText();
        scheduleSave();
    });

    auto *resultsBox = new QWidget(codeSplit);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_runStatus = new QLabel(resultsBox);
    m_runStatus->setObjectName(QStringLiteral("runStatus"));
    m_runStatus->setWordWrap(true);
    m_runStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_runStatus);
    m_results = new QTableWidget(0, 4, resultsBox);
    m_results->setObjectName(QStringLiteral("runResults"));
    m_results->setAccessibleName(tr("Example results"));
    m_results->setHorizontalHeaderLabels({QString(), tr("Example"), tr("Expected"), tr("Got")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(CallColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(ExpectedColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(ActualColumn, QHeaderView::ResizeToContents);
    resultsLayout->addWidget(m_results, 1);
    codeSplit->addWidget(m_editor);
    codeSplit->addWidget(resultsBox);
    codeSplit->setStretchFactor(0, 3);
    codeSplit->setStretchFactor(1, 2);
    codeSplit->setSizes({360, 280});
    split->addWidget(codeSplit);
    split->addWidget(createAttemptsPanel());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({640, 220});
    layout->addWidget(split, 1);

    m_saveDebounce = new QTimer(this);
    m_saveDebounce->setSingleShot(true);
    m_saveDebounce->setInterval(SaveDelayMs);
    connect(m_saveDebounce, &QTimer::timeout, this, [this] { save(); });

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
    // Never lose the last keystrokes. The SaveStatus may already be gone with the main
    // window's members, so this write reports nothing.
    if (m_saveDebounce->isActive())
        save(false);
}

QWidget *ScratchpadWidget::createAttemptsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Attempts"), panel));
    m_attemptList = new QListWidget(panel);
    m_attemptList->setObjectName(QStringLiteral("attemptList"));
    m_attemptList->setAccessibleName(tr("Your attempts at this question"));
    m_attemptList->setWordWrap(true);
    connect(m_attemptList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id == m_attempt.id)
            return;
        saveNow();
        const auto attempt = m_repository.load(id);
        if (!attempt) {
            m_saveStatus.markFailed(attempt.errorMessage());
            return;
        }
        showAttempt(attempt.value());
    });
    layout->addWidget(m_attemptList, 1);

    layout->addWidget(new QLabel(tr("How did it go?"), panel));
    m_rating = new QComboBox(panel);
    m_rating->setObjectName(QStringLiteral("attemptRating"));
    m_rating->setAccessibleName(tr("Self-rating"));
    m_rating->addItem(tr("Not rated"));
    const QStringList ratings{tr("1 – stuck"), tr("2 – needed hints"), tr("3 – solved, slowly"),
                              tr("4 – solved cleanly"), tr("5 – interview-ready")};
    for (int i = 0; i < ratings.size(); ++i)
        m_rating->addItem(ratings.at(i), i + 1);
    connect(m_rating, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        if (m_loading)
            return;
        m_attempt.rating = index > 0 ? std::optional<int>(index) : std::nullopt;
        scheduleSave();
    });
    layout->addWidget(m_rating);

    m_notes = new QPlainTextEdit(panel);
    m_notes->setObjectName(QStringLiteral("attemptNotes"));
    m_notes->setAccessibleName(tr("Notes on this attempt"));
    m_notes->setPlaceholderText(tr("What went wrong, what to remember…"));
    m_notes->setMaximumHeight(120);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_attempt.notes = m_notes->toPlainText();
        scheduleSave();
    });
    layout->addWidget(m_notes);
    return panel;
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
    blank.language = m_attempt.language.isEmpty() ? QStringLiteral("python") : m_attempt.language;
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
    m_attemptList->clear();
    if (m_question.id == 0)
        return;
    const auto attempts = m_repository.forQuestion(m_question.id);
    if (!attempts) {
        m_saveStatus.markFailed(attempts.errorMessage());
        return;
    }
    m_attempts = attempts.value();
    for (const Attempt &attempt : std::as_const(m_attempts)) {
        auto *item = new QListWidgetItem(attemptLabel(attempt), m_attemptList);
        item->setData(Qt::UserRole, attempt.id);
        if (attempt.id == m_attempt.id)
            m_attemptList->setCurrentItem(item);
    }
}

QString ScratchpadWidget::attemptLabel(const Attempt &attempt) const
{
    QStringList parts{QDateTime::fromSecsSinceEpoch(attempt.startedAt).toString(QStringLiteral("d MMM HH:mm")),
                      Toolchain::languageName(attempt.language)};
    if (attempt.durationSecs >= 60)
        parts << tr("%n min", nullptr, attempt.durationSecs / 60);
    if (attempt.rating)
        parts << QString(*attempt.rating, QChar(0x2605));
    const RunResult run = RunResult::fromJson(attempt.lastRun);
    if (run.outcome == RunResult::Outcome::Passed || run.outcome == RunResult::Outcome::Failed)
        parts << tr("%1/%2 passed").arg(run.passedCount()).arg(run.cases.size());
    return parts.join(QStringLiteral(" · "));
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
    m_rating->setCurrentIndex(attempt.rating ? qBound(0, *attempt.rating, 5) : 0);
    m_notes->setPlainText(attempt.notes);
    m_loading = false;
    for (int row = 0; row < m_attemptList->count(); ++row) {
        if (m_attemptList->item(row)->data(Qt::UserRole).toLongLong() == attempt.id && attempt.id != 0)
            m_attemptList->setCurrentRow(row);
    }
    if (attempt.id == 0)
        m_attemptList->clearSelection();
    showResult(RunResult::fromJson(attempt.lastRun));
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
    const bool untouched = m_attempt.code.trimmed().isEmpty() || m_attempt.code == starterFor(m_attempt.language);
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
    const QString language = m_attempt.language.isEmpty() ? QStringLiteral("python") : m_attempt.language;
    const auto created = m_repository.create(m_question.id, language, starterFor(language), now());
    if (!created) {
        m_saveStatus.markFailed(created.errorMessage());
        return;
    }
    m_attempt = created.value();
    reloadAttempts();
    showAttempt(m_attempt);
    m_saveStatus.markSaved();
    m_editor->setFocus();
}

void ScratchpadWidget::scheduleSave()
{
    if (m_question.id == 0)
        return;
    m_saveStatus.markPending();
    m_saveDebounce->start(SaveDelayMs);
}

void ScratchpadWidget::saveNow()
{
    if (m_saveDebounce && m_saveDebounce->isActive())
        save();
}

void ScratchpadWidget::save(bool report)
{
    m_saveDebounce->stop();
    if (m_question.id == 0)
        return;
    const bool fresh = m_attempt.id == 0;
    if (fresh) {
        const auto created = m_repository.create(m_question.id, m_attempt.language, m_attempt.code, now());
        if (!created) {
            if (report) {
                m_saveStatus.markFailed(tr("Your attempt is not saved yet (%1). It is kept on screen and will be retried.")
                                            .arg(created.errorMessage()));
                m_saveDebounce->start(RetryDelayMs);
            }
            return;
        }
        const Attempt typed = m_attempt;
        m_attempt = created.value();
        m_attempt.durationSecs = typed.durationSecs;
        m_attempt.rating = typed.rating;
        m_attempt.notes = typed.notes;
        m_attempt.lastRun = typed.lastRun;
    }
    const Status status = m_repository.save(m_attempt, now());
    if (!status) {
        if (report) {
            m_saveStatus.markFailed(tr("Your attempt is not saved yet (%1). It is kept on screen and will be retried.")
                                        .arg(status.errorMessage()));
            m_saveDebounce->start(RetryDelayMs);
        }
        return;
    }
    if (!report)
        return;
    m_saveStatus.markSaved();
    // Keep the list's line for this attempt current (time, rating, last run).
    bool listed = false;
    for (int i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts.at(i).id != m_attempt.id)
            continue;
        m_attempts[i] = m_attempt;
        if (QListWidgetItem *item = m_attemptList->item(i))
            item->setText(attemptLabel(m_attempt));
        listed = true;
    }
    if (!listed)
        reloadAttempts();
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
    if (m_attempt.durationSecs % ClockSaveEverySecs == 0 && !m_saveDebounce->isActive())
        save();
}

void ScratchpadWidget::updateClock()
{
    const int secs = m_attempt.durationSecs;
    m_clock->setText(QStringLiteral("%1:%2").arg(secs / 60, 2, 10, QLatin1Char('0')).arg(secs % 60, 2, 10, QLatin1Char('0')));
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
        const bool runnable = Toolchain::languages().contains(language);
        label = runnable ? tr("Run needs %1").arg(Toolchain::requiredProgram(language)) : tr("Run: Python, C++ and Java only");
    } else if (Coding::CodingExamples::forQuestion(m_question.uid, language).isEmpty()) {
        reason = tr("This question has no examples to run.");
        label = tr("No examples to run");
    }
    m_runButton->setText(label);
    m_runButton->setToolTip(reason.isEmpty() ? tr("Run your code against the question's examples (Ctrl+Enter)") : reason);
    m_runButton->setEnabled(reason.isEmpty());
}

void ScratchpadWidget::runExamples()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_runStatus->setText(tr("Stopped."));
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
        pending.cases << Coding::CaseResult{example.call, example.expected, QString(), false, false};
    showResult(pending);
    m_runStatus->setText(tr("Running %n example(s)…", nullptr, int(request.examples.cases.size())));
    m_runner->start(request);
    updateRunButton();
}

void ScratchpadWidget::onRunFinished(const RunResult &result)
{
    m_lastResult = result;
    showResult(result);
    updateRunButton();
    m_attempt.lastRun = result.toJson();
    if (m_attempt.id != 0 || m_attempt.code != starterFor(m_attempt.language))
        scheduleSave();
    Q_EMIT runFinished(result);
}

void ScratchpadWidget::showResult(const RunResult &result)
{
    m_results->setRowCount(0);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor passColour = dark ? QColor(0x23, 0x4d, 0x32) : QColor(0xdc, 0xf5, 0xe1);
    const QColor failColour = dark ? QColor(0x5c, 0x2b, 0x2e) : QColor(0xfb, 0xe1, 0xe1);
    for (const Coding::CaseResult &c : result.cases) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const QString mark = !c.ran ? QStringLiteral("–") : c.passed ? QStringLiteral("✓") : QStringLiteral("✗");
        const QStringList cells{mark, c.call, c.expected, c.ran ? c.actual : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (c.ran)
                item->setBackground(c.passed ? passColour : failColour);
            m_results->setItem(row, column, item);
        }
        m_results->item(row, StatusColumn)->setData(Qt::AccessibleTextRole, !c.ran ? tr("not run") : c.passed ? tr("passed") : tr("failed"));
    }
    QStringList status;
    if (!result.message.isEmpty())
        status << result.message.toHtmlEscaped();
    if (!result.details.isEmpty())
        status << QStringLiteral("<pre>%1</pre>").arg(result.details.left(600).toHtmlEscaped());
    if (result.outcome != RunResult::Outcome::NotRun && result.outcome != RunResult::Outcome::Unavailable)
        status << QStringLiteral("<small>%1</small>")
                      .arg(result.sandboxed ? tr("Sandboxed with bubblewrap; %1 ms.").arg(result.elapsedMs)
                                            : QString(result.sandboxNote + QStringLiteral("; %1 ms.").arg(result.elapsedMs)).toHtmlEscaped());
    m_runStatus->setText(status.join(QStringLiteral("<br>")));
    const QString colour = result.outcome == RunResult::Outcome::Passed ? QStringLiteral("#1f7a3a")
        : result.outcome == RunResult::Outcome::NotRun                  ? QString()
                                                                        : QStringLiteral("#b3261e");
    m_runStatus->setStyleSheet(colour.isEmpty() || dark ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
}

void ScratchpadWidget::showDiff()
{
    if (m_question.id == 0)
        return;
    saveNow();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("diffDialog"));
    dialog->setWindowTitle(tr("Compare Attempts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare this attempt with:"), dialog));
    auto *against = new QComboBox(dialog);
    against->setObjectName(QStringLiteral("diffAgainst"));
    struct Candidate
    {
        QString title;
        QString code;
    };
    QVector<Candidate> candidates;
    const QString language = m_attempt.language;
    QString model = Coding::ModelSolution::extract(m_question.answerMd, language);
    if (!model.isEmpty())
        candidates.append({tr("Model solution (%1)").arg(Toolchain::languageName(language)), model});
    for (const Attempt &other : std::as_const(m_attempts)) {
        if (other.id != m_attempt.id)
            candidates.append({tr("Attempt of %1").arg(attemptLabel(other)), other.code});
    }
    if (model.isEmpty()) { // e.g. Java: offer the Python model rather than nothing
        model = Coding::ModelSolution::extract(m_question.answerMd, QStringLiteral("python"));
        if (!model.isEmpty())
            candidates.append({tr("Model solution (Python)"), model});
    }
    for (const Candidate &candidate : std::as_const(candidates))
        against->addItem(candidate.title);
    top->addWidget(against, 1);
    auto *sideBySide = new QCheckBox(tr("Side by side"), dialog);
    sideBySide->setObjectName(QStringLiteral("diffSideBySide"));
    sideBySide->setChecked(true);
    top->addWidget(sideBySide);
    layout->addLayout(top);
    auto *view = new DiffView(dialog);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);

    const QString mine = m_editor->toPlainText();
    auto refresh = [=] {
        const int index = against->currentIndex();
        if (index < 0) {
            view->setPlainText(tr("Nothing to compare with yet: no model solution and no other attempt."));
            return;
        }
        view->setTexts(candidates.at(index).title, candidates.at(index).code, tr("This attempt"), mine);
    };
    connect(against, qOverload<int>(&QComboBox::currentIndexChanged), dialog, refresh);
    connect(sideBySide, &QCheckBox::toggled, dialog, [view](bool on) {
        view->setMode(on ? DiffView::Mode::SideBySide : DiffView::Mode::Unified);
    });
    refresh();
    dialog->resize(900, 600);
    dialog->show();
}

qint64 ScratchpadWidget::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Starloop::Gui
