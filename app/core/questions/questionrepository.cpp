#include "questionrepository.h"

#include "bank/catalog.h"
#include "matchmarks.h"
#include "searchindex.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

#include <variant>

namespace Starloop::Questions {

using Storage::Statement;
using Storage::StorageError;

using Storage::storageFailure;

namespace {

using Bind = std::variant<QString, qint64>;

// The FROM / WHERE shared by search and facets, with its bound values.
struct Clause
{
    QString from;
    QString where;
    QVector<Bind> binds;
    bool usesFts = false;

    QString param(const Bind &value)
    {
        binds << value;
        return QStringLiteral("?%1").arg(binds.size());
    }
    void bindTo(Statement &st) const
    {
        for (int i = 0; i < binds.size(); ++i) {
            if (const auto *text = std::get_if<QString>(&binds.at(i)))
                st.bind(i + 1, *text);
            else
                st.bind(i + 1, std::get<qint64>(binds.at(i)));
        }
    }
};

// "prefix matches id or name": lp:own matches "ownership", lp:"earn tr" matches "Earn Trust".
QString prefixCondition(Clause &clause, const QString &column, const QString &value)
{
    const QString p = clause.param(value);
    return QStringLiteral("substr(lower(%1), 1, length(%2)) = %2").arg(column, p);
}

enum class StateJoin { Always, WhenFiltered };

// `state`: whether the FROM joins question_state as s for the SELECT's sake, or only when a
// starred / due filter needs it (the facet counts).
Clause buildClause(const SearchQuery &query, qint64 nowSecs, StateJoin state = StateJoin::Always)
{
    Clause clause;
    QStringList conditions{QStringLiteral("q.retired = 0")};
    const QString match = query.matchExpression();
    const QString stateJoin = state == StateJoin::Always || query.starred || query.due
        ? QStringLiteral(" LEFT JOIN question_state s ON s.question_id = q.id")
        : QString();
    if (!match.isEmpty()) {
        clause.usesFts = true;
        clause.from = QStringLiteral("questions_fts JOIN questions q ON q.id = questions_fts.rowid") + stateJoin;
        conditions << QStringLiteral("questions_fts MATCH %1").arg(clause.param(match));
    } else {
        clause.from = QStringLiteral("questions q") + stateJoin;
        const QString exclusion = query.exclusionExpression();
        if (!exclusion.isEmpty())
            conditions << QStringLiteral("q.id NOT IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH %1)")
                              .arg(clause.param(exclusion));
    }
    for (const QString &principle : query.principles) {
        const QString byId = prefixCondition(clause, QStringLiteral("p.id"), principle);
        const QString byName = prefixCondition(clause, QStringLiteral("p.name"), principle);
        conditions << QStringLiteral("q.id IN (SELECT qp.question_id FROM question_principles qp JOIN principles p "
                                     "ON p.id = qp.principle_id WHERE %1 OR %2)")
                          .arg(byId, byName);
    }
    for (const QString &tag : query.tags)
        conditions << QStringLiteral("q.id IN (SELECT question_id FROM question_tags WHERE %1)")
                          .arg(prefixCondition(clause, QStringLiteral("tag"), tag));
    auto anyOf = [&](const QStringList &values, const QString &column) {
        QStringList alternatives;
        for (const QString &value : values)
            alternatives << prefixCondition(clause, column, value);
        if (!alternatives.isEmpty())
            conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    };
    anyOf(query.levels, QStringLiteral("q.level"));
    anyOf(query.sections, QStringLiteral("q.section"));
    if (query.starred)
        conditions << QStringLiteral("s.starred = 1");
    if (query.due)
        conditions << QStringLiteral("s.due_at <= %1").arg(clause.param(nowSecs));
    if (query.mine)
        conditions << QStringLiteral("q.origin = 'user'");
    clause.where = conditions.join(QLatin1String(" AND "));
    return clause;
}

QString plainExcerpt(const QString &markdown)
{
    QString text;
    text.reserve(200);
    bool inFence = false;
    const QStringList lines = markdown.left(2000).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char('|')) || trimmed.isEmpty())
            continue;
        QString cleaned = trimmed;
        cleaned.remove(QLatin1Char('*')).remove(QLatin1Char('`'));
        if (cleaned.startsWith(QLatin1String("- ")))
            cleaned.remove(0, 2);
        text += cleaned + QLatin1Char(' ');
        if (text.size() > 160)
            break;
    }
    text = text.simplified();
    return text.size() > 160 ? text.left(157) + QStringLiteral("…") : text;
}

