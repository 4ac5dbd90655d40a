// Recorder: records a rehearsal: start, pause, resume, stop, from a microphone or a WAV file,
// into a file in the recordings folder, while the audio analysis runs live (level meter,
// speaking, pauses, waveform).
//
//   Recorder recorder;
//   if (Status mic = recorder.useMicrophone(); !mic) show(mic.errorMessage()); // no microphone
//   const QString path = links.newRecordingPath(sessionId, recorder.fileSuffix()).value();
//   recorder.start(path);                           // Recording
//   connect(&recorder, &Recorder::levelChanged, meter, ...);   // every 50 ms
//   marks.append({*nextStarMark(marks), recorder.elapsedMs()}); // the marker key
//   recorder.pause(); recorder.resume();
//   recorder.stop();                                // -> finished(outcome)
//   links.attach(sessionId, outcome.path, marks);
//
// The file: compressed (EncoderSink::bestFormat(): Ogg Opus from Qt 6.5) when recording a
// microphone and the encoder works; WAV otherwise (always on Qt 6.4, see recordingsink.h), and
// outcome.note says why. Bad cases end the recording with
// outcome.complete false, outcome.error saying what happened, and the file holding what was
// recorded before it: the microphone unplugged (InputLost), the disk full (DiskFull, also
// when less than StopFreeBytes are left), the file deleted while recording (FileMissing).
// Times (elapsedMs, the analysis, marks) count recorded audio, so pauses do not move them.
#pragma once

#include "core/rehearsal/audioanalyzer.h"
#include "core/result.h"
#include "media/audiomodule.h" // RecordingOutcome
#include "media/pcmsource.h"
#include "media/wavfilesource.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Starloop::Media {

class RecordingSink;

class Recorder : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Recording, Paused };
    Q_ENUM(State)

    static constexpr qint64 MinimumFreeBytes = 16 * 1024 * 1024; // to start
    static constexpr qint64 StopFreeBytes = 4 * 1024 * 1024; // to go on
    static constexpr int LevelIntervalMs = 50;
    static constexpr int DiskCheckIntervalMs = 1000; // of recorded audio
    static constexpr int StopTimeoutMs = 5000; // longest wait for the encoder to finish

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override;

    // The default microphone, or the one with `deviceId`; NoInputDevice when none.
    Status useMicrophone(const QByteArray &deviceId = {});
    void useWavFile(const QString &path, WavFileSource::Pace pace = WavFileSource::Pace::RealTime);
    void setSource(std::unique_ptr<PcmSource> source);
    PcmSource *source() const { return m_source.get(); }

    // The suffix start() will write with the current source: "ogg" (a compressed format) or "wav".
    QString fileSuffix() const;
    // Starts recording into `path` (a WAV fallback replaces its suffix with ".wav").
    Status start(const QString &path);
    void pause();
    void resume();
    // Ends the recording; finished() follows (at once for WAV, once the encoder is done).
    void stop();

    State state() const { return m_state; }
    qint64 elapsedMs() const;
    Rehearsal::AudioLevel level() const;
    // The live analysis and waveform; null before the first start().
    const Rehearsal::AudioAnalyzer *analyzer() const { return m_analyzer.get(); }
    const RecordingOutcome &lastOutcome() const { return m_outcome; }

    // Free bytes on the disk holding `folder`, or -1 when unknown; QStorageInfo by default.
    void setFreeSpaceProbe(std::function<qint64(const QString &folder)> probe)
    {
        m_freeSpace = std::move(probe);
    }

Q_SIGNALS:
    void stateChanged(Starloop::Media::Recorder::State state);
    void levelChanged(const Starloop::Rehearsal::AudioLevel &level);
    void finished(const Starloop::Media::RecordingOutcome &outcome);

private:
    Status openSink(const QString &path);
    Status openWavSink(const QString &path, const QString &note);
    void onPcm(const QByteArray &frames);
    void onSinkFailed(const QString &message, int code);
    void fail(const Error &error);
    void finishRecording();
    void complete();
    void setState(State state);

    std::unique_ptr<PcmSource> m_source;
    std::unique_ptr<RecordingSink> m_sink;
    std::unique_ptr<Rehearsal::AudioAnalyzer> m_analyzer;
    std::function<qint64(const QString &)> m_freeSpace;
    State m_state = State::Idle;
    bool m_stopping = false;
    QString m_folder;
    QString m_note;
    std::optional<Error> m_error;
    qint64 m_lastLevelMs = -LevelIntervalMs;
    qint64 m_nextDiskCheckMs = 0;
    QTimer m_stopTimeout;
    RecordingOutcome m_outcome;
};

} // namespace Starloop::Media
