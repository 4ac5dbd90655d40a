// Transaction: BEGIN on construction, ROLLBACK on destruction unless commit() ran.
// Inside a transaction already open on the connection (a repository's write called from a
// sync round or an import) it is a savepoint instead: commit() releases it, and destruction
// without commit() undoes only what was done since it began.
//
//   Transaction tx(db);
//   repository.insert(...);   // may throw
//   tx.commit();              // otherwise the destructor rolls everything back
#pragma once

namespace Starloop::Storage {

class Database;

class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError; after a failed commit the destructor rolls back
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = true;
    bool m_nested = false;
};

} // namespace Starloop::Storage
