#include "dataexport.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Starloop::Portability {

using Storage::Statement;

namespace {

QJsonValue nullableInt(Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.int64(column));
}

QJsonValue nullableReal(Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.real(column));
}

QJsonValue nullableText(Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.text(column));
}

QJsonArray textList(Storage::Database &db, const char *sql, qint64 id)
{
    QJsonArray array;
    Statement st(db, sql);
    st.bind(1, id);
    while (st.step())
        array.append(st.text(0));
    return array;
}

// A stored diagram document is JSON text; export it as JSON when it parses, else as the string.
QJsonValue documentValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    return text;
}

QJsonArray ownQuestions(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT id, uid, section, level, title, prompt_md, answer_md, created_at, updated_at "
                     "FROM questions WHERE origin = 'user' ORDER BY uid");
    while (st.step()) {
        const qint64 id = st.int64(0);
        array.append(QJsonObject{
            {QStringLiteral("uid"), st.text(1)},
            {QStringLiteral("section"), st.text(2)},
            {QStringLiteral("level"), st.text(3)},
            {QStringLiteral("title"), st.text(4)},
            {QStringLiteral("prompt_md"), st.text(5)},
            {QStringLiteral("answer_md"), st.text(6)},
            {QStringLiteral("tags"), textList(db, "SELECT tag FROM question_tags WHERE question_id = ?1 ORDER BY tag", id)},
            {QStringLiteral("principles"),
             textList(db, "SELECT principle_id FROM question_principles WHERE question_id = ?1 ORDER BY principle_id", id)},
            {QStringLiteral("created_at"), st.int64(7)},
            {QStringLiteral("updated_at"), st.int64(8)},
        });
    }
    return array;
}

QJsonArray questionState(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT q.uid, s.starred, s.note_md, s.last_rating, s.reviews, s.lapses, s.stability, s.difficulty, "
                     "s.last_review_at, s.due_at, s.updated_at FROM question_state s JOIN questions q ON q.id = s.question_id "
                     "ORDER BY q.uid");
    while (st.step()) {
        array.append(QJsonObject{
            {QStringLiteral("question_uid"), st.text(0)},
            {QStringLiteral("starred"), st.integer(1) != 0},
            {QStringLiteral("note_md"), st.text(2)},
            {QStringLiteral("last_rating"), nullableInt(st, 3)},
            {QStringLiteral("reviews"), st.int64(4)},
            {QStringLiteral("lapses"), st.int64(5)},
            {QStringLiteral("stability"), nullableReal(st, 6)},
            {QStringLiteral("difficulty"), nullableReal(st, 7)},
            {QStringLiteral("last_review_at"), nullableInt(st, 8)},
            {QStringLiteral("due_at"), nullableInt(st, 9)},
            {QStringLiteral("updated_at"), st.int64(10)},
        });
    }
    return array;
}

QJsonArray reviews(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT r.item_kind, COALESCE(q.uid, s.uid), r.rating, r.reviewed_at, r.elapsed_days, r.interval_days "
                     "FROM reviews r LEFT JOIN questions q ON r.item_kind = 'question' AND q.id = r.item_id "
                     "LEFT JOIN stories s ON r.item_kind = 'story' AND s.id = r.item_id "
                     "WHERE COALESCE(q.uid, s.uid) IS NOT NULL "
                     "ORDER BY r.item_kind, COALESCE(q.uid, s.uid), r.reviewed_at, r.rating");
    while (st.step()) {
        array.append(QJsonObject{
            {QStringLiteral("item_kind"), st.text(0)},
            {QStringLiteral("item_uid"), st.text(1)},
            {QStringLiteral("rating"), st.int64(2)},
            {QStringLiteral("reviewed_at"), st.int64(3)},
            {QStringLiteral("elapsed_days"), nullableReal(st, 4)},
            {QStringLiteral("interval_days"), nullableReal(st, 5)},
        });
    }
    return array;
}

QJsonArray stories(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT id, uid, title, situation, task, action, result, reflection, short_version, happened_on, role, "
                     "primary_principle, stability, difficulty, due_at, created_at, updated_at FROM stories ORDER BY uid");
    while (st.step()) {
        const qint64 id = st.int64(0);
        array.append(QJsonObject{
            {QStringLiteral("uid"), st.text(1)},
            {QStringLiteral("title"), st.text(2)},
            {QStringLiteral("situation"), st.text(3)},
            {QStringLiteral("task"), st.text(4)},
            {QStringLiteral("action"), st.text(5)},
            {QStringLiteral("result"), st.text(6)},
            {QStringLiteral("reflection"), st.text(7)},
            {QStringLiteral("short_version"), st.text(8)},
            {QStringLiteral("happened_on"), st.text(9)},
            {QStringLiteral("role"), st.text(10)},
            {QStringLiteral("primary_principle"), nullableText(st, 11)},
            {QStringLiteral("stability"), nullableReal(st, 12)},
            {QStringLiteral("difficulty"), nullableReal(st, 13)},
            {QStringLiteral("due_at"), nullableInt(st, 14)},
            {QStringLiteral("created_at"), st.int64(15)},
            {QStringLiteral("updated_at"), st.int64(16)},
            {QStringLiteral("principles"),
             textList(db, "SELECT principle_id FROM story_principles WHERE story_id = ?1 ORDER BY principle_id", id)},
            {QStringLiteral("question_uids"),
             textList(db, "SELECT q.uid FROM story_questions sq JOIN questions q ON q.id = sq.question_id "
                          "WHERE sq.story_id = ?1 ORDER BY q.uid",
                      id)},
        });
    }
    return array;
}

