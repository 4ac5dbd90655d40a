// `starloop plan [--json] [--loop-date [KIND:]DATE]... [--hours-per-week N] [--ics FILE] [--today DATE]`:
// the study plan from today to the loop date, day by day (StudyPlanner over the user's file).
// --loop-date and --hours-per-week set what the plan is made for and are kept in the file
// (several --loop-date for a phone screen and an onsite: "phone-screen:2026-03-02"; a bare date
// is an onsite); --ics also writes the plan as an iCalendar file; --today plans as if it were
// that day. What will not fit, and bad input, is said on standard error; the plan is printed
// all the same.
//
//   starloop plan --loop-date 2026-04-01 --hours-per-week 10
//   2026-03-02 Mon   84 / 85 min
//     review  Why Amazon? (2 min)
//     learn   Two sum: ... (45 min)
//   ...
//   2026-04-01 Wed   onsite loop
//   Readiness on 2026-04-01 (target recall 90%):
//     Coding  seen 14 of 104 (13%), recall 93%  ok
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class PlanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
