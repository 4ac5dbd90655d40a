// PcmFormat: how raw audio bytes are laid out (rate, channels, sample type), and the one
// conversion the analysis needs: interleaved frames to mono floats in [-1, 1].
//
//   PcmFormat f {48000, 2, SampleFormat::Int16};
//   f.bytesPerFrame()          -> 4
//   f.durationMs(192000)       -> 1000
//   toMono(bytes, f)           -> 48000 floats, the two channels averaged
//
// Qt Multimedia's QAudioFormat maps onto it one to one (app/media/pcmconvert.h); core stays
// free of Qt Multimedia so the analysis builds and is tested in the Qt 5 build too.
#pragma once

#include <QVector>
#include <QtGlobal>

namespace Starloop::Rehearsal {

enum class SampleFormat { UInt8, Int16, Int32, Float };

struct PcmFormat
{
    int sampleRate = 0;
    int channels = 0;
    SampleFormat sampleFormat = SampleFormat::Int16;

    bool isValid() const { return sampleRate > 0 && channels > 0; }
    int bytesPerSample() const;
    int bytesPerFrame() const { return bytesPerSample() * channels; }
    qint64 durationMs(qint64 bytes) const;
    qint64 framesForMs(qint64 ms) const { return ms * sampleRate / 1000; }
    bool operator==(const PcmFormat &other) const
    {
        return sampleRate == other.sampleRate && channels == other.channels
            && sampleFormat == other.sampleFormat;
    }
    bool operator!=(const PcmFormat &other) const { return !(*this == other); }
};

// The whole frames of `data` (a trailing partial frame is ignored) as mono samples in [-1, 1].
QVector<float> toMono(const char *data, qint64 size, const PcmFormat &format);

// A mono buffer in `format`'s sample type and channel count (every channel the same sample):
// the inverse of toMono, used by the tests' generators and the WAV writer.
QByteArray fromMono(const QVector<float> &samples, const PcmFormat &format);

} // namespace Starloop::Rehearsal
