// StudioPanel: the recording half of the rehearsal studio, in the rehearse dialog's side
// column: Record / Pause / Stop, a live level meter and the recorded time, and the STAR move
// now being told, large; one key (M, said on screen) marks the move to the next one. On Stop the
// recording is saved in the recordings folder and linked, with its marks, to the practice log
// entry (Rehearsal::RecordingLinks), and recorded() hands the link to the playback view.
//
// Built only with Qt Multimedia. Without a microphone the panel says so and Record stays off
// until a WAV file is chosen as the source ("From a file…", or setWavSource() in the tests):
// the countdown rehearsal around it works either way.
#pragma once

#include "core/rehearsal/recordinglinks.h"
#include "studio/audio.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class StudioPanel : public QWidget
{
    Q_OBJECT
public:
    // The key that marks the next move.
    static constexpr Qt::Key MarkKey = Qt::Key_M;

    // `sessionId`: the practice log entry the recording is linked to (0: none, Record stays off).
    StudioPanel(Storage::Database &db, qint64 sessionId, QWidget *parent = nullptr);
    ~StudioPanel() override;

    // The rehearse dialog's Stop button, placed after Record and Pause: one Stop ends both the
    // clock and the recording (the dialog calls stop()).
    void adoptStopButton(QPushButton *button);
    // Records from `path` (played in as if spoken, in real time) instead of the microphone.
    void setWavSource(const QString &path);
    bool canRecord() const;
    bool isRecording() const;
    Studio::Recorder *recorder() const { return m_recorder; }
    const QVector<Rehearsal::RehearsalMark> &marks() const { return m_marks; }
    // "Situation", "Task", "Action" or "Result": the move being told.
    QString currentMove() const;

public Q_SLOTS:
    void record();
    void togglePause();
    // Ends the rehearsal (and the recording; recorded() follows once the file is written).
    void stop();
    // The marker key: the next STAR move starts now. False when not recording or after Result.
    bool markNextMove();
    // An interviewer's probe asked now (a Probe mark with its text), while recording.
    void markProbe(const QString &text);

Q_SIGNALS:
    void started();
    void recorded(const Starloop::Rehearsal::RecordingLink &link);
    void failed(const QString &what, const QString &message);

private:
    void chooseFile();
    void onLevel(const Rehearsal::AudioLevel &level);
    void onFinished(const Media::RecordingOutcome &outcome);
    void updateState();
    void showMessage(const QString &text, bool problem);

    Storage::Database &m_db;
    qint64 m_sessionId = 0;
    Studio::Recorder *m_recorder = nullptr;
    QString m_wavSource;
    QString m_noInputReason;
    bool m_recordedOnce = false;
    bool m_stopped = false; // the rehearsal is over: nothing more to record
    QVector<Rehearsal::RehearsalMark> m_marks;

    QLabel *m_message = nullptr;
    QLabel *m_move = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_meter = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_pause = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_fromFile = nullptr;
};

} // namespace Starloop::Gui
