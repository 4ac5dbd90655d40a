#include "diagramrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace Starloop::Diagrams {

using Storage::Statement;
using Storage::StorageError;

using Storage::storageFailure;

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagramRepository)
};

Error notFound()
{
    return Error{Text::tr("The diagram no longer exists."), 0};
}


DiagramSummary readSummary(const Statement &st)
{
    DiagramSummary s;
    s.id = st.int64(0);
    s.uid = st.text(1);
    s.title = st.text(2);
    s.questionId = st.optionalInt64(3);
    s.createdAt = st.int64(4);
    s.updatedAt = st.int64(5);
    return s;
}

QVector<DiagramSummary> readSummaries(Statement &st)
{
    QVector<DiagramSummary> rows;
    while (st.step())
        rows << readSummary(st);
    return rows;
}

QString cleanTitle(const QString &title)
{
    const QString simplified = title.simplified();
    return simplified.isEmpty() ? Text::tr("Untitled diagram") : simplified;
}

// Parses a stored document; the message says which diagram is damaged and what is safe.
Result<DiagramDocument> parseStored(const QString &text, const QString &owner)
{
    auto document = DiagramDocument::fromJson(text.toUtf8());
    if (!document)
        return Error{Text::tr("The diagram \"%1\" cannot be opened: %2 Your other diagrams are not affected; you can "
                        "restore a saved version or delete this diagram.")
                         .arg(owner, document.errorMessage()),
                     0};
    return document;
}

} // namespace

DiagramRepository::DiagramRepository(Storage::Database &db)
    : m_db(db)
{
}

Result<QVector<DiagramSummary>> DiagramRepository::list() const
{
    try {
        Statement st(m_db, "SELECT id, uid, title, question_id, created_at, updated_at FROM diagrams "
                           "ORDER BY title COLLATE NOCASE, id");
        return readSummaries(st);
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagrams could not be listed"), error);
    }
}

Result<QVector<DiagramSummary>> DiagramRepository::diagramsForQuestion(qint64 questionId) const
{
    try {
        Statement st(m_db, "SELECT id, uid, title, question_id, created_at, updated_at FROM diagrams "
                           "WHERE question_id = ?1 ORDER BY title COLLATE NOCASE, id");
        st.bind(1, questionId);
        return readSummaries(st);
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The question's diagrams could not be listed"), error);
    }
}

Result<DiagramSummary> DiagramRepository::create(const QString &title, const DiagramDocument &document,
                                                 qint64 nowSecs)
{
    try {
        DiagramSummary s;
        s.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.title = cleanTitle(title);
        s.createdAt = nowSecs;
        s.updatedAt = nowSecs;
        Statement st(m_db, "INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
                           "VALUES (?1, ?2, NULL, ?3, ?4, ?4)");
        st.bind(1, s.uid).bind(2, s.title).bind(3, QString::fromUtf8(document.toJson())).bind(4, nowSecs).run();
        s.id = m_db.lastInsertRowId();
        return s;
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be created"), error);
    }
}

Result<Diagram> DiagramRepository::load(qint64 id) const
{
    try {
        Statement st(m_db, "SELECT id, uid, title, question_id, created_at, updated_at, document FROM diagrams "
                           "WHERE id = ?1");
        st.bind(1, id);
        if (!st.step())
            return notFound();
        Diagram diagram;
        diagram.summary = readSummary(st);
        auto document = parseStored(st.text(6), diagram.summary.title);
        if (!document)
            return document.error();
        diagram.document = std::move(document.value());
        return diagram;
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be read"), error);
    }
}

Result<Diagram> DiagramRepository::loadByTitle(const QString &title) const
{
    try {
        Statement exact(m_db, "SELECT id FROM diagrams WHERE title = ?1 ORDER BY id LIMIT 1");
        exact.bind(1, title.simplified());
        if (exact.step())
            return load(exact.int64(0));
        Statement loose(m_db, "SELECT id FROM diagrams WHERE title = ?1 COLLATE NOCASE ORDER BY id LIMIT 2");
        loose.bind(1, title.simplified());
        QVector<qint64> ids;
        while (loose.step())
            ids << loose.int64(0);
        if (ids.size() == 1)
            return load(ids.first());
        if (ids.isEmpty())
            return Error{Text::tr("No diagram is called \"%1\".").arg(title), 0};
        return Error{Text::tr("Several diagrams are called \"%1\" (ignoring case); use the exact title.").arg(title), 0};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be read"), error);
    }
}

