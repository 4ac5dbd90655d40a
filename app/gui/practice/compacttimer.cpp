#include "gui/practice/compacttimer.h"

#include "gui/practice/timercontroller.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Practice::PracticeTimer;

namespace {

constexpr int FlashMs = 6000;

QToolButton *makeButton(QWidget *parent, const QString &name, const QString &text, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    const QIcon themed = QIcon::fromTheme(icon);
    if (!themed.isNull()) {
        button->setIcon(themed);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    } else {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    button->setAutoRaise(true);
    return button;
}

} // namespace

CompactTimer::CompactTimer(TimerController &controller, Layout layout, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    const bool mini = layout == Layout::Mini;
    setObjectName(mini ? QStringLiteral("miniTimer") : QStringLiteral("compactTimer"));
    m_time = new QLabel(this);
    m_time->setObjectName(mini ? QStringLiteral("miniTimerTime") : QStringLiteral("compactTimerTime"));
    m_time->setAccessibleName(tr("Practice time"));
    m_time->setToolTip(tr("Open the Practice workspace"));
    m_time->setCursor(Qt::PointingHandCursor);
    m_time->installEventFilter(this);
    QFont timeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    timeFont.setBold(true);
    timeFont.setPointSizeF(mini ? 26 : timeFont.pointSizeF() * 1.35);
    m_time->setFont(timeFont);
    m_phase = new QLabel(this);
    m_phase->setObjectName(mini ? QStringLiteral("miniTimerPhase") : QStringLiteral("compactTimerPhase"));
    m_phase->setAccessibleName(tr("Practice phase"));
    m_phase->setMinimumWidth(mini ? 160 : 120);
    m_phase->setMaximumWidth(mini ? 260 : 240);

    m_start = makeButton(this, mini ? QStringLiteral("miniTimerStart") : QStringLiteral("compactTimerStart"),
        tr("Start"), QStringLiteral("media-playback-start"));
    m_addMinute = makeButton(this,
        mini ? QStringLiteral("miniTimerAddMinute") : QStringLiteral("compactTimerAddMinute"), tr("+1 min"),
        QString());
    m_reset = makeButton(this, mini ? QStringLiteral("miniTimerReset") : QStringLiteral("compactTimerReset"),
        tr("Reset"), QStringLiteral("edit-undo"));
    connect(m_start, &QToolButton::clicked, &m_controller, &TimerController::togglePause);
    connect(m_addMinute, &QToolButton::clicked, &m_controller, &TimerController::addMinute);
    connect(m_reset, &QToolButton::clicked, &m_controller, &TimerController::reset);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_start);
    buttons->addWidget(m_addMinute);
    buttons->addWidget(m_reset);
    if (mini) {
        auto *column = new QVBoxLayout(this);
        column->setContentsMargins(10, 6, 10, 6);
        column->addWidget(m_time, 0, Qt::AlignHCenter);
        column->addWidget(m_phase, 0, Qt::AlignHCenter);
        m_phase->setAlignment(Qt::AlignHCenter);
        buttons->insertStretch(0, 1);
        buttons->addStretch(1);
        column->addLayout(buttons);
    } else {
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(6, 0, 6, 0);
        row->setSpacing(8);
        row->addWidget(m_phase);
        row->addWidget(m_time);
        row->addLayout(buttons);
        m_phase->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    m_flashTimer = new QTimer(this);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(FlashMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashText.clear();
        refresh();
    });
    connect(&m_controller, &TimerController::changed, this, &CompactTimer::refresh);
    connect(&m_controller, &TimerController::notice, this, &CompactTimer::flash);
    refresh();
}

bool CompactTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_time && event->type() == QEvent::MouseButtonRelease) {
        Q_EMIT openRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CompactTimer::flash(const QString &text)
{
    m_flashText = text;
    m_flashTimer->start();
    refresh();
}

void CompactTimer::refresh()
{
    const PracticeTimer *timer = m_controller.timer();
    const PracticeTimer::State state = m_controller.state();
    if (state != m_shownState
        && (state == PracticeTimer::State::Stopped || state == PracticeTimer::State::Idle)) {
        m_flashText.clear(); // "time is up" is old news once the session is stopped
        m_flashTimer->stop();
    }
    m_shownState = state;
    m_time->setText(timer->hasLimit() ? PracticeTimer::formatRemaining(timer->remainingMs())
                                      : PracticeTimer::formatElapsed(timer->elapsedMs()));
    if (timer->isOverrun()) {
        QPalette overrun; // only this role is set: the rest still follows the theme
        overrun.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_time->setPalette(overrun);
    } else {
        m_time->setPalette(QPalette()); // inherit, so theme changes reach it
    }

    QString phase;
    const int index = timer->currentPhase();
    if (index >= 0 && index < timer->plan().phaseCount())
        phase = timer->plan().phases().at(index).name;
    if (state == PracticeTimer::State::Idle)
        phase = timer->plan().name();
    else if (state == PracticeTimer::State::Paused)
        phase = tr("Paused · %1").arg(phase);
    else if (state == PracticeTimer::State::Stopped)
        phase = tr("Stopped: rate it in Practice");
    const QString shown = m_flashText.isEmpty() ? phase : m_flashText;
    m_phase->setText(m_phase->fontMetrics().elidedText(shown, Qt::ElideRight, m_phase->maximumWidth()));
    m_phase->setToolTip(shown);
    QFont phaseFont = m_phase->font();
    phaseFont.setBold(!m_flashText.isEmpty());
    m_phase->setFont(phaseFont);

    const bool running = state == PracticeTimer::State::Running;
    const QString startText = running           ? tr("Pause")
        : state == PracticeTimer::State::Paused ? tr("Resume")
                                                : tr("Start");
    m_start->setText(startText);
    m_start->setToolTip(startText);
    m_start->setAccessibleName(startText);
    if (!m_start->icon().isNull())
        m_start->setIcon(QIcon::fromTheme(
            running ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start")));
    m_start->setEnabled(state != PracticeTimer::State::Stopped);
    m_addMinute->setEnabled((running || state == PracticeTimer::State::Paused) && timer->hasLimit());
    m_reset->setEnabled(state != PracticeTimer::State::Idle);
}

MiniTimerWindow::MiniTimerWindow(TimerController &controller, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("miniTimerWindow"));
    setWindowTitle(tr("Starloop Timer"));
    setAccessibleName(tr("Mini timer"));
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window still quits
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_timer = new CompactTimer(controller, CompactTimer::Layout::Mini, this);
    layout->addWidget(m_timer);
    connect(m_timer, &CompactTimer::openRequested, this, &MiniTimerWindow::openRequested);
}

} // namespace Starloop::Gui
