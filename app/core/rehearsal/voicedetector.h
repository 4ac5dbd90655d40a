// VoiceDetector: the frame-by-frame decision "speech or not", with hysteresis in level and in
// time, and NoiseFloor: the background level that decision is measured against.
//
// Level hysteresis: a frame starts speech when it is onsetDb above the floor, and speech goes
// on while frames stay releaseDb above it, so a voice fading at the end of a word is not cut
// into pieces. Time hysteresis: speech must last minSpeechMs (a click is not speech), and a gap
// shorter than bridgeMs (a breath) does not end it. Frames are numbered from 0; spans are in
// frames, [start, end).
//
//   frames (dB over floor):  0 0 14 15 9 3 3 14 15 0 0 0 ...   (10 ms frames, bridge 3 frames)
//   speech:                   [2, 9)        the dip at 5-6 is bridged, the silence at 9 ends it
#pragma once

#include "core/rehearsal/audioanalysis.h"

#include <QVector>

#include <array>

namespace Starloop::Rehearsal {

class NoiseFloor
{
public:
    explicit NoiseFloor(const AnalyzerSettings &settings)
        : m_settings(settings)
    { }
    void add(double db);
    int count() const { return m_count; }
    // The floorPercentile quantile of the levels so far, at least minFloorDb; while fewer than
    // `startFrames` levels are in, also at most startFloorDb, so a recording that starts with
    // speech is heard.
    double estimate(int startFrames) const;

private:
    static constexpr int BinsPerDb = 2;
    static constexpr int Bins = 100 * BinsPerDb;
    AnalyzerSettings m_settings;
    std::array<int, Bins> m_histogram {};
    int m_count = 0;
};

class VoiceDetector
{
public:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    VoiceDetector(int minSpeechFrames, int bridgeFrames)
        : m_minSpeech(minSpeechFrames)
        , m_bridge(bridgeFrames)
    { }

    // The next frame's level against the thresholds of the moment.
    void push(double db, double onsetDb, double releaseDb);
    // Closes speech still open at the end.
    void finish();

    const QVector<Span> &spans() const { return m_spans; }
    // The spans, with speech still open counted up to its last voiced frame.
    QVector<Span> spansSoFar() const;
    bool speaking() const { return m_inSpeech || m_candidateStart >= 0; }
    qint64 frames() const { return m_frame; }

private:
    int m_minSpeech;
    int m_bridge;
    qint64 m_frame = 0; // index of the next frame
    bool m_inSpeech = false;
    qint64 m_speechStart = 0;
    qint64 m_lastVoicedEnd = 0;
    qint64 m_candidateStart = -1;
    QVector<Span> m_spans;
};

} // namespace Starloop::Rehearsal
