// The contract between the window and the audio module. The rehearsal studio's recording,
// playback and analysis of recordings run on Qt Multimedia, which brings twenty-odd libraries
// (PulseAudio, codecs, their dependencies) that every start would otherwise load and relocate
// (3 to 4 ms of a 35 ms start). So they live in a module of their own, libstarloop-audio,
// loaded when the studio is first opened (Studio::Audio). Both sides compile this header and
// neither links the other: the module implements these interfaces over Media::Recorder,
// Media::Player and Media::FileAnalysis; the window drives them through Studio::Recorder,
// Studio::Player and Studio::FileAnalysis, whose signals the Events carry.
//
//   auto entry = reinterpret_cast<Media::AudioModuleEntry>(library.resolve(Media::AudioModuleEntryName));
//   Media::AudioModule *audio = entry();
//   auto recorder = audio->newRecorder({.stateChanged = ..., .levelChanged = ..., .finished = ...});
#pragma once

#include "core/rehearsal/audioanalyzer.h"
#include "core/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Starloop::Media {

struct RecordingOutcome
{
    QString path; // the file written; may hold less than asked when !complete
    QString formatName; // "Ogg Opus", "WAV"
    qint64 durationMs = 0;
    Rehearsal::AudioAnalysis analysis;
    bool complete = true; // false: ended by a failure (error says which)
    std::optional<Error> error;
    QString note; // e.g. why the file is WAV
};

class RecorderEngine
{
public:
    struct Events
    {
        std::function<void(int state)> stateChanged; // Media::Recorder::State
        std::function<void(const Rehearsal::AudioLevel &level)> levelChanged;
        std::function<void(const RecordingOutcome &outcome)> finished;
    };
    virtual ~RecorderEngine() = default;
    virtual Status useMicrophone(const QByteArray &deviceId) = 0;
    virtual void useWavFile(const QString &path) = 0; // delivered in real time
    virtual QString fileSuffix() const = 0;
    virtual Status start(const QString &path) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual int state() const = 0;
    virtual qint64 elapsedMs() const = 0;
    virtual Rehearsal::AudioLevel level() const = 0;
    virtual const Rehearsal::AudioAnalyzer *analyzer() const = 0;
    virtual const RecordingOutcome &lastOutcome() const = 0;
};

class PlayerEngine
{
public:
    struct Events
    {
        std::function<void(qint64 ms)> positionChanged;
        std::function<void(qint64 ms)> durationChanged;
        std::function<void()> loaded;
        std::function<void(bool playing)> playingChanged;
        std::function<void(const QString &message, int code)> failed;
    };
    // The studio's two speeds; any rate from 0.25 to 4 is taken.
    static constexpr double NormalSpeed = 1.0;
    static constexpr double FastSpeed = 1.5;

    virtual ~PlayerEngine() = default;
    virtual Status open(const QString &path) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 ms) = 0;
    virtual void setSpeed(double speed) = 0;
    virtual double speed() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual bool isPlaying() const = 0;
    virtual bool isLoaded() const = 0;
};

class FileAnalysisEngine
{
public:
    struct Events
    {
        std::function<void()> finished;
        std::function<void(const QString &message, int code)> failed;
    };
    virtual ~FileAnalysisEngine() = default;
    virtual void start(const QString &path) = 0;
    virtual bool isRunning() const = 0;
    virtual const Rehearsal::AudioAnalysis &analysis() const = 0;
    virtual const Rehearsal::Waveform &waveform() const = 0;
};

// What the module gives: loaded once, never unloaded (the engines it made stay valid).
class AudioModule
{
public:
    virtual ~AudioModule() = default;
    virtual bool hasMicrophone() const = 0;
    virtual QString recordingFormat() const = 0;
    virtual std::unique_ptr<RecorderEngine> newRecorder(RecorderEngine::Events events) = 0;
    virtual std::unique_ptr<PlayerEngine> newPlayer(PlayerEngine::Events events) = 0;
    virtual std::unique_ptr<FileAnalysisEngine> newFileAnalysis(FileAnalysisEngine::Events events) = 0;
};

// The module's one exported function. Its name carries the contract's version: a module built
// from another version of this header is not found, rather than called with the wrong layout.
using AudioModuleEntry = AudioModule *(*)();
inline constexpr char AudioModuleEntryName[] = "starloop_audio_module_v1";

} // namespace Starloop::Media

Q_DECLARE_METATYPE(Starloop::Rehearsal::AudioLevel)
Q_DECLARE_METATYPE(Starloop::Media::RecordingOutcome)
