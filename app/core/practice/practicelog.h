// PracticeLog: the record of practice sessions (practice_sessions table).
//
// A session is written when it starts (status 'running') so that a crash or a closed window
// still leaves a trace: at start-up, markInterrupted() turns any leftover 'running' rows into
// 'interrupted'. finish() stores what the timer measured, the user's rating and notes;
// recordProgress() stores the time spent so far and leaves the session running, so a window
// closed mid-session leaves an interrupted session with its time, not with 0 s.
//
//   PracticeLog log(db);
//   const qint64 id = log.start(QStringLiteral("coding"), questionUid, title, plan, now).value();
//   ...
//   log.finish(id, timer.summary(), 4, notes);
//   log.recordProgress(id, timer.summary());    // instead, when the window closes mid-session
//
// The export file's practice log goes through records() and insertByUid() (SessionCodec).
//
// exportCsv writes RFC 4180 CSV in UTF-8 with CRLF line ends and this header row:
//
//   uid,started_at,kind,ref,title,status,planned_s,actual_s,rating,phases,notes
//
// started_at is ISO 8601 in UTC ("2026-11-23T12:00:00Z"), phases the JSON of the phases column.
// A field is quoted when it holds a comma, a quote, a line break or leading/trailing spaces;
// quotes inside are doubled:  He said "ok", then left  ->  "He said ""ok"", then left"
#pragma once

#include "core/practice/practicesession.h"
#include "core/practice/sessioncodec.h"
#include "core/practice/timerplan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

class PracticeLog
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::PracticeLog)

public:
    explicit PracticeLog(Storage::Database &db);

    // The kinds a session can have.
    static QStringList kinds();

    Result<qint64> start(
        const QString &kind, const QString &ref, const QString &title, const TimerPlan &plan, qint64 nowSecs);
    // Only a running session can be finished. rating: 1..5 or nullopt.
    Status finish(qint64 id, const TimerSummary &summary, std::optional<int> rating, const QString &notes);
    // The planned and actual times of a running session, measured so far; it stays running.
    Status recordProgress(qint64 id, const TimerSummary &summary);
    // Marks every 'running' session 'interrupted'; returns how many there were.
    Result<int> markInterrupted();

    Result<PracticeSession> load(qint64 id) const;
    Result<QVector<PracticeSession>> list(const PracticeFilter &filter = {}) const;
    // What list(filter) would return, counted (limit and offset aside).
    Result<PracticeTotals> totals(const PracticeFilter &filter = {}) const;
    Status exportCsv(QIODevice &device, const PracticeFilter &filter = {}) const;

    // One CSV field, quoted when it needs to be (see above).
    static QString csvField(const QString &value);

    // Every session as the export file holds it, oldest first.
    Result<QVector<SessionRecord>> records() const;
    // Adds the session unless one with its uid is there already (with Rule::Replace, replaces
    // it: a sync handing on a session finished elsewhere). Runs inside the caller's transaction.
    Result<Portability::Merge> insertByUid(
        const SessionRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    // Inside the caller's transaction; refused unless the session is running.
    Status writeTimes(qint64 id, const TimerSummary &summary);

    Storage::Database &m_db;
};

} // namespace Starloop::Practice
