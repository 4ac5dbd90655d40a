#include "core/rehearsal/audioanalyzer.h"

#include "core/rehearsal/wavfile.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Rehearsal {

namespace {

double toDb(double meanSquare)
{
    return meanSquare > 1e-10 ? std::max(-100.0, 10.0 * std::log10(meanSquare)) : -100.0;
}

int framesOf(int ms, int frameMs)
{
    return std::max(1, (ms + frameMs - 1) / frameMs);
}

} // namespace

double AudioLevel::meter() const
{
    return std::clamp((rmsDb + 60.0) / 60.0, 0.0, 1.0);
}

TimeSpan AudioAnalysis::answerSpan() const
{
    if (speech.isEmpty())
        return TimeSpan {0, durationMs};
    return TimeSpan {speech.first().startMs, speech.last().endMs};
}

qint64 AudioAnalysis::speakingWithin(const TimeSpan &span) const
{
    qint64 total = 0;
    for (const TimeSpan &s : speech)
        total += std::max<qint64>(0, std::min(s.endMs, span.endMs) - std::max(s.startMs, span.startMs));
    return total;
}

AudioAnalyzer::AudioAnalyzer(const PcmFormat &format, const AnalyzerSettings &settings)
    : m_format(format)
    , m_settings(settings)
    , m_frameSamples(std::max(1, format.sampleRate * settings.frameMs / 1000))
    , m_floor(settings)
    , m_live(framesOf(settings.minSpeechMs, settings.frameMs), framesOf(settings.bridgeMs, settings.frameMs))
    , m_waveform(settings.frameMs)
{ }

void AudioAnalyzer::feed(const char *data, qint64 size)
{
    if (m_finished || !m_format.isValid() || size <= 0)
        return;
    // A frame cut between buffers is joined with the start of this one.
    QByteArray joined;
    const char *bytes = data;
    qint64 total = size;
    if (!m_partialBytes.isEmpty()) {
        joined = m_partialBytes + QByteArray(data, int(size));
        bytes = joined.constData();
        total = joined.size();
    }
    const qint64 rest = total % m_format.bytesPerFrame();
    const QVector<float> mono = toMono(bytes, total - rest, m_format);
    m_partialBytes = QByteArray(bytes + total - rest, int(rest));
    feedMono(mono.constData(), mono.size());
}

void AudioAnalyzer::feedMono(const float *samples, qint64 count)
{
    if (m_finished)
        return;
    for (qint64 i = 0; i < count; ++i) {
        const float s = samples[i];
        if (m_samplesInFrame == 0)
            m_min = m_max = s;
        m_min = std::min(m_min, s);
        m_max = std::max(m_max, s);
        m_sumSquares += double(s) * s;
        ++m_samples;
        if (++m_samplesInFrame == m_frameSamples)
            closeFrame();
    }
}

void AudioAnalyzer::closeFrame()
{
    if (m_samplesInFrame == 0)
        return;
    const double meanSquare = m_sumSquares / m_samplesInFrame;
    const double db = toDb(meanSquare);
    m_waveform.append(m_min, m_max, static_cast<float>(meanSquare));
    m_floor.add(db);
    const double floor = m_floor.estimate(framesPerSecond());
    m_live.push(db, floor + m_settings.onsetDb, floor + m_settings.releaseDb);
    const float peak = std::max(std::abs(m_min), std::abs(m_max));
    m_peak = std::max(m_peak, peak);
    std::rotate(m_recentPeak.begin(), m_recentPeak.begin() + 1, m_recentPeak.end());
    m_recentPeak.back() = peak;
    m_samplesInFrame = 0;
    m_sumSquares = 0.0;
}

qint64 AudioAnalyzer::durationMs() const
{
    return m_format.sampleRate > 0 ? m_samples * 1000 / m_format.sampleRate : 0;
}

double AudioAnalyzer::frameDb(int frame) const
{
    return toDb(m_waveform.meanSquare(frame));
}

AudioLevel AudioAnalyzer::level() const
{
    AudioLevel level;
    const int frames = m_waveform.frameCount();
    const int recent = std::min<int>(frames, int(m_recentPeak.size()));
    if (recent == 0)
        return level;
    double sum = 0.0;
    for (int f = frames - recent; f < frames; ++f)
        sum += m_waveform.meanSquare(f);
    const float peak = *std::max_element(m_recentPeak.end() - recent, m_recentPeak.end());
    level.rmsDb = toDb(sum / recent);
    level.peakDb = peak > 0.0f ? std::max(-100.0, 20.0 * std::log10(double(peak))) : -100.0;
    level.clipping = peak >= 0.999f;
    level.speaking = m_live.speaking();
    return level;
}

AudioAnalysis AudioAnalyzer::analysisOf(const QVector<VoiceDetector::Span> &spans, double floorDb) const
{
    AudioAnalysis analysis;
    analysis.durationMs = durationMs();
    analysis.noiseFloorDb = floorDb;
    analysis.peakDb = m_peak > 0.0f ? std::max(-100.0, 20.0 * std::log10(double(m_peak))) : -100.0;
    const qint64 frameMs = m_settings.frameMs;
    for (const VoiceDetector::Span &span : spans) {
        const TimeSpan speech {span.start * frameMs, std::min(span.end * frameMs, analysis.durationMs)};
        if (!analysis.speech.isEmpty()
            && speech.startMs - analysis.speech.last().endMs >= m_settings.longPauseMs)
            analysis.pauses.append(TimeSpan {analysis.speech.last().endMs, speech.startMs});
        analysis.speech.append(speech);
        analysis.speakingMs += speech.lengthMs();
    }
    return analysis;
}

AudioAnalysis AudioAnalyzer::current() const
{
    if (m_finished)
        return m_final;
    return analysisOf(m_live.spansSoFar(), m_floor.estimate(framesPerSecond()));
}

qint64 AudioAnalyzer::trailingSilenceMs() const
{
    if (m_finished || m_live.speaking())
        return 0;
    const QVector<VoiceDetector::Span> spans = m_live.spansSoFar();
    if (spans.isEmpty())
        return 0;
    return std::max<qint64>(0, durationMs() - spans.last().end * m_settings.frameMs);
}

AudioAnalysis AudioAnalyzer::finish()
{
    if (m_finished)
        return m_final;
    closeFrame();
    m_partialBytes.clear();
    // Every frame again, against the floor of the whole recording.
    const int frames = m_waveform.frameCount();
    NoiseFloor floor(m_settings);
    for (int f = 0; f < frames; ++f)
        floor.add(frameDb(f));
    const double floorDb = floor.estimate(framesPerSecond());
    VoiceDetector detector(framesOf(m_settings.minSpeechMs, m_settings.frameMs),
        framesOf(m_settings.bridgeMs, m_settings.frameMs));
    for (int f = 0; f < frames; ++f)
        detector.push(frameDb(f), floorDb + m_settings.onsetDb, floorDb + m_settings.releaseDb);
    detector.finish();
    m_final = analysisOf(detector.spans(), floorDb);
    m_finished = true;
    return m_final;
}

AudioAnalysis AudioAnalyzer::analyse(const PcmAudio &audio, const AnalyzerSettings &settings)
{
    AudioAnalyzer analyzer(audio.format, settings);
    analyzer.feed(audio.data);
    return analyzer.finish();
}

} // namespace Starloop::Rehearsal
