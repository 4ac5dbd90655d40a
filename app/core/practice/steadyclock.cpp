#include "core/practice/steadyclock.h"

namespace Starloop::Practice {

SteadyClock::SteadyClock()
{
    m_timer.start();
}

qint64 SteadyClock::nowMs() const
{
    return m_timer.elapsed();
}

} // namespace Starloop::Practice
