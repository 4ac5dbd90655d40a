#include "studio/audio.h"

#include "core/rehearsal/rehearsalerrors.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Starloop::Studio {

namespace {

struct Loaded
{
    Media::AudioModule *module = nullptr;
    QString reason; // why there is none
};

const Loaded &loaded(bool load)
{
    static bool tried = false;
    static Loaded result;
    if (tried || !load)
        return result;
    tried = true;
#if !defined(STARLOOP_AUDIO_MODULE)
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    result.reason = Audio::tr("This build of Starloop uses Qt 5; recording and playing back rehearsals needs "
                              "the Qt 6 build with Qt Multimedia. Text-only rehearsal works as before.");
#else
    result.reason
        = Audio::tr("This build of Starloop was made without Qt Multimedia (qt6-multimedia-dev), so "
                    "it cannot record or play back rehearsals. Text-only rehearsal works as before.");
#endif
#else
    const QString path = Audio::modulePath();
    if (!QFileInfo::exists(path)) {
        result.reason
            = Audio::tr("Starloop's audio module is missing (%1), so it cannot record or play back "
                        "rehearsals. Reinstalling Starloop brings it back; text-only rehearsal works "
                        "as before.")
                  .arg(QDir::toNativeSeparators(path));
        return result;
    }
    // Loaded once and never unloaded (a QLibrary leaves its library loaded when it goes, here
    // with the application): the engines it made live as long as their owners.
    auto *library = new QLibrary(path, QCoreApplication::instance());
    const auto entry
        = reinterpret_cast<Media::AudioModuleEntry>(library->resolve(Media::AudioModuleEntryName));
    if (entry)
        result.module = entry();
    if (!result.module)
        result.reason = Audio::tr("Starloop's audio module could not be loaded (%1), so it cannot record or "
                                  "play back rehearsals. Text-only rehearsal works as before.")
                            .arg(library->errorString());
#endif
    return result;
}

Error unavailable()
{
    return Error {Audio::recordingUnavailableReason(), Rehearsal::NoInputDevice};
}

} // namespace

QString Audio::modulePath()
{
    const QString configured = qEnvironmentVariable("STARLOOP_AUDIO_MODULE");
    if (!configured.isEmpty())
        return configured;
#if defined(STARLOOP_AUDIO_MODULE)
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(STARLOOP_AUDIO_MODULE));
#else
    return QString();
#endif
}

Media::AudioModule *Audio::module()
{
    return loaded(true).module;
}

bool Audio::isLoaded()
{
    return loaded(false).module != nullptr;
}

bool Audio::canRecord()
{
    return module() != nullptr;
}

QString Audio::recordingUnavailableReason()
{
    return loaded(true).reason;
}

bool Audio::hasMicrophone()
{
    return module() && module()->hasMicrophone();
}

QString Audio::noMicrophoneReason()
{
    if (!canRecord())
        return recordingUnavailableReason();
    if (hasMicrophone())
        return {};
    return tr("No microphone was found. Connect one to record, analyse a WAV recording instead, or "
              "rehearse without recording.");
}

QString Audio::recordingFormat()
{
    return module() ? module()->recordingFormat() : QString();
}

Recorder::Recorder(QObject *parent)
    : QObject(parent)
{
    if (Media::AudioModule *audio = Audio::module()) {
        Media::RecorderEngine::Events events;
        events.stateChanged = [this](int state) {
            Q_EMIT stateChanged(static_cast<State>(state));
        };
        events.levelChanged = [this](const Rehearsal::AudioLevel &level) {
            Q_EMIT levelChanged(level);
        };
        events.finished = [this](const Media::RecordingOutcome &outcome) {
            Q_EMIT finished(outcome);
        };
        m_engine = audio->newRecorder(std::move(events));
    }
}

Recorder::~Recorder() = default;

Status Recorder::useMicrophone(const QByteArray &deviceId)
{
    return m_engine ? m_engine->useMicrophone(deviceId) : Status(unavailable());
}

void Recorder::useWavFile(const QString &path)
{
    if (m_engine)
        m_engine->useWavFile(path);
}

