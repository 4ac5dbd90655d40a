#include "media/recordingsink.h"

#include "core/rehearsal/rehearsalerrors.h"

#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QUrl>
#include <QVersionNumber>

namespace Starloop::Media {

WavSink::WavSink(const Rehearsal::PcmFormat &format, QObject *parent)
    : RecordingSink(parent)
    , m_format(format)
{ }

Status WavSink::start(const QString &path)
{
    m_path = path;
    return m_writer.open(path, m_format);
}

Status WavSink::write(const QByteArray &frames)
{
    return m_writer.write(frames);
}

void WavSink::stop()
{
    const bool wasOpen = m_writer.isOpen();
    const Status finished = m_writer.finish();
    if (!finished)
        Q_EMIT failed(finished.errorMessage(), finished.error().code);
    if (wasOpen)
        Q_EMIT stopped();
}

std::optional<EncoderSink::Format> EncoderSink::bestFormat()
{
    if (QVersionNumber::fromString(QString::fromLatin1(qVersion())) < QVersionNumber(6, 5))
        return std::nullopt; // see the header: 6.4 loses most of an audio-only recording
    const Format candidates[] = {
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus, tr("Ogg Opus"), QStringLiteral("ogg")},
        {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC, tr("MPEG-4 AAC"), QStringLiteral("m4a")},
        {QMediaFormat::FLAC, QMediaFormat::AudioCodec::FLAC, tr("FLAC"), QStringLiteral("flac")},
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis, tr("Ogg Vorbis"), QStringLiteral("ogg")},
    };
    const QList<QMediaFormat::FileFormat> files = QMediaFormat().supportedFileFormats(QMediaFormat::Encode);
    for (const Format &candidate : candidates) {
        if (files.contains(candidate.file)
            && QMediaFormat(candidate.file)
                   .supportedAudioCodecs(QMediaFormat::Encode)
                   .contains(candidate.codec))
            return candidate;
    }
    return std::nullopt;
}

QString EncoderSink::unavailableReason()
{
    if (QVersionNumber::fromString(QString::fromLatin1(qVersion())) < QVersionNumber(6, 5))
        return tr("Saved as WAV: Qt %1 cannot record compressed audio reliably.")
            .arg(QString::fromLatin1(qVersion()));
    if (!bestFormat())
        return tr("Saved as WAV: no compressed audio encoder is installed.");
    return {};
}

QString EncoderSink::path() const
{
    const QUrl actual = m_recorder->actualLocation();
    return actual.isLocalFile() ? actual.toLocalFile() : m_path;
}

EncoderSink::EncoderSink(const QAudioDevice &device, const Format &format, QObject *parent)
    : RecordingSink(parent)
    , m_format(format)
    , m_session(std::make_unique<QMediaCaptureSession>())
    , m_input(std::make_unique<QAudioInput>(device))
    , m_recorder(std::make_unique<QMediaRecorder>())
{
    m_session->setAudioInput(m_input.get());
    m_session->setRecorder(m_recorder.get());
    QMediaFormat mediaFormat(format.file);
    mediaFormat.setAudioCodec(format.codec);
    m_recorder->setMediaFormat(mediaFormat);
    m_recorder->setQuality(QMediaRecorder::NormalQuality);
    connect(m_recorder.get(), &QMediaRecorder::durationChanged, this,
        [this](qint64 ms) { m_recordedMs = std::max(m_recordedMs, ms); });
    connect(m_recorder.get(), &QMediaRecorder::errorOccurred, this,
        [this](QMediaRecorder::Error error, const QString &text) {
            const int code
                = error == QMediaRecorder::OutOfSpaceError ? Rehearsal::DiskFull : Rehearsal::WriteFailed;
            Q_EMIT failed(text.isEmpty() ? tr("The audio encoder failed.") : text, code);
        });
    connect(m_recorder.get(), &QMediaRecorder::recorderStateChanged, this,
        [this](QMediaRecorder::RecorderState state) {
            if (state == QMediaRecorder::StoppedState)
                Q_EMIT stopped();
        });
}

EncoderSink::~EncoderSink()
{
    m_recorder->disconnect(this);
    m_recorder->stop();
}

Status EncoderSink::start(const QString &path)
{
    m_path = path;
    m_recordedMs = 0;
    m_recorder->setOutputLocation(QUrl::fromLocalFile(path));
    m_recorder->record();
    if (m_recorder->error() != QMediaRecorder::NoError)
        return Error {m_recorder->errorString(), Rehearsal::WriteFailed};
    return {};
}

void EncoderSink::pause()
{
    m_recorder->pause();
}

void EncoderSink::resume()
{
    m_recorder->record();
}

void EncoderSink::stop()
{
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        return;
    m_recorder->stop();
}

bool EncoderSink::isStopped() const
{
    return m_recorder->recorderState() == QMediaRecorder::StoppedState;
}

} // namespace Starloop::Media
