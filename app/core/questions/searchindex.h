// SearchIndex: keeps the FTS5 table questions_fts in step with the questions table.
//
// Every write to a question's indexed columns goes: remove(id) -> UPDATE questions -> add(id),
// in one transaction. (Triggers cannot do this: with trusted_schema=OFF SQLite rejects
// triggers that write to virtual tables.)
#pragma once

#include <QtGlobal>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {

class SearchIndex
{
public:
    explicit SearchIndex(Storage::Database &db);
    void add(qint64 questionId); // indexes the row as it is now
    void remove(qint64 questionId); // forgets the row as it is now
    void rebuild(); // re-reads every question (after damage)

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Questions
