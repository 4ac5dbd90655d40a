// Transaction: BEGIN on construction, ROLLBACK on destruction unless commit() ran.
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
};

} // namespace Starloop::Storage
