#include "dataimport.h"

#include "bank/catalog.h"
#include "dataexport.h"
#include "questions/searchindex.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <optional>
#include <stdexcept>

namespace Starloop::Portability {

using Storage::Statement;

namespace {

struct InvalidField : std::runtime_error
{
    explicit InvalidField(const QString &message)
        : std::runtime_error(message.toStdString())
        , text(message)
    {
    }
    QString text;
};

enum class Kind { Text, Integer, Number, Boolean, Array, Object, Any };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Integer:
        return QStringLiteral("a whole number");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::Boolean:
        return QStringLiteral("true or false");
    case Kind::Array:
        return QStringLiteral("a list");
    case Kind::Object:
        return QStringLiteral("an object");
    case Kind::Any:
        break;
    }
    return QStringLiteral("a value");
}

bool matches(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return value.isString();
    case Kind::Integer:
        // Beyond 2^53 a double is not an exact integer (and converting it would be undefined).
        return value.isDouble() && std::abs(value.toDouble()) <= 9007199254740992.0
            && value.toDouble() == std::floor(value.toDouble());
    case Kind::Number:
        return value.isDouble();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::Any:
        return !value.isUndefined();
    }
    return false;
}

// Checks one record's fields; `nullable` fields may also be null.
void check(const QJsonObject &record, const QString &path, std::initializer_list<std::pair<const char *, Kind>> fields,
           std::initializer_list<const char *> nullable = {})
{
    for (const auto &[key, kind] : fields) {
        const QJsonValue value = record.value(QLatin1String(key));
        bool mayBeNull = false;
        for (const char *n : nullable)
            mayBeNull = mayBeNull || qstrcmp(n, key) == 0;
        if (value.isUndefined())
            throw InvalidField(QStringLiteral("%1.%2 is missing").arg(path, QLatin1String(key)));
        if (value.isNull() && mayBeNull)
            continue;
        if (!matches(value, kind))
            throw InvalidField(QStringLiteral("%1.%2 must be %3").arg(path, QLatin1String(key), kindName(kind)));
    }
}

void checkTextList(const QJsonObject &record, const QString &path, const char *key, const QStringList *allowed = nullptr)
{
    const QJsonArray list = record.value(QLatin1String(key)).toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            throw InvalidField(QStringLiteral("%1.%2[%3] must be text").arg(path, QLatin1String(key)).arg(i));
        if (allowed && !allowed->contains(list.at(i).toString()))
            throw InvalidField(QStringLiteral("%1.%2[%3]: unknown value \"%4\"")
                                   .arg(path, QLatin1String(key))
                                   .arg(i)
                                   .arg(list.at(i).toString()));
    }
}

void checkOneOf(const QJsonObject &record, const QString &path, const char *key, const QStringList &allowed)
{
    const QString value = record.value(QLatin1String(key)).toString();
    if (!allowed.contains(value))
        throw InvalidField(QStringLiteral("%1.%2: unknown value \"%3\"").arg(path, QLatin1String(key), value));
}

