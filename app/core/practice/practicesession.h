// PracticeSession: one row of the practice log, as PracticeLog reads it back.
#pragma once

#include "core/practice/timersummary.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Practice {

struct PracticeSession
{
    enum class Status { Running, Finished, Interrupted };

    qint64 id = 0;
    QString uid;
    QString kind; // question, story, coding, system-design, mock-loop, free
    QString ref; // what was practised, e.g. a question uid; may be empty
    QString title;
    qint64 startedAt = 0; // seconds since the epoch
    int plannedSeconds = 0;
    int actualSeconds = 0;
    QVector<PhaseSummary> phases;
    std::optional<int> rating; // the user's own 1..5 verdict
    QString notes;
    Status status = Status::Running;
};

// Which sessions PracticeLog::list and exportCsv return: all of one kind (empty: every kind)
// that started in [fromSecs, untilSecs), newest first, at most `limit` (<= 0: no limit) after
// skipping the first `offset` (a page of the log: offset 100, limit 100 is the second page).
struct PracticeFilter
{
    QString kind;
    std::optional<qint64> fromSecs;
    std::optional<qint64> untilSecs;
    int limit = 0;
    int offset = 0;
};

// How many sessions a filter matches and the time they took, without reading them.
struct PracticeTotals
{
    int sessions = 0;
    qint64 actualSeconds = 0;
};

} // namespace Starloop::Practice
