// PcmSource: where a recording's sound comes from: a microphone (MicrophoneSource) or a WAV
// file played in as if spoken (WavFileSource: for tests, and for users without a microphone who
// want a recording analysed). The Recorder listens to pcmReady and the two ways it can end.
#pragma once

#include "core/rehearsal/pcmformat.h"
#include "core/result.h"

#include <QAudioDevice>
#include <QObject>

#include <optional>

namespace Starloop::Media {

class PcmSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Rehearsal::PcmFormat format() const = 0;
    virtual QString description() const = 0; // "Built-in microphone", "answer.wav"
    virtual Status start() = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // The microphone this source listens to; nullopt for a file. The Recorder encodes the
    // same device with QMediaRecorder.
    virtual std::optional<QAudioDevice> device() const { return std::nullopt; }

Q_SIGNALS:
    void pcmReady(const QByteArray &frames); // interleaved whole frames in format()
    void ended(); // the end of a file: nothing more will come
    void failed(const QString &message, int code); // the device went away (code: Rehearsal::InputLost)
};

} // namespace Starloop::Media
