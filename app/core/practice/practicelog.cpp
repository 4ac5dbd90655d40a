#include "core/practice/practicelog.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDateTime>
#include <QIODevice>
#include <QUuid>

#include <algorithm>

namespace Starloop::Practice {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

namespace {

const char SessionColumns[]
    = "SELECT id, uid, kind, ref, title, started_at, planned_s, actual_s, phases, rating, "
      "notes, status FROM practice_sessions ";

// The conditions of a PracticeFilter, binding ?1 to ?3 (bindFilter): NULL switches one off, so
// one statement serves every filter.
const char FilterConditions[] = "WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR started_at >= ?2) "
                                "AND (?3 IS NULL OR started_at < ?3) ";

void bindFilter(Statement &st, const PracticeFilter &filter)
{
    st.bindNullableText(1, filter.kind).bindOptional(2, filter.fromSecs).bindOptional(3, filter.untilSecs);
}

PracticeSession::Status statusFromText(const QString &text)
{
    if (text == QLatin1String("running"))
        return PracticeSession::Status::Running;
    if (text == QLatin1String("interrupted"))
        return PracticeSession::Status::Interrupted;
    return PracticeSession::Status::Finished;
}

QString statusText(PracticeSession::Status status)
{
    switch (status) {
    case PracticeSession::Status::Running:
        return QStringLiteral("running");
    case PracticeSession::Status::Interrupted:
        return QStringLiteral("interrupted");
    case PracticeSession::Status::Finished:
        break;
    }
    return QStringLiteral("finished");
}

PracticeSession readSession(const Statement &st)
{
    PracticeSession s;
    s.id = st.int64(0);
    s.uid = st.text(1);
    s.kind = st.text(2);
    s.ref = st.text(3);
    s.title = st.text(4);
    s.startedAt = st.int64(5);
    s.plannedSeconds = st.integer(6);
    s.actualSeconds = st.integer(7);
    s.phases = TimerSummary::phasesFromJson(st.text(8).toUtf8());
    if (!st.isNull(9))
        s.rating = st.integer(9);
    s.notes = st.text(10);
    s.status = statusFromText(st.text(11));
    return s;
}

QVector<PhaseSummary> plannedPhases(const TimerPlan &plan)
{
    QVector<PhaseSummary> phases;
    for (const TimerPhase &phase : plan.phases())
        phases.append(PhaseSummary {phase.name, phase.seconds, 0});
    return phases;
}

} // namespace

PracticeLog::PracticeLog(Storage::Database &db)
    : m_db(db)
{ }

QStringList PracticeLog::kinds()
{
    return {QStringLiteral("question"), QStringLiteral("story"), QStringLiteral("coding"),
        QStringLiteral("system-design"), QStringLiteral("mock-loop"), QStringLiteral("free")};
}

Result<qint64> PracticeLog::start(
    const QString &kind, const QString &ref, const QString &title, const TimerPlan &plan, qint64 nowSecs)
{
    if (!kinds().contains(kind))
        return Error {tr("\"%1\" is not a kind of practice session.").arg(kind)};
    return guarded(tr("The practice session could not be recorded"), [&]() -> Result<qint64> {
        Statement st(m_db,
            "INSERT INTO practice_sessions(uid, kind, ref, title, started_at, planned_s, actual_s, "
            "phases, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, 'running')");
        st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, kind)
            .bind(3, ref)
            .bind(4, title);
        st.bind(5, nowSecs).bind(6, plan.totalSeconds());
        st.bind(7, QString::fromUtf8(TimerSummary::phasesToJson(plannedPhases(plan))));
        st.run();
        return m_db.lastInsertRowId();
    });
}

Status PracticeLog::writeTimes(qint64 id, const TimerSummary &summary)
{
    Statement current(m_db, "SELECT status FROM practice_sessions WHERE id = ?1");
    current.bind(1, id);
    if (!current.step())
        return Error {tr("The practice session no longer exists.")};
    if (current.text(0) != QLatin1String("running"))
        return Error {tr("This practice session was already closed.")};
    Statement st(
        m_db, "UPDATE practice_sessions SET planned_s = ?2, actual_s = ?3, phases = ?4 WHERE id = ?1");
    st.bind(1, id).bind(2, summary.plannedSeconds).bind(3, summary.actualSeconds);
    st.bind(4, QString::fromUtf8(TimerSummary::phasesToJson(summary.phases))).run();
    return {};
}

Status PracticeLog::finish(
    qint64 id, const TimerSummary &summary, std::optional<int> rating, const QString &notes)
{
    if (rating && (*rating < 1 || *rating > 5))
        return Error {tr("A session rating is 1 to 5.")};
    return guarded(tr("The practice session could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        const Status times = writeTimes(id, summary);
        if (!times)
            return times;
        Statement st(
            m_db, "UPDATE practice_sessions SET rating = ?2, notes = ?3, status = 'finished' WHERE id = ?1");
        st.bind(1, id);
        if (rating)
            st.bind(2, *rating);
        else
            st.bind(2, nullptr);
        st.bind(3, notes).run();
        tx.commit();
        return {};
    });
}

Status PracticeLog::recordProgress(qint64 id, const TimerSummary &summary)
{
    return guarded(tr("The time spent on the practice session could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        const Status times = writeTimes(id, summary);
        if (times)
            tx.commit();
        return times;
    });
}