// One shared copy of each of the few section and level names, so that rows copied while the
// user types touch the same few strings.
QString shared(QString value)
{
    thread_local QSet<QString> names;
    const auto found = names.constFind(value);
    if (found != names.constEnd())
        return *found;
    if (names.size() < 64)
        names.insert(value);
    return value;
}

// A result row of "SELECT q.id, q.uid, q.title, q.section, q.level, starred, q.origin ...".
QuestionSummary readSummary(const Statement &st)
{
    QuestionSummary summary;
    summary.id = st.int64(0);
    summary.uid = st.text(1);
    summary.title = st.text(2);
    summary.section = shared(st.text(3));
    summary.level = shared(st.text(4));
    summary.starred = st.integer(5) != 0;
    summary.mine = st.text(6) == QLatin1String("user");
    return summary;
}

QStringList stringColumn(Storage::Database &db, const char *sql, qint64 id)
{
    QStringList values;
    Statement st(db, sql);
    st.bind(1, id);
    while (st.step())
        values << st.text(0);
    return values;
}

const char QuestionColumns[] = "SELECT q.id, q.uid, q.origin, q.section, q.level, q.title, q.prompt_md, q.answer_md, q.source, "
                               "q.created_at, q.updated_at, COALESCE(s.starred, 0), COALESCE(s.note_md, ''), "
                               "s.last_rating, s.due_at FROM questions q LEFT JOIN question_state s ON s.question_id = q.id ";

Question readQuestion(Storage::Database &db, Statement &st)
{
    Question q;
    q.id = st.int64(0);
    q.uid = st.text(1);
    q.origin = st.text(2);
    q.section = st.text(3);
    q.level = st.text(4);
    q.title = st.text(5);
    q.promptMd = st.text(6);
    q.answerMd = st.text(7);
    q.source = st.text(8);
    q.createdAt = st.int64(9);
    q.updatedAt = st.int64(10);
    q.starred = st.integer(11) != 0;
    q.noteMd = st.text(12);
    if (!st.isNull(13))
        q.lastRating = st.integer(13);
    q.dueAt = st.optionalInt64(14);
    q.tags = stringColumn(db, "SELECT tag FROM question_tags WHERE question_id = ?1 ORDER BY tag", q.id);
    q.principles = stringColumn(db,
                                "SELECT principle_id FROM question_principles JOIN principles p ON p.id = principle_id "
                                "WHERE question_id = ?1 ORDER BY p.position",
                                q.id);
    q.principleNames = stringColumn(db,
                                    "SELECT p.name FROM question_principles JOIN principles p ON p.id = principle_id "
                                    "WHERE question_id = ?1 ORDER BY p.position",
                                    q.id);
    return q;
}

void ensureState(Storage::Database &db, qint64 id, qint64 nowSecs)
{
    Statement st(db, "INSERT OR IGNORE INTO question_state(question_id, updated_at) VALUES (?1, ?2)");
    st.bind(1, id).bind(2, nowSecs).run();
}

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

void writeLinks(Storage::Database &db, qint64 id, const QStringList &tags, const QStringList &principles)
{
    Statement clearTags(db, "DELETE FROM question_tags WHERE question_id = ?1");
    clearTags.bind(1, id).run();
    Statement clearPrinciples(db, "DELETE FROM question_principles WHERE question_id = ?1");
    clearPrinciples.bind(1, id).run();
    Statement addTag(db, "INSERT OR IGNORE INTO question_tags(question_id, tag) VALUES (?1, ?2)");
    for (const QString &tag : tags)
        addTag.bind(1, id).bind(2, tag.trimmed().toLower()).run();
    Statement addPrinciple(db, "INSERT OR IGNORE INTO question_principles(question_id, principle_id) "
                               "SELECT ?1, id FROM principles WHERE id = ?2");
    for (const QString &principle : principles)
        addPrinciple.bind(1, id).bind(2, principle).run();
}

} // namespace

QuestionRepository::QuestionRepository(Storage::Database &db)
    : m_db(db)
{
}

