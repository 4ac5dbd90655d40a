// Clock: where the practice timer reads the time from.
//
// Milliseconds on a monotonic scale whose origin is arbitrary: only differences mean anything.
// The timer computes everything from two readings of a Clock, so the real clock (SteadyClock)
// makes it immune to wall-clock changes, and a FakeClock lets tests jump through a 45-minute
// round in microseconds.
#pragma once

#include <QtGlobal>

namespace Starloop::Practice {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

} // namespace Starloop::Practice
