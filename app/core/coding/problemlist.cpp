#include "core/coding/problemlist.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/vocabulary/section.h"

#include <QCoreApplication>
#include <QHash>

namespace Starloop::Coding {

using Storage::Statement;

Result<QVector<ProblemRow>> ProblemList::load(Storage::Database &db)
{
    return Storage::guarded(QCoreApplication::translate("ProblemList", "The problem list could not be read"),
        [&]() -> Result<QVector<ProblemRow>> {
            QVector<ProblemRow> rows;
            QHash<qint64, int> rowOf;
            Statement problems(db,
                "SELECT q.id, q.uid, q.title, q.pattern, q.level, q.origin = 'user', s.due_at "
                "FROM questions q LEFT JOIN question_state s ON s.question_id = q.id "
                "WHERE q.section = ?1 AND q.retired = 0 "
                "AND ((q.pattern <> '' AND q.uid NOT LIKE 'pattern-%') OR q.origin = 'user') "
                "ORDER BY q.id");
            problems.bind(1, Sections::id(Section::Coding));
            while (problems.step()) {
                ProblemRow row;
                row.questionId = problems.int64(0);
                row.uid = problems.text(1);
                row.title = problems.text(2);
                row.pattern = problems.text(3);
                row.level = problems.text(4);
                row.mine = problems.integer(5) != 0;
                row.dueAt = problems.optionalInt64(6);
                rowOf.insert(row.questionId, rows.size());
                rows << row;
            }
            // Oldest first, so the last attempt read for a problem is its latest.
            Statement attempts(db,
                "SELECT a.question_id, a.updated_at, a.last_run FROM attempts a "
                "JOIN questions q ON q.id = a.question_id WHERE q.section = ?1 ORDER BY a.updated_at, a.id");
            attempts.bind(1, Sections::id(Section::Coding));
            while (attempts.step()) {
                const auto found = rowOf.constFind(attempts.int64(0));
                if (found == rowOf.cend())
                    continue;
                ProblemRow &row = rows[found.value()];
                const RunResult run = RunResult::fromJson(attempts.text(2));
                row.lastAttemptAt = attempts.int64(1);
                row.lastOutcome = run.outcome;
                row.passed = run.passedCount();
                row.total = int(run.cases.size());
                row.solved = row.solved || run.outcome == RunResult::Outcome::Passed;
            }
            return rows;
        });
}

int ProblemList::nextUnsolved(const QVector<ProblemRow> &rows, const QVector<int> &order, int from)
{
    const int count = int(order.size());
    for (int step = 1; step <= count; ++step) {
        const int index = order.at(((from < 0 ? -1 : from) + step + count) % count);
        if (!rows.at(index).solved)
            return index;
    }
    return -1;
}

} // namespace Starloop::Coding
