// Value types of the audio analysis: what AudioAnalyzer reports about a recording, live while
// it is made and whole when it is done. Times are milliseconds from the recording's start.
//
//   analysis.speech   -> [{1000, 3000}, {6500, 8000}]   stretches of speaking (short breaths bridged)
//   analysis.pauses   -> [{3000, 6500}]                 silences of 3 s or more between speech
//   analysis.speakingMs -> 3500;  analysis.silenceMs() -> durationMs - 3500
#pragma once

#include <QVector>
#include <QtGlobal>

namespace Starloop::Rehearsal {

struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    bool operator==(const TimeSpan &other) const { return startMs == other.startMs && endMs == other.endMs; }
};

// The sound level now, for a meter: the last 50 ms.
struct AudioLevel
{
    double rmsDb = -100.0; // dBFS of the mean square; -100 for silence
    double peakDb = -100.0; // dBFS of the largest sample
    bool speaking = false; // the voice detector's verdict at this moment
    bool clipping = false; // a sample at full scale: the input gain is too high

    // 0 at -60 dBFS or below, 1 at 0 dBFS: the length of a meter's bar.
    double meter() const;
};

struct AudioAnalysis
{
    qint64 durationMs = 0;
    qint64 speakingMs = 0; // the sum of `speech`
    QVector<TimeSpan> speech;
    QVector<TimeSpan> pauses; // silences of at least AnalyzerSettings::longPauseMs between speech
    double noiseFloorDb = -100.0; // the background level the voice was measured against
    double peakDb = -100.0;

    qint64 silenceMs() const { return durationMs - speakingMs; }
    bool hasSpeech() const { return !speech.isEmpty(); }
    // From the first word to the last: the answer without the silence before and after it.
    TimeSpan answerSpan() const;
    // Speaking time inside [span.startMs, span.endMs).
    qint64 speakingWithin(const TimeSpan &span) const;
};

// How voice is told from background. The defaults suit speech from a desk microphone; the
// tests rely on them (a tone 12 dB over the floor is voice, a 300 ms gap is a breath).
struct AnalyzerSettings
{
    int frameMs = 10; // the analysis window
    double onsetDb = 12.0; // speech starts this far above the noise floor ...
    double releaseDb = 6.0; // ... and goes on while the level stays this far above it
    int minSpeechMs = 50; // a click shorter than this is not speech
    int bridgeMs = 300; // a gap shorter than this (a breath, a stop consonant) is part of speech
    int longPauseMs = 3000; // a silence this long between words is marked as a pause
    double minFloorDb = -70.0; // digital silence would put the floor at -inf: a sane lower bound
    double startFloorDb = -50.0; // the floor is at most this during the first second
    double floorPercentile = 0.10; // the floor is this quantile of the frame levels so far
};

} // namespace Starloop::Rehearsal
