#include "media/recorder.h"

#include "core/rehearsal/rehearsalerrors.h"
#include "core/stories/storychecks.h"
#include "media/microphonesource.h"
#include "media/recordingsink.h"

#include <QFileInfo>
#include <QStorageInfo>

namespace Starloop::Media {

namespace {

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
}

QString clock(qint64 ms)
{
    return Stories::StoryChecks::formatDuration(static_cast<int>(ms / 1000));
}

} // namespace

Recorder::Recorder(QObject *parent)
    : QObject(parent)
    , m_freeSpace([](const QString &folder) {
        const QStorageInfo storage(folder);
        return storage.isValid() ? storage.bytesAvailable() : qint64(-1);
    })
{
    qRegisterMetaType<Rehearsal::AudioLevel>();
    qRegisterMetaType<RecordingOutcome>();
    m_stopTimeout.setSingleShot(true);
    m_stopTimeout.setInterval(StopTimeoutMs);
    connect(&m_stopTimeout, &QTimer::timeout, this, &Recorder::complete);
}

Recorder::~Recorder()
{
    if (m_state != State::Idle) {
        blockSignals(true);
        finishRecording();
    }
}

Status Recorder::useMicrophone(const QByteArray &deviceId)
{
    Result<std::unique_ptr<MicrophoneSource>> mic = MicrophoneSource::create(deviceId);
    if (!mic)
        return mic.error();
    setSource(std::move(mic.value()));
    return {};
}

void Recorder::useWavFile(const QString &path, WavFileSource::Pace pace)
{
    setSource(std::make_unique<WavFileSource>(path, pace));
}

void Recorder::setSource(std::unique_ptr<PcmSource> source)
{
    if (m_state != State::Idle)
        stop();
    m_source = std::move(source);
}

QString Recorder::fileSuffix() const
{
    if (m_source && m_source->device()) {
        if (const auto format = EncoderSink::bestFormat())
            return format->suffix;
    }
    return QStringLiteral("wav");
}

qint64 Recorder::elapsedMs() const
{
    return m_analyzer ? m_analyzer->durationMs() : 0;
}

Rehearsal::AudioLevel Recorder::level() const
{
    return m_analyzer ? m_analyzer->level() : Rehearsal::AudioLevel {};
}

Status Recorder::start(const QString &path)
{
    if (m_state != State::Idle || m_stopping)
        return Error {tr("A recording is already running.")};
    if (!m_source)
        return Error {tr("Choose a microphone or a WAV file to record from."), Rehearsal::NoInputDevice};
    m_folder = QFileInfo(path).absolutePath();
    const qint64 free = m_freeSpace(m_folder);
    if (free >= 0 && free < MinimumFreeBytes)
        return Error {tr("Only %1 MB are free on the disk that holds %2: free some space to record.")
                          .arg(free / (1024 * 1024))
                          .arg(m_folder),
            Rehearsal::DiskFull};
    if (Status started = m_source->start(); !started)
        return started;
    m_analyzer = std::make_unique<Rehearsal::AudioAnalyzer>(m_source->format());
    m_error.reset();
    m_note.clear();
    m_lastLevelMs = -LevelIntervalMs;
    m_nextDiskCheckMs = DiskCheckIntervalMs;
    if (Status opened = openSink(path); !opened) {
        m_source->stop();
        return opened;
    }
    connect(m_source.get(), &PcmSource::pcmReady, this, &Recorder::onPcm);
    connect(m_source.get(), &PcmSource::ended, this, &Recorder::stop);
    connect(m_source.get(), &PcmSource::failed, this, [this](const QString &message, int code) {
        fail(Error {message, code});
    });
    setState(State::Recording);
    return {};
}

Status Recorder::openSink(const QString &path)
{
    const std::optional<QAudioDevice> device = m_source->device();
    const std::optional<EncoderSink::Format> format = device ? EncoderSink::bestFormat() : std::nullopt;
    if (!device)
        return openWavSink(path,
            tr("Saved as WAV: Qt %1 encodes compressed audio only from a microphone, not from a file.")
                .arg(QString::fromLatin1(qVersion())));
    if (!format)
        return openWavSink(path, EncoderSink::unavailableReason());
    auto encoder = std::make_unique<EncoderSink>(*device, *format);
    if (Status started = encoder->start(withSuffix(path, format->suffix)); !started)
        return openWavSink(
            path, tr("Saved as WAV: the %1 encoder failed (%2).").arg(format->name, started.errorMessage()));
    m_sink = std::move(encoder);
    connect(m_sink.get(), &RecordingSink::failed, this, &Recorder::onSinkFailed);
    connect(m_sink.get(), &RecordingSink::stopped, this, [this] {
        if (m_stopping)
            complete();
    });
    return {};
}

