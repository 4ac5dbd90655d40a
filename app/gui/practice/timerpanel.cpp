#include "gui/practice/timerpanel.h"

#include "core/practice/presetstore.h"
#include "core/storage/datastore.h"
#include "gui/practice/timercontroller.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "gui/practice/presetdialog.h"

namespace Starloop::Gui {

using Practice::PracticeTimer;
using Practice::TimerPlan;

namespace {

const QColor OverrunRed(0xc0, 0x1c, 0x28);

// Red for overrun; otherwise the inherited palette, so a theme change still reaches the label.
void showOverrun(QWidget *widget, bool overrun)
{
    if (!overrun) {
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette; // only this role is set: the rest still follows the theme
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? OverrunRed.lighter(150) : OverrunRed);
    widget->setPalette(palette);
}

QString planKey(const TimerPlan &plan)
{
    return QString::fromUtf8(plan.toJson());
}

} // namespace

TimerPanel::TimerPanel(Storage::DataStore &store, TimerController &controller, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_controller(controller)
    , m_builtIn(TimerPlan::presets())
{
    setObjectName(QStringLiteral("timerPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->setSpacing(10);

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Plan:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("timerPreset"));
    m_preset->setAccessibleName(tr("Timer plan"));
    m_preset->setMinimumContentsLength(26);
    presetLabel->setBuddy(m_preset);
    auto makeToolButton = [this](const QString &name, const QString &text, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(text);
        button->setAccessibleName(text);
        button->setIcon(QIcon::fromTheme(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_savePreset = makeToolButton(
        QStringLiteral("savePresetButton"), tr("Save as Preset…"), QStringLiteral("document-save-as"));
    m_editPreset
        = makeToolButton(QStringLiteral("editPresetButton"), tr("Edit…"), QStringLiteral("document-edit"));
    m_deletePreset
        = makeToolButton(QStringLiteral("deletePresetButton"), tr("Delete"), QStringLiteral("edit-delete"));
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_preset);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_editPreset);
    presetRow->addWidget(m_deletePreset);
    presetRow->addStretch(1);
    outer->addLayout(presetRow);
    connect(m_preset, QOverload<int>::of(&QComboBox::activated), this, &TimerPanel::choosePreset);
    connect(m_savePreset, &QToolButton::clicked, this, &TimerPanel::savePresetAs);
    connect(m_editPreset, &QToolButton::clicked, this, &TimerPanel::editPreset);
    connect(m_deletePreset, &QToolButton::clicked, this, &TimerPanel::deletePreset);

    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("timerSubject"));
    m_subject->setAlignment(Qt::AlignHCenter);
    m_subject->setWordWrap(true);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    outer->addSpacing(8);
    outer->addWidget(m_subject);

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timerTime"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setAlignment(Qt::AlignHCenter);
    QFont timeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    timeFont.setPointSize(72);
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    outer->addWidget(m_time);

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("timerPhase"));
    m_phase->setAlignment(Qt::AlignHCenter);
    QFont phaseFont = m_phase->font();
    phaseFont.setPointSizeF(phaseFont.pointSizeF() * 1.5);
    m_phase->setFont(phaseFont);
    outer->addWidget(m_phase);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("timerNext"));
    m_next->setAlignment(Qt::AlignHCenter);
    m_next->setEnabled(false);
    outer->addWidget(m_next);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("timerNotice"));
    m_notice->setAccessibleName(tr("Timer notice"));
    m_notice->setAlignment(Qt::AlignHCenter);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    QPalette noticePalette = m_notice->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    noticePalette.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_notice->setPalette(noticePalette);
    m_notice->setVisible(false);
    outer->addWidget(m_notice, 0, Qt::AlignHCenter);