Result<QVector<QuestionSummary>> QuestionRepository::search(const SearchQuery &query, int limit, qint64 nowSecs,
                                                            Rows rows) const
{
    try {
        const bool textOnly = query.principles.isEmpty() && query.tags.isEmpty() && query.levels.isEmpty()
            && query.sections.isEmpty() && !query.starred && !query.due && !query.mine;
        if (textOnly && query.hasPositiveTerms())
            return rankedTextSearch(query, limit, rows);
        Clause clause = buildClause(query, nowSecs);
        QString sql;
        if (clause.usesFts) {
            sql = QStringLiteral("SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
                                 "FROM %1 WHERE %2 ORDER BY bm25(questions_fts, 10.0, 5.0, 2.0, 1.0) LIMIT %3")
                      .arg(clause.from, clause.where, clause.param(qint64(limit)));
        } else {
            sql = QStringLiteral("SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
                                 "FROM %1 WHERE %2 "
                                 "ORDER BY CASE q.section WHEN 'leadership' THEN 0 WHEN 'company' THEN 1 WHEN 'aws' THEN 2 "
                                 "WHEN 'system-design' THEN 3 WHEN 'coding' THEN 4 ELSE 5 END, q.title COLLATE NOCASE LIMIT %3")
                      .arg(clause.from, clause.where, clause.param(qint64(limit)));
        }
        Statement st(m_db, sql.toUtf8().constData());
        clause.bindTo(st);
        QVector<QuestionSummary> results;
        while (st.step()) {
            results << readSummary(st);
        }
        return results;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("Search failed"), error);
    }
}

Result<QVector<QuestionSummary>> QuestionRepository::rankedTextSearch(const SearchQuery &query, int limit, Rows rows) const
{
    const QString match = query.matchExpression();
    // A lone two- or three-letter prefix ("dy") matches much of a large bank, and ranking all of
    // it takes longer than a frame. While the word is that short, questions holding it in their
    // title or tags are ranked first (they would lead anyway: title and tags weigh most), and
    // the whole text is searched only when they are too few to fill the list. A bank of a few
    // thousand questions is ranked whole at once: there the first pass would only add a query.
    if (query.terms.size() == 1 && !query.terms.first().phrase && query.terms.first().text.size() <= 3
        && isLarge()) {
        auto titled = rankedRows(QStringLiteral("{title tags_text} : ") + match, limit, rows);
        if (titled.size() >= limit)
            return titled;
    }
    return rankedRows(match, limit, rows);
}

// Plain text, the common keystroke: FTS5 ranks the matches and cuts them to `limit` first, and
// only the rows kept are read, rather than joining every match (tens of thousands for a
// two-letter prefix) before sorting. Retired questions stay in the index; they are left out
// before the cut, by id (questions_retired holds them, so the table is not read). With
// Rows::IdsFirst the ranked ids are the whole answer, as cheap as the bare FTS5 query, and
// decorate() reads the rows the user sees.
QVector<QuestionSummary> QuestionRepository::rankedRows(const QString &match, int limit, Rows rows) const
{
    QVector<QuestionSummary> results;
    results.reserve(qMax(0, qMin(limit, 1000)));
    if (rows == Rows::IdsFirst) {
        Statement st = m_db.cached("SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?1 "
                                   "AND rowid NOT IN (SELECT id FROM questions WHERE retired = 1) "
                                   "ORDER BY bm25(questions_fts, 10.0, 5.0, 2.0, 1.0) LIMIT ?2");
        st.bind(1, match).bind(2, qint64(limit));
        while (st.step()) {
            QuestionSummary row;
            row.id = st.int64(0);
            results << row;
        }
        return results;
    }
    Statement st = m_db.cached("SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
                               "FROM (SELECT rowid AS id, bm25(questions_fts, 10.0, 5.0, 2.0, 1.0) AS rank FROM questions_fts "
                               "      WHERE questions_fts MATCH ?1 AND rowid NOT IN (SELECT id FROM questions WHERE retired = 1) "
                               "      ORDER BY rank LIMIT ?2) AS m "
                               "JOIN questions q ON q.id = m.id LEFT JOIN question_state s ON s.question_id = q.id "
                               "ORDER BY m.rank");
    st.bind(1, match).bind(2, qint64(limit));
    while (st.step())
        results << readSummary(st);
    return results;
}

bool QuestionRepository::isLarge() const
{
    // Ids only grow, so the highest is about the number of questions, found without a scan.
    Statement highest = m_db.cached("SELECT max(id) FROM questions");
    return highest.step() && highest.int64(0) > LargeBank;
}

// A row's title and answer as decorate() needs them: the answer's words found once, and its
// excerpt for when no word matches.
struct QuestionRepository::DecorationCache
{
    struct Source
    {
        QuestionSummary row; // plain title, no snippet
        QString plain;
        MatchMarks::Scanned answer;
    };
    // Enough for every row a session of typing brings up in the bundled bank (a few MiB), and
    // bounded by text too, as the user's own answers may be long.
    static constexpr int Capacity = 256;
    static constexpr qsizetype TextCapacity = 1'500'000; // characters
    quint32 dataVersion = 0;
    QHash<qint64, Source> sources;
    qsizetype text = 0;
};

