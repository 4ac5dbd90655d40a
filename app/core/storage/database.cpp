#include "database.h"

#include "statement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

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
    const QByteArray encoded = access == Access::ReadOnlyImmutable
        ? QByteArray("file:") + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1"
        : path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                       : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        throw StorageError(QStringLiteral("Cannot open %1: %2").arg(path, message), rc);
    }
    sqlite3_extended_result_codes(handle, 1);
    return std::unique_ptr<Database>(new Database(handle, path, access));
}

Database::Database(sqlite3 *handle, QString path, Access access)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_access(access)
{
}

Database::~Database()
{
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