    auto *controls = new QHBoxLayout;
    controls->addStretch(1);
    auto makeButton = [this, controls](const QString &name, const QString &text, const QString &icon) {
        auto *button = new QPushButton(QIcon::fromTheme(icon), text, this);
        button->setObjectName(name);
        button->setAccessibleName(text);
        controls->addWidget(button);
        return button;
    };
    m_start = makeButton(QStringLiteral("timerStart"), tr("&Start"), QStringLiteral("media-playback-start"));
    m_start->setDefault(true);
    m_addMinute = makeButton(QStringLiteral("timerAddMinute"), tr("+1 &Minute"), QStringLiteral("list-add"));
    m_nextPhase = makeButton(QStringLiteral("timerNextPhase"), tr("Ne&xt Phase"), QStringLiteral("go-next"));
    m_stop = makeButton(QStringLiteral("timerStop"), tr("S&top"), QStringLiteral("media-playback-stop"));
    m_reset = makeButton(QStringLiteral("timerReset"), tr("&Reset"), QStringLiteral("edit-undo"));
    controls->addStretch(1);
    outer->addLayout(controls);
    connect(m_start, &QPushButton::clicked, &m_controller, &TimerController::togglePause);
    connect(m_addMinute, &QPushButton::clicked, &m_controller, &TimerController::addMinute);
    connect(m_nextPhase, &QPushButton::clicked, &m_controller, &TimerController::nextPhase);
    connect(m_stop, &QPushButton::clicked, &m_controller, &TimerController::stop);
    connect(m_reset, &QPushButton::clicked, &m_controller, &TimerController::reset);

    m_phaseBox = new QWidget(this);
    m_phaseBox->setObjectName(QStringLiteral("timerPhases"));
    m_phaseGrid = new QGridLayout(m_phaseBox);
    m_phaseGrid->setColumnStretch(1, 1);
    m_phaseGrid->setHorizontalSpacing(12);
    auto *phaseCentre = new QHBoxLayout;
    phaseCentre->addStretch(1);
    phaseCentre->addWidget(m_phaseBox, 4);
    phaseCentre->addStretch(1);
    outer->addSpacing(8);
    outer->addLayout(phaseCentre);

    m_review = new QGroupBox(tr("How did it go?"), this);
    m_review->setObjectName(QStringLiteral("sessionReview"));
    auto *reviewLayout = new QVBoxLayout(m_review);
    auto *ratingRow = new QHBoxLayout;
    ratingRow->addWidget(new QLabel(tr("Your rating:"), m_review));
    m_rating = new QButtonGroup(this);
    const QStringList ratingNames {tr("Poor"), tr("Weak"), tr("OK"), tr("Good"), tr("Great")};
    for (int i = 1; i <= 5; ++i) {
        auto *button = new QToolButton(m_review);
        button->setObjectName(QStringLiteral("sessionRating%1").arg(i));
        button->setText(QStringLiteral("%1 %2").arg(i).arg(ratingNames.at(i - 1)));
        button->setAccessibleName(tr("Rate %1 of 5").arg(i));
        button->setCheckable(true);
        m_rating->addButton(button, i);
        ratingRow->addWidget(button);
    }
    ratingRow->addStretch(1);
    reviewLayout->addLayout(ratingRow);
    m_notes = new QPlainTextEdit(m_review);
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_notes->setAccessibleName(tr("Session notes"));
    m_notes->setPlaceholderText(tr("What went well, what to tighten next time…"));
    m_notes->setMaximumHeight(90);
    reviewLayout->addWidget(m_notes);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    m_saveSession = new QPushButton(tr("Save to &Practice Log"), m_review);
    m_saveSession->setObjectName(QStringLiteral("saveSessionButton"));
    saveRow->addWidget(m_saveSession);
    reviewLayout->addLayout(saveRow);
    connect(m_saveSession, &QPushButton::clicked, this, &TimerPanel::saveSession);
    outer->addWidget(m_review);
    outer->addStretch(1);

    connect(&m_controller, &TimerController::changed, this, &TimerPanel::refresh);
    connect(&m_controller, &TimerController::notice, this, &TimerPanel::showNotice);
    connect(&m_controller, &TimerController::failed, this, &TimerPanel::showError);
    reloadPresets();
}

void TimerPanel::reloadPresets()
{
    const auto loaded = Practice::PresetStore(m_store.db()).load();
    m_user = loaded ? loaded.value() : QVector<TimerPlan>();
    m_shownPlanKey.clear();
    refresh();
}

void TimerPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool TimerPanel::isUserPreset(const QString &id) const
{
    return std::any_of(m_user.begin(), m_user.end(), [&id](const TimerPlan &p) { return p.id() == id; });
}

void TimerPanel::rebuildPhaseRows()
{
    for (const PhaseRow &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.bar;
        delete row.time;
    }
    m_rows.clear();
    const auto &phases = m_controller.plan().phases();
    for (int i = 0; i < phases.size(); ++i) {
        PhaseRow row;
        row.name = new QLabel(phases.at(i).name, m_phaseBox);
        row.name->setObjectName(QStringLiteral("phaseName%1").arg(i));
        row.bar = new QProgressBar(m_phaseBox);
        row.bar->setObjectName(QStringLiteral("phaseProgress%1").arg(i));
        row.bar->setAccessibleName(tr("Progress of %1").arg(phases.at(i).name));
        row.bar->setRange(0, 1000);
        row.bar->setTextVisible(false);
        row.bar->setMaximumHeight(10);
        row.time = new QLabel(m_phaseBox);
        row.time->setObjectName(QStringLiteral("phaseTime%1").arg(i));
        row.time->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        row.time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_phaseGrid->addWidget(row.name, i, 0);
        m_phaseGrid->addWidget(row.bar, i, 1);
        m_phaseGrid->addWidget(row.time, i, 2);
        m_rows << row;
    }
    m_phaseBox->setVisible(!phases.isEmpty());
}

void TimerPanel::refresh()
{
    const TimerPlan &plan = m_controller.plan();
    const PracticeTimer *timer = m_controller.timer();
    const PracticeTimer::State state = m_controller.state();
    const bool open = m_controller.hasSession();

    const QString key = planKey(plan);
    if (key != m_shownPlanKey) {
        m_shownPlanKey = key;
        m_choices = m_builtIn + m_user;
        const bool listed = std::any_of(
            m_choices.begin(), m_choices.end(), [&plan](const TimerPlan &p) { return p == plan; });
        if (!listed)
            m_choices.prepend(plan);
        m_preset->clear();
        int current = 0;
        for (int i = 0; i < m_choices.size(); ++i) {
            const TimerPlan &choice = m_choices.at(i);
            m_preset->addItem(
                isUserPreset(choice.id()) ? tr("%1 (yours)").arg(choice.name()) : choice.name());
            if (choice == plan)
                current = i;
        }
        m_preset->setCurrentIndex(current);
        rebuildPhaseRows();
    }
    m_preset->setEnabled(!open);
    m_editPreset->setEnabled(!open && isUserPreset(plan.id()));
    m_deletePreset->setEnabled(!open && isUserPreset(plan.id()));
    m_savePreset->setEnabled(!plan.isStopwatch());

    m_subject->setText(m_controller.title());
    const bool overrun = timer->isOverrun();
    m_time->setText(timer->hasLimit() ? PracticeTimer::formatRemaining(timer->remainingMs())
                                      : PracticeTimer::formatElapsed(timer->elapsedMs()));
    showOverrun(m_time, overrun);

    const int phase = timer->currentPhase();
    const auto &phases = plan.phases();
    if (phase >= 0 && phase < phases.size()) {
        m_phase->setText(phases.size() > 1
                ? tr("%1 · %2 left in this phase")
                      .arg(phases.at(phase).name, PracticeTimer::formatRemaining(timer->phaseRemainingMs()))
                : phases.at(phase).name);
        m_next->setText(
            phase + 1 < phases.size() ? tr("next: %1").arg(phases.at(phase + 1).name) : tr("last phase"));
    } else {
        m_phase->setText(tr("Stopwatch"));
        m_next->setText(tr("no limit: counts up until you stop"));
    }

    for (int i = 0; i < m_rows.size() && i < phases.size(); ++i) {
        const qint64 actual = timer->phaseActualMs(i);
        const qint64 over = timer->phaseOverrunMs(i);
        const qint64 planned = qint64(phases.at(i).seconds) * 1000;
        m_rows[i].bar->setValue(planned > 0 ? int(std::min<qint64>(1000, actual * 1000 / planned)) : 0);
        QFont nameFont = m_rows[i].name->font();
        nameFont.setBold(i == phase && state != PracticeTimer::State::Idle);
        m_rows[i].name->setFont(nameFont);
        QString text
            = tr("%1 / %2").arg(PracticeTimer::formatElapsed(actual), PracticeTimer::formatElapsed(planned));
        if (over > 0)
            text += QLatin1Char(' ') + PracticeTimer::formatRemaining(-over);
        m_rows[i].time->setText(text);
        showOverrun(m_rows[i].time, over > 0);
    }

    switch (state) {
    case PracticeTimer::State::Idle:
        m_start->setText(tr("&Start"));
        m_start->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
        break;
    case PracticeTimer::State::Running:
        m_start->setText(tr("&Pause"));
        m_start->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
        break;
    case PracticeTimer::State::Paused:
        m_start->setText(tr("Res&ume"));
        m_start->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
        break;
    case PracticeTimer::State::Stopped:
        m_start->setText(tr("&Start"));
        break;
    }
    m_start->setAccessibleName(m_start->text().remove(QLatin1Char('&')));
    const bool active = state == PracticeTimer::State::Running || state == PracticeTimer::State::Paused;
    m_start->setEnabled(state != PracticeTimer::State::Stopped);
    m_addMinute->setEnabled(active && timer->hasLimit());
    m_nextPhase->setEnabled(active && phase >= 0 && phase + 1 < phases.size());
    m_stop->setEnabled(active);
    m_reset->setEnabled(state != PracticeTimer::State::Idle);

    const bool reviewing = open && state == PracticeTimer::State::Stopped;
    m_review->setVisible(reviewing);
    if (!open && state == PracticeTimer::State::Idle && m_controller.lastNotice().isEmpty())
        m_notice->setVisible(false);
}

