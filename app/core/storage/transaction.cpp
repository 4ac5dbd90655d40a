#include "core/storage/transaction.h"

#include "core/storage/database.h"

namespace Starloop::Storage {

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const StorageError &) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_active = false;
}

} // namespace Starloop::Storage
