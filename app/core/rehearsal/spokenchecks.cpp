#include "core/rehearsal/spokenchecks.h"

#include <cmath>

namespace Starloop::Rehearsal {

using Stories::StoryCheck;
using Stories::StoryChecks;

namespace {

StoryCheck check(const char *id, bool ok, const QString &title, const QString &message)
{
    return StoryCheck {QString::fromLatin1(id), ok, title, message};
}

QString clock(qint64 ms)
{
    return StoryChecks::formatDuration(static_cast<int>((ms + 500) / 1000));
}

} // namespace

QVector<StoryCheck> SpokenChecks::evaluate(const SpokenTimings &timings)
{
    QVector<StoryCheck> checks;
    const qint64 total = timings.totalMs();

    // The whole answer against 2-4 minutes.
    {
        const QString spoke = tr("You spoke for %1.").arg(clock(total)) + QLatin1Char(' ');
        if (total <= 0)
            checks << check("spoken-time", false, tr("Spoken time"), tr("Nothing was recorded yet."));
        else if (total < StoryChecks::MinimumSeconds * 1000LL)
            checks << check("spoken-time", false, tr("Spoken time"),
                spoke + tr("Too short for 2–4 minutes: say more about what you did and what came of it."));
        else if (total > StoryChecks::MaximumSeconds * 1000LL)
            checks << check("spoken-time", false, tr("Spoken time"),
                spoke + tr("Longer than 4 minutes: shorten the Situation and get to your Action sooner."));
        else
            checks << check("spoken-time", true, tr("Spoken time"), spoke + tr("Within 2–4 minutes."));
    }

    // The parts' shares of the time, from the marks.
    if (timings.movesMarked == 0 || total <= 0)
        checks << check("spoken-proportion", false, tr("Spoken proportions"),
            tr("Mark each move (Situation → Task → Action → Result) while you speak to measure the "
               "proportions."));
    else
        checks << check("spoken-proportion", StoryChecks::starShares(timings.partMs()).worst < 0,
            tr("Spoken proportions"),
            StoryChecks::proportionAdvice(StoryChecks::starShares(timings.partMs())));

    if (!timings.hasAudio)
        return checks;

    // Long silences inside the answer.
    if (timings.pauses.isEmpty()) {
        checks << check("long-pauses", true, tr("Long pauses"), tr("No silence over 3 seconds."));
    } else {
        QStringList at;
        for (const TimeSpan &pause : timings.pauses)
            at << clock(pause.startMs);
        checks << check("long-pauses", false, tr("Long pauses"),
            tr("%n silence(s) over 3 seconds (at %1): know what comes next in the story.", nullptr,
                int(timings.pauses.size()))
                .arg(at.join(QStringLiteral(", "))));
    }

    // Speaking against silence.
    if (total > 0) {
        const int percent = static_cast<int>(std::lround(100.0 * timings.speakingMs / total));
        if (percent < MinimumSpeakingPercent)
            checks << check("speaking-share", false, tr("Speaking time"),
                tr("You were speaking %1% of the answer: practise until the silences are short.")
                    .arg(percent));
        else
            checks << check("speaking-share", true, tr("Speaking time"),
                tr("You were speaking %1% of the answer.").arg(percent));
    }
    return checks;
}

} // namespace Starloop::Rehearsal
