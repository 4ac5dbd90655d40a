#include "core/rehearsal/waveform.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Rehearsal {

void Waveform::append(float min, float max, float meanSquare)
{
    m_min.append(min);
    m_max.append(max);
    m_meanSquare.append(meanSquare);
}

void Waveform::clear()
{
    m_min.clear();
    m_max.clear();
    m_meanSquare.clear();
}

QVector<WaveformBucket> Waveform::buckets(int count, qint64 fromMs, qint64 toMs) const
{
    QVector<WaveformBucket> result;
    if (count <= 0 || toMs <= fromMs)
        return result;
    result.resize(count);
    const double framesPerBucket = double(toMs - fromMs) / m_frameMs / count;
    const double firstFrame = double(fromMs) / m_frameMs;
    for (int b = 0; b < count; ++b) {
        const auto begin = static_cast<qint64>(std::floor(firstFrame + b * framesPerBucket));
        const auto end
            = std::max(begin + 1, static_cast<qint64>(std::floor(firstFrame + (b + 1) * framesPerBucket)));
        const qint64 last = std::min<qint64>(end, frameCount());
        if (begin < 0 || begin >= last)
            continue;
        WaveformBucket &bucket = result[b];
        bucket.min = m_min.at(int(begin));
        bucket.max = m_max.at(int(begin));
        double sum = 0.0;
        for (qint64 f = begin; f < last; ++f) {
            bucket.min = std::min(bucket.min, m_min.at(int(f)));
            bucket.max = std::max(bucket.max, m_max.at(int(f)));
            sum += m_meanSquare.at(int(f));
        }
        bucket.rms = static_cast<float>(std::sqrt(sum / double(last - begin)));
    }
    return result;
}

} // namespace Starloop::Rehearsal
