// Waveform: the shape of a recording, kept small enough to draw at any zoom: the lowest and
// highest sample and the mean square of every 10 ms frame (12 bytes per frame, about 280 KB
// for a 4-minute answer). The GUI asks for one bucket per pixel column.
//
//   waveform.buckets(800)                 -> 800 buckets over the whole recording
//   waveform.buckets(400, 60000, 90000)   -> 400 buckets over 1:00-1:30 (zoomed in)
//   a bucket: {min -0.4, max 0.5, rms 0.2}: draw a line from min to max, shade to +-rms
#pragma once

#include <QVector>
#include <QtGlobal>

namespace Starloop::Rehearsal {

struct WaveformBucket
{
    float min = 0.0f; // in [-1, 1]
    float max = 0.0f;
    float rms = 0.0f; // in [0, 1]
};

class Waveform
{
public:
    explicit Waveform(int frameMs = 10)
        : m_frameMs(frameMs)
    { }

    void append(float min, float max, float meanSquare);
    void clear();

    int frameMs() const { return m_frameMs; }
    int frameCount() const { return m_min.size(); }
    qint64 durationMs() const { return qint64(frameCount()) * m_frameMs; }
    float meanSquare(int frame) const { return m_meanSquare.at(frame); }

    // `count` buckets evenly over [fromMs, toMs): each holds the extremes and the RMS of the
    // frames it covers (or of the frame under it when zoomed in past one frame per bucket).
    // Time past the end gives silent buckets.
    QVector<WaveformBucket> buckets(int count, qint64 fromMs, qint64 toMs) const;
    QVector<WaveformBucket> buckets(int count) const { return buckets(count, 0, durationMs()); }

private:
    int m_frameMs;
    QVector<float> m_min;
    QVector<float> m_max;
    QVector<float> m_meanSquare;
};

} // namespace Starloop::Rehearsal
