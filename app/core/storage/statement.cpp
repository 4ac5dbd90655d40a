#include "core/storage/statement.h"

#include "core/storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace Starloop::Storage {

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.throwLastError(
            QCoreApplication::translate("Starloop::Storage::Statement", "Cannot prepare statement"));
}

Statement::Statement(Database &db, sqlite3_stmt *prepared, QByteArray cacheKey)
    : m_db(&db)
    , m_stmt(prepared)
    , m_cacheKey(std::move(cacheKey))
{ }

Statement::~Statement()
{
    if (m_stmt && m_db && !m_cacheKey.isEmpty())
        m_db->recycle(std::move(m_cacheKey), m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cacheKey(std::move(other.m_cacheKey))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        Statement old(std::move(*this)); // finalised or returned to the cache on leaving
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheKey = std::move(other.m_cacheKey);
    }
    return *this;
}

void Statement::check(int rc, const char *what)
{
    if (rc != SQLITE_OK)
        m_db->throwLastError(QString::fromLatin1(what));
}

Statement &Statement::bind(int index, int value)
{
    check(sqlite3_bind_int(m_stmt, index, value), "bind int");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind int64");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind double");
    return *this;
}

Statement &Statement::bind(int index, bool value)
{
    return bind(index, value ? 1 : 0);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
              SQLITE_TRANSIENT, SQLITE_UTF8),
        "bind text");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    check(sqlite3_bind_blob64(
              m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT),
        "bind blob");
    return *this;
}

Statement &Statement::bindValue(int index, const QVariant &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    switch (value.userType()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index), "bind null");
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bind(index, nullptr);
}

Statement &Statement::bindOptional(int index, const std::optional<double> &value)
{
    return value ? bind(index, *value) : bind(index, nullptr);
}

Statement &Statement::bindOptional(int index, const std::optional<QString> &value)
{
    return value ? bind(index, *value) : bind(index, nullptr);
}

Statement &Statement::bindNullableText(int index, const QString &value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80);
    sqlite3_reset(m_stmt);
    m_db->throwLastError(
        QCoreApplication::translate("Starloop::Storage::Statement", "Cannot run \"%1\"").arg(sql));
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(data, size);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, size);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace Starloop::Storage
