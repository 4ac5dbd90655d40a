// QuestionRepository's search: ranked matches, and the rows on screen read and marked.
#include "core/questions/questionrepository.h"

#include "core/questions/matchmarks.h"
#include "core/questions/searchclause.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QHash>
#include <QSet>

namespace Starloop::Questions {

using Storage::guarded;
using Storage::Statement;

namespace {

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
        if (inFence || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char('|'))
            || trimmed.isEmpty())
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
} // namespace

Result<QVector<QuestionSummary>> QuestionRepository::search(
    const SearchQuery &query, int limit, qint64 nowSecs, Rows rows) const
{
    return guarded(tr("Search failed"), [&]() -> Result<QVector<QuestionSummary>> {
        const bool textOnly = query.principles.isEmpty() && query.tags.isEmpty() && query.levels.isEmpty()
            && query.sections.isEmpty() && query.patterns.isEmpty() && !query.starred && !query.due
            && !query.mine;
        if (textOnly && query.hasPositiveTerms())
            return rankedTextSearch(query, limit, rows);
        SearchClause clause = SearchClause::build(query, nowSecs);
        QString sql;
        if (clause.usesFts) {
            sql = QStringLiteral(
                "SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
                "FROM %1 WHERE %2 ORDER BY bm25(questions_fts, 10.0, 5.0, 2.0, 1.0) LIMIT %3")
                      .arg(clause.from, clause.where, clause.param(qint64(limit)));
        } else {
            // The order of the questions_browse index (schema 11), expression for expression, so
            // the first rows are read in order rather than every question sorted; the index
            // holds every column read here (schema 12), so the rows themselves are not read.
            sql = QStringLiteral(
                "SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
                "FROM %1 WHERE %2 "
                "ORDER BY CASE q.section WHEN 'leadership' THEN 0 WHEN 'company' THEN 1 WHEN 'aws' THEN 2 "
                "WHEN 'system-design' THEN 3 WHEN 'coding' THEN 4 ELSE 5 END, q.title COLLATE NOCASE LIMIT "
                "%3")
                      .arg(clause.from, clause.where, clause.param(qint64(limit)));
        }
        Statement st(m_db, sql.toUtf8().constData());
        clause.bindTo(st);
        QVector<QuestionSummary> results;
        while (st.step()) {
            results << readSummary(st);
        }
        return results;
    });
}

Result<QVector<QuestionSummary>> QuestionRepository::rankedTextSearch(
    const SearchQuery &query, int limit, Rows rows) const
{
    const QString match = query.matchExpression();
    // A lone two- or three-letter prefix ("ca") is a word still being typed: questions holding
    // it in their title or tags come first ("Caching strategies" before an answer that says
    // "call" twenty times), then the answers that mention it. On a large bank the first pass
    // also spares ranking every match when the titles alone fill the list.
    if (query.terms.size() == 1 && !query.terms.first().phrase && query.terms.first().text.size() <= 3) {
        QVector<QuestionSummary> titled
            = rankedRows(QStringLiteral("{title tags_text} : ") + match, limit, rows);
        if (titled.size() >= limit)
            return titled;
        QSet<qint64> seen;
        for (const QuestionSummary &row : std::as_const(titled))
            seen.insert(row.id);
        const QVector<QuestionSummary> all = rankedRows(match, limit, rows);
        for (const QuestionSummary &row : all) {
            if (titled.size() >= limit)
                break;
            if (!seen.contains(row.id))
                titled << row;
        }
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
    Statement st = m_db.cached(
        "SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin "
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

Status QuestionRepository::decorate(
    const SearchQuery &query, QVector<QuestionSummary> &rows, int from, int count) const
{
    const MatchMarks marks(query);
    return guarded(tr("Search failed"), [&]() -> Status {
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
        Statement text = m_db.cached(
            "SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), q.origin, "
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
                    found = cache->sources.insert(row.id,
                        DecorationCache::Source {
                            readSummary(text), plainExcerpt(answer), MatchMarks::scan(answer)});
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
    });
}

} // namespace Starloop::Questions
