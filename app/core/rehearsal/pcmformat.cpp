#include "core/rehearsal/pcmformat.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Starloop::Rehearsal {

namespace {

float sampleAt(const char *p, SampleFormat format)
{
    switch (format) {
    case SampleFormat::UInt8:
        return (static_cast<unsigned char>(*p) - 128) / 128.0f;
    case SampleFormat::Int16: {
        qint16 v;
        std::memcpy(&v, p, sizeof v);
        return v / 32768.0f;
    }
    case SampleFormat::Int32: {
        qint32 v;
        std::memcpy(&v, p, sizeof v);
        return static_cast<float>(v / 2147483648.0);
    }
    case SampleFormat::Float: {
        float v;
        std::memcpy(&v, p, sizeof v);
        return std::isfinite(v) ? std::clamp(v, -1.0f, 1.0f) : 0.0f;
    }
    }
    return 0.0f;
}

void putSample(char *p, float sample, SampleFormat format)
{
    const float s = std::clamp(sample, -1.0f, 1.0f);
    switch (format) {
    case SampleFormat::UInt8:
        *p = static_cast<char>(static_cast<unsigned char>(std::lround(s * 127.0f) + 128));
        return;
    case SampleFormat::Int16: {
        const auto v = static_cast<qint16>(std::lround(s * 32767.0f));
        std::memcpy(p, &v, sizeof v);
        return;
    }
    case SampleFormat::Int32: {
        const auto v = static_cast<qint32>(std::llround(s * 2147483647.0));
        std::memcpy(p, &v, sizeof v);
        return;
    }
    case SampleFormat::Float:
        std::memcpy(p, &s, sizeof s);
        return;
    }
}

} // namespace

int PcmFormat::bytesPerSample() const
{
    switch (sampleFormat) {
    case SampleFormat::UInt8:
        return 1;
    case SampleFormat::Int16:
        return 2;
    case SampleFormat::Int32:
    case SampleFormat::Float:
        return 4;
    }
    return 2;
}

qint64 PcmFormat::durationMs(qint64 bytes) const
{
    if (!isValid())
        return 0;
    return bytes / bytesPerFrame() * 1000 / sampleRate;
}

QVector<float> toMono(const char *data, qint64 size, const PcmFormat &format)
{
    QVector<float> mono;
    if (!format.isValid() || size <= 0)
        return mono;
    const int sampleBytes = format.bytesPerSample();
    const int frameBytes = format.bytesPerFrame();
    const qint64 frames = size / frameBytes;
    mono.resize(static_cast<int>(frames));
    for (qint64 i = 0; i < frames; ++i) {
        const char *frame = data + i * frameBytes;
        float sum = 0.0f;
        for (int c = 0; c < format.channels; ++c)
            sum += sampleAt(frame + c * sampleBytes, format.sampleFormat);
        mono[static_cast<int>(i)] = sum / format.channels;
    }
    return mono;
}

QByteArray fromMono(const QVector<float> &samples, const PcmFormat &format)
{
    QByteArray bytes;
    if (!format.isValid())
        return bytes;
    const int sampleBytes = format.bytesPerSample();
    bytes.resize(samples.size() * format.bytesPerFrame());
    char *p = bytes.data();
    for (const float sample : samples) {
        for (int c = 0; c < format.channels; ++c, p += sampleBytes)
            putSample(p, sample, format.sampleFormat);
    }
    return bytes;
}

} // namespace Starloop::Rehearsal
