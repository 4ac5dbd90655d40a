#include "core/questions/searchindex.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Starloop::Questions {

SearchIndex::SearchIndex(Storage::Database &db)
    : m_db(db)
{ }

void SearchIndex::add(qint64 questionId)
{
    // The row's values bound, not INSERT ... SELECT: FTS5 then keeps the terms of many adds in
    // one transaction together instead of writing them out at every statement (an import of
    // thousands of questions, a bank sync).
    Storage::Statement row
        = m_db.cached("SELECT title, tags_text, prompt_md, answer_md FROM questions WHERE id = ?1");
    row.bind(1, questionId);
    if (!row.step())
        return;
    Storage::Statement st = m_db.cached("INSERT INTO questions_fts(rowid, title, tags_text, prompt_md, "
                                        "answer_md) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, questionId)
        .bind(2, row.text(0))
        .bind(3, row.text(1))
        .bind(4, row.text(2))
        .bind(5, row.text(3));
    st.run();
}

void SearchIndex::remove(qint64 questionId)
{
    Storage::Statement st = m_db.cached(
        "INSERT INTO questions_fts(questions_fts, rowid, title, tags_text, prompt_md, answer_md) "
        "SELECT 'delete', id, title, tags_text, prompt_md, answer_md FROM questions WHERE id = ?1");
    st.bind(1, questionId).run();
}

void SearchIndex::rebuild()
{
    m_db.exec("INSERT INTO questions_fts(questions_fts) VALUES ('rebuild')");
}

} // namespace Starloop::Questions