Status QuestionRepository::decorate(const SearchQuery &query, QVector<QuestionSummary> &rows, int from, int count) const
{
    const MatchMarks marks(query);
    try {
        // One row at a time, by primary key, marked in C++ (MatchMarks): FTS5's snippet() would
        // tokenise each whole answer again, which cost ten times the search itself. While the
        // user types on, the same rows come back keystroke after keystroke, so what was read and
        // scanned of them is kept until the file changes.
        std::shared_ptr<DecorationCache> &cache = m_decorations;
        if (!cache)
            cache = std::make_shared<DecorationCache>();
        const quint32 version = m_db.dataVersion();
        if (cache->dataVersion != version || cache->sources.size() > DecorationCache::Capacity
            || cache->text > DecorationCache::TextCapacity) {
            cache->sources.clear();
            cache->text = 0;
            cache->dataVersion = version;
        }
        Statement text = m_db.cached("SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin, "
                                     "q.answer_md FROM questions q LEFT JOIN question_state s ON s.question_id = q.id "
                                     "WHERE q.id = ?1");
        const int end = count < 0 ? int(rows.size()) : qMin(int(rows.size()), from + count);
        for (int i = qMax(0, from); i < end; ++i) {
            QuestionSummary &row = rows[i];
            if (row.decorated)
                continue;
            auto found = cache->sources.constFind(row.id);
            if (found == cache->sources.constEnd()) {
                text.bind(1, row.id);
                if (text.step()) {
                    const QString answer = text.text(7);
                    cache->text += answer.size();
                    found = cache->sources.insert(
                        row.id, DecorationCache::Source{readSummary(text), plainExcerpt(answer), MatchMarks::scan(answer)});
                }
                text.reset();
            }
            if (found != cache->sources.constEnd()) {
                const DecorationCache::Source &source = found.value();
                row.uid = source.row.uid;
                row.section = source.row.section;
                row.level = source.row.level;
                row.starred = source.row.starred;
                row.mine = source.row.mine;
                row.title = marks.highlight(source.row.title);
                row.snippet = marks.excerpt(source.answer, 16);
                if (row.snippet.isEmpty())
                    row.snippet = source.plain;
            }
            row.decorated = true;
        }
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("Search failed"), error);
    }
}

Result<Facets> QuestionRepository::facets(const SearchQuery &query, qint64 nowSecs, int groups) const
{
    try {
        Facets facets;
        auto grouped = [&](const QString &keyExpr, const QString &extraJoin, int limit, QVector<FacetCount> &into,
                           auto labelOf) {
            // Each row of the FROM is one question (and one tag or principle of it), so count(*)
            // counts questions.
            Clause clause = buildClause(query, nowSecs, StateJoin::WhenFiltered);
            const QString sql = QStringLiteral("SELECT %1 AS k, count(*) AS n FROM %2 %3 WHERE %4 "
                                               "GROUP BY k ORDER BY n DESC, k LIMIT %5")
                                    .arg(keyExpr, clause.from, extraJoin, clause.where)
                                    .arg(limit);
            Statement st(m_db, sql.toUtf8().constData());
            clause.bindTo(st);
            while (st.step())
                into << FacetCount{st.text(0), labelOf(st.text(0)), st.integer(1)};
        };
        if (groups & Facets::Sections)
            grouped(QStringLiteral("q.section"), QString(), 20, facets.sections, &Bank::Catalog::sectionName);
        if (groups & Facets::Levels)
            grouped(QStringLiteral("q.level"), QString(), 10, facets.levels, &Bank::Catalog::levelName);
        if (groups & Facets::Principles) {
            QHash<QString, QString> principleNames;
            Statement names(m_db, "SELECT id, name FROM principles");
            while (names.step())
                principleNames.insert(names.text(0), names.text(1));
            grouped(QStringLiteral("qp.principle_id"), QStringLiteral("JOIN question_principles qp ON qp.question_id = q.id"),
                    20, facets.principles, [&](const QString &id) { return principleNames.value(id, id); });
        }
        if (groups & Facets::Tags)
            grouped(QStringLiteral("qt.tag"), QStringLiteral("JOIN question_tags qt ON qt.question_id = q.id"), 30,
                    facets.tags, [](const QString &tag) { return tag; });
        // Put sections and levels in their natural order rather than by count.
        auto byCatalog = [](QVector<FacetCount> &list, const QStringList &order) {
            std::sort(list.begin(), list.end(),
                      [&](const FacetCount &a, const FacetCount &b) { return order.indexOf(a.key) < order.indexOf(b.key); });
        };
        byCatalog(facets.sections, Bank::Catalog::sections());
        byCatalog(facets.levels, Bank::Catalog::levels());

        if (!(groups & Facets::Status))
            return facets;
        Clause clause = buildClause(query, nowSecs);
        const QString statusSql = QStringLiteral("SELECT count(*), COALESCE(sum(s.starred = 1), 0), "
                                                 "COALESCE(sum(s.due_at <= %1), 0), COALESCE(sum(q.origin = 'user'), 0) "
                                                 "FROM %2 WHERE %3")
                                      .arg(clause.param(nowSecs), clause.from, clause.where);
        Statement st(m_db, statusSql.toUtf8().constData());
        clause.bindTo(st);
        if (st.step()) {
            facets.total = st.integer(0);
            facets.starred = st.integer(1);
            facets.due = st.integer(2);
            facets.mine = st.integer(3);
        }
        return facets;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("Counting the filters failed"), error);
    }
}

