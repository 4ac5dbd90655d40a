#include "core/diagrams/diagramrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace Starloop::Diagrams {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagramRepository)
};

Error notFound()
{
    return Error {Text::tr("The diagram no longer exists."), 0};
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
        return Error {
            Text::tr("The diagram \"%1\" cannot be opened: %2 Your other diagrams are not affected; you can "
                     "restore a saved version or delete this diagram.")
                .arg(owner, document.errorMessage()),
            0};
    return document;
}

} // namespace

DiagramRepository::DiagramRepository(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<DiagramSummary>> DiagramRepository::list() const
{
    return guarded(Text::tr("The diagrams could not be listed"), [&]() -> Result<QVector<DiagramSummary>> {
        Statement st(m_db,
            "SELECT id, uid, title, question_id, created_at, updated_at FROM diagrams "
            "ORDER BY title COLLATE NOCASE, id");
        return readSummaries(st);
    });
}

Result<QVector<DiagramSummary>> DiagramRepository::diagramsForQuestion(qint64 questionId) const
{
    return guarded(
        Text::tr("The question's diagrams could not be listed"), [&]() -> Result<QVector<DiagramSummary>> {
            Statement st(m_db,
                "SELECT id, uid, title, question_id, created_at, updated_at FROM diagrams "
                "WHERE question_id = ?1 ORDER BY title COLLATE NOCASE, id");
            st.bind(1, questionId);
            return readSummaries(st);
        });
}

Result<DiagramSummary> DiagramRepository::create(
    const QString &title, const DiagramDocument &document, qint64 nowSecs)
{
    return guarded(Text::tr("The diagram could not be created"), [&]() -> Result<DiagramSummary> {
        DiagramSummary s;
        s.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.title = cleanTitle(title);
        s.createdAt = nowSecs;
        s.updatedAt = nowSecs;
        Statement st(m_db,
            "INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
            "VALUES (?1, ?2, NULL, ?3, ?4, ?4)");
        st.bind(1, s.uid)
            .bind(2, s.title)
            .bind(3, QString::fromUtf8(document.toJson()))
            .bind(4, nowSecs)
            .run();
        s.id = m_db.lastInsertRowId();
        return s;
    });
}

Result<Diagram> DiagramRepository::load(qint64 id) const
{
    return guarded(Text::tr("The diagram could not be read"), [&]() -> Result<Diagram> {
        Statement st(m_db,
            "SELECT id, uid, title, question_id, created_at, updated_at, document FROM diagrams "
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
    });
}

Result<Diagram> DiagramRepository::loadByTitle(const QString &title) const
{
    return guarded(Text::tr("The diagram could not be read"), [&]() -> Result<Diagram> {
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
            return Error {Text::tr("No diagram is called \"%1\".").arg(title), 0};
        return Error {
            Text::tr("Several diagrams are called \"%1\" (ignoring case); use the exact title.").arg(title),
            0};
    });
}

Status DiagramRepository::save(qint64 id, const DiagramDocument &document, qint64 nowSecs)
{
    return guarded(Text::tr("The diagram could not be saved"), [&]() -> Status {
        Statement st(
            m_db, "UPDATE diagrams SET document = ?2, updated_at = ?3 WHERE id = ?1 AND document <> ?2");
        st.bind(1, id).bind(2, QString::fromUtf8(document.toJson())).bind(3, nowSecs).run();
        if (m_db.changes() == 0) {
            Statement exists(m_db, "SELECT 1 FROM diagrams WHERE id = ?1");
            exists.bind(1, id);
            if (!exists.step())
                return notFound();
        }
        return {};
    });
}

Status DiagramRepository::rename(qint64 id, const QString &title, qint64 nowSecs)
{
    return guarded(Text::tr("The diagram could not be renamed"), [&]() -> Status {
        Statement st(m_db, "UPDATE diagrams SET title = ?2, updated_at = ?3 WHERE id = ?1");
        st.bind(1, id).bind(2, cleanTitle(title)).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        return {};
    });
}

Status DiagramRepository::linkQuestion(qint64 id, std::optional<qint64> questionId, qint64 nowSecs)
{
    return guarded(Text::tr("The question link could not be saved"), [&]() -> Status {
        Statement st(m_db, "UPDATE diagrams SET question_id = ?2, updated_at = ?3 WHERE id = ?1");
        st.bind(1, id).bindOptional(2, questionId).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        return {};
    });
}

Status DiagramRepository::remove(qint64 id)
{
    return guarded(Text::tr("The diagram could not be deleted"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        Statement snapshots(m_db, "DELETE FROM diagram_snapshots WHERE diagram_id = ?1");
        snapshots.bind(1, id).run();
        Statement st(m_db, "DELETE FROM diagrams WHERE id = ?1");
        st.bind(1, id).run();
        if (m_db.changes() == 0)
            return notFound();
        tx.commit();
        return {};
    });
}

Result<DiagramSnapshot> DiagramRepository::takeSnapshot(qint64 diagramId, const QString &name, qint64 nowSecs)
{
    return guarded(Text::tr("The version could not be kept"), [&]() -> Result<DiagramSnapshot> {
        DiagramSnapshot snapshot;
        snapshot.diagramId = diagramId;
        snapshot.name = name.simplified().isEmpty() ? Text::tr("Version") : name.simplified();
        snapshot.createdAt = nowSecs;
        Statement st(m_db,
            "INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) "
            "SELECT id, ?2, document, ?3 FROM diagrams WHERE id = ?1");
        st.bind(1, diagramId).bind(2, snapshot.name).bind(3, nowSecs).run();
        if (m_db.changes() == 0)
            return notFound();
        snapshot.id = m_db.lastInsertRowId();
        return snapshot;
    });
}

Result<QVector<DiagramSnapshot>> DiagramRepository::snapshots(qint64 diagramId) const
{
    return guarded(Text::tr("The versions could not be listed"), [&]() -> Result<QVector<DiagramSnapshot>> {
        Statement st(m_db,
            "SELECT id, diagram_id, name, created_at FROM diagram_snapshots WHERE diagram_id = ?1 "
            "ORDER BY created_at DESC, id DESC");
        st.bind(1, diagramId);
        QVector<DiagramSnapshot> rows;
        while (st.step())
            rows << DiagramSnapshot {st.int64(0), st.int64(1), st.text(2), st.int64(3)};
        return rows;
    });
}

Result<DiagramDocument> DiagramRepository::loadSnapshot(qint64 snapshotId) const
{
    return guarded(Text::tr("The version could not be read"), [&]() -> Result<DiagramDocument> {
        Statement st(m_db, "SELECT name, document FROM diagram_snapshots WHERE id = ?1");
        st.bind(1, snapshotId);
        if (!st.step())
            return Error {Text::tr("The version no longer exists."), 0};
        return parseStored(st.text(1), st.text(0));
    });
}

Result<DiagramDocument> DiagramRepository::restoreSnapshot(
    qint64 diagramId, qint64 snapshotId, qint64 nowSecs)
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
    return guarded(Text::tr("The version could not be deleted"), [&]() -> Status {
        Statement st(m_db, "DELETE FROM diagram_snapshots WHERE id = ?1");
        st.bind(1, snapshotId).run();
        return {};
    });
}

Result<QVector<DiagramRecord>> DiagramRepository::records() const
{
    return guarded(Text::tr("The diagrams could not be read"), [&]() -> Result<QVector<DiagramRecord>> {
        QVector<DiagramRecord> records;
        Statement st(m_db,
            "SELECT d.id, d.uid, d.title, q.uid, d.document, d.created_at, d.updated_at FROM diagrams d "
            "LEFT JOIN questions q ON q.id = d.question_id ORDER BY d.uid");
        Statement snapshots(m_db,
            "SELECT name, document, created_at FROM diagram_snapshots WHERE diagram_id = ?1 "
            "ORDER BY created_at, name");
        while (st.step()) {
            DiagramRecord record {
                st.text(1), st.text(2), st.optionalText(3), st.text(4), st.int64(5), st.int64(6), {}};
            snapshots.bind(1, st.int64(0));
            while (snapshots.step())
                record.snapshots.append(
                    DiagramRecord::Snapshot {snapshots.text(0), snapshots.text(1), snapshots.int64(2)});
            snapshots.reset();
            records << record;
        }
        return records;
    });
}

Result<Merge> DiagramRepository::upsertByUid(const DiagramRecord &record, Merge::Rule rule)
{
    return guarded(Text::tr("The diagram %1 could not be imported").arg(record.uid), [&]() -> Result<Merge> {
        const auto stamp = m_db.intByUid("diagrams", "updated_at", record.uid);
        if (stamp && rule == Merge::Rule::NewerWins && *stamp >= record.updatedAt)
            return Merge {};
        Merge merge = Merge::written(stamp.has_value());
        std::optional<qint64> question;
        if (record.questionUid) {
            question = m_db.intByUid("questions", "id", *record.questionUid);
            if (!question)
                merge.warnings << Text::tr("Diagram %1: the link to question %2 was skipped.")
                                      .arg(record.uid, *record.questionUid);
        }
        Statement st = m_db.cached(
            "INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(uid) DO UPDATE SET title = excluded.title, "
            "question_id = excluded.question_id, document = excluded.document, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at");
        st.bind(1, record.uid).bind(2, record.title).bindOptional(3, question).bind(4, record.document);
        st.bind(5, record.createdAt).bind(6, record.updatedAt).run();
        const qint64 id = *m_db.intByUid("diagrams", "id", record.uid);
        Statement clear = m_db.cached("DELETE FROM diagram_snapshots WHERE diagram_id = ?1");
        clear.bind(1, id).run();
        Statement snapshot = m_db.cached(
            "INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) VALUES (?1, ?2, ?3, ?4)");
        for (const DiagramRecord::Snapshot &kept : record.snapshots)
            snapshot.bind(1, id).bind(2, kept.name).bind(3, kept.document).bind(4, kept.createdAt).run();
        return merge;
    });
}

} // namespace Starloop::Diagrams