QString Recorder::fileSuffix() const
{
    return m_engine ? m_engine->fileSuffix() : QStringLiteral("wav");
}

Status Recorder::start(const QString &path)
{
    return m_engine ? m_engine->start(path) : Status(unavailable());
}

void Recorder::pause()
{
    if (m_engine)
        m_engine->pause();
}

void Recorder::resume()
{
    if (m_engine)
        m_engine->resume();
}

void Recorder::stop()
{
    if (m_engine)
        m_engine->stop();
}

Recorder::State Recorder::state() const
{
    return m_engine ? static_cast<State>(m_engine->state()) : State::Idle;
}

qint64 Recorder::elapsedMs() const
{
    return m_engine ? m_engine->elapsedMs() : 0;
}

Rehearsal::AudioLevel Recorder::level() const
{
    return m_engine ? m_engine->level() : Rehearsal::AudioLevel {};
}

const Rehearsal::AudioAnalyzer *Recorder::analyzer() const
{
    return m_engine ? m_engine->analyzer() : nullptr;
}

const Media::RecordingOutcome &Recorder::lastOutcome() const
{
    return m_engine ? m_engine->lastOutcome() : m_noOutcome;
}

Player::Player(QObject *parent)
    : QObject(parent)
{
    if (Media::AudioModule *audio = Audio::module()) {
        Media::PlayerEngine::Events events;
        events.positionChanged = [this](qint64 ms) {
            Q_EMIT positionChanged(ms);
        };
        events.durationChanged = [this](qint64 ms) {
            Q_EMIT durationChanged(ms);
        };
        events.loaded = [this] {
            Q_EMIT loaded();
        };
        events.playingChanged = [this](bool playing) {
            Q_EMIT playingChanged(playing);
        };
        events.failed = [this](const QString &message, int code) {
            Q_EMIT failed(message, code);
        };
        m_engine = audio->newPlayer(std::move(events));
    }
}

Player::~Player() = default;

Status Player::open(const QString &path)
{
    return m_engine ? m_engine->open(path) : Status(unavailable());
}

void Player::play()
{
    if (m_engine)
        m_engine->play();
}

void Player::pause()
{
    if (m_engine)
        m_engine->pause();
}

void Player::stop()
{
    if (m_engine)
        m_engine->stop();
}

void Player::seek(qint64 ms)
{
    if (m_engine)
        m_engine->seek(ms);
}

void Player::setSpeed(double speed)
{
    if (m_engine)
        m_engine->setSpeed(speed);
}

double Player::speed() const
{
    return m_engine ? m_engine->speed() : NormalSpeed;
}

qint64 Player::position() const
{
    return m_engine ? m_engine->position() : 0;
}

qint64 Player::duration() const
{
    return m_engine ? m_engine->duration() : 0;
}

bool Player::isPlaying() const
{
    return m_engine && m_engine->isPlaying();
}

bool Player::isLoaded() const
{
    return m_engine && m_engine->isLoaded();
}

FileAnalysis::FileAnalysis(QObject *parent)
    : QObject(parent)
{
    if (Media::AudioModule *audio = Audio::module()) {
        Media::FileAnalysisEngine::Events events;
        events.finished = [this] {
            Q_EMIT finished();
        };
        events.failed = [this](const QString &message, int code) {
            Q_EMIT failed(message, code);
        };
        m_engine = audio->newFileAnalysis(std::move(events));
    }
}

FileAnalysis::~FileAnalysis() = default;

void FileAnalysis::start(const QString &path)
{
    if (m_engine)
        m_engine->start(path);
    else
        Q_EMIT failed(Audio::recordingUnavailableReason(), Rehearsal::UnreadableFile);
}

bool FileAnalysis::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

const Rehearsal::AudioAnalysis &FileAnalysis::analysis() const
{
    return m_engine ? m_engine->analysis() : m_noAnalysis;
}

const Rehearsal::Waveform &FileAnalysis::waveform() const
{
    return m_engine ? m_engine->waveform() : m_noWaveform;
}

} // namespace Starloop::Studio
