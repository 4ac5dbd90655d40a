// SteadyClock: the real Clock, a QElapsedTimer started when the clock is made.
//
// QElapsedTimer uses the platform's monotonic clock, so setting the system time, a DST change
// or an NTP step never moves the practice timer. (Whether time asleep counts depends on the
// platform's monotonic clock; the timer only needs it never to go backwards.)
#pragma once

#include "core/practice/clock.h"

#include <QElapsedTimer>

namespace Starloop::Practice {

class SteadyClock : public Clock
{
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace Starloop::Practice
