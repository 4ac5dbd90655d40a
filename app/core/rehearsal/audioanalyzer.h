// AudioAnalyzer: speaking time, silence, long pauses, the level for a meter and the waveform,
// from PCM alone (no speech recognition). Fed buffer by buffer while recording, or a whole
// file at once; both give the same result.
//
// The audio is cut into 10 ms frames. Each frame's level (dBFS of its mean square) goes to a
// histogram whose 10th percentile is the noise floor, and to a VoiceDetector that tells voice
// from background against that floor (voicedetector.h). While recording, the floor is the one
// measured so far; finish() measures it over the whole recording and decides every frame again,
// so the final speech and pauses do not depend on how the first seconds sounded.
//
//   AudioAnalyzer analyzer({48000, 1, SampleFormat::Int16});
//   analyzer.feed(buffer);              // as QAudioSource delivers it
//   analyzer.level().meter()            // 0..1 for the level bar, ~every 50 ms
//   analyzer.current().pauses           // pauses so far, for live markers
//   const AudioAnalysis done = analyzer.finish();
//   AudioAnalyzer::analyse(WavReader::readAll(path).value())   // the same, for a file
#pragma once

#include "core/rehearsal/audioanalysis.h"
#include "core/rehearsal/pcmformat.h"
#include "core/rehearsal/voicedetector.h"
#include "core/rehearsal/waveform.h"

#include <QByteArray>

namespace Starloop::Rehearsal {

struct PcmAudio;

class AudioAnalyzer
{
public:
    explicit AudioAnalyzer(const PcmFormat &format, const AnalyzerSettings &settings = {});

    // Interleaved frames in the analyzer's format; a partial frame waits for the next buffer.
    void feed(const char *data, qint64 size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    void feedMono(const float *samples, qint64 count);

    PcmFormat format() const { return m_format; }
    const AnalyzerSettings &settings() const { return m_settings; }
    qint64 durationMs() const;
    AudioLevel level() const;
    // The analysis so far, with the floor measured so far (speech still going on included).
    AudioAnalysis current() const;
    // How long the silence at the end has lasted after speech (0 while speaking or before the
    // first word): the GUI shows a pause marker growing once this passes longPauseMs.
    qint64 trailingSilenceMs() const;
    const Waveform &waveform() const { return m_waveform; }

    // Ends the recording: the last partial frame is counted and every frame decided against
    // the whole recording's floor. The analyzer takes no more audio after this.
    AudioAnalysis finish();
    bool isFinished() const { return m_finished; }

    static AudioAnalysis analyse(const PcmAudio &audio, const AnalyzerSettings &settings = {});

private:
    void closeFrame();
    AudioAnalysis analysisOf(const QVector<VoiceDetector::Span> &spans, double floorDb) const;
    double frameDb(int frame) const;
    int framesPerSecond() const { return 1000 / m_settings.frameMs; }

    PcmFormat m_format;
    AnalyzerSettings m_settings;
    int m_frameSamples;
    QByteArray m_partialBytes; // a frame cut between two buffers
    // The frame being filled.
    int m_samplesInFrame = 0;
    double m_sumSquares = 0.0;
    float m_min = 0.0f;
    float m_max = 0.0f;
    qint64 m_samples = 0;
    float m_peak = 0.0f;
    // Live state.
    NoiseFloor m_floor;
    VoiceDetector m_live;
    Waveform m_waveform;
    std::array<float, 5> m_recentPeak {};
    bool m_finished = false;
    AudioAnalysis m_final;
};

} // namespace Starloop::Rehearsal
