// The rehearsal studio's audio, as the window uses it: recording, playback and the analysis of
// a recording file, from the audio module (media/audiomodule.h), which is loaded the first time
// one of these is made or asked. A start of Starloop loads none of Qt Multimedia.
//
//   if (!Studio::Audio::canRecord()) show(Studio::Audio::recordingUnavailableReason());
//   auto *recorder = new Studio::Recorder(this);    // loads the module on first use
//   recorder->useMicrophone();  recorder->start(path);
//   connect(recorder, &Studio::Recorder::finished, this, &StudioPanel::onFinished);
//
// Where the module cannot be loaded (the Qt 5 build, a build without Qt Multimedia, the file
// missing) canRecord() is false and its reason says why; the classes then do nothing and
// their operations fail with that reason.
#pragma once

#include "media/audiomodule.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace Starloop::Studio {

class Audio
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Studio::Audio)
public:
    // Recording and playback work: the module is there and loads (loads it).
    static bool canRecord();
    static QString recordingUnavailableReason(); // empty when canRecord()
    static bool hasMicrophone();
    static QString noMicrophoneReason(); // empty when hasMicrophone()
    // "Ogg Opus", "WAV"...; empty when recording is not possible.
    static QString recordingFormat();
    // The module, loaded on the first call; nullptr when it cannot be (see the reason).
    static Media::AudioModule *module();
    // Whether the module was loaded in this process (it is not at start-up).
    static bool isLoaded();
    // Where the module is looked for: STARLOOP_AUDIO_MODULE when set (the tests), else beside
    // the program (../lib/starloop/ from its folder, where it is installed and built).
    static QString modulePath();
};

class Recorder : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Recording, Paused }; // as Media::Recorder::State
    Q_ENUM(State)

    explicit Recorder(QObject *parent = nullptr);
    ~Recorder() override;

    Status useMicrophone(const QByteArray &deviceId = {});
    void useWavFile(const QString &path); // played in as if spoken, in real time
    QString fileSuffix() const;
    Status start(const QString &path);
    void pause();
    void resume();
    void stop();
    State state() const;
    qint64 elapsedMs() const;
    Rehearsal::AudioLevel level() const;
    const Rehearsal::AudioAnalyzer *analyzer() const;
    const Media::RecordingOutcome &lastOutcome() const;

Q_SIGNALS:
    void stateChanged(Starloop::Studio::Recorder::State state);
    void levelChanged(const Starloop::Rehearsal::AudioLevel &level);
    void finished(const Starloop::Media::RecordingOutcome &outcome);

private:
    std::unique_ptr<Media::RecorderEngine> m_engine;
    Media::RecordingOutcome m_noOutcome;
};

class Player : public QObject
{
    Q_OBJECT
public:
    static constexpr double NormalSpeed = Media::PlayerEngine::NormalSpeed;
    static constexpr double FastSpeed = Media::PlayerEngine::FastSpeed;

    explicit Player(QObject *parent = nullptr);
    ~Player() override;

    Status open(const QString &path);
    void play();
    void pause();
    void stop();
    void seek(qint64 ms);
    void setSpeed(double speed);
    double speed() const;
    qint64 position() const;
    qint64 duration() const;
    bool isPlaying() const;
    bool isLoaded() const;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void loaded();
    void playingChanged(bool playing);
    void failed(const QString &message, int code);

private:
    std::unique_ptr<Media::PlayerEngine> m_engine;
};

class FileAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit FileAnalysis(QObject *parent = nullptr);
    ~FileAnalysis() override;

    // Reads the recording at `path`: finished() or failed() follows.
    void start(const QString &path);
    bool isRunning() const;
    const Rehearsal::AudioAnalysis &analysis() const;
    const Rehearsal::Waveform &waveform() const;

Q_SIGNALS:
    void finished();
    void failed(const QString &message, int code);

private:
    std::unique_ptr<Media::FileAnalysisEngine> m_engine;
    Rehearsal::AudioAnalysis m_noAnalysis;
    Rehearsal::Waveform m_noWaveform;
};

} // namespace Starloop::Studio
