// RehearseDialog: telling one story out loud against the clock. A full-window view of the
// story (title, Situation, Task, Action, Result and the reflection in large type), a big
// countdown driven by Practice::PracticeTimer with the leadership-answer plan (4 minutes,
// warned at 3), and the estimated speaking time (StoryChecks) beside the actual one. The session is written to the
// practice log when it starts (kind "story", ref = the story's uid); Stop asks for a 1-5 rating
// and notes, and Save finishes the session with them. Closing without saving finishes it
// without a rating, so the log never keeps a "running" rehearsal.
#pragma once

#include "stories/story.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Practice {
class Clock;
class PracticeLog;
class PracticeTimer;
}

namespace Starloop::Gui {

class RehearseDialog : public QDialog
{
    Q_OBJECT
public:
    // `clock` (tests pass a FakeClock) must outlive the dialog; nullptr uses the real one.
    RehearseDialog(const Stories::Story &story, Storage::Database &db, const Practice::Clock *clock = nullptr,
                   QWidget *parent = nullptr);
    ~RehearseDialog() override;

    Practice::PracticeTimer *timer() const { return m_timer; }
    qint64 sessionId() const { return m_sessionId; }
    int estimatedSeconds() const { return m_estimatedSeconds; }

public Q_SLOTS:
    void stop();
    // Finishes the logged session with the rating and notes, then closes.
    void save();
    void reject() override;

Q_SIGNALS:
    void failed(const QString &what, const QString &message);

private:
    void updateClock();
    void finishSession(std::optional<int> rating, const QString &notes);

    Stories::Story m_story;
    std::unique_ptr<Practice::PracticeLog> m_log;
    Practice::PracticeTimer *m_timer = nullptr;
    qint64 m_sessionId = 0;
    bool m_finished = false;
    int m_estimatedSeconds = 0;

    QLabel *m_countdown = nullptr;
    QLabel *m_timing = nullptr;
    QPushButton *m_stopButton = nullptr;
    QWidget *m_ratingPanel = nullptr;
    QButtonGroup *m_rating = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Starloop::Gui