void validate(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("starloop-export"))
        throw InvalidField(QStringLiteral("this is not a Starloop export (no \"format\": \"starloop-export\")"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!matches(version, Kind::Integer))
        throw InvalidField(QStringLiteral("version must be a whole number"));
    if (version.toInt() > ExportVersion)
        throw InvalidField(QStringLiteral("the file was written by a newer Starloop (export version %1; this one reads up to %2)")
                               .arg(version.toInt())
                               .arg(ExportVersion));
    static const char *const lists[] = {"questions", "question_state", "reviews", "stories", "diagrams", "practice_sessions",
                                        "saved_searches", "attempts"};
    for (const char *name : lists) {
        const QJsonValue value = root.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isArray())
            throw InvalidField(QStringLiteral("%1 must be a list").arg(QLatin1String(name)));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                throw InvalidField(QStringLiteral("%1[%2] must be an object").arg(QLatin1String(name)).arg(i));
        }
    }
    const QStringList &principles = Bank::Catalog::principleIds();
    auto each = [&](const char *name, auto checkRecord) {
        const QJsonArray array = root.value(QLatin1String(name)).toArray();
        for (int i = 0; i < array.size(); ++i)
            checkRecord(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i));
    };
    each("questions", [&](const QJsonObject &r, const QString &path) {
        check(r, path, {{"uid", Kind::Text}, {"section", Kind::Text}, {"level", Kind::Text}, {"title", Kind::Text},
                        {"prompt_md", Kind::Text}, {"answer_md", Kind::Text}, {"tags", Kind::Array},
                        {"principles", Kind::Array}, {"created_at", Kind::Integer}, {"updated_at", Kind::Integer}});
        checkOneOf(r, path, "section", Bank::Catalog::sections());
        checkOneOf(r, path, "level", Bank::Catalog::levels());
        checkTextList(r, path, "tags");
        checkTextList(r, path, "principles", &principles);
        if (r.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            throw InvalidField(QStringLiteral("%1.title is empty").arg(path));
    });
    each("question_state", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"question_uid", Kind::Text}, {"starred", Kind::Boolean}, {"note_md", Kind::Text}, {"last_rating", Kind::Integer},
               {"reviews", Kind::Integer}, {"lapses", Kind::Integer}, {"stability", Kind::Number}, {"difficulty", Kind::Number},
               {"last_review_at", Kind::Integer}, {"due_at", Kind::Integer}, {"updated_at", Kind::Integer}},
              {"last_rating", "stability", "difficulty", "last_review_at", "due_at"});
    });
    each("reviews", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"item_kind", Kind::Text}, {"item_uid", Kind::Text}, {"rating", Kind::Integer}, {"reviewed_at", Kind::Integer},
               {"elapsed_days", Kind::Number}, {"interval_days", Kind::Number}},
              {"elapsed_days", "interval_days"});
        checkOneOf(r, path, "item_kind", {QStringLiteral("question"), QStringLiteral("story")});
        const int rating = r.value(QStringLiteral("rating")).toInt();
        if (rating < 1 || rating > 4)
            throw InvalidField(QStringLiteral("%1.rating must be 1 to 4").arg(path));
    });
    each("stories", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"uid", Kind::Text}, {"title", Kind::Text}, {"situation", Kind::Text}, {"task", Kind::Text}, {"action", Kind::Text},
               {"result", Kind::Text}, {"reflection", Kind::Text}, {"short_version", Kind::Text}, {"happened_on", Kind::Text},
               {"role", Kind::Text}, {"primary_principle", Kind::Text}, {"stability", Kind::Number},
               {"difficulty", Kind::Number}, {"due_at", Kind::Integer}, {"created_at", Kind::Integer},
               {"updated_at", Kind::Integer}, {"principles", Kind::Array}, {"question_uids", Kind::Array}},
              {"primary_principle", "stability", "difficulty", "due_at"});
        checkTextList(r, path, "principles", &principles);
        checkTextList(r, path, "question_uids");
        const QJsonValue primary = r.value(QStringLiteral("primary_principle"));
        if (primary.isString() && !principles.contains(primary.toString()))
            throw InvalidField(QStringLiteral("%1.primary_principle: unknown value \"%2\"").arg(path, primary.toString()));
    });
    each("diagrams", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"uid", Kind::Text}, {"title", Kind::Text}, {"question_uid", Kind::Text}, {"document", Kind::Any},
               {"created_at", Kind::Integer}, {"updated_at", Kind::Integer}, {"snapshots", Kind::Array}},
              {"question_uid"});
        const QJsonArray snapshots = r.value(QStringLiteral("snapshots")).toArray();
        for (int i = 0; i < snapshots.size(); ++i) {
            if (!snapshots.at(i).isObject())
                throw InvalidField(QStringLiteral("%1.snapshots[%2] must be an object").arg(path).arg(i));
            check(snapshots.at(i).toObject(), QStringLiteral("%1.snapshots[%2]").arg(path).arg(i),
                  {{"name", Kind::Text}, {"document", Kind::Any}, {"created_at", Kind::Integer}});
        }
    });
    each("practice_sessions", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"uid", Kind::Text}, {"kind", Kind::Text}, {"ref", Kind::Text}, {"title", Kind::Text}, {"started_at", Kind::Integer},
               {"planned_s", Kind::Integer}, {"actual_s", Kind::Integer}, {"phases", Kind::Array}, {"rating", Kind::Integer},
               {"notes", Kind::Text}, {"status", Kind::Text}},
              {"rating"});
        checkOneOf(r, path, "status", {QStringLiteral("finished"), QStringLiteral("interrupted"), QStringLiteral("running")});
    });
    each("saved_searches", [&](const QJsonObject &r, const QString &path) {
        check(r, path, {{"name", Kind::Text}, {"query", Kind::Text}});
    });
    each("attempts", [&](const QJsonObject &r, const QString &path) {
        check(r, path,
              {{"uid", Kind::Text}, {"question_uid", Kind::Text}, {"language", Kind::Text}, {"code", Kind::Text},
               {"started_at", Kind::Integer}, {"updated_at", Kind::Integer}, {"duration_s", Kind::Integer},
               {"rating", Kind::Integer}, {"notes", Kind::Text}, {"last_run", Kind::Text}},
              {"rating"});
        const QJsonValue rating = r.value(QStringLiteral("rating"));
        if (!rating.isNull() && (rating.toInt() < 1 || rating.toInt() > 5))
            throw InvalidField(QStringLiteral("%1.rating must be 1 to 5").arg(path));
    });
}

