// Database: an owning RAII handle to one SQLite connection (C API, no QtSql).
// Opening checks nothing about the file's contents; DataStore does that.
#pragma once

#include "core/storage/storageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Starloop::Storage {

class Statement;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Storage::Database)

public:
    // ReadOnlyImmutable: for a file in a folder Starloop cannot write to, where SQLite could not
    // create its -shm file; SQLite then assumes nobody changes the file while it is open.
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };

    // Throws StorageError when SQLite cannot open the path.
    static std::unique_ptr<Database> open(const QString &path, Access access);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements that return no rows. Throws StorageError.
    void exec(const char *sql);
    void exec(const QString &sql);
    Statement prepare(const char *sql);
    // The same, from a few statements kept prepared on this connection: for SQL run again and
    // again (each keystroke of a search). The statement goes back to the cache, reset and with
    // its bindings cleared, when the returned Statement is destroyed.
    Statement cached(const char *sql);

    // Convenience for single-value queries ("PRAGMA user_version").
    qint64 scalarInt(const char *sql);
    QString scalarText(const char *sql);
    // The first column of every row of `sql`, with `id` bound to ?1: the tags of one question.
    QStringList textColumn(const char *sql, qint64 id);
    // An integer column of the row of `table` whose uid is `uid` (both names from the code, never
    // from the user); nullopt when no row has it. For merges by uid: intByUid("stories", "id", uid).
    std::optional<qint64> intByUid(const char *table, const char *column, const QString &uid);

    qint64 lastInsertRowId() const;
    // Changes whenever the main database changes, through this connection or another (as of
    // this connection's last read): for caches of what was read from it.
    quint32 dataVersion() const;
    int changes() const;
    bool inTransaction() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly || m_access == Access::ReadOnlyImmutable; }
    QString path() const { return m_path; }
    Access access() const { return m_access; }
    sqlite3 *handle() const { return m_handle; }

    // The message of the connection's last error, with the failing operation in front.
    QString lastErrorMessage(const QString &what) const;
    [[noreturn]] void throwLastError(const QString &what) const;

    static QString sqliteVersion();

private:
    friend class Statement;
    Database(sqlite3 *handle, QString path, Access access);
    void recycle(QByteArray sql, sqlite3_stmt *stmt); // from ~Statement

    struct CachedStatement
    {
        QByteArray sql;
        sqlite3_stmt *stmt = nullptr;
    };
    static constexpr int CacheSize = 16;
    QVector<CachedStatement> m_cache; // the most recently used first
    sqlite3 *m_handle = nullptr;
    QString m_path;
    Access m_access;
};

} // namespace Starloop::Storage
