// PlaybackView: the results of a recorded rehearsal: the spoken timings and the story checks
// on them (how long, speaking against silence, the S/T/A/R shares, the long pauses), the
// waveform with the moves and the pauses marked (click to play from there), play / pause and
// 1x / 1.5x. Shown in the rehearse dialog after Stop, and for a practice log entry with a
// recording (PlaybackView::openForSession). A recording deleted outside Starloop is said so;
// the log entry stays as it is.
//
// Built only with Qt Multimedia (Player and FileAnalysis).
#pragma once

#include "core/rehearsal/recordinglinks.h"
#include "core/rehearsal/spokentimings.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Studio {
class FileAnalysis;
class Player;
} // namespace Starloop::Studio

namespace Starloop::Gui {

class ChecksPanel;
class WaveformView;

class PlaybackView : public QWidget
{
    Q_OBJECT
public:
    explicit PlaybackView(QWidget *parent = nullptr);
    ~PlaybackView() override;

    // Analyses and loads the recording; analysed() or the message when it is missing or broken.
    void open(const Rehearsal::RecordingLink &link);
    bool isReady() const { return m_ready; }
    const Rehearsal::SpokenTimings &timings() const { return m_timings; }
    WaveformView *waveform() const { return m_waveform; }
    ChecksPanel *checks() const { return m_checks; }
    Studio::Player *player() const { return m_player; }
    QString message() const;

    // A dialog with the view for practice log entry `sessionId`; a message box when the entry has
    // no recording or cannot be read.
    static void openForSession(
        Storage::Database &db, qint64 sessionId, const QString &title, QWidget *parent);

Q_SIGNALS:
    void analysed();

private:
    void onAnalysed();
    void showMessage(const QString &text, bool problem);
    void updatePlayButton();

    Rehearsal::RecordingLink m_link;
    Rehearsal::SpokenTimings m_timings;
    bool m_ready = false;
    Studio::FileAnalysis *m_analysis = nullptr;
    Studio::Player *m_player = nullptr;

    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ChecksPanel *m_checks = nullptr;
    WaveformView *m_waveform = nullptr;
    QPushButton *m_play = nullptr;
    QButtonGroup *m_speed = nullptr;
    QLabel *m_position = nullptr;
    QWidget *m_controls = nullptr;
};

} // namespace Starloop::Gui
