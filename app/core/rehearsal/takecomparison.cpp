#include "core/rehearsal/takecomparison.h"

#include "core/stories/storychecks.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Rehearsal {

using Stories::StoryChecks;

namespace {

constexpr int ShareTargets[] = {
    StoryChecks::SituationShare, StoryChecks::TaskShare, StoryChecks::ActionShare, StoryChecks::ResultShare};
constexpr int ShareNoteworthy = 5; // percentage points worth a sentence

QString clock(qint64 ms)
{
    return StoryChecks::formatDuration(static_cast<int>((ms + 500) / 1000));
}

} // namespace

TakeFigures TakeFigures::of(const SpokenTimings &timings)
{
    TakeFigures f;
    f.totalMs = timings.totalMs();
    f.speakingMs = timings.speakingMs;
    f.speakingPercent = f.totalMs > 0 ? static_cast<int>(std::lround(100.0 * f.speakingMs / f.totalMs)) : 0;
    f.movesMarked = timings.movesMarked;
    if (f.movesMarked > 0)
        f.sharePercent = StoryChecks::starShares(timings.partMs()).percent;
    f.pauseCount = timings.pauses.size();
    for (const TimeSpan &pause : timings.pauses)
        f.longestPauseMs = std::max(f.longestPauseMs, pause.lengthMs());
    const qint64 min = StoryChecks::MinimumSeconds * 1000LL;
    const qint64 max = StoryChecks::MaximumSeconds * 1000LL;
    f.withinTime = f.totalMs >= min && f.totalMs <= max;
    const qint64 outside = f.totalMs < min ? min - f.totalMs : std::max<qint64>(0, f.totalMs - max);
    f.distance = static_cast<int>(outside / 3000);
    for (int part = 0; part < 4; ++part)
        f.distance += f.movesMarked > 0 ? std::abs(f.sharePercent[part] - ShareTargets[part]) : 50;
    return f;
}

TakeComparison TakeComparison::compare(const SpokenTimings &first, const SpokenTimings &second)
{
    TakeComparison c;
    c.first = TakeFigures::of(first);
    c.second = TakeFigures::of(second);
    c.closer = c.first.distance == c.second.distance ? 0 : (c.second.distance < c.first.distance ? 1 : -1);

    const qint64 delta = c.second.totalMs - c.first.totalMs;
    const QString change = clock(c.first.totalMs) + QStringLiteral(" → ") + clock(c.second.totalMs);
    const QString within = c.second.withinTime ? tr("within 2–4 minutes") : tr("outside 2–4 minutes");
    if (std::abs(delta) < 1000)
        c.summary << tr("Both takes last %1.").arg(clock(c.second.totalMs));
    else if (delta < 0)
        c.summary << tr("The second take is %1 shorter (%2) and %3.").arg(clock(-delta), change, within);
    else
        c.summary << tr("The second take is %1 longer (%2) and %3.").arg(clock(delta), change, within);

    if (c.first.movesMarked > 0 && c.second.movesMarked > 0) {
        const QString names[] = {tr("Situation"), tr("Task"), tr("Action"), tr("Result")};
        for (int part = 0; part < 4; ++part) {
            c.shareDelta[part] = c.second.sharePercent[part] - c.first.sharePercent[part];
            if (std::abs(c.shareDelta[part]) >= ShareNoteworthy)
                c.summary << tr("%1: %2% → %3% (aim for about %4%).")
                                 .arg(names[part])
                                 .arg(c.first.sharePercent[part])
                                 .arg(c.second.sharePercent[part])
                                 .arg(ShareTargets[part]);
        }
    } else {
        c.summary << tr("Mark the S/T/A/R moves in both takes to compare the proportions.");
    }

    if (first.hasAudio && second.hasAudio && c.first.pauseCount != c.second.pauseCount)
        c.summary << tr("Long pauses: %1 → %2.").arg(c.first.pauseCount).arg(c.second.pauseCount);
    return c;
}

} // namespace Starloop::Rehearsal
