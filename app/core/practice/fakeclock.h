// FakeClock: a Clock that only moves when told to, for tests and previews.
//
//   FakeClock clock;          // nowMs() == 0
//   clock.advanceSeconds(90); // nowMs() == 90000
//   clock.advanceMs(-5);      // refused: a monotonic clock never goes back (stays 90000)
#pragma once

#include "core/practice/clock.h"

namespace Starloop::Practice {

class FakeClock : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0);
    qint64 nowMs() const override { return m_nowMs; }

    void advanceMs(qint64 ms);
    void advanceSeconds(qint64 seconds) { advanceMs(seconds * 1000); }
    void advanceMinutes(qint64 minutes) { advanceMs(minutes * 60 * 1000); }

private:
    qint64 m_nowMs;
};

} // namespace Starloop::Practice
