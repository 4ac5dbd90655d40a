// InterviewerPanel: the rehearsal's interviewer. After the answer ("Ask Follow-ups"), the
// probes of the story's principles (and of its linked questions) come one at a time, large on
// screen and spoken aloud where InterviewerVoice has a voice; Next moves on. "Tell me about
// another time" asks which other story was told and refuses the one just rehearsed
// (Rehearsal::Interviewer). probeAsked() lets the studio mark the moment in the recording.
#pragma once

#include "core/rehearsal/interviewer.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Media {
class InterviewerVoice;
}

namespace Starloop::Gui {

class InterviewerPanel : public QWidget
{
    Q_OBJECT
public:
    // `storyId`: the story rehearsed (its principles and linked questions give the probes), or
    // 0 with `questionUid`: a behavioral question (its follow-ups and principles).
    InterviewerPanel(
        Storage::Database &db, qint64 storyId, const QString &questionUid = {}, QWidget *parent = nullptr);
    ~InterviewerPanel() override;

    bool hasProbes() const { return !m_interviewer->probes().isEmpty(); }
    const Rehearsal::Interviewer &interviewer() const { return *m_interviewer; }
    QString probeText() const; // what is on screen now

public Q_SLOTS:
    // The answer is over: the first probe.
    void begin();
    // The current probe was answered (with the story chosen, for "another time").
    void next();
    void skip();

Q_SIGNALS:
    void probeAsked(const Starloop::Rehearsal::Probe &probe);

private:
    void showCurrent();
    void loadStories(Storage::Database &db);

    std::unique_ptr<Rehearsal::Interviewer> m_interviewer;
    Media::InterviewerVoice *m_voice = nullptr;
    QLabel *m_probe = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_voiceNote = nullptr;
    QWidget *m_storyRow = nullptr;
    QComboBox *m_stories = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace Starloop::Gui
