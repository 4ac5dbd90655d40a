// PcmSignal: test audio with known timings: sine tones (stand-ins for speech) and silences of
// given lengths, optionally under white noise, as mono floats or as PCM in any format.
//
//   PcmSignal signal(48000);
//   signal.silence(1000).tone(2000).silence(3500).tone(1500).withNoise(0.02);
//   signal.pcm({48000, 2, SampleFormat::Int16})   -> PcmAudio of 6.5 s, both channels alike
// Header-only, deterministic (the noise is a fixed linear congruential sequence).
#pragma once

#include "core/rehearsal/wavfile.h"

#include <QVector>

#include <cmath>

namespace Starloop::Test {

class PcmSignal
{
public:
    explicit PcmSignal(int sampleRate)
        : m_rate(sampleRate)
    { }

    PcmSignal &tone(qint64 ms, double amplitude = 0.25, double hz = 220.0)
    {
        const qint64 n = samples(ms);
        const qint64 start = m_samples.size();
        for (qint64 i = 0; i < n; ++i)
            m_samples.append(float(amplitude * std::sin(2.0 * M_PI * hz * double(start + i) / m_rate)));
        return *this;
    }
    PcmSignal &silence(qint64 ms)
    {
        m_samples.resize(m_samples.size() + int(samples(ms)));
        return *this;
    }
    // Adds uniform white noise in [-amplitude, amplitude] over everything so far.
    PcmSignal &withNoise(double amplitude, quint32 seed = 12345)
    {
        quint32 state = seed;
        for (float &s : m_samples) {
            state = state * 1664525u + 1013904223u;
            s += float(amplitude * (2.0 * (state >> 8) / double(1u << 24) - 1.0));
        }
        return *this;
    }

    const QVector<float> &mono() const { return m_samples; }
    qint64 durationMs() const { return qint64(m_samples.size()) * 1000 / m_rate; }
    Rehearsal::PcmAudio pcm(const Rehearsal::PcmFormat &format) const
    {
        return Rehearsal::PcmAudio {format, Rehearsal::fromMono(m_samples, format)};
    }
    Rehearsal::PcmAudio pcm() const { return pcm({m_rate, 1, Rehearsal::SampleFormat::Int16}); }

private:
    qint64 samples(qint64 ms) const { return ms * m_rate / 1000; }

    int m_rate;
    QVector<float> m_samples;
};

} // namespace Starloop::Test
