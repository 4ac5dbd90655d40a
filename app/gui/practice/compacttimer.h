// CompactTimer: the always-visible timer - one line for the window's toolbar (time, phase,
// start / pause, +1 minute, reset) - and MiniTimerWindow, the same in a small always-on-top
// window for practising beside another application (an editor, a whiteboard).
#pragma once

#include "core/practice/practicetimer.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTimer;

namespace Starloop::Gui {

class TimerController;

class CompactTimer : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { ToolBar, Mini };
    CompactTimer(TimerController &controller, Layout layout, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(); // the user clicked the time: show the Practice workspace

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void flash(const QString &text);

    TimerController &m_controller;
    QLabel *m_time = nullptr;
    QLabel *m_phase = nullptr;
    QToolButton *m_start = nullptr;
    QToolButton *m_addMinute = nullptr;
    QToolButton *m_reset = nullptr;
    QTimer *m_flashTimer = nullptr;
    QString m_flashText;
    Practice::PracticeTimer::State m_shownState = Practice::PracticeTimer::State::Idle;
};

class MiniTimerWindow : public QWidget
{
    Q_OBJECT
public:
    explicit MiniTimerWindow(TimerController &controller, QWidget *parent = nullptr);
    CompactTimer *timer() const { return m_timer; }

Q_SIGNALS:
    void openRequested();

private:
    CompactTimer *m_timer;
};

} // namespace Starloop::Gui