QString documentText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

void bindNullableInt(Statement &st, int index, const QJsonValue &value)
{
    value.isNull() ? st.bind(index, nullptr) : st.bind(index, qint64(value.toDouble()));
}

void bindNullableReal(Statement &st, int index, const QJsonValue &value)
{
    value.isNull() ? st.bind(index, nullptr) : st.bind(index, value.toDouble());
}

qint64 integer(const QJsonObject &r, const char *key)
{
    return qint64(r.value(QLatin1String(key)).toDouble());
}

QString text(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String(key)).toString();
}

std::optional<qint64> idOf(Storage::Database &db, const char *sql, const QString &uid)
{
    Statement st(db, sql);
    st.bind(1, uid);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

std::optional<qint64> questionId(Storage::Database &db, const QString &uid)
{
    return idOf(db, "SELECT id FROM questions WHERE uid = ?1", uid);
}

// Existing row's updated_at, or nothing when the uid is new.
std::optional<qint64> existingStamp(Storage::Database &db, const char *sql, const QString &uid)
{
    return idOf(db, sql, uid);
}

void importQuestions(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    Questions::SearchIndex index(db);
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const QString uid = text(r, "uid");
        const auto stamp = existingStamp(db, "SELECT updated_at FROM questions WHERE uid = ?1 AND origin = 'user'", uid);
        if (stamp && *stamp >= integer(r, "updated_at")) {
            ++report.questions.unchanged;
            continue;
        }
        if (!stamp && questionId(db, uid)) {
            report.warnings << QStringLiteral("Question %1 clashes with a bank question and was skipped.").arg(uid);
            continue;
        }
        QStringList words;
        for (const QJsonValue &tag : r.value(QStringLiteral("tags")).toArray())
            words << tag.toString();
        qint64 id = 0;
        if (stamp) {
            id = *questionId(db, uid);
            index.remove(id);
            Statement st(db, "UPDATE questions SET section = ?2, level = ?3, title = ?4, prompt_md = ?5, answer_md = ?6, "
                             "tags_text = ?7, created_at = ?8, updated_at = ?9 WHERE id = ?1");
            st.bind(1, id).bind(2, text(r, "section")).bind(3, text(r, "level")).bind(4, text(r, "title"));
            st.bind(5, text(r, "prompt_md")).bind(6, text(r, "answer_md")).bind(7, words.join(QLatin1Char(' ')));
            st.bind(8, integer(r, "created_at")).bind(9, integer(r, "updated_at")).run();
            ++report.questions.updated;
        } else {
            Statement st(db, "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, tags_text, "
                             "created_at, updated_at) VALUES (?1, 'user', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            st.bind(1, uid).bind(2, text(r, "section")).bind(3, text(r, "level")).bind(4, text(r, "title"));
            st.bind(5, text(r, "prompt_md")).bind(6, text(r, "answer_md")).bind(7, words.join(QLatin1Char(' ')));
            st.bind(8, integer(r, "created_at")).bind(9, integer(r, "updated_at")).run();
            id = db.lastInsertRowId();
            ++report.questions.added;
        }
        Statement clearTags(db, "DELETE FROM question_tags WHERE question_id = ?1");
        clearTags.bind(1, id).run();
        Statement clearPrinciples(db, "DELETE FROM question_principles WHERE question_id = ?1");
        clearPrinciples.bind(1, id).run();
        Statement addTag(db, "INSERT OR IGNORE INTO question_tags(question_id, tag) VALUES (?1, ?2)");
        for (const QString &tag : std::as_const(words))
            addTag.bind(1, id).bind(2, tag).run();
        Statement addPrinciple(db, "INSERT OR IGNORE INTO question_principles(question_id, principle_id) "
                                   "SELECT ?1, id FROM principles WHERE id = ?2");
        for (const QJsonValue &p : r.value(QStringLiteral("principles")).toArray())
            addPrinciple.bind(1, id).bind(2, p.toString()).run();
        index.add(id);
    }
}

void importStates(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const auto qid = questionId(db, text(r, "question_uid"));
        if (!qid) {
            report.warnings << QStringLiteral("Notes and review state for question %1 were skipped: this database has no such question.")
                                   .arg(text(r, "question_uid"));
            continue;
        }
        Statement existing(db, "SELECT updated_at FROM question_state WHERE question_id = ?1");
        existing.bind(1, *qid);
        const bool exists = existing.step();
        if (exists && existing.int64(0) >= integer(r, "updated_at")) {
            ++report.states.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO question_state(question_id, starred, note_md, last_rating, reviews, lapses, stability, "
                         "difficulty, last_review_at, due_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                         "ON CONFLICT(question_id) DO UPDATE SET starred = excluded.starred, note_md = excluded.note_md, "
                         "last_rating = excluded.last_rating, reviews = excluded.reviews, lapses = excluded.lapses, "
                         "stability = excluded.stability, difficulty = excluded.difficulty, "
                         "last_review_at = excluded.last_review_at, due_at = excluded.due_at, updated_at = excluded.updated_at");
        st.bind(1, *qid).bind(2, r.value(QStringLiteral("starred")).toBool()).bind(3, text(r, "note_md"));
        bindNullableInt(st, 4, r.value(QStringLiteral("last_rating")));
        st.bind(5, integer(r, "reviews")).bind(6, integer(r, "lapses"));
        bindNullableReal(st, 7, r.value(QStringLiteral("stability")));
        bindNullableReal(st, 8, r.value(QStringLiteral("difficulty")));
        bindNullableInt(st, 9, r.value(QStringLiteral("last_review_at")));
        bindNullableInt(st, 10, r.value(QStringLiteral("due_at")));
        st.bind(11, integer(r, "updated_at")).run();
        exists ? ++report.states.updated : ++report.states.added;
    }
}

void importStories(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const QString uid = text(r, "uid");
        const auto stamp = existingStamp(db, "SELECT updated_at FROM stories WHERE uid = ?1", uid);
        if (stamp && *stamp >= integer(r, "updated_at")) {
            ++report.stories.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO stories(uid, title, situation, task, action, result, reflection, short_version, "
                         "happened_on, role, primary_principle, stability, difficulty, due_at, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
                         "ON CONFLICT(uid) DO UPDATE SET title = excluded.title, situation = excluded.situation, "
                         "task = excluded.task, action = excluded.action, result = excluded.result, "
                         "reflection = excluded.reflection, short_version = excluded.short_version, "
                         "happened_on = excluded.happened_on, role = excluded.role, "
                         "primary_principle = excluded.primary_principle, stability = excluded.stability, "
                         "difficulty = excluded.difficulty, due_at = excluded.due_at, created_at = excluded.created_at, "
                         "updated_at = excluded.updated_at");
        st.bind(1, uid).bind(2, text(r, "title")).bind(3, text(r, "situation")).bind(4, text(r, "task"));
        st.bind(5, text(r, "action")).bind(6, text(r, "result")).bind(7, text(r, "reflection"));
        st.bind(8, text(r, "short_version")).bind(9, text(r, "happened_on")).bind(10, text(r, "role"));
        const QJsonValue primary = r.value(QStringLiteral("primary_principle"));
        primary.isNull() ? st.bind(11, nullptr) : st.bind(11, primary.toString());
        bindNullableReal(st, 12, r.value(QStringLiteral("stability")));
        bindNullableReal(st, 13, r.value(QStringLiteral("difficulty")));
        bindNullableInt(st, 14, r.value(QStringLiteral("due_at")));
        st.bind(15, integer(r, "created_at")).bind(16, integer(r, "updated_at")).run();
        const qint64 id = *idOf(db, "SELECT id FROM stories WHERE uid = ?1", uid);
        Statement clear(db, "DELETE FROM story_principles WHERE story_id = ?1");
        clear.bind(1, id).run();
        Statement clearLinks(db, "DELETE FROM story_questions WHERE story_id = ?1");
        clearLinks.bind(1, id).run();
        Statement addPrinciple(db, "INSERT OR IGNORE INTO story_principles(story_id, principle_id) "
                                   "SELECT ?1, id FROM principles WHERE id = ?2");
        for (const QJsonValue &p : r.value(QStringLiteral("principles")).toArray())
            addPrinciple.bind(1, id).bind(2, p.toString()).run();
        Statement link(db, "INSERT OR IGNORE INTO story_questions(story_id, question_id) VALUES (?1, ?2)");
        for (const QJsonValue &q : r.value(QStringLiteral("question_uids")).toArray()) {
            if (const auto qid = questionId(db, q.toString()))
                link.bind(1, id).bind(2, *qid).run();
            else
                report.warnings << QStringLiteral("Story %1: the link to question %2 was skipped (no such question).").arg(uid, q.toString());
        }
        stamp ? ++report.stories.updated : ++report.stories.added;
    }
}

void importDiagrams(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const QString uid = text(r, "uid");
        const auto stamp = existingStamp(db, "SELECT updated_at FROM diagrams WHERE uid = ?1", uid);
        if (stamp && *stamp >= integer(r, "updated_at")) {
            ++report.diagrams.unchanged;
            continue;
        }
        std::optional<qint64> qid;
        const QJsonValue questionUid = r.value(QStringLiteral("question_uid"));
        if (questionUid.isString()) {
            qid = questionId(db, questionUid.toString());
            if (!qid)
                report.warnings << QStringLiteral("Diagram %1: the link to question %2 was skipped.").arg(uid, questionUid.toString());
        }
        Statement st(db, "INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(uid) DO UPDATE SET title = excluded.title, "
                         "question_id = excluded.question_id, document = excluded.document, "
                         "created_at = excluded.created_at, updated_at = excluded.updated_at");
        st.bind(1, uid).bind(2, text(r, "title")).bindOptional(3, qid).bind(4, documentText(r.value(QStringLiteral("document"))));
        st.bind(5, integer(r, "created_at")).bind(6, integer(r, "updated_at")).run();
        const qint64 id = *idOf(db, "SELECT id FROM diagrams WHERE uid = ?1", uid);
        Statement clear(db, "DELETE FROM diagram_snapshots WHERE diagram_id = ?1");
        clear.bind(1, id).run();
        Statement snap(db, "INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) VALUES (?1, ?2, ?3, ?4)");
        for (const QJsonValue &s : r.value(QStringLiteral("snapshots")).toArray()) {
            const QJsonObject o = s.toObject();
            snap.bind(1, id).bind(2, text(o, "name")).bind(3, documentText(o.value(QStringLiteral("document"))));
            snap.bind(4, integer(o, "created_at")).run();
        }
        stamp ? ++report.diagrams.updated : ++report.diagrams.added;
    }
}

