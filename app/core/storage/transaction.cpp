#include "core/storage/transaction.h"

#include "core/storage/database.h"

namespace Starloop::Storage {

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    if (m_nested)
        m_db.exec("SAVEPOINT starloop_nested");
    else
        m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        if (m_nested)
            m_db.exec("ROLLBACK TO starloop_nested; RELEASE starloop_nested");
        else
            m_db.exec("ROLLBACK");
    } catch (const StorageError &) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE starloop_nested" : "COMMIT");
    m_active = false;
}

} // namespace Starloop::Storage
