// libstarloop-audio: the audio module (see audiomodule.h). Each engine owns one of the studio's
// Qt Multimedia classes and forwards its signals to the window's Events.
#include "media/audiomodule.h"
#include "media/fileanalysis.h"
#include "media/mediasupport.h"
#include "media/player.h"
#include "media/recorder.h"

#include <QtGlobal>

namespace Starloop::Media {
namespace {

template<typename Callback, typename... Args> void call(const Callback &callback, Args &&...args)
{
    if (callback)
        callback(std::forward<Args>(args)...);
}

class ModuleRecorder final : public RecorderEngine
{
public:
    explicit ModuleRecorder(Events events)
        : m_events(std::move(events))
    {
        QObject::connect(&m_recorder, &Recorder::stateChanged, &m_recorder,
            [this](Recorder::State state) { call(m_events.stateChanged, int(state)); });
        QObject::connect(&m_recorder, &Recorder::levelChanged, &m_recorder,
            [this](const Rehearsal::AudioLevel &level) { call(m_events.levelChanged, level); });
        QObject::connect(&m_recorder, &Recorder::finished, &m_recorder,
            [this](const RecordingOutcome &outcome) { call(m_events.finished, outcome); });
    }
    Status useMicrophone(const QByteArray &deviceId) override { return m_recorder.useMicrophone(deviceId); }
    void useWavFile(const QString &path) override
    {
        m_recorder.useWavFile(path, WavFileSource::Pace::RealTime);
    }
    QString fileSuffix() const override { return m_recorder.fileSuffix(); }
    Status start(const QString &path) override { return m_recorder.start(path); }
    void pause() override { m_recorder.pause(); }
    void resume() override { m_recorder.resume(); }
    void stop() override { m_recorder.stop(); }
    int state() const override { return int(m_recorder.state()); }
    qint64 elapsedMs() const override { return m_recorder.elapsedMs(); }
    Rehearsal::AudioLevel level() const override { return m_recorder.level(); }
    const Rehearsal::AudioAnalyzer *analyzer() const override { return m_recorder.analyzer(); }
    const RecordingOutcome &lastOutcome() const override { return m_recorder.lastOutcome(); }

private:
    Events m_events; // outlives m_recorder, which may still signal while it is destroyed
    Recorder m_recorder;
};

class ModulePlayer final : public PlayerEngine
{
public:
    explicit ModulePlayer(Events events)
        : m_events(std::move(events))
    {
        QObject::connect(&m_player, &Player::positionChanged, &m_player,
            [this](qint64 ms) { call(m_events.positionChanged, ms); });
        QObject::connect(&m_player, &Player::durationChanged, &m_player,
            [this](qint64 ms) { call(m_events.durationChanged, ms); });
        QObject::connect(&m_player, &Player::loaded, &m_player, [this] { call(m_events.loaded); });
        QObject::connect(&m_player, &Player::playingChanged, &m_player,
            [this](bool playing) { call(m_events.playingChanged, playing); });
        QObject::connect(&m_player, &Player::failed, &m_player,
            [this](const QString &message, int code) { call(m_events.failed, message, code); });
    }
    Status open(const QString &path) override { return m_player.open(path); }
    void play() override { m_player.play(); }
    void pause() override { m_player.pause(); }
    void stop() override { m_player.stop(); }
    void seek(qint64 ms) override { m_player.seek(ms); }
    void setSpeed(double speed) override { m_player.setSpeed(speed); }
    double speed() const override { return m_player.speed(); }
    qint64 position() const override { return m_player.position(); }
    qint64 duration() const override { return m_player.duration(); }
    bool isPlaying() const override { return m_player.isPlaying(); }
    bool isLoaded() const override { return m_player.isLoaded(); }

private:
    Events m_events;
    Player m_player;
};

class ModuleFileAnalysis final : public FileAnalysisEngine
{
public:
    explicit ModuleFileAnalysis(Events events)
        : m_events(std::move(events))
    {
        QObject::connect(
            &m_analysis, &FileAnalysis::finished, &m_analysis, [this] { call(m_events.finished); });
        QObject::connect(&m_analysis, &FileAnalysis::failed, &m_analysis,
            [this](const QString &message, int code) { call(m_events.failed, message, code); });
    }
    void start(const QString &path) override { m_analysis.start(path); }
    bool isRunning() const override { return m_analysis.isRunning(); }
    const Rehearsal::AudioAnalysis &analysis() const override { return m_analysis.analysis(); }
    const Rehearsal::Waveform &waveform() const override { return m_analysis.waveform(); }

private:
    Events m_events;
    FileAnalysis m_analysis;
};

class Module final : public AudioModule
{
public:
    bool hasMicrophone() const override { return MediaSupport::hasMicrophone(); }
    QString recordingFormat() const override { return MediaSupport::recordingFormat(); }
    std::unique_ptr<RecorderEngine> newRecorder(RecorderEngine::Events events) override
    {
        return std::make_unique<ModuleRecorder>(std::move(events));
    }
    std::unique_ptr<PlayerEngine> newPlayer(PlayerEngine::Events events) override
    {
        return std::make_unique<ModulePlayer>(std::move(events));
    }
    std::unique_ptr<FileAnalysisEngine> newFileAnalysis(FileAnalysisEngine::Events events) override
    {
        return std::make_unique<ModuleFileAnalysis>(std::move(events));
    }
};

} // namespace
} // namespace Starloop::Media

extern "C" Q_DECL_EXPORT Starloop::Media::AudioModule *starloop_audio_module_v1()
{
    static Starloop::Media::Module module;
    return &module;
}
