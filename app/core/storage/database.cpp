#include "core/storage/database.h"

#include "core/storage/statement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace Starloop::Storage {

bool StorageError::isDiskProblem() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN
        || primary == SQLITE_READONLY;
}

std::unique_ptr<Database> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *handle = nullptr;
    const QByteArray encoded = access == Access::ReadOnlyImmutable ? QByteArray("file:")
            + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1"
                                                                   : path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        throw StorageError(tr("Cannot open %1: %2").arg(path, message), rc);
    }
    sqlite3_extended_result_codes(handle, 1);
    return std::unique_ptr<Database>(new Database(handle, path, access));
}

Database::Database(sqlite3 *handle, QString path, Access access)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_access(access)
{ }

Database::~Database()
{
    for (const CachedStatement &cached : std::as_const(m_cache))
        sqlite3_finalize(cached.stmt);
    // close_v2 defers the close until every statement is finalised, so a stray
    // Statement outliving its Database cannot crash.
    sqlite3_close_v2(m_handle);
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StorageError(message, rc);
    }
}

void Database::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

Statement Database::prepare(const char *sql)
{
    return Statement(*this, sql);
}

Statement Database::cached(const char *sql)
{
    for (int i = 0; i < m_cache.size(); ++i) {
        if (m_cache.at(i).sql == sql) {
            CachedStatement found = m_cache.takeAt(i);
            return Statement(*this, found.stmt, std::move(found.sql));
        }
    }
    Statement fresh(*this, sql);
    fresh.m_cacheKey = QByteArray(sql);
    return fresh;
}

void Database::recycle(QByteArray sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt); // ends its read, which would otherwise hold back checkpoints
    sqlite3_clear_bindings(stmt);
    const bool held = std::any_of(
        m_cache.cbegin(), m_cache.cend(), [&](const CachedStatement &cached) { return cached.sql == sql; });
    if (held) { // two of the same were in use at once: keep one
        sqlite3_finalize(stmt);
        return;
    }
    m_cache.prepend(CachedStatement {std::move(sql), stmt});
    if (m_cache.size() > CacheSize)
        sqlite3_finalize(m_cache.takeLast().stmt);
}

qint64 Database::scalarInt(const char *sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.int64(0) : 0;
}

QString Database::scalarText(const char *sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.text(0) : QString();
}

QStringList Database::textColumn(const char *sql, qint64 id)
{
    QStringList values;
    Statement statement = cached(sql);
    statement.bind(1, id);
    while (statement.step())
        values << statement.text(0);
    return values;
}

std::optional<qint64> Database::intByUid(const char *table, const char *column, const QString &uid)
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM " + table + " WHERE uid = ?1";
    Statement statement = cached(sql.constData());
    statement.bind(1, uid);
    return statement.step() ? statement.optionalInt64(0) : std::nullopt;
}

quint32 Database::dataVersion() const
{
    unsigned int version = 0;
    sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    return version;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_handle) == 0;
}

QString Database::lastErrorMessage(const QString &what) const
{
    return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

void Database::throwLastError(const QString &what) const
{
    throw StorageError(lastErrorMessage(what), sqlite3_extended_errcode(m_handle));
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Starloop::Storage