Status DiagramRepository::save(qint64 id, const DiagramDocument &document, qint64 nowSecs)
{
    try {
        Statement st(m_db, "UPDATE diagrams SET document = ?2, updated_at = ?3 WHERE id = ?1 AND document <> ?2");
        st.bind(1, id).bind(2, QString::fromUtf8(document.toJson())).bind(3, nowSecs).run();
        if (m_db.changes() == 0) {
            Statement exists(m_db, "SELECT 1 FROM diagrams WHERE id = ?1");
            exists.bind(1, id);
            if (!exists.step())
                return notFound();
        }
        return {};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be saved"), error);
    }
}

Status DiagramRepository::rename(qint64 id, const QString &title, qint64 nowSecs)
{
    try {
        Statement st(m_db, "UPDATE diagrams SET title = ?2, updated_at = ?3 WHERE id = ?1");
        st.bind(1, id).bind(2, cleanTitle(title)).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be renamed"), error);
    }
}

Status DiagramRepository::linkQuestion(qint64 id, std::optional<qint64> questionId, qint64 nowSecs)
{
    try {
        Statement st(m_db, "UPDATE diagrams SET question_id = ?2, updated_at = ?3 WHERE id = ?1");
        st.bind(1, id).bindOptional(2, questionId).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The question link could not be saved"), error);
    }
}

Status DiagramRepository::remove(qint64 id)
{
    try {
        Storage::Transaction tx(m_db);
        Statement snapshots(m_db, "DELETE FROM diagram_snapshots WHERE diagram_id = ?1");
        snapshots.bind(1, id).run();
        Statement st(m_db, "DELETE FROM diagrams WHERE id = ?1");
        st.bind(1, id).run();
        if (m_db.changes() == 0)
            return notFound();
        tx.commit();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The diagram could not be deleted"), error);
    }
}

Result<DiagramSnapshot> DiagramRepository::takeSnapshot(qint64 diagramId, const QString &name, qint64 nowSecs)
{
    try {
        DiagramSnapshot snapshot;
        snapshot.diagramId = diagramId;
        snapshot.name = name.simplified().isEmpty() ? Text::tr("Version") : name.simplified();
        snapshot.createdAt = nowSecs;
        Statement st(m_db, "INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) "
                           "SELECT id, ?2, document, ?3 FROM diagrams WHERE id = ?1");
        st.bind(1, diagramId).bind(2, snapshot.name).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        snapshot.id = m_db.lastInsertRowId();
        return snapshot;
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The version could not be kept"), error);
    }
}

Result<QVector<DiagramSnapshot>> DiagramRepository::snapshots(qint64 diagramId) const
{
    try {
        Statement st(m_db, "SELECT id, diagram_id, name, created_at FROM diagram_snapshots WHERE diagram_id = ?1 "
                           "ORDER BY created_at DESC, id DESC");
        st.bind(1, diagramId);
        QVector<DiagramSnapshot> rows;
        while (st.step())
            rows << DiagramSnapshot{st.int64(0), st.int64(1), st.text(2), st.int64(3)};
        return rows;
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The versions could not be listed"), error);
    }
}

Result<DiagramDocument> DiagramRepository::loadSnapshot(qint64 snapshotId) const
{
    try {
        Statement st(m_db, "SELECT name, document FROM diagram_snapshots WHERE id = ?1");
        st.bind(1, snapshotId);
        if (!st.step())
            return Error{Text::tr("The version no longer exists."), 0};
        return parseStored(st.text(1), st.text(0));
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The version could not be read"), error);
    }
}

Result<DiagramDocument> DiagramRepository::restoreSnapshot(qint64 diagramId, qint64 snapshotId, qint64 nowSecs)
{
    auto document = loadSnapshot(snapshotId);
    if (!document)
        return document;
    if (const Status saved = save(diagramId, document.value(), nowSecs); !saved)
        return saved.error();
    return document;
}

Status DiagramRepository::removeSnapshot(qint64 snapshotId)
{
    try {
        Statement st(m_db, "DELETE FROM diagram_snapshots WHERE id = ?1");
        st.bind(1, snapshotId).run();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(Text::tr("The version could not be deleted"), error);
    }
}

} // namespace Starloop::Diagrams
