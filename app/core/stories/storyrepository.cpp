#include "core/stories/storyrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/stories/storychecks.h"

#include <QUuid>

namespace Starloop::Stories {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;
using Storage::StorageError;

namespace {

// Words beyond this many in a search box add nothing but SQL; they are ignored.
constexpr int MaxSearchWords = 12;

const char StoryColumns[] = "s.id, s.uid, s.title, s.situation, s.task, s.action, s.result, s.reflection, "
                            "s.short_version, s.happened_on, s.role, COALESCE(s.primary_principle, ''), "
                            "s.created_at, s.updated_at";

const char SummaryColumns[] = "s.id, s.uid, s.title, COALESCE(s.primary_principle, ''), "
                              "(SELECT count(*) FROM story_principles sp WHERE sp.story_id = s.id), "
                              "s.happened_on, s.updated_at";

Error missingStory()
{
    return Error {StoryRepository::tr("The story no longer exists; it may have been deleted.")};
}

StorySummary readSummary(const Statement &st)
{
    StorySummary summary;
    summary.id = st.int64(0);
    summary.uid = st.text(1);
    summary.title = st.text(2);
    summary.primaryPrinciple = st.text(3);
    summary.principleCount = st.integer(4);
    summary.happenedOn = st.text(5);
    summary.updatedAt = st.int64(6);
    return summary;
}

QString likePattern(const QString &word)
{
    QString escaped;
    escaped.reserve(word.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

// The text fields and times of a row of "SELECT StoryColumns ...".
Story readStoryRow(const Statement &st)
{
    // In the struct's order; the principles and the linked questions are read apart.
    return Story {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
        st.text(7), st.text(8), st.text(9), st.text(10), st.text(11), {}, {}, st.int64(12), st.int64(13)};
}

std::optional<Story> readStory(Storage::Database &db, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + StoryColumns + " FROM stories s WHERE s.id = ?1";
    Statement st(db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Story story = readStoryRow(st);
    Statement tags(db,
        "SELECT sp.principle_id FROM story_principles sp JOIN principles p ON p.id = sp.principle_id "
        "WHERE sp.story_id = ?1 ORDER BY p.position");
    tags.bind(1, id);
    while (tags.step())
        story.principles << tags.text(0);
    Statement links(db, "SELECT question_id FROM story_questions WHERE story_id = ?1 ORDER BY question_id");
    links.bind(1, id);
    while (links.step())
        story.questionIds << links.int64(0);
    return story;
}

// Inserts every column of `story`; id 0 lets SQLite choose one.
qint64 insertStory(Storage::Database &db, const Story &s)
{
    Statement st(db,
        "INSERT INTO stories(id, uid, title, situation, task, action, result, reflection, short_version, "
        "happened_on, role, primary_principle, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "(SELECT id FROM principles WHERE id = ?12), ?13, ?14)");
    s.id > 0 ? st.bind(1, s.id) : st.bind(1, nullptr);
    st.bind(2, s.uid)
        .bind(3, s.title)
        .bind(4, s.situation)
        .bind(5, s.task)
        .bind(6, s.action)
        .bind(7, s.result);
    st.bind(8, s.reflection).bind(9, s.shortVersion).bind(10, s.happenedOn).bind(11, s.role);
    st.bind(12, s.primaryPrinciple).bind(13, s.createdAt).bind(14, s.updatedAt);
    st.run();
    return db.lastInsertRowId();
}

void writePrinciples(Storage::Database &db, qint64 id, const QStringList &principleIds)
{
    Statement clear = db.cached("DELETE FROM story_principles WHERE story_id = ?1");
    clear.bind(1, id).run();
    // Unknown ids (a principle renamed in a newer bank) are skipped rather than failing the write.
    Statement add = db.cached(
        "INSERT OR IGNORE INTO story_principles(story_id, principle_id) SELECT ?1, id FROM principles WHERE "
        "id = ?2");
    for (const QString &principle : principleIds)
        add.bind(1, id).bind(2, principle).run();
}

void writeLinks(Storage::Database &db, qint64 id, const QVector<qint64> &questionIds)
{
    Statement add = db.cached(
        "INSERT OR IGNORE INTO story_questions(story_id, question_id) SELECT ?1, id FROM questions WHERE id "
        "= ?2");
    for (const qint64 question : questionIds)
        add.bind(1, id).bind(2, question).run();
}

bool exists(Storage::Database &db, qint64 id)
{
    Statement st(db, "SELECT 1 FROM stories WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

void touch(Storage::Database &db, qint64 id, qint64 nowSecs)
{
    Statement st(db, "UPDATE stories SET updated_at = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, nowSecs).run();
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

StoryRepository::StoryRepository(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<StorySummary>> StoryRepository::list(
    const QString &search, StorySort sort, const QString &principleId) const
{
    return guarded(tr("The stories could not be listed"), [&]() -> Result<QVector<StorySummary>> {
        QString sql = QStringLiteral("SELECT %1 FROM stories s WHERE 1").arg(QLatin1String(SummaryColumns));
        QStringList binds;
        const QStringList words
            = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, MaxSearchWords);
        static const char *const fields[] = {"s.title", "s.situation", "s.task", "s.action", "s.result",
            "s.reflection", "s.short_version", "s.role"};
        for (const QString &word : words) {
            binds << likePattern(word);
            const QString param = QStringLiteral("?%1").arg(binds.size());
            QStringList any;
            for (const char *field : fields)
                any << QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(QLatin1String(field), param);
            sql += QStringLiteral(" AND (%1)").arg(any.join(QStringLiteral(" OR ")));
        }
        if (!principleId.isEmpty()) {
            binds << principleId;
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM story_principles f WHERE f.story_id = s.id AND "
                                  "f.principle_id = ?%1)")
                       .arg(binds.size());
        }
        switch (sort) {
        case StorySort::Updated:
            sql += QStringLiteral(" ORDER BY s.updated_at DESC, s.id DESC");
            break;
        case StorySort::Title:
            sql += QStringLiteral(" ORDER BY s.title = '', s.title COLLATE NOCASE, s.id");
            break;
        case StorySort::PrincipleCount:
            sql += QStringLiteral(" ORDER BY 5 DESC, s.updated_at DESC, s.id DESC");
            break;
        }
        Statement st(m_db, sql.toUtf8().constData());
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds.at(i));
        QVector<StorySummary> results;
        while (st.step())
            results << readSummary(st);
        return results;
    });
}

int StoryRepository::count() const
{
    try {
        return static_cast<int>(m_db.scalarInt("SELECT count(*) FROM stories"));
    } catch (const StorageError &) {
        return 0;
    }
}

Result<Story> StoryRepository::load(qint64 id) const
{
    return guarded(tr("The story could not be read"), [&]() -> Result<Story> {
        std::optional<Story> story = readStory(m_db, id);
        if (!story)
            return missingStory();
        return *story;
    });
}

Result<Story> StoryRepository::create(const Story &draft, qint64 nowSecs)
{
    return guarded(tr("The story could not be created"), [&]() -> Result<Story> {
        Storage::Transaction tx(m_db);
        Story story = draft;
        story.id = 0;
        story.uid = newUid();
        story.createdAt = nowSecs;
        story.updatedAt = nowSecs;
        const qint64 id = insertStory(m_db, story);
        writePrinciples(m_db, id, story.principles);
        writeLinks(m_db, id, story.questionIds);
        tx.commit();
        return load(id);
    });
}

Status StoryRepository::save(const Story &s, qint64 nowSecs)
{
    return guarded(tr("The story could not be saved"), [&]() -> Status {
        // The WHERE clause makes an unchanged story a no-op: updated_at (and the sort by it)
        // only moves when the user really changed something.
        Statement st(m_db,
            "UPDATE stories SET title = ?2, situation = ?3, task = ?4, action = ?5, result = ?6, "
            "reflection = ?7, short_version = ?8, happened_on = ?9, role = ?10, updated_at = ?11 "
            "WHERE id = ?1 AND NOT (title = ?2 AND situation = ?3 AND task = ?4 AND action = ?5 "
            "AND result = ?6 AND reflection = ?7 AND short_version = ?8 AND happened_on = ?9 AND role = "
            "?10)");
        st.bind(1, s.id)
            .bind(2, s.title)
            .bind(3, s.situation)
            .bind(4, s.task)
            .bind(5, s.action)
            .bind(6, s.result);
        st.bind(7, s.reflection)
            .bind(8, s.shortVersion)
            .bind(9, s.happenedOn)
            .bind(10, s.role)
            .bind(11, nowSecs);
        st.run();
        if (m_db.changes() == 0 && !exists(m_db, s.id))
            return missingStory();
        return {};
    });
}

Result<Story> StoryRepository::duplicate(qint64 id, qint64 nowSecs)
{
    auto original = load(id);
    if (!original)
        return original;
    Story copy = original.value();
    copy.title = copy.title.isEmpty() ? tr("(copy)") : tr("%1 (copy)").arg(copy.title);
    return create(copy, nowSecs);
}

Result<Story> StoryRepository::remove(qint64 id)
{
    return guarded(tr("The story could not be deleted"), [&]() -> Result<Story> {
        Storage::Transaction tx(m_db);
        std::optional<Story> story = readStory(m_db, id);
        if (!story)
            return missingStory();
        Statement st(m_db, "DELETE FROM stories WHERE id = ?1");
        st.bind(1, id).run();
        tx.commit();
        return *story;
    });
}

Result<qint64> StoryRepository::restore(const Story &story)
{
    return guarded(tr("The story could not be restored"), [&]() -> Result<qint64> {
        Storage::Transaction tx(m_db);
        Story copy = story;
        if (copy.id > 0 && exists(m_db, copy.id))
            copy.id = 0;
        if (copy.uid.isEmpty())
            copy.uid = newUid();
        const qint64 id = insertStory(m_db, copy);
        writePrinciples(m_db, id, copy.principles);
        writeLinks(m_db, id, copy.questionIds);
        tx.commit();
        return id;
    });
}

Status StoryRepository::setPrinciples(qint64 id, const QStringList &principleIds, qint64 nowSecs)
{
    return guarded(tr("The story's principles could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        if (!exists(m_db, id))
            return missingStory();
        writePrinciples(m_db, id, principleIds);
        Statement clearPrimary(m_db,
            "UPDATE stories SET primary_principle = NULL WHERE id = ?1 AND primary_principle "
            "NOT IN (SELECT principle_id FROM story_principles WHERE story_id = ?1)");
        clearPrimary.bind(1, id).run();
        touch(m_db, id, nowSecs);
        tx.commit();
        return {};
    });
}

Status StoryRepository::setPrimary(qint64 id, const QString &principleId, qint64 nowSecs)
{
    return guarded(tr("The primary principle could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        if (!exists(m_db, id))
            return missingStory();
        if (!principleId.isEmpty()) {
            Statement known(m_db, "SELECT 1 FROM principles WHERE id = ?1");
            known.bind(1, principleId);
            if (!known.step())
                return Error {tr("There is no principle called \"%1\".").arg(principleId)};
            Statement tag(
                m_db, "INSERT OR IGNORE INTO story_principles(story_id, principle_id) VALUES (?1, ?2)");
            tag.bind(1, id).bind(2, principleId).run();
        }
        Statement st(m_db, "UPDATE stories SET primary_principle = ?2 WHERE id = ?1");
        st.bind(1, id).bindNullableText(2, principleId).run();
        touch(m_db, id, nowSecs);
        tx.commit();
        return {};
    });
}

Status StoryRepository::linkQuestion(qint64 storyId, qint64 questionId)
{
    return guarded(tr("The story could not be linked to the question"), [&]() -> Status {
        Statement st(m_db, "INSERT OR IGNORE INTO story_questions(story_id, question_id) VALUES (?1, ?2)");
        st.bind(1, storyId).bind(2, questionId).run();
        return {};
    });
}

Status StoryRepository::unlinkQuestion(qint64 storyId, qint64 questionId)
{
    return guarded(tr("The link could not be removed"), [&]() -> Status {
        Statement st(m_db, "DELETE FROM story_questions WHERE story_id = ?1 AND question_id = ?2");
        st.bind(1, storyId).bind(2, questionId).run();
        return {};
    });
}

Result<QVector<StorySummary>> StoryRepository::storiesForQuestion(qint64 questionId) const
{
    return guarded(
        tr("The stories for this question could not be read"), [&]() -> Result<QVector<StorySummary>> {
            const QByteArray sql = QByteArray("SELECT ") + SummaryColumns
                + " FROM stories s JOIN story_questions q ON q.story_id = s.id WHERE q.question_id = ?1 "
                  "ORDER BY s.title COLLATE NOCASE, s.id";
            Statement st(m_db, sql.constData());
            st.bind(1, questionId);
            QVector<StorySummary> results;
            while (st.step())
                results << readSummary(st);
            return results;
        });
}

Result<QVector<Principle>> StoryRepository::principles() const
{
    return guarded(tr("The leadership principles could not be read"), [&]() -> Result<QVector<Principle>> {
        Statement st(m_db, "SELECT id, name, summary, position FROM principles ORDER BY position, id");
        QVector<Principle> results;
        while (st.step())
            results << Principle {st.text(0), st.text(1), st.text(2), st.integer(3)};
        return results;
    });
}

Result<QVector<PrincipleCoverage>> StoryRepository::coverage() const
{
    return guarded(tr("The coverage could not be counted"), [&]() -> Result<QVector<PrincipleCoverage>> {
        Statement st(m_db,
            "SELECT p.id, p.name, p.summary, p.position, count(s.id), "
            "COALESCE(sum(s.primary_principle = p.id), 0) FROM principles p "
            "LEFT JOIN story_principles sp ON sp.principle_id = p.id "
            "LEFT JOIN stories s ON s.id = sp.story_id "
            "GROUP BY p.id ORDER BY p.position, p.id");
        QVector<PrincipleCoverage> results;
        while (st.step()) {
            PrincipleCoverage row;
            row.principle = Principle {st.text(0), st.text(1), st.text(2), st.integer(3)};
            row.stories = st.integer(4);
            row.primary = st.integer(5);
            results << row;
        }
        return results;
    });
}

Result<QSet<qint64>> StoryRepository::failureStories(int limit) const
{
    return guarded(tr("The stories could not be read"), [&]() -> Result<QSet<qint64>> {
        Statement st(m_db, "SELECT id, title, situation, result, reflection, short_version FROM stories");
        QSet<qint64> ids;
        while (st.step()) {
            Story story;
            story.title = st.text(1);
            story.situation = st.text(2);
            story.result = st.text(3);
            story.reflection = st.text(4);
            story.shortVersion = st.text(5);
            if (StoryChecks::isFailureStory(story))
                ids.insert(st.int64(0));
            if (limit > 0 && ids.size() >= limit)
                break;
        }
        return ids;
    });
}

Result<QVector<StoryRecord>> StoryRepository::records() const
{
    return guarded(tr("The stories could not be read"), [&]() -> Result<QVector<StoryRecord>> {
        QVector<StoryRecord> records;
        const QByteArray sql = QByteArray("SELECT ") + StoryColumns
            + ", s.stability, s.difficulty, s.due_at FROM stories s ORDER BY s.uid";
        Statement st(m_db, sql.constData());
        while (st.step()) {
            StoryRecord record;
            record.story = readStoryRow(st);
            record.story.principles = m_db.textColumn(
                "SELECT principle_id FROM story_principles WHERE story_id = ?1 ORDER BY principle_id",
                record.story.id);
            record.stability = st.optionalReal(14);
            record.difficulty = st.optionalReal(15);
            record.dueAt = st.optionalInt64(16);
            record.questionUids = m_db.textColumn(
                "SELECT q.uid FROM story_questions sq JOIN questions q ON q.id = sq.question_id "
                "WHERE sq.story_id = ?1 ORDER BY q.uid",
                record.story.id);
            records << record;
        }
        return records;
    });
}

Result<Merge> StoryRepository::upsertByUid(const StoryRecord &record, Merge::Rule rule)
{
    const Story &s = record.story;
    return guarded(tr("The story %1 could not be imported").arg(s.uid), [&]() -> Result<Merge> {
        const auto stamp = m_db.intByUid("stories", "updated_at", s.uid);
        if (stamp && rule == Merge::Rule::NewerWins && *stamp >= s.updatedAt)
            return Merge {};
        Statement st = m_db.cached(
            "INSERT INTO stories(uid, title, situation, task, action, result, reflection, short_version, "
            "happened_on, role, primary_principle, stability, difficulty, due_at, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
            "ON CONFLICT(uid) DO UPDATE SET title = excluded.title, situation = excluded.situation, "
            "task = excluded.task, action = excluded.action, result = excluded.result, "
            "reflection = excluded.reflection, short_version = excluded.short_version, "
            "happened_on = excluded.happened_on, role = excluded.role, "
            "primary_principle = excluded.primary_principle, stability = excluded.stability, "
            "difficulty = excluded.difficulty, due_at = excluded.due_at, created_at = excluded.created_at, "
            "updated_at = excluded.updated_at");
        st.bind(1, s.uid).bind(2, s.title).bind(3, s.situation).bind(4, s.task).bind(5, s.action);
        st.bind(6, s.result).bind(7, s.reflection).bind(8, s.shortVersion).bind(9, s.happenedOn);
        st.bind(10, s.role).bindNullableText(11, s.primaryPrinciple).bindOptional(12, record.stability);
        st.bindOptional(13, record.difficulty).bindOptional(14, record.dueAt);
        st.bind(15, s.createdAt).bind(16, s.updatedAt).run();
        const qint64 id = *m_db.intByUid("stories", "id", s.uid);
        writePrinciples(m_db, id, s.principles);
        Statement clearLinks = m_db.cached("DELETE FROM story_questions WHERE story_id = ?1");
        clearLinks.bind(1, id).run();
        Merge merge = Merge::written(stamp.has_value());
        Statement link
            = m_db.cached("INSERT OR IGNORE INTO story_questions(story_id, question_id) VALUES (?1, ?2)");
        for (const QString &questionUid : record.questionUids) {
            if (const auto question = m_db.intByUid("questions", "id", questionUid))
                link.bind(1, id).bind(2, *question).run();
            else
                merge.warnings << tr("Story %1: the link to question %2 was skipped (no such question).")
                                      .arg(s.uid, questionUid);
        }
        return merge;
    });
}

} // namespace Starloop::Stories
