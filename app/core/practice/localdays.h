// LocalDays: the local calendar date of a moment, for code that turns many moments into days
// (a year of reviews replayed, a year of practice counted per day).
//
// Each conversion to local time asks the C library, which reads the time zone file's status
// again; the bounds of a day, once found, answer for every other moment of it. A replay of
// 100,000 reviews meets a few hundred days, so it converts a few hundred times, not 100,000.
// Exact across daylight-saving changes (a day's bounds are where its local midnights fall). Each
// thread keeps its own days (the optimizer replays on a thread of its own), the last few
// thousand met.
//
//   LocalDays::dateOf(1765000000)   -> QDate(2025, 12, 6) in Europe/Berlin
#pragma once

#include <QDate>

namespace Starloop::Practice {

class LocalDays
{
public:
    static QDate dateOf(qint64 secsSinceEpoch);
};

} // namespace Starloop::Practice