void TimerPanel::choosePreset(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    m_controller.setPlan(m_choices.at(index));
}

void TimerPanel::savePresetAs()
{
    TimerPlan draft(QString(), tr("%1 (mine)").arg(m_controller.plan().name()), m_controller.plan().phases(),
        m_controller.plan().warningAtSeconds());
    PresetDialog dialog(draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<TimerPlan> user = m_user;
    user << dialog.plan();
    const Status saved = Practice::PresetStore(m_store.db()).save(user);
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    m_user = user;
    m_controller.setPlan(dialog.plan());
}

void TimerPanel::editPreset()
{
    const QString id = m_controller.plan().id();
    PresetDialog dialog(m_controller.plan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<TimerPlan> user = m_user;
    for (TimerPlan &plan : user) {
        if (plan.id() == id)
            plan = dialog.plan();
    }
    const Status saved = Practice::PresetStore(m_store.db()).save(user);
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    m_user = user;
    m_shownPlanKey.clear();
    m_controller.setPlan(dialog.plan());
}

void TimerPanel::deletePreset()
{
    const TimerPlan plan = m_controller.plan();
    if (QMessageBox::question(this, tr("Delete Preset"), tr("Delete the preset \"%1\"?").arg(plan.name()))
        != QMessageBox::Yes)
        return;
    QVector<TimerPlan> user = m_user;
    user.erase(
        std::remove_if(user.begin(), user.end(), [&plan](const TimerPlan &p) { return p.id() == plan.id(); }),
        user.end());
    const Status saved = Practice::PresetStore(m_store.db()).save(user);
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    m_user = user;
    m_controller.setPlan(m_builtIn.first());
}

void TimerPanel::saveSession()
{
    std::optional<int> rating;
    if (m_rating->checkedId() > 0)
        rating = m_rating->checkedId();
    const Status saved = m_controller.saveSession(rating, m_notes->toPlainText().trimmed());
    if (!saved) {
        showError(saved.errorMessage());
        return;
    }
    if (QAbstractButton *checked = m_rating->checkedButton()) {
        m_rating->setExclusive(false);
        checked->setChecked(false);
        m_rating->setExclusive(true);
    }
    m_notes->clear();
}

void TimerPanel::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Practice"), message);
}

} // namespace Starloop::Gui
