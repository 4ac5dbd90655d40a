// SpokenTimings: how long each STAR part took when the story was told aloud, from the marks
// the user set while speaking and, when there is audio, the speech the analyzer found.
//
// The answer runs from the first word (or the start, without audio) to the last word before
// the first probe or End mark (or the end of the recording). The Situation starts with the
// answer; each Task / Action / Result mark starts its part; a part never marked lasts 0 s.
//
//   marks {Task 30 s, Action 50 s, Result 160 s}, speech 2 s .. 200 s
//     -> answer [2 s, 200 s); Situation 28 s, Task 20 s, Action 110 s, Result 40 s
#pragma once

#include "core/rehearsal/audioanalysis.h"
#include "core/rehearsal/rehearsalmarks.h"

#include <array>

namespace Starloop::Rehearsal {

struct SpokenTimings
{
    TimeSpan answer;
    std::array<TimeSpan, 4> parts {}; // Situation, Task, Action, Result
    int movesMarked = 0; // how many of Task, Action, Result were marked inside the answer
    bool hasAudio = false;
    qint64 speakingMs = 0; // inside the answer; with audio only
    QVector<TimeSpan> pauses; // long pauses inside the answer; with audio only

    qint64 totalMs() const { return answer.lengthMs(); }
    std::array<qint64, 4> partMs() const;

    // Without audio: the marks and the recording's length.
    static SpokenTimings fromMarks(const QVector<RehearsalMark> &marks, qint64 durationMs);
    // With the recording's analysis.
    static SpokenTimings fromMarks(const QVector<RehearsalMark> &marks, const AudioAnalysis &analysis);
};

} // namespace Starloop::Rehearsal
