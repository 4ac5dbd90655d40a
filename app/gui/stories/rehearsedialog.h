// RehearseDialog: telling one story out loud against the clock. A full-window view of the
// story (title, Situation, Task, Action, Result and the reflection in large type), a big
// countdown driven by Practice::PracticeTimer with the leadership-answer plan (4 minutes,
// warned at 3), and the estimated speaking time (StoryChecks) beside the actual one. The session is written
// to the practice log when it starts (kind "story", ref = the story's uid); Stop asks for a 1-5 rating and
// notes, and Save finishes the session with them. Closing without saving finishes it without a rating, so the
// log never keeps a "running" rehearsal.
//
// With Qt Multimedia the side column holds the studio (StudioPanel): Record starts the clock
// again from zero, the marker key (M) moves Situation → Task → Action → Result, and Stop saves
// the recording, links it to the session and puts the results (PlaybackView) where the story
// was. The interviewer (InterviewerPanel) asks the principle's follow-ups after the answer,
// marked in the recording while it runs. Without a microphone, or without Qt Multimedia, a
// message says why and the countdown rehearsal works as before.
#pragma once

#include "core/stories/story.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Rehearsal {
struct RecordingLink;
}
namespace Starloop::Practice {
class Clock;
class PracticeLog;
class PracticeTimer;
} // namespace Starloop::Practice

namespace Starloop::Gui {

class InterviewerPanel;
class PlaybackView;
class StudioPanel;

// What is rehearsed: a story, or a behavioral question answered without a story picked yet.
struct RehearsalSubject
{
    QString kind; // the practice log's kind: "story" or "question"
    QString ref; // the story's or the question's uid
    QString title;
    QString html; // shown large while speaking
    qint64 storyId = 0; // the story told, when known: its follow-ups, and "another time" refuses it
    QString questionUid; // a question: its follow-ups
    int estimatedSeconds = -1; // from the story's words; -1 for a question

    static RehearsalSubject ofStory(const Stories::Story &story);
    static RehearsalSubject ofQuestion(const QString &uid, const QString &title, const QString &prompt);
};

class RehearseDialog : public QDialog
{
    Q_OBJECT
public:
    // `clock` (tests pass a FakeClock) must outlive the dialog; nullptr uses the real one.
    RehearseDialog(const Stories::Story &story, Storage::Database &db, const Practice::Clock *clock = nullptr,
        QWidget *parent = nullptr);
    RehearseDialog(const RehearsalSubject &subject, Storage::Database &db,
        const Practice::Clock *clock = nullptr, QWidget *parent = nullptr);
    ~RehearseDialog() override;

    Practice::PracticeTimer *timer() const { return m_timer; }
    qint64 sessionId() const { return m_sessionId; }
    int estimatedSeconds() const { return m_estimatedSeconds; }
    // Null in a build without Qt Multimedia.
    StudioPanel *studio() const { return m_studio; }
    PlaybackView *playback() const { return m_playback; }
    InterviewerPanel *interviewer() const { return m_interviewer; }

public Q_SLOTS:
    void stop();
    // Finishes the logged session with the rating and notes, then closes.
    void save();
    void reject() override;

Q_SIGNALS:
    void failed(const QString &what, const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildStudio(Storage::Database &db);
    void showResults(const Rehearsal::RecordingLink &link);
    void updateClock();
    void finishSession(std::optional<int> rating, const QString &notes);

    RehearsalSubject m_subject;
    std::unique_ptr<Practice::PracticeLog> m_log;
    Practice::PracticeTimer *m_timer = nullptr;
    qint64 m_sessionId = 0;
    bool m_finished = false;

    // Left: the studio while recording, the playback after; the interviewer's prompts.
    StudioPanel *m_studio = nullptr;
    PlaybackView *m_playback = nullptr;
    InterviewerPanel *m_interviewer = nullptr;
    QStackedWidget *m_left = nullptr;
    // Right: the clock, the estimate against the time taken, Stop, then the rating.
    QLabel *m_countdown = nullptr;
    int m_estimatedSeconds = 0;
    QLabel *m_timing = nullptr;
    QPushButton *m_stopButton = nullptr;
    QWidget *m_ratingPanel = nullptr;
    QButtonGroup *m_rating = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Starloop::Gui
