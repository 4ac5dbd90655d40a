#include "core/rehearsal/spokentimings.h"

#include <algorithm>
#include <optional>

namespace Starloop::Rehearsal {

namespace {

// Where the answer must end: the first probe or End mark, else the end of the recording.
qint64 answerLimit(const QVector<RehearsalMark> &marks, qint64 durationMs)
{
    qint64 limit = durationMs;
    for (const RehearsalMark &mark : marks) {
        if (mark.kind == MarkKind::Probe || mark.kind == MarkKind::End)
            limit = std::min(limit, mark.ms);
    }
    return std::max<qint64>(0, limit);
}

SpokenTimings split(const QVector<RehearsalMark> &marks, const TimeSpan &answer)
{
    SpokenTimings timings;
    timings.answer = answer;
    // Boundaries: answer start, Task, Action, Result, answer end.
    std::array<std::optional<qint64>, 5> marked;
    for (const RehearsalMark &mark : marks) {
        const int part = mark.kind == MarkKind::Task ? 1
            : mark.kind == MarkKind::Action          ? 2
            : mark.kind == MarkKind::Result          ? 3
                                                     : 0;
        if (part > 0 && mark.ms < answer.endMs && !marked[part])
            marked[part] = mark.ms;
    }
    std::array<qint64, 5> bound {};
    bound[0] = answer.startMs;
    bound[4] = answer.endMs;
    for (int k = 3; k >= 1; --k) // a part never marked takes no time
        bound[k] = marked[k] ? std::clamp(*marked[k], answer.startMs, answer.endMs) : bound[k + 1];
    for (int k = 1; k <= 3; ++k) // marks out of order: a part cannot end before it starts
        bound[k] = std::max(bound[k], bound[k - 1]);
    for (int k = 0; k < 4; ++k)
        timings.parts[k] = TimeSpan {bound[k], bound[k + 1]};
    timings.movesMarked = int(std::count_if(marked.begin() + 1, marked.begin() + 4,
        [](const std::optional<qint64> &ms) { return ms.has_value(); }));
    return timings;
}

} // namespace

std::array<qint64, 4> SpokenTimings::partMs() const
{
    return {parts[0].lengthMs(), parts[1].lengthMs(), parts[2].lengthMs(), parts[3].lengthMs()};
}

SpokenTimings SpokenTimings::fromMarks(const QVector<RehearsalMark> &marks, qint64 durationMs)
{
    return split(marks, TimeSpan {0, answerLimit(marks, durationMs)});
}

SpokenTimings SpokenTimings::fromMarks(const QVector<RehearsalMark> &marks, const AudioAnalysis &analysis)
{
    const qint64 limit = answerLimit(marks, analysis.durationMs);
    TimeSpan answer {0, limit};
    QVector<TimeSpan> speech;
    for (const TimeSpan &s : analysis.speech) {
        if (s.startMs < limit)
            speech.append(TimeSpan {s.startMs, std::min(s.endMs, limit)});
    }
    if (!speech.isEmpty())
        answer = TimeSpan {speech.first().startMs, speech.last().endMs};
    SpokenTimings timings = split(marks, answer);
    timings.hasAudio = true;
    timings.speakingMs = analysis.speakingWithin(answer);
    for (const TimeSpan &pause : analysis.pauses) {
        if (pause.startMs >= answer.startMs && pause.endMs <= answer.endMs)
            timings.pauses.append(pause);
    }
    return timings;
}

} // namespace Starloop::Rehearsal
