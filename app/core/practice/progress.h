// ProgressRepository: the numbers behind the Practice dashboard.
//
//   practicePerDay(from, to)  one entry per local calendar day in [from, to] (days without practice
//                             included, with zeros), from the practice log (running sessions left out)
//   streak(today)             consecutive days with practice ending today, or ending yesterday
//                             while today has none yet (a streak is not lost until the day is over)
//   sections(now)             per bank section: questions, seen (reviewed at least once), due now,
//                             mastered (stability of at least MasteredStabilityDays)
//
// Days are local days (QDateTime::fromSecsSinceEpoch(...).date()), the days the user lives in.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct DayActivity
{
    QDate day;
    int sessions = 0;
    int seconds = 0;
};

struct SectionProgress
{
    QString section;
    int questions = 0;
    int seen = 0;
    int due = 0;
    int mastered = 0;
};

class ProgressRepository
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::ProgressRepository)

public:
    static constexpr double MasteredStabilityDays = 21.0;

    explicit ProgressRepository(Storage::Database &db);

    Result<QVector<DayActivity>> practicePerDay(const QDate &from, const QDate &to) const;
    Result<int> streak(const QDate &today) const;
    // In the order of Catalog::sections(), then any other section; sections without questions left out.
    Result<QVector<SectionProgress>> sections(qint64 nowSecs) const;

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
