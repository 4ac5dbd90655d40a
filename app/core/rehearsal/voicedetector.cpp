#include "core/rehearsal/voicedetector.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Rehearsal {

void NoiseFloor::add(double db)
{
    const int bin = std::clamp(static_cast<int>(std::floor((db + 100.0) * BinsPerDb)), 0, Bins - 1);
    ++m_histogram[bin];
    ++m_count;
}

double NoiseFloor::estimate(int startFrames) const
{
    double floor = m_settings.minFloorDb;
    if (m_count > 0) {
        const double wanted = m_settings.floorPercentile * m_count;
        int seen = 0;
        for (int bin = 0; bin < Bins; ++bin) {
            seen += m_histogram[bin];
            if (seen >= wanted && seen > 0) {
                floor = -100.0 + (bin + 0.5) / BinsPerDb;
                break;
            }
        }
    }
    floor = std::max(floor, m_settings.minFloorDb);
    if (m_count < startFrames)
        floor = std::min(floor, m_settings.startFloorDb);
    return floor;
}

void VoiceDetector::push(double db, double onsetDb, double releaseDb)
{
    const qint64 frame = m_frame++;
    if (m_inSpeech) {
        if (db >= releaseDb) {
            m_lastVoicedEnd = frame + 1;
        } else if (frame + 1 - m_lastVoicedEnd >= m_bridge) {
            m_spans.append(Span {m_speechStart, m_lastVoicedEnd});
            m_inSpeech = false;
        }
        return;
    }
    if (m_candidateStart >= 0 && db < releaseDb)
        m_candidateStart = -1;
    else if (m_candidateStart < 0 && db >= onsetDb)
        m_candidateStart = frame;
    if (m_candidateStart >= 0 && frame + 1 - m_candidateStart >= m_minSpeech) {
        m_inSpeech = true;
        m_speechStart = m_candidateStart;
        m_lastVoicedEnd = frame + 1;
        m_candidateStart = -1;
    }
}

void VoiceDetector::finish()
{
    if (m_inSpeech)
        m_spans.append(Span {m_speechStart, m_lastVoicedEnd});
    m_inSpeech = false;
    m_candidateStart = -1;
}

QVector<VoiceDetector::Span> VoiceDetector::spansSoFar() const
{
    QVector<Span> spans = m_spans;
    if (m_inSpeech)
        spans.append(Span {m_speechStart, m_lastVoicedEnd});
    return spans;
}

} // namespace Starloop::Rehearsal