Status Recorder::openWavSink(const QString &path, const QString &note)
{
    if (m_sink)
        m_sink->disconnect(this);
    auto wav = std::make_unique<WavSink>(m_source->format());
    if (Status started = wav->start(withSuffix(path, QStringLiteral("wav"))); !started)
        return started;
    m_sink = std::move(wav);
    m_note = note;
    connect(m_sink.get(), &RecordingSink::failed, this, &Recorder::onSinkFailed);
    return {};
}

void Recorder::onSinkFailed(const QString &message, int code)
{
    auto *encoder = qobject_cast<EncoderSink *>(m_sink.get());
    if (encoder && !encoder->hasRecorded() && m_state != State::Idle && !m_stopping) {
        // The encoder gave up before writing anything: go on in WAV, from the PCM we hear.
        const QString abandoned = encoder->path();
        const QString name = encoder->formatName();
        std::unique_ptr<RecordingSink> old = std::move(m_sink);
        old->disconnect(this);
        if (Status wav
            = openWavSink(abandoned, tr("Saved as WAV: the %1 encoder failed (%2).").arg(name, message));
            !wav) {
            fail(wav.error());
            return;
        }
        old.reset();
        QFile::remove(abandoned);
        return;
    }
    fail(Error {message, code});
}

void Recorder::onPcm(const QByteArray &frames)
{
    if (m_state != State::Recording || m_stopping)
        return;
    m_analyzer->feed(frames);
    if (Status written = m_sink->write(frames); !written) {
        fail(written.error());
        return;
    }
    const qint64 now = m_analyzer->durationMs();
    if (now - m_lastLevelMs >= LevelIntervalMs) {
        m_lastLevelMs = now;
        Q_EMIT levelChanged(m_analyzer->level());
    }
    if (now >= m_nextDiskCheckMs) {
        m_nextDiskCheckMs = now + DiskCheckIntervalMs;
        const qint64 free = m_freeSpace(m_folder);
        if (free >= 0 && free < StopFreeBytes)
            fail(Error {
                tr("The disk is nearly full: the recording stopped at %1, and what was recorded is kept.")
                    .arg(clock(now)),
                Rehearsal::DiskFull});
    }
}

void Recorder::pause()
{
    if (m_state != State::Recording || m_stopping)
        return;
    m_source->pause();
    m_sink->pause();
    setState(State::Paused);
}

void Recorder::resume()
{
    if (m_state != State::Paused || m_stopping)
        return;
    m_source->resume();
    m_sink->resume();
    setState(State::Recording);
}

void Recorder::stop()
{
    if (m_state == State::Idle || m_stopping)
        return;
    finishRecording();
}

void Recorder::fail(const Error &error)
{
    if (m_state == State::Idle || m_stopping)
        return;
    m_error = error;
    finishRecording();
}

void Recorder::finishRecording()
{
    m_stopping = true;
    m_source->disconnect(this);
    m_source->stop();
    m_sink->stop();
    if (m_sink->isStopped())
        complete();
    else
        m_stopTimeout.start();
}

void Recorder::complete()
{
    if (!m_stopping)
        return;
    m_stopping = false;
    m_stopTimeout.stop();
    RecordingOutcome outcome;
    outcome.path = m_sink->path();
    outcome.formatName = m_sink->formatName();
    outcome.analysis = m_analyzer->finish();
    outcome.durationMs = outcome.analysis.durationMs;
    outcome.note = m_note;
    outcome.error = m_error;
    if (!QFileInfo::exists(outcome.path) && !m_error)
        outcome.error = Error {tr("The recording file was deleted while recording: %1").arg(outcome.path),
            Rehearsal::FileMissing};
    outcome.complete = !outcome.error.has_value();
    m_sink->disconnect(this);
    m_sink.reset();
    m_outcome = outcome;
    setState(State::Idle);
    Q_EMIT finished(m_outcome);
}

void Recorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Starloop::Media