QJsonArray diagrams(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT d.id, d.uid, d.title, q.uid, d.document, d.created_at, d.updated_at FROM diagrams d "
                     "LEFT JOIN questions q ON q.id = d.question_id ORDER BY d.uid");
    while (st.step()) {
        QJsonArray snapshots;
        Statement snaps(db, "SELECT name, document, created_at FROM diagram_snapshots WHERE diagram_id = ?1 "
                            "ORDER BY created_at, name");
        snaps.bind(1, st.int64(0));
        while (snaps.step())
            snapshots.append(QJsonObject{{QStringLiteral("name"), snaps.text(0)},
                                         {QStringLiteral("document"), documentValue(snaps.text(1))},
                                         {QStringLiteral("created_at"), snaps.int64(2)}});
        array.append(QJsonObject{
            {QStringLiteral("uid"), st.text(1)},
            {QStringLiteral("title"), st.text(2)},
            {QStringLiteral("question_uid"), nullableText(st, 3)},
            {QStringLiteral("document"), documentValue(st.text(4))},
            {QStringLiteral("created_at"), st.int64(5)},
            {QStringLiteral("updated_at"), st.int64(6)},
            {QStringLiteral("snapshots"), snapshots},
        });
    }
    return array;
}

QJsonArray practiceSessions(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT uid, kind, ref, title, started_at, planned_s, actual_s, phases, rating, notes, status "
                     "FROM practice_sessions ORDER BY started_at, uid");
    while (st.step()) {
        array.append(QJsonObject{
            {QStringLiteral("uid"), st.text(0)},
            {QStringLiteral("kind"), st.text(1)},
            {QStringLiteral("ref"), st.text(2)},
            {QStringLiteral("title"), st.text(3)},
            {QStringLiteral("started_at"), st.int64(4)},
            {QStringLiteral("planned_s"), st.int64(5)},
            {QStringLiteral("actual_s"), st.int64(6)},
            {QStringLiteral("phases"), QJsonDocument::fromJson(st.text(7).toUtf8()).array()},
            {QStringLiteral("rating"), nullableInt(st, 8)},
            {QStringLiteral("notes"), st.text(9)},
            {QStringLiteral("status"), st.text(10)},
        });
    }
    return array;
}

QJsonArray attempts(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT a.uid, q.uid, a.language, a.code, a.started_at, a.updated_at, a.duration_s, a.rating, "
                     "a.notes, a.last_run FROM attempts a JOIN questions q ON q.id = a.question_id ORDER BY a.uid");
    while (st.step()) {
        array.append(QJsonObject{
            {QStringLiteral("uid"), st.text(0)},
            {QStringLiteral("question_uid"), st.text(1)},
            {QStringLiteral("language"), st.text(2)},
            {QStringLiteral("code"), st.text(3)},
            {QStringLiteral("started_at"), st.int64(4)},
            {QStringLiteral("updated_at"), st.int64(5)},
            {QStringLiteral("duration_s"), st.int64(6)},
            {QStringLiteral("rating"), nullableInt(st, 7)},
            {QStringLiteral("notes"), st.text(8)},
            {QStringLiteral("last_run"), st.text(9)},
        });
    }
    return array;
}

QJsonArray savedSearches(Storage::Database &db)
{
    QJsonArray array;
    Statement st(db, "SELECT name, query FROM saved_searches ORDER BY name");
    while (st.step())
        array.append(QJsonObject{{QStringLiteral("name"), st.text(0)}, {QStringLiteral("query"), st.text(1)}});
    return array;
}

} // namespace

Result<QByteArray> DataExport::toJson(Storage::Database &db)
{
    try {
        QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("starloop-export")},
            {QStringLiteral("version"), ExportVersion},
            {QStringLiteral("questions"), ownQuestions(db)},
            {QStringLiteral("question_state"), questionState(db)},
            {QStringLiteral("reviews"), reviews(db)},
            {QStringLiteral("stories"), stories(db)},
            {QStringLiteral("diagrams"), diagrams(db)},
            {QStringLiteral("practice_sessions"), practiceSessions(db)},
            {QStringLiteral("saved_searches"), savedSearches(db)},
            {QStringLiteral("attempts"), attempts(db)},
        };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    } catch (const Storage::StorageError &error) {
        return Error{QStringLiteral("The export could not read the database: %1").arg(error.message())};
    }
}

} // namespace Starloop::Portability
