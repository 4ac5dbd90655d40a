#include "core/practice/localdays.h"

#include <QDateTime>
#include <QTime>

#include <iterator>
#include <map>

namespace Starloop::Practice {

namespace {

class DayCache
{
public:
    QDate dateOf(qint64 secs)
    {
        const auto after = m_days.upper_bound(secs);
        if (after != m_days.begin() && secs < std::prev(after)->second.end)
            return std::prev(after)->second.date;
        const QDate date = QDateTime::fromSecsSinceEpoch(secs).date();
        const qint64 start = QDateTime(date, QTime(0, 0)).toSecsSinceEpoch();
        const qint64 end = QDateTime(date.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
        if (m_days.size() >= MaxDays)
            m_days.clear();
        if (start <= secs && secs < end) // not where a time zone change moves midnight
            m_days[start] = Day {end, date};
        return date;
    }

private:
    static constexpr std::size_t MaxDays = 4096;
    struct Day
    {
        qint64 end = 0; // the next day's start
        QDate date;
    };
    std::map<qint64, Day> m_days; // by the day's start
};

} // namespace

QDate LocalDays::dateOf(qint64 secsSinceEpoch)
{
    thread_local DayCache days;
    return days.dateOf(secsSinceEpoch);
}

} // namespace Starloop::Practice
