// ProblemList: the Coding section as a practice site shows it: every problem with its pattern,
// level, the user's last attempt and its result, whether it was ever solved, and when it is due
// for review. Read in one pass over the questions and the attempts; a heavy user's 5,000
// attempts cost a few milliseconds.
//
//   ProblemList::load(db)  -> [{title "Two sum ...", pattern "arrays-hashing", level "beginner",
//                              lastAttemptAt 1765000000, lastOutcome Passed, passed 7, total 7,
//                              solved true, dueAt 1765400000}, ...]
//   ProblemList::nextUnsolved(rows, order, 3) -> the first row after position 3 of `order` never solved
#pragma once

#include "core/coding/runresult.h"
#include "core/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Coding {

struct ProblemRow
{
    qint64 questionId = 0;
    QString uid;
    QString title;
    QString pattern; // empty for the user's own problems
    QString level;
    bool mine = false;
    std::optional<qint64> lastAttemptAt; // when the latest attempt was last edited
    RunResult::Outcome lastOutcome = RunResult::Outcome::NotRun; // of the latest attempt's last run
    int passed = 0; // examples the latest run passed, of `total`
    int total = 0;
    bool solved = false; // some attempt passed every example
    std::optional<qint64> dueAt; // the question's next review
};

class ProblemList
{
public:
    static Result<QVector<ProblemRow>> load(Storage::Database &db);
    // The index into `rows` of the first unsolved problem after position `from` of `order`
    // (the rows as shown; wraps around), or -1 when every problem is solved.
    static int nextUnsolved(const QVector<ProblemRow> &rows, const QVector<int> &order, int from);
};

} // namespace Starloop::Coding
