#include "core/practice/fakeclock.h"

namespace Starloop::Practice {

FakeClock::FakeClock(qint64 startMs)
    : m_nowMs(startMs)
{ }

void FakeClock::advanceMs(qint64 ms)
{
    if (ms > 0)
        m_nowMs += ms;
}

} // namespace Starloop::Practice
