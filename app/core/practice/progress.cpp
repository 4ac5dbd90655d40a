#include "core/practice/progress.h"

#include "core/practice/localdays.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/vocabulary/catalog.h"

#include <QDateTime>
#include <QSet>
#include <QTime>

#include <algorithm>

namespace Starloop::Practice {

using Storage::guarded;
using Storage::Statement;

namespace {

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toSecsSinceEpoch();
}

} // namespace

ProgressRepository::ProgressRepository(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<DayActivity>> ProgressRepository::practicePerDay(const QDate &from, const QDate &to) const
{
    QVector<DayActivity> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    for (QDate day = from; day <= to; day = day.addDays(1))
        days.append(DayActivity {day, 0, 0});
    return guarded(tr("The practice history could not be read"), [&]() -> Result<QVector<DayActivity>> {
        // A margin of a day on each side: the local day of a session is decided below, not in SQL.
        Statement st(m_db,
            "SELECT started_at, actual_s FROM practice_sessions "
            "WHERE status != 'running' AND started_at >= ?1 AND started_at < ?2");
        st.bind(1, startOfDay(from) - 86400).bind(2, startOfDay(to.addDays(1)) + 86400);
        while (st.step()) {
            const QDate day = LocalDays::dateOf(st.int64(0));
            if (day < from || day > to)
                continue;
            DayActivity &entry = days[int(from.daysTo(day))];
            entry.sessions += 1;
            entry.seconds += st.integer(1);
        }
        return days;
    });
}

Result<int> ProgressRepository::streak(const QDate &today) const
{
    // Long streaks are rare; read a year at a time until a day without practice shows up.
    int streak = 0;
    QDate end = today;
    bool first = true;
    for (;;) {
        const QDate start = end.addDays(-365);
        const Result<QVector<DayActivity>> days = practicePerDay(start, end);
        if (!days)
            return days.error();
        for (int i = int(days->size()) - 1; i >= 0; --i) {
            if (days->at(i).sessions > 0) {
                ++streak;
            } else if (first && i == int(days->size()) - 1) {
                // today without practice yet: the streak may still end yesterday
            } else {
                return streak;
            }
            first = false;
        }
        end = start.addDays(-1);
    }
}

Result<QVector<SectionProgress>> ProgressRepository::sections(qint64 nowSecs) const
{
    return guarded(
        tr("The progress by section could not be counted"), [&]() -> Result<QVector<SectionProgress>> {
            Statement st(m_db,
                "SELECT q.section, count(*), "
                "COALESCE(sum(s.reviews > 0), 0), "
                "COALESCE(sum(s.due_at IS NOT NULL AND s.due_at <= ?1), 0), "
                "COALESCE(sum(s.stability >= ?2), 0) "
                "FROM questions q LEFT JOIN question_state s ON s.question_id = q.id "
                "WHERE q.retired = 0 GROUP BY q.section");
            st.bind(1, nowSecs).bind(2, MasteredStabilityDays);
            QVector<SectionProgress> rows;
            while (st.step())
                rows.append(
                    SectionProgress {st.text(0), st.integer(1), st.integer(2), st.integer(3), st.integer(4)});
            const QStringList &order = Catalog::sections();
            std::stable_sort(
                rows.begin(), rows.end(), [&order](const SectionProgress &a, const SectionProgress &b) {
                    const auto rank = [&order](const QString &s) {
                        const qsizetype i = order.indexOf(s);
                        return i < 0 ? order.size() : i;
                    };
                    return rank(a.section) < rank(b.section);
                });
            return rows;
        });
}

} // namespace Starloop::Practice