void importSessions(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        if (idOf(db, "SELECT id FROM practice_sessions WHERE uid = ?1", text(r, "uid"))) {
            ++report.sessions.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO practice_sessions(uid, kind, ref, title, started_at, planned_s, actual_s, phases, rating, "
                         "notes, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        st.bind(1, text(r, "uid")).bind(2, text(r, "kind")).bind(3, text(r, "ref")).bind(4, text(r, "title"));
        st.bind(5, integer(r, "started_at")).bind(6, integer(r, "planned_s")).bind(7, integer(r, "actual_s"));
        st.bind(8, QString::fromUtf8(QJsonDocument(r.value(QStringLiteral("phases")).toArray()).toJson(QJsonDocument::Compact)));
        bindNullableInt(st, 9, r.value(QStringLiteral("rating")));
        st.bind(10, text(r, "notes")).bind(11, text(r, "status")).run();
        ++report.sessions.added;
    }
}

void importReviews(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const bool story = text(r, "item_kind") == QLatin1String("story");
        const auto item = story ? idOf(db, "SELECT id FROM stories WHERE uid = ?1", text(r, "item_uid"))
                                : questionId(db, text(r, "item_uid"));
        if (!item) {
            report.warnings << QStringLiteral("A review of %1 was skipped (no such item).").arg(text(r, "item_uid"));
            continue;
        }
        Statement dup(db, "SELECT 1 FROM reviews WHERE item_kind = ?1 AND item_id = ?2 AND reviewed_at = ?3 AND rating = ?4");
        dup.bind(1, text(r, "item_kind")).bind(2, *item).bind(3, integer(r, "reviewed_at")).bind(4, integer(r, "rating"));
        if (dup.step()) {
            ++report.reviews.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bind(1, text(r, "item_kind")).bind(2, *item).bind(3, integer(r, "rating")).bind(4, integer(r, "reviewed_at"));
        bindNullableReal(st, 5, r.value(QStringLiteral("elapsed_days")));
        bindNullableReal(st, 6, r.value(QStringLiteral("interval_days")));
        st.run();
        ++report.reviews.added;
    }
}

void importSearches(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        Statement existing(db, "SELECT query FROM saved_searches WHERE name = ?1");
        existing.bind(1, text(r, "name"));
        const bool exists = existing.step();
        if (exists && existing.text(0) == text(r, "query")) {
            ++report.searches.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO saved_searches(name, query) VALUES (?1, ?2) "
                         "ON CONFLICT(name) DO UPDATE SET query = excluded.query");
        st.bind(1, text(r, "name")).bind(2, text(r, "query")).run();
        exists ? ++report.searches.updated : ++report.searches.added;
    }
}

