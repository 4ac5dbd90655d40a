// QuestionRepository: the SQL behind the Questions workspace and `starloop search`.
// Searching, reading, starring, notes, ratings and the user's own questions; every write keeps
// the search index in step (SearchIndex) inside one transaction. The export file's own questions
// and question state go through ownRecords() / upsertOwn() and stateRecords() / upsertState()
// (QuestionCodec, QuestionStateCodec turn them into JSON).
//
//   QuestionRepository repo(store.db());
//   auto rows = repo.search(SearchQuery::fromString(QStringLiteral("dynamo* lp:dive")), 50, now);
//   repo.setStarred(rows->first().id, true, now);
//   const qint64 mine = repo.createOwn(draft, now).value();
//   auto removed = repo.removeOwn(mine);               // with its attempts, links and state
//   const qint64 back = repo.restoreOwn(removed.value()).value();  // undo
//
// The work is split by job: questionsearch.cpp (search, decorate), questionfacets.cpp,
// ownquestions.cpp (create, edit, delete, restore, import) and questionrepository.cpp (reading
// one question, its state).
#pragma once

#include "core/questions/question.h"
#include "core/questions/questioncodec.h"
#include "core/questions/questionstatecodec.h"
#include "core/questions/searchquery.h"
#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {

class QuestionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Questions::QuestionRepository)

public:
    explicit QuestionRepository(Storage::Database &db);

    // What search() reads of each row: everything, or (for a list that shows a screenful at a
    // time) the id alone when the query is plain text, the rest left to decorate().
    enum class Rows { Summaries, IdsFirst };
    // Ranked matches: title weighted above tags, tags above the prompt, the prompt above the answer.
    // With no words, everything that passes the filters, by section and title. Titles come
    // plain and snippets empty: decorate() marks the rows that are actually shown.
    Result<QVector<QuestionSummary>> search(
        const SearchQuery &query, int limit, qint64 nowSecs, Rows rows = Rows::Summaries) const;
    // Fills in rows [from, from + count) (count < 0: to the end), marks the matched words in
    // their titles and adds their snippets. Rows already decorated are left alone.
    Status decorate(
        const SearchQuery &query, QVector<QuestionSummary> &rows, int from = 0, int count = -1) const;
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
    // Deletes one of the user's questions, returning it whole - with its state, coding attempts,
    // story links and diagram links - so that restoreOwn can undo.
    Result<RemovedQuestion> removeOwn(qint64 id);
    // Puts a removed question back with everything it took along; returns the id it now has
    // (its old one unless another question of the user's took it meanwhile).
    Result<qint64> restoreOwn(const RemovedQuestion &removed);

    // The user's own questions as the export file holds them, by uid.
    Result<QVector<OwnQuestionRecord>> ownRecords() const;
    // Adds the question, or replaces the own question with its uid when the record's updated_at
    // is newer; a uid a bank question has is skipped with a warning. Runs inside the caller's
    // transaction (DataImport's).
    Result<Portability::Merge> upsertOwn(
        const OwnQuestionRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);
    // The user's state on every question that has one, by question uid.
    Result<QVector<QuestionStateRecord>> stateRecords() const;
    // The user's state on one question; nullopt when it has none.
    Result<std::optional<QuestionStateRecord>> stateRecord(const QString &questionUid) const;
    // Replaces the question's state when the record's updated_at is newer; the state of a question
    // this database lacks is skipped with a warning.
    Result<Portability::Merge> upsertState(const QuestionStateRecord &record,
        Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    // Throw StorageError; search() reports it.
    Result<QVector<QuestionSummary>> rankedTextSearch(const SearchQuery &query, int limit, Rows rows) const;
    QVector<QuestionSummary> rankedRows(const QString &match, int limit, Rows rows) const;

    Storage::Database &m_db;
    // What decorate() read and scanned of each row lately; see there.
    struct DecorationCache;
    mutable std::shared_ptr<DecorationCache> m_decorations;
};

} // namespace Starloop::Questions
