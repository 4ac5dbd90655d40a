#include "core/diagrams/drillrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace Starloop::Diagrams {

using Storage::Statement;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DrillRepository)
};

const char *const Columns
    = "id, diagram_uid, template_id, stability, difficulty, reviews, lapses, last_rating, "
      "last_score, last_review_at, due_at";

// "SELECT <Columns> FROM diagram_drills WHERE diagram_uid = ?1" or "... template_id = ?1".
QByteArray selectBySubject(const DrillSubject &subject)
{
    return QByteArray("SELECT ") + Columns + " FROM diagram_drills WHERE "
        + (subject.kind == DrillSubject::Kind::Diagram ? "diagram_uid" : "template_id") + " = ?1";
}

DrillState readState(const Statement &st)
{
    DrillState s;
    s.drillId = st.int64(0);
    s.subject
        = st.isNull(1) ? DrillSubject::referenceTemplate(st.text(2)) : DrillSubject::diagram(st.text(1));
    s.memory = Practice::MemoryState {st.real(3), st.real(4)};
    s.reviews = st.integer(5);
    s.lapses = st.integer(6);
    s.lastRating = st.isNull(7) ? 0 : st.integer(7);
    s.lastScore = st.isNull(8) ? 0 : st.real(8);
    s.lastReviewAt = st.optionalInt64(9).value_or(0);
    s.dueAt = st.optionalInt64(10).value_or(0);
    s.intervalDays = int((s.dueAt - s.lastReviewAt) / DrillRepository::SecondsPerDay);
    return s;
}

} // namespace

DrillRepository::DrillRepository(Storage::Database &db, const Practice::Fsrs &fsrs)
    : m_db(db)
    , m_fsrs(fsrs)
{ }

Result<DrillState> DrillRepository::record(
    const DrillSubject &subject, int rating, double score, qint64 nowSecs)
{
    const std::optional<Practice::Rating> grade = Practice::Fsrs::ratingFromInt(rating);
    if (!grade)
        return Error {Text::tr("A rating is 1 (again) to 4 (easy)."), 0};
    return Storage::guarded(Text::tr("The drill could not be saved"), [&]() -> Result<DrillState> {
        Storage::Transaction tx(m_db);
        if (subject.kind == DrillSubject::Kind::Diagram) {
            Statement exists(m_db, "SELECT 1 FROM diagrams WHERE uid = ?1");
            exists.bind(1, subject.id);
            if (!exists.step())
                return Error {Text::tr("The diagram no longer exists."), 0};
        }
        std::optional<DrillState> previous;
        {
            Statement st(m_db, selectBySubject(subject).constData());
            st.bind(1, subject.id);
            if (st.step())
                previous = readState(st);
        }
        DrillState next = previous.value_or(DrillState {});
        next.subject = subject;
        const bool seen = previous && previous->reviews > 0;
        const int elapsed
            = seen ? int(std::max<qint64>(0, nowSecs - previous->lastReviewAt) / SecondsPerDay) : 0;
        const Practice::ReviewOutcome outcome = m_fsrs.review(
            seen ? std::optional<Practice::MemoryState>(previous->memory) : std::nullopt, *grade, elapsed);
        next.memory = outcome.state;
        next.intervalDays = outcome.intervalDays;
        next.reviews += 1;
        next.lapses += seen && *grade == Practice::Rating::Again ? 1 : 0;
        next.lastRating = rating;
        next.lastScore = std::clamp(score, 0.0, 1.0);
        next.lastReviewAt = nowSecs;
        next.dueAt = nowSecs + outcome.intervalDays * SecondsPerDay;

        if (!previous) {
            Statement insert(
                m_db, "INSERT INTO diagram_drills(diagram_uid, template_id, updated_at) VALUES (?1, ?2, ?3)");
            const bool diagram = subject.kind == DrillSubject::Kind::Diagram;
            insert.bindNullableText(1, diagram ? subject.id : QString())
                .bindNullableText(2, diagram ? QString() : subject.id)
                .bind(3, nowSecs)
                .run();
            next.drillId = m_db.lastInsertRowId();
        }
        Statement update(m_db,
            "UPDATE diagram_drills SET stability = ?2, difficulty = ?3, reviews = ?4, lapses = ?5, "
            "last_rating = ?6, "
            "last_score = ?7, last_review_at = ?8, due_at = ?9, updated_at = ?8 WHERE id = ?1");
        update.bind(1, next.drillId).bind(2, next.memory.stability).bind(3, next.memory.difficulty);
        update.bind(4, next.reviews).bind(5, next.lapses).bind(6, rating).bind(7, next.lastScore);
        update.bind(8, nowSecs).bind(9, next.dueAt).run();

        Statement log(m_db,
            "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
            "VALUES ('diagram', ?1, ?2, ?3, ?4, ?5)");
        log.bind(1, next.drillId).bind(2, rating).bind(3, nowSecs).bind(4, double(elapsed));
        log.bind(5, double(outcome.intervalDays)).run();
        tx.commit();
        return next;
    });
}

Result<std::optional<DrillState>> DrillRepository::state(const DrillSubject &subject) const
{
    return Storage::guarded(
        Text::tr("The drill schedule could not be read"), [&]() -> Result<std::optional<DrillState>> {
            Statement st(m_db, selectBySubject(subject).constData());
            st.bind(1, subject.id);
            std::optional<DrillState> found;
            if (st.step())
                found = readState(st);
            return found;
        });
}

Result<QVector<DrillState>> DrillRepository::due(qint64 nowSecs, int limit) const
{
    return Storage::guarded(
        Text::tr("The drills due could not be read"), [&]() -> Result<QVector<DrillState>> {
            const QByteArray sql = QByteArray("SELECT ") + Columns
                + " FROM diagram_drills WHERE due_at IS NOT NULL AND due_at <= ?1 ORDER BY due_at, id LIMIT "
                  "?2";
            Statement st(m_db, sql.constData());
            st.bind(1, nowSecs).bind(2, limit > 0 ? limit : -1);
            QVector<DrillState> list;
            while (st.step())
                list << readState(st);
            return list;
        });
}

Status DrillRepository::forget(const DrillSubject &subject)
{
    return Storage::guarded(Text::tr("The drill schedule could not be removed"), [&]() -> Status {
        Statement st(m_db,
            subject.kind == DrillSubject::Kind::Diagram
                ? "DELETE FROM diagram_drills WHERE diagram_uid = ?1"
                : "DELETE FROM diagram_drills WHERE template_id = ?1");
        st.bind(1, subject.id).run();
        return {};
    });
}

} // namespace Starloop::Diagrams
