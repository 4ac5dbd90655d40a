// WavFileSource: a WAV file played into the Recorder as if it were spoken into a microphone:
// for tests and the GUI test (no microphone on CI), and for a user who has no microphone but a
// recording of an answer to analyse.
//
// RealTime delivers the audio as fast as it would be spoken (every 20 ms, what the clock says
// has passed, pauses honoured), so the level meter and the live markers behave as live.
// Fast delivers 100 ms per turn of the event loop, for tests and for analysing a file.
//
//   recorder.setSource(std::make_unique<WavFileSource>(path, WavFileSource::Pace::Fast));
#pragma once

#include "core/rehearsal/wavfile.h"
#include "media/pcmsource.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Starloop::Media {

class WavFileSource : public PcmSource
{
    Q_OBJECT
public:
    enum class Pace { RealTime, Fast };

    explicit WavFileSource(const QString &path, Pace pace = Pace::RealTime, QObject *parent = nullptr);

    Rehearsal::PcmFormat format() const override;
    QString description() const override;
    // Opens the file: FileMissing or UnreadableFile as WavReader says.
    Status start() override;
    void pause() override;
    void resume() override;
    void stop() override;

    qint64 durationMs() const { return m_reader.durationMs(); }

private:
    void deliver();

    QString m_path;
    Pace m_pace;
    Rehearsal::WavReader m_reader;
    bool m_opened = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_playedMsBeforePause = 0;
};

} // namespace Starloop::Media
