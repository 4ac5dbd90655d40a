// Statement: a prepared SQLite statement with typed binds and column readers.
// Indexes are 1-based for binds (like SQLite) and 0-based for columns (like SQLite).
//
//   Statement st = db.prepare("SELECT title FROM questions WHERE section = ?1 LIMIT ?2");
//   st.bind(1, QStringLiteral("aws")).bind(2, 10);
//   while (st.step())
//       titles << st.text(0);
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3_stmt;

namespace Starloop::Storage {

class Database;

class Statement
{
public:
    Statement(Database &db, const char *sql); // throws StorageError on a syntax error
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, int value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8) = delete; // say QStringLiteral or QByteArray
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::nullptr_t);
    Statement &bindOptional(int index, const std::optional<qint64> &value); // nullopt -> NULL
    Statement &bindOptional(int index, const std::optional<double> &value);
    Statement &bindOptional(int index, const std::optional<QString> &value);
    Statement &bindNullableText(int index, const QString &value); // empty -> NULL
    // A value read by value(): null, qint64, double, QString or QByteArray.
    Statement &bindValue(int index, const QVariant &value);

    // Advances; true while a row is available, false when done. Throws StorageError.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset(); // keeps bindings
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const; // NULL -> nullopt
    std::optional<double> optionalReal(int column) const;
    std::optional<QString> optionalText(int column) const;
    QString columnName(int column) const;
    // The column as its storage class says: null, qint64, double, QString or QByteArray.
    QVariant value(int column) const;

private:
    friend class Database;
    Statement(Database &db, sqlite3_stmt *prepared, QByteArray cacheKey); // Database::cached()
    void check(int rc, const char *what);

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_cacheKey; // non-empty: returns to Database's cache instead of being finalised
};

} // namespace Starloop::Storage
