#include "core/questions/searchindex.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Starloop::Questions {

SearchIndex::SearchIndex(Storage::Database &db)
    : m_db(db)
{ }

void SearchIndex::add(qint64 questionId)
{
    Storage::Statement st(m_db,
        "INSERT INTO questions_fts(rowid, title, tags_text, prompt_md, answer_md) "
        "SELECT id, title, tags_text, prompt_md, answer_md FROM questions WHERE id = ?1");
    st.bind(1, questionId).run();
}

void SearchIndex::remove(qint64 questionId)
{
    Storage::Statement st(m_db,
        "INSERT INTO questions_fts(questions_fts, rowid, title, tags_text, prompt_md, answer_md) "
        "SELECT 'delete', id, title, tags_text, prompt_md, answer_md FROM questions WHERE id = ?1");
    st.bind(1, questionId).run();
}

void SearchIndex::rebuild()
{
    m_db.exec("INSERT INTO questions_fts(questions_fts) VALUES ('rebuild')");
}

} // namespace Starloop::Questions