void importAttempts(Storage::Database &db, const QJsonArray &array, ImportReport &report)
{
    for (const QJsonValue &value : array) {
        const QJsonObject r = value.toObject();
        const QString uid = text(r, "uid");
        const auto qid = questionId(db, text(r, "question_uid"));
        if (!qid) {
            report.warnings << QStringLiteral("Attempt %1 was skipped: this database has no question %2.")
                                   .arg(uid, text(r, "question_uid"));
            continue;
        }
        const auto stamp = existingStamp(db, "SELECT updated_at FROM attempts WHERE uid = ?1", uid);
        if (stamp && *stamp >= integer(r, "updated_at")) {
            ++report.attempts.unchanged;
            continue;
        }
        Statement st(db, "INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at, duration_s, rating, "
                         "notes, last_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(uid) DO UPDATE SET "
                         "question_id = excluded.question_id, language = excluded.language, code = excluded.code, "
                         "started_at = excluded.started_at, updated_at = excluded.updated_at, "
                         "duration_s = excluded.duration_s, rating = excluded.rating, notes = excluded.notes, "
                         "last_run = excluded.last_run");
        st.bind(1, uid).bind(2, *qid).bind(3, text(r, "language")).bind(4, text(r, "code"));
        st.bind(5, integer(r, "started_at")).bind(6, integer(r, "updated_at")).bind(7, integer(r, "duration_s"));
        bindNullableInt(st, 8, r.value(QStringLiteral("rating")));
        st.bind(9, text(r, "notes")).bind(10, text(r, "last_run")).run();
        stamp ? ++report.attempts.updated : ++report.attempts.added;
    }
}

} // namespace