Result<int> PracticeLog::markInterrupted()
{
    return guarded(tr("Unfinished practice sessions could not be closed"), [&]() -> Result<int> {
        m_db.exec("UPDATE practice_sessions SET status = 'interrupted' WHERE status = 'running'");
        return m_db.changes();
    });
}

Result<PracticeSession> PracticeLog::load(qint64 id) const
{
    return guarded(tr("The practice session could not be read"), [&]() -> Result<PracticeSession> {
        const QByteArray sql = QByteArray(SessionColumns) + "WHERE id = ?1";
        Statement st(m_db, sql.constData());
        st.bind(1, id);
        if (!st.step())
            return Error {tr("The practice session no longer exists.")};
        return readSession(st);
    });
}

Result<QVector<PracticeSession>> PracticeLog::list(const PracticeFilter &filter) const
{
    return guarded(tr("The practice log could not be read"), [&]() -> Result<QVector<PracticeSession>> {
        const QByteArray sql = QByteArray(SessionColumns) + FilterConditions
            + "ORDER BY started_at DESC, id DESC LIMIT ?4 OFFSET ?5";
        Statement st(m_db, sql.constData());
        bindFilter(st, filter);
        st.bind(4, filter.limit > 0 ? filter.limit : -1).bind(5, std::max(0, filter.offset));
        QVector<PracticeSession> sessions;
        while (st.step())
            sessions.append(readSession(st));
        return sessions;
    });
}

Result<PracticeTotals> PracticeLog::totals(const PracticeFilter &filter) const
{
    return guarded(tr("The practice log could not be read"), [&]() -> Result<PracticeTotals> {
        const QByteArray sql
            = QByteArray("SELECT count(*), total(actual_s) FROM practice_sessions ") + FilterConditions;
        Statement st(m_db, sql.constData());
        bindFilter(st, filter);
        st.step();
        return PracticeTotals {st.integer(0), qint64(st.real(1))};
    });
}

QString PracticeLog::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status PracticeLog::exportCsv(QIODevice &device, const PracticeFilter &filter) const
{
    const Result<QVector<PracticeSession>> sessions = list(filter);
    if (!sessions)
        return sessions.error();

    const QLatin1String lineEnd("\r\n");
    QString csv
        = QStringLiteral("uid,started_at,kind,ref,title,status,planned_s,actual_s,rating,phases,notes")
        + lineEnd;
    for (const PracticeSession &s : sessions.value()) {
        const QStringList fields {
            s.uid,
            QDateTime::fromSecsSinceEpoch(s.startedAt).toUTC().toString(Qt::ISODate),
            s.kind,
            s.ref,
            s.title,
            statusText(s.status),
            QString::number(s.plannedSeconds),
            QString::number(s.actualSeconds),
            s.rating ? QString::number(*s.rating) : QString(),
            QString::fromUtf8(TimerSummary::phasesToJson(s.phases)),
            s.notes,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + lineEnd;
    }
    const QByteArray bytes = csv.toUtf8();
    if (device.write(bytes) != bytes.size())
        return Error {tr("The practice log could not be written: %1").arg(device.errorString())};
    return {};
}

Result<QVector<SessionRecord>> PracticeLog::records() const
{
    return guarded(tr("The practice log could not be read"), [&]() -> Result<QVector<SessionRecord>> {
        Statement st(m_db,
            "SELECT uid, kind, ref, title, started_at, planned_s, actual_s, phases, rating, notes, status, "
            "recording, marks FROM practice_sessions ORDER BY started_at, uid");
        QVector<SessionRecord> records;
        while (st.step())
            records << SessionRecord {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4),
                st.int64(5), st.int64(6), st.text(7), st.optionalInt64(8), st.text(9), st.text(10),
                st.text(11), st.text(12)};
        return records;
    });
}

Result<Merge> PracticeLog::insertByUid(const SessionRecord &record, Merge::Rule rule)
{
    return guarded(
        tr("The practice session %1 could not be imported").arg(record.uid), [&]() -> Result<Merge> {
            const bool exists = m_db.intByUid("practice_sessions", "id", record.uid).has_value();
            if (exists && rule == Merge::Rule::NewerWins)
                return Merge {};
            Statement st = m_db.cached(
                "INSERT INTO practice_sessions(uid, kind, ref, title, started_at, planned_s, actual_s, "
                "phases, rating, notes, status, recording, marks) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                "ON CONFLICT(uid) DO UPDATE SET kind = excluded.kind, ref = excluded.ref, "
                "title = excluded.title, started_at = excluded.started_at, planned_s = excluded.planned_s, "
                "actual_s = excluded.actual_s, phases = excluded.phases, rating = excluded.rating, "
                "notes = excluded.notes, status = excluded.status, recording = excluded.recording, "
                "marks = excluded.marks");
            st.bind(1, record.uid).bind(2, record.kind).bind(3, record.ref).bind(4, record.title);
            st.bind(5, record.startedAt).bind(6, record.plannedSeconds).bind(7, record.actualSeconds);
            st.bind(8, record.phases).bindOptional(9, record.rating).bind(10, record.notes);
            st.bind(11, record.status).bind(12, record.recording).bind(13, record.marks).run();
            return Merge::written(exists);
        });
}

} // namespace Starloop::Practice
