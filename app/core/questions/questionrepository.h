// QuestionRepository: the SQL behind the Questions workspace and `starloop search`.
// Searching, reading, starring, notes, ratings and the user's own questions; every write keeps
// the search index in step (SearchIndex) inside one transaction.
#pragma once

#include "question.h"
#include "result.h"
#include "searchquery.h"

#include <memory>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {

class QuestionRepository
{
public:
    explicit QuestionRepository(Storage::Database &db);

    // What search() reads of each row: everything, or (for a list that shows a screenful at a
    // time) the id alone when the query is plain text, the rest left to decorate().
    enum class Rows { Summaries, IdsFirst };
    // Ranked matches: title weighted above tags, tags above the prompt, the prompt above the answer.
    // With no words, everything that passes the filters, by section and title. Titles come
    // plain and snippets empty: decorate() marks the rows that are actually shown.
    Result<QVector<QuestionSummary>> search(const SearchQuery &query, int limit, qint64 nowSecs,
                                            Rows rows = Rows::Summaries) const;
    // Fills in rows [from, from + count) (count < 0: to the end), marks the matched words in
    // their titles and adds their snippets. Rows already decorated are left alone.
    Status decorate(const SearchQuery &query, QVector<QuestionSummary> &rows, int from = 0, int count = -1) const;
    // The counts beside each filter, of the questions `query` finds; `groups` (Facets::Group)
    // says which to count, as each is a query of its own over every match.
    Result<Facets> facets(const SearchQuery &query, qint64 nowSecs, int groups = Facets::AllGroups) const;
    int count() const;

    Result<Question> load(qint64 id) const;
    Result<Question> loadByUid(const QString &uid) const;

    Status setStarred(qint64 id, bool starred, qint64 nowSecs);
    Status saveNote(qint64 id, const QString &noteMd, qint64 nowSecs);

    Result<qint64> createOwn(const QuestionDraft &draft, qint64 nowSecs);
    Status updateOwn(qint64 id, const QuestionDraft &draft, qint64 nowSecs);
    // Deletes one of the user's questions, returning it whole - with its coding attempts, story
    // links and diagram links - so that restoreOwn can undo.
    Result<RemovedQuestion> removeOwn(qint64 id);
    Status restoreOwn(const RemovedQuestion &removed);

private:
    // Throw StorageError; search() reports it.
    Result<QVector<QuestionSummary>> rankedTextSearch(const SearchQuery &query, int limit, Rows rows) const;
    QVector<QuestionSummary> rankedRows(const QString &match, int limit, Rows rows) const;
    static constexpr qint64 LargeBank = 3000; // questions; see rankedTextSearch
    bool isLarge() const;

    Storage::Database &m_db;
    // What decorate() read and scanned of each row lately; see there.
    struct DecorationCache;
    mutable std::shared_ptr<DecorationCache> m_decorations;
};

} // namespace Starloop::Questions