bool ImportReport::hasChanges() const
{
    for (const ImportCounts *c : {&questions, &states, &reviews, &stories, &diagrams, &sessions, &searches, &attempts}) {
        if (c->added || c->updated)
            return true;
    }
    return false;
}

QString ImportReport::summary() const
{
    QStringList lines;
    auto line = [&](const char *what, const ImportCounts &c) {
        lines << QCoreApplication::translate("ImportReport", "%1: %2 new, %3 updated, %4 unchanged")
                     .arg(QCoreApplication::translate("ImportReport", what))
                     .arg(c.added)
                     .arg(c.updated)
                     .arg(c.unchanged);
    };
    line(QT_TRANSLATE_NOOP("ImportReport", "Your questions"), questions);
    line(QT_TRANSLATE_NOOP("ImportReport", "Notes, stars and review state"), states);
    line(QT_TRANSLATE_NOOP("ImportReport", "Review history"), reviews);
    line(QT_TRANSLATE_NOOP("ImportReport", "Stories"), stories);
    line(QT_TRANSLATE_NOOP("ImportReport", "Diagrams"), diagrams);
    line(QT_TRANSLATE_NOOP("ImportReport", "Practice sessions"), sessions);
    line(QT_TRANSLATE_NOOP("ImportReport", "Saved searches"), searches);
    line(QT_TRANSLATE_NOOP("ImportReport", "Coding attempts"), attempts);
    return lines.join(QLatin1Char('\n'));
}