int QuestionRepository::count() const
{
    try {
        return static_cast<int>(m_db.scalarInt("SELECT count(*) FROM questions WHERE retired = 0"));
    } catch (const StorageError &) {
        return 0;
    }
}

Result<Question> QuestionRepository::load(qint64 id) const
{
    try {
        Statement st(m_db, QByteArray(QByteArray(QuestionColumns) + "WHERE q.id = ?1").constData());
        st.bind(1, id);
        if (!st.step())
            return Error{QStringLiteral("The question no longer exists.")};
        return readQuestion(m_db, st);
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("Cannot read the question"), error);
    }
}

Result<Question> QuestionRepository::loadByUid(const QString &uid) const
{
    try {
        Statement st(m_db, QByteArray(QByteArray(QuestionColumns) + "WHERE q.uid = ?1").constData());
        st.bind(1, uid);
        if (!st.step())
            return Error{QStringLiteral("No question has the id \"%1\".").arg(uid)};
        return readQuestion(m_db, st);
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("Cannot read the question"), error);
    }
}

Status QuestionRepository::setStarred(qint64 id, bool starred, qint64 nowSecs)
{
    try {
        Storage::Transaction tx(m_db);
        ensureState(m_db, id, nowSecs);
        Statement st(m_db, "UPDATE question_state SET starred = ?2, updated_at = ?3 WHERE question_id = ?1");
        st.bind(1, id).bind(2, starred).bind(3, nowSecs).run();
        tx.commit();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The star could not be saved"), error);
    }
}

Status QuestionRepository::saveNote(qint64 id, const QString &noteMd, qint64 nowSecs)
{
    try {
        Storage::Transaction tx(m_db);
        ensureState(m_db, id, nowSecs);
        Statement st(m_db, "UPDATE question_state SET note_md = ?2, updated_at = ?3 WHERE question_id = ?1");
        st.bind(1, id).bind(2, noteMd).bind(3, nowSecs).run();
        tx.commit();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The note could not be saved"), error);
    }
}

