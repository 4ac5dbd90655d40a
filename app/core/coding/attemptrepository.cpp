#include "attemptrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QUuid>

namespace Starloop::Coding {

using Storage::Statement;
using Storage::StorageError;

using Storage::storageFailure;

namespace {

const char Columns[] = "id, uid, question_id, language, code, started_at, updated_at, duration_s, rating, notes, last_run";

Attempt readAttempt(const Statement &st)
{
    Attempt a;
    a.id = st.int64(0);
    a.uid = st.text(1);
    a.questionId = st.int64(2);
    a.language = st.text(3);
    a.code = st.text(4);
    a.startedAt = st.int64(5);
    a.updatedAt = st.int64(6);
    a.durationSecs = st.integer(7);
    if (!st.isNull(8))
        a.rating = st.integer(8);
    a.notes = st.text(9);
    a.lastRun = st.text(10);
    return a;
}

std::optional<Attempt> readById(Storage::Database &db, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM attempts WHERE id = ?1";
    Statement st(db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readAttempt(st);
}

} // namespace

AttemptRepository::AttemptRepository(Storage::Database &db)
    : m_db(db)
{
}

Result<Attempt> AttemptRepository::create(qint64 questionId, const QString &language, const QString &code, qint64 nowSecs)
{
    try {
        Statement st(m_db, "INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, questionId).bind(3, language);
        st.bind(4, code).bind(5, nowSecs);
        st.run();
        if (auto created = readById(m_db, m_db.lastInsertRowId()))
            return *created;
        return Error{QStringLiteral("The new attempt could not be read back.")};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The attempt could not be created"), error);
    }
}

Status AttemptRepository::save(const Attempt &attempt, qint64 nowSecs)
{
    try {
        const auto stored = readById(m_db, attempt.id);
        if (!stored)
            return Error{QStringLiteral("The attempt no longer exists; it may have been deleted.")};
        if (stored->sameContent(attempt))
            return {};
        Statement st(m_db, "UPDATE attempts SET language = ?2, code = ?3, duration_s = ?4, rating = ?5, notes = ?6, "
                           "last_run = ?7, updated_at = ?8 WHERE id = ?1");
        st.bind(1, attempt.id).bind(2, attempt.language).bind(3, attempt.code).bind(4, qMax(0, attempt.durationSecs));
        if (attempt.rating)
            st.bind(5, *attempt.rating);
        else
            st.bind(5, nullptr);
        st.bind(6, attempt.notes).bind(7, attempt.lastRun).bind(8, nowSecs);
        st.run();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The attempt could not be saved"), error);
    }
}

Result<Attempt> AttemptRepository::load(qint64 id) const
{
    try {
        if (auto attempt = readById(m_db, id))
            return *attempt;
        return Error{QStringLiteral("The attempt no longer exists; it may have been deleted.")};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The attempt could not be loaded"), error);
    }
}

Result<QVector<Attempt>> AttemptRepository::forQuestion(qint64 questionId) const
{
    try {
        const QByteArray sql = QByteArray("SELECT ") + Columns
            + " FROM attempts WHERE question_id = ?1 ORDER BY started_at DESC, id DESC";
        Statement st(m_db, sql.constData());
        st.bind(1, questionId);
        QVector<Attempt> attempts;
        while (st.step())
            attempts << readAttempt(st);
        return attempts;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The attempts could not be listed"), error);
    }
}

Status AttemptRepository::remove(qint64 id)
{
    try {
        Statement st(m_db, "DELETE FROM attempts WHERE id = ?1");
        st.bind(1, id).run();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The attempt could not be deleted"), error);
    }
}

int AttemptRepository::count() const
{
    try {
        return int(m_db.scalarInt("SELECT count(*) FROM attempts"));
    } catch (const StorageError &) {
        return -1;
    }
}

} // namespace Starloop::Coding