Result<DataImport> DataImport::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("The file is not valid JSON (%1 at byte %2). Nothing was imported.")
                         .arg(error.errorString())
                         .arg(error.offset)};
    if (!doc.isObject())
        return Error{QStringLiteral("The file is not a Starloop export. Nothing was imported.")};
    try {
        validate(doc.object());
    } catch (const InvalidField &invalid) {
        return Error{QStringLiteral("The file cannot be imported: %1. Nothing was imported.").arg(invalid.text)};
    }
    DataImport import;
    import.m_root = doc.object();
    return import;
}

Result<ImportReport> DataImport::preview(Storage::Database &db, qint64 nowSecs) const
{
    return run(db, nowSecs, false);
}

Result<ImportReport> DataImport::apply(Storage::Database &db, qint64 nowSecs) const
{
    return run(db, nowSecs, true);
}

Result<ImportReport> DataImport::run(Storage::Database &db, qint64 nowSecs, bool commit) const
{
    Q_UNUSED(nowSecs)
    ImportReport report;
    try {
        Storage::Transaction tx(db);
        auto list = [&](const char *name) { return m_root.value(QLatin1String(name)).toArray(); };
        importQuestions(db, list("questions"), report);
        importStates(db, list("question_state"), report);
        importStories(db, list("stories"), report);
        importReviews(db, list("reviews"), report);
        importDiagrams(db, list("diagrams"), report);
        importSessions(db, list("practice_sessions"), report);
        importSearches(db, list("saved_searches"), report);
        importAttempts(db, list("attempts"), report);
        if (commit)
            tx.commit();
    } catch (const Storage::StorageError &error) {
        return Error{QStringLiteral("The import failed and was undone: %1").arg(error.message())};
    }
    return report;
}

} // namespace Starloop::Portability