Result<qint64> QuestionRepository::createOwn(const QuestionDraft &draft, qint64 nowSecs)
{
    if (draft.title.trimmed().isEmpty())
        return Error{QStringLiteral("A question needs a title.")};
    try {
        Storage::Transaction tx(m_db);
        Statement st(m_db, "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, source, "
                           "tags_text, created_at, updated_at) VALUES (?1, 'user', ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, ?8)");
        const QString uid = QStringLiteral("my-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        st.bind(1, uid).bind(2, draft.section).bind(3, draft.level).bind(4, draft.title.trimmed());
        st.bind(5, draft.promptMd).bind(6, draft.answerMd).bind(7, indexedTags(m_db, draft.tags, draft.principles));
        st.bind(8, nowSecs).run();
        const qint64 id = m_db.lastInsertRowId();
        writeLinks(m_db, id, draft.tags, draft.principles);
        SearchIndex(m_db).add(id);
        tx.commit();
        return id;
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The question could not be saved"), error);
    }
}

Status QuestionRepository::updateOwn(qint64 id, const QuestionDraft &draft, qint64 nowSecs)
{
    if (draft.title.trimmed().isEmpty())
        return Error{QStringLiteral("A question needs a title.")};
    try {
        Storage::Transaction tx(m_db);
        SearchIndex index(m_db);
        index.remove(id);
        Statement st(m_db, "UPDATE questions SET section = ?2, level = ?3, title = ?4, prompt_md = ?5, answer_md = ?6, "
                           "tags_text = ?7, updated_at = ?8 WHERE id = ?1 AND origin = 'user'");
        st.bind(1, id).bind(2, draft.section).bind(3, draft.level).bind(4, draft.title.trimmed());
        st.bind(5, draft.promptMd).bind(6, draft.answerMd).bind(7, indexedTags(m_db, draft.tags, draft.principles));
        st.bind(8, nowSecs).run();
        if (m_db.changes() == 0)
            return Error{QStringLiteral("Only your own questions can be edited.")};
        writeLinks(m_db, id, draft.tags, draft.principles);
        index.add(id);
        tx.commit();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The question could not be saved"), error);
    }
}

namespace {

// The tables whose rows go with a question when it is deleted (ON DELETE CASCADE). Their rows
// are copied column by column, so a later migration adding a column needs no change here. A
// row whose other parent is gone by the time of the undo (a story deleted since) stays out.
struct DependentTable
{
    const char *name;
    const char *otherParentColumn; // nullptr: the question is the only parent
    const char *otherParentTable;
};
const DependentTable DependentTables[] = {{"attempts", nullptr, nullptr}, {"story_questions", "story_id", "stories"}};

} // namespace

Result<RemovedQuestion> QuestionRepository::removeOwn(qint64 id)
{
    auto question = load(id);
    if (!question)
        return question.error();
    if (!question->isMine())
        return Error{QStringLiteral("Questions from the bank cannot be deleted.")};
    try {
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
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The question could not be deleted"), error);
    }
}

Status QuestionRepository::restoreOwn(const RemovedQuestion &removed)
{
    const Question &q = removed.question;
    try {
        Storage::Transaction tx(m_db);
        Statement st(m_db, "INSERT INTO questions(id, uid, origin, section, level, title, prompt_md, answer_md, source, "
                           "tags_text, created_at, updated_at) VALUES (?1, ?2, 'user', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        st.bind(1, q.id).bind(2, q.uid).bind(3, q.section).bind(4, q.level).bind(5, q.title).bind(6, q.promptMd);
        st.bind(7, q.answerMd).bind(8, q.source).bind(9, indexedTags(m_db, q.tags, q.principles));
        st.bind(10, q.createdAt).bind(11, q.updatedAt).run();
        writeLinks(m_db, q.id, q.tags, q.principles);
        Statement state(m_db, "INSERT INTO question_state(question_id, starred, note_md, last_rating, due_at, updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        state.bind(1, q.id).bind(2, q.starred).bind(3, q.noteMd);
        q.lastRating ? state.bind(4, *q.lastRating) : state.bind(4, nullptr);
        state.bindOptional(5, q.dueAt).bind(6, q.updatedAt).run();
        for (const DependentRows &kept : removed.dependents) {
            QStringList placeholders;
            for (int c = 1; c <= kept.columns.size(); ++c)
                placeholders << QStringLiteral("?%1").arg(c);
            QString sql = QStringLiteral("INSERT OR IGNORE INTO %1(%2) SELECT %3")
                              .arg(kept.table, kept.columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
            for (const DependentTable &table : DependentTables) {
                if (kept.table == QLatin1String(table.name) && table.otherParentColumn) {
                    const int column = kept.columns.indexOf(QString::fromLatin1(table.otherParentColumn)) + 1;
                    sql += QStringLiteral(" WHERE EXISTS (SELECT 1 FROM %1 WHERE id = ?%2)")
                               .arg(QString::fromLatin1(table.otherParentTable)).arg(column);
                }
            }
            Statement insert(m_db, sql.toUtf8().constData());
            for (const QVariantList &values : kept.rows) {
                for (int c = 0; c < values.size(); ++c)
                    insert.bindValue(c + 1, values.at(c));
                insert.run();
            }
        }
        Statement relink(m_db, "UPDATE diagrams SET question_id = ?1 WHERE id = ?2 AND question_id IS NULL");
        for (const qint64 diagram : removed.linkedDiagrams)
            relink.bind(1, q.id).bind(2, diagram).run();
        SearchIndex(m_db).add(q.id);
        tx.commit();
        return {};
    } catch (const StorageError &error) {
        return storageFailure(QStringLiteral("The question could not be restored"), error);
    }
}

} // namespace Starloop::Questions
