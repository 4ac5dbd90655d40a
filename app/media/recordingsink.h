// RecordingSink: where the Recorder writes the recording. Two kinds:
//  - WavSink: the PCM the Recorder receives, into a WAV file (core's WavWriter). Works with any
//    source, never loses more than the last write on a crash; about 5.6 MB a minute at 48 kHz.
//  - EncoderSink: QMediaRecorder encoding the microphone itself into a compressed file
//    (Ogg Opus, about 0.25 MB a minute). QMediaRecorder records only from a device, so a file
//    source (WavFileSource) is always written as WAV.
//
// Qt 6.4 (Debian 12) lists Ogg Opus, Ogg Vorbis and WebM Opus as encodable with GStreamer, but
// an audio-only recording of 2 s from PulseAudio holds about 0.2 s (FFmpeg's backend, a
// preview in 6.4, writes empty files). So before Qt 6.5 bestFormat() offers nothing and the
// microphone is recorded as WAV, and outcome.note says so:
//
//   EncoderSink::bestFormat() -> nullopt on Qt 6.4; {Ogg, Opus, "Ogg Opus", "ogg"} from 6.5
//                                where the backend can encode it
#pragma once

#include "core/rehearsal/wavfile.h"
#include "core/result.h"

#include <QAudioDevice>
#include <QMediaFormat>
#include <QObject>

#include <memory>
#include <optional>

class QAudioInput;
class QMediaCaptureSession;
class QMediaRecorder;

namespace Starloop::Media {

class RecordingSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString path() const = 0;
    virtual QString formatName() const = 0; // "Ogg Opus", "WAV"
    virtual Status start(const QString &path) = 0;
    // PCM from the source; an encoder that listens to the device itself ignores it.
    virtual Status write(const QByteArray &frames) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    // Finishes the file; stopped() follows, at once or when the encoder has written its end.
    virtual void stop() = 0;
    virtual bool isStopped() const = 0;

Q_SIGNALS:
    void stopped();
    void failed(const QString &message, int code);
};

class WavSink : public RecordingSink
{
    Q_OBJECT
public:
    explicit WavSink(const Rehearsal::PcmFormat &format, QObject *parent = nullptr);

    QString path() const override { return m_path; }
    QString formatName() const override { return tr("WAV"); }
    Status start(const QString &path) override;
    Status write(const QByteArray &frames) override;
    void pause() override { }
    void resume() override { }
    void stop() override;
    bool isStopped() const override { return !m_writer.isOpen(); }

private:
    Rehearsal::PcmFormat m_format;
    Rehearsal::WavWriter m_writer;
    QString m_path;
};

class EncoderSink : public RecordingSink
{
    Q_OBJECT
public:
    struct Format
    {
        QMediaFormat::FileFormat file;
        QMediaFormat::AudioCodec codec;
        QString name; // "Ogg Opus"
        QString suffix; // "opus"
    };
    // The first of Ogg Opus, MPEG-4 AAC, FLAC, Ogg Vorbis that Qt Multimedia can encode here.
    static std::optional<Format> bestFormat();
    // Why bestFormat() offers nothing: the note of a WAV recording from a microphone.
    static QString unavailableReason();

    EncoderSink(const QAudioDevice &device, const Format &format, QObject *parent = nullptr);
    ~EncoderSink() override;

    // Where the encoder wrote (a backend may add its own suffix).
    QString path() const override;
    QString formatName() const override { return m_format.name; }
    Status start(const QString &path) override;
    Status write(const QByteArray &) override { return {}; }
    void pause() override;
    void resume() override;
    void stop() override;
    bool isStopped() const override;
    // The encoder has written audio (its duration moved): an error after this point leaves a
    // partial file, before it nothing.
    bool hasRecorded() const { return m_recordedMs > 0; }

private:
    Format m_format;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QAudioInput> m_input;
    std::unique_ptr<QMediaRecorder> m_recorder;
    QString m_path;
    qint64 m_recordedMs = 0;
};

} // namespace Starloop::Media
