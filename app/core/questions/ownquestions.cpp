// QuestionRepository's own questions: the user adds, edits, deletes (and undoes the delete of)
// questions of their own, and the export file carries them (ownRecords(), upsertOwn()).
#include "core/questions/questionrepository.h"

#include "core/questions/searchindex.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QUuid>

namespace Starloop::Questions {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

namespace {

QString indexedTags(Storage::Database &db, const QStringList &tags, const QStringList &principles)
{
    QStringList words = tags;
    Statement name(db, "SELECT name FROM principles WHERE id = ?1");
    for (const QString &principle : principles) {
        name.bind(1, principle);
        words << (name.step() ? name.text(0) : principle);
        name.reset();
    }
    return words.join(QLatin1Char(' '));
}

// Replaces the question's tags (as given) and principles.
void writeLinks(Storage::Database &db, qint64 id, const QStringList &tags, const QStringList &principles)
{
    Statement clearTags(db, "DELETE FROM question_tags WHERE question_id = ?1");
    clearTags.bind(1, id).run();
    Statement clearPrinciples(db, "DELETE FROM question_principles WHERE question_id = ?1");
    clearPrinciples.bind(1, id).run();
    Statement addTag(db, "INSERT OR IGNORE INTO question_tags(question_id, tag) VALUES (?1, ?2)");
    for (const QString &tag : tags)
        addTag.bind(1, id).bind(2, tag).run();
    Statement addPrinciple(db,
        "INSERT OR IGNORE INTO question_principles(question_id, principle_id) "
        "SELECT ?1, id FROM principles WHERE id = ?2");
    for (const QString &principle : principles)
        addPrinciple.bind(1, id).bind(2, principle).run();
}

// Tags as the user typed them, as they are kept: trimmed, in lower case.
QStringList keptTags(const QStringList &typed)
{
    QStringList tags;
    for (const QString &tag : typed)
        tags << tag.trimmed().toLower();
    return tags;
}

} // namespace

Result<qint64> QuestionRepository::createOwn(const QuestionDraft &draft, qint64 nowSecs)
{
    if (draft.title.trimmed().isEmpty())
        return Error {tr("A question needs a title.")};
    return guarded(tr("The question could not be saved"), [&]() -> Result<qint64> {
        Storage::Transaction tx(m_db);
        Statement st(m_db,
            "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, source, "
            "tags_text, created_at, updated_at) VALUES (?1, 'user', ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, ?8)");
        const QString uid = QStringLiteral("my-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        st.bind(1, uid).bind(2, draft.section).bind(3, draft.level).bind(4, draft.title.trimmed());
        st.bind(5, draft.promptMd)
            .bind(6, draft.answerMd)
            .bind(7, indexedTags(m_db, draft.tags, draft.principles));
        st.bind(8, nowSecs).run();
        const qint64 id = m_db.lastInsertRowId();
        writeLinks(m_db, id, keptTags(draft.tags), draft.principles);
        SearchIndex(m_db).add(id);
        tx.commit();
        return id;
    });
}

Status QuestionRepository::updateOwn(qint64 id, const QuestionDraft &draft, qint64 nowSecs)
{
    if (draft.title.trimmed().isEmpty())
        return Error {tr("A question needs a title.")};
    return guarded(tr("The question could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        SearchIndex index(m_db);
        index.remove(id);
        Statement st(m_db,
            "UPDATE questions SET section = ?2, level = ?3, title = ?4, prompt_md = ?5, answer_md = ?6, "
            "tags_text = ?7, updated_at = ?8 WHERE id = ?1 AND origin = 'user'");
        st.bind(1, id).bind(2, draft.section).bind(3, draft.level).bind(4, draft.title.trimmed());
        st.bind(5, draft.promptMd)
            .bind(6, draft.answerMd)
            .bind(7, indexedTags(m_db, draft.tags, draft.principles));
        st.bind(8, nowSecs).run();
        if (m_db.changes() == 0)
            return Error {tr("Only your own questions can be edited.")};
        writeLinks(m_db, id, keptTags(draft.tags), draft.principles);
        index.add(id);
        tx.commit();
        return {};
    });
}

namespace {

// The tables whose rows go with a question when it is deleted (ON DELETE CASCADE). Their rows
// are copied column by column, so a later migration adding a column needs no change here. A
// row whose other parent is gone by the time of the undo (a story deleted since) stays out.
struct DependentTable
{
    const char *name;
    const char *ownKey; // the row's own INTEGER PRIMARY KEY, or nullptr
    const char *otherParentColumn; // nullptr: the question is the only parent
    const char *otherParentTable;
};
const DependentTable DependentTables[] = {{"question_state", nullptr, nullptr, nullptr},
    {"attempts", "id", nullptr, nullptr}, {"story_questions", nullptr, "story_id", "stories"}};

bool idTaken(Storage::Database &db, const QString &table, qint64 id)
{
    Statement st(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(table).toUtf8().constData());
    st.bind(1, id);
    return st.step();
}

// Puts back the rows one table lost with the question, now `questionId`. SQLite hands the
// highest free id to the next row, so an attempt started elsewhere since the delete may hold
// a removed row's id: that row comes back under a fresh one.
void restoreDependents(Storage::Database &db, const DependentRows &kept, qint64 questionId)
{
    const DependentTable *table = nullptr;
    for (const DependentTable &known : DependentTables) {
        if (kept.table == QLatin1String(known.name))
            table = &known;
    }
    if (!table)
        return;
    QStringList placeholders;
    for (int c = 1; c <= kept.columns.size(); ++c)
        placeholders << QStringLiteral("?%1").arg(c);
    QString sql = QStringLiteral("INSERT OR IGNORE INTO %1(%2) SELECT %3")
                      .arg(kept.table, kept.columns.join(QStringLiteral(", ")),
                          placeholders.join(QStringLiteral(", ")));
    if (table->otherParentColumn) {
        sql += QStringLiteral(" WHERE EXISTS (SELECT 1 FROM %1 WHERE id = ?%2)")
                   .arg(QString::fromLatin1(table->otherParentTable))
                   .arg(kept.columns.indexOf(QString::fromLatin1(table->otherParentColumn)) + 1);
    }
    const int questionColumn = int(kept.columns.indexOf(QStringLiteral("question_id")));
    const int keyColumn = table->ownKey ? int(kept.columns.indexOf(QString::fromLatin1(table->ownKey))) : -1;
    Statement insert(db, sql.toUtf8().constData());
    for (const QVariantList &values : kept.rows) {
        for (int c = 0; c < values.size(); ++c) {
            if (c == questionColumn)
                insert.bind(c + 1, questionId);
            else if (c == keyColumn && idTaken(db, kept.table, values.at(c).toLongLong()))
                insert.bind(c + 1, nullptr);
            else
                insert.bindValue(c + 1, values.at(c));
        }
        insert.run();
    }
}

} // namespace

Result<RemovedQuestion> QuestionRepository::removeOwn(qint64 id)
{
    auto question = load(id);
    if (!question)
        return question.error();
    if (!question->isMine())
        return Error {tr("Questions from the bank cannot be deleted.")};
    return guarded(tr("The question could not be deleted"), [&]() -> Result<RemovedQuestion> {
        RemovedQuestion removed;
        removed.question = question.value();
        Storage::Transaction tx(m_db);
        for (const DependentTable &table : DependentTables) {
            const QByteArray sql = QByteArray("SELECT * FROM ") + table.name + " WHERE question_id = ?1";
            Statement rows(m_db, sql.constData());
            rows.bind(1, id);
            DependentRows kept;
            kept.table = QString::fromLatin1(table.name);
            for (int c = 0; c < rows.columnCount(); ++c)
                kept.columns << rows.columnName(c);
            while (rows.step()) {
                QVariantList values;
                for (int c = 0; c < rows.columnCount(); ++c)
                    values << rows.value(c);
                kept.rows << values;
            }
            if (!kept.rows.isEmpty())
                removed.dependents << kept;
        }
        Statement diagrams(m_db, "SELECT id FROM diagrams WHERE question_id = ?1 ORDER BY id");
        diagrams.bind(1, id);
        while (diagrams.step())
            removed.linkedDiagrams << diagrams.int64(0);
        SearchIndex(m_db).remove(id);
        Statement st(m_db, "DELETE FROM questions WHERE id = ?1");
        st.bind(1, id).run();
        tx.commit();
        return removed;
    });
}

Result<qint64> QuestionRepository::restoreOwn(const RemovedQuestion &removed)
{
    const Question &q = removed.question;
    return guarded(tr("The question could not be restored"), [&]() -> Result<qint64> {
        Storage::Transaction tx(m_db);
        // A question of the user's added since the delete may have been given this one's id.
        Statement st(m_db,
            "INSERT INTO questions(id, uid, origin, section, level, title, prompt_md, answer_md, source, "
            "tags_text, created_at, updated_at) VALUES (?1, ?2, 'user', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
            "?11)");
        idTaken(m_db, QStringLiteral("questions"), q.id) ? st.bind(1, nullptr) : st.bind(1, q.id);
        st.bind(2, q.uid).bind(3, q.section).bind(4, q.level).bind(5, q.title).bind(6, q.promptMd);
        st.bind(7, q.answerMd).bind(8, q.source).bind(9, indexedTags(m_db, q.tags, q.principles));
        st.bind(10, q.createdAt).bind(11, q.updatedAt).run();
        const qint64 id = m_db.lastInsertRowId();
        writeLinks(m_db, id, q.tags, q.principles);
        for (const DependentRows &kept : removed.dependents)
            restoreDependents(m_db, kept, id);
        Statement relink(m_db, "UPDATE diagrams SET question_id = ?1 WHERE id = ?2 AND question_id IS NULL");
        for (const qint64 diagram : removed.linkedDiagrams)
            relink.bind(1, id).bind(2, diagram).run();
        SearchIndex(m_db).add(id);
        tx.commit();
        return id;
    });
}

Result<QVector<OwnQuestionRecord>> QuestionRepository::ownRecords() const
{
    return guarded(tr("Your questions could not be read"), [&]() -> Result<QVector<OwnQuestionRecord>> {
        Statement st(m_db,
            "SELECT id, uid, section, level, title, prompt_md, answer_md, created_at, updated_at "
            "FROM questions WHERE origin = 'user' ORDER BY uid");
        QVector<OwnQuestionRecord> records;
        while (st.step()) {
            const qint64 id = st.int64(0);
            records << OwnQuestionRecord {st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                st.text(6), st.int64(7), st.int64(8),
                m_db.textColumn("SELECT tag FROM question_tags WHERE question_id = ?1 ORDER BY tag", id),
                m_db.textColumn("SELECT principle_id FROM question_principles WHERE question_id = ?1 "
                                "ORDER BY principle_id",
                    id)};
        }
        return records;
    });
}

Result<Merge> QuestionRepository::upsertOwn(const OwnQuestionRecord &record, Merge::Rule rule)
{
    return guarded(tr("The question %1 could not be imported").arg(record.uid), [&]() -> Result<Merge> {
        Statement existing
            = m_db.cached("SELECT id, updated_at, origin = 'user' FROM questions WHERE uid = ?1");
        existing.bind(1, record.uid);
        const bool exists = existing.step();
        const qint64 existingId = exists ? existing.int64(0) : 0;
        if (exists && existing.integer(2) == 0)
            return Merge::skipped(
                tr("Question %1 clashes with a bank question and was skipped.").arg(record.uid));
        if (exists && rule == Merge::Rule::NewerWins && existing.int64(1) >= record.updatedAt)
            return Merge {};
        existing.reset();
        SearchIndex index(m_db);
        if (exists)
            index.remove(existingId);
        // The index gets the tags alone, as the file has them.
        Statement st = m_db.cached(
            "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, tags_text, "
            "created_at, updated_at) VALUES (?1, 'user', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT(uid) DO UPDATE SET section = excluded.section, level = excluded.level, "
            "title = excluded.title, prompt_md = excluded.prompt_md, answer_md = excluded.answer_md, "
            "tags_text = excluded.tags_text, created_at = excluded.created_at, updated_at = "
            "excluded.updated_at");
        st.bind(1, record.uid).bind(2, record.section).bind(3, record.level).bind(4, record.title);
        st.bind(5, record.promptMd).bind(6, record.answerMd).bind(7, record.tags.join(QLatin1Char(' ')));
        st.bind(8, record.createdAt).bind(9, record.updatedAt).run();
        const qint64 id = exists ? existingId : m_db.lastInsertRowId();
        writeLinks(m_db, id, record.tags, record.principles);
        index.add(id);
        return Merge::written(exists);
    });
}

} // namespace Starloop::Questions
