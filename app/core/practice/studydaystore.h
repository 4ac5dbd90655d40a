// StudyDayStore: what the user ticked done in today's plan, and what was left undone on the last
// day the plan was opened, kept in the settings table as JSON under "study.day". Ticks are the
// user's word, not reviews: a ticked question keeps its memory state until it is rated. The plan
// itself is never stored: StudyPlanner makes it again from the states, which is the re-flow; this
// store only remembers enough to say so ("3 items planned for 5 December were not done").
//
//   {"version":1,"date":"2026-03-02","planned":["learn:q:lp-ownership-1","mock:Coding 1"],
//    "done":[{"key":"learn:q:lp-ownership-1","title":"Tell me about...","minutes":6}],
//    "missed_date":"2026-02-28","missed":4}
//
//   StudyDayStore store(db);
//   StudyDay day = StudyDayStore::startDay(store.load().value(), today, plannedKeys);
//   day.done.append({key, title, 6});
//   store.save(day);
#pragma once

#include "core/practice/studyplan.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct DoneTask
{
    QString key; // StudyDayStore::taskKey
    QString title;
    int minutes = 0;
};

struct StudyDay
{
    QDate date; // invalid: nothing stored yet
    QStringList planned; // the keys of the tasks planned for `date` when it was first opened
    QVector<DoneTask> done;
    QDate missedDate; // the last earlier day opened, when something planned on it was not done
    int missed = 0; // how many of its tasks were not done

    bool isDone(const QString &key) const;
    int doneMinutes() const;
};

class StudyDayStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::StudyDayStore)
public:
    static constexpr int FormatVersion = 1;
    static constexpr char SettingsKey[] = "study.day";

    explicit StudyDayStore(Storage::Database &db);

    Result<StudyDay> load() const;
    Status save(const StudyDay &day);

    // "learn:q:<uid>", "review:s:<id>", "mock:<round>": stable while the bank is re-synced.
    static QString taskKey(const PlanTask &task, const QVector<StudyItem> &items);
    // `stored` when it is today's; else a new day planned with `plannedToday`, which remembers
    // how much of the stored day was left undone.
    static StudyDay startDay(const StudyDay &stored, const QDate &today, const QStringList &plannedToday);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
