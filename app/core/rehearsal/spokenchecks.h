// SpokenChecks: the story checks for a telling that was recorded, measured on the clock rather
// than estimated from the words. They sit beside StoryChecks::evaluate (the written checks,
// unchanged) and use the same targets: 2-4 minutes, S 20% · T 15% · A 50% · R 15%.
//
//   evaluate(timings of a 3:10 answer, marks S 0:00 T 0:40 A 1:00 R 2:40)
//     -> "spoken-time"       ok   "You spoke for 3:10. Within 2–4 minutes."
//        "spoken-proportion" ok   "S 21% · T 11% · A 53% · R 16%. Close to 20 · 15 · 50 · 15."
//        "long-pauses"       ok   "No silence over 3 seconds."       (with audio only)
//        "speaking-share"    ok   "You were speaking 88% of the answer." (with audio only)
#pragma once

#include "core/rehearsal/spokentimings.h"
#include "core/stories/storychecks.h"

namespace Starloop::Rehearsal {

class SpokenChecks
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::SpokenChecks)
public:
    // Below this share of speaking inside the answer, the silences are worth a warning.
    static constexpr int MinimumSpeakingPercent = 70;

    static QVector<Stories::StoryCheck> evaluate(const SpokenTimings &timings);
};

} // namespace Starloop::Rehearsal
