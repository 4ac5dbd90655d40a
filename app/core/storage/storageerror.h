// StorageError: what the storage layer throws when SQLite reports a failure.
// Repositories catch it at their public boundary and hand the gui a Result / Status instead.
#pragma once

#include "core/result.h"

#include <QString>

#include <stdexcept>

namespace Starloop::Storage {

class StorageError : public std::runtime_error
{
public:
    StorageError(const QString &message, int sqliteCode)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(sqliteCode)
    { }
    QString message() const { return m_message; }
    int sqliteCode() const { return m_code; }
    // SQLITE_FULL, SQLITE_IOERR...: the disk, not the data, is the problem.
    bool isDiskProblem() const;

private:
    QString m_message;
    int m_code;
};

// What a repository hands the gui when SQLite failed: what it was doing, and why.
inline Error storageFailure(const QString &what, const StorageError &error)
{
    return Error {QStringLiteral("%1: %2").arg(what, error.message()), error.sqliteCode()};
}

// A repository's public function in one line: runs `body` and turns a StorageError into the
// storageFailure() of `what`. The body returns the function's Result<T> or Status.
//
//   Status QuestionRepository::setStarred(qint64 id, bool starred, qint64 nowSecs)
//   {
//       return Storage::guarded(tr("The star could not be saved"), [&]() -> Status {
//           ...
//           return {};
//       });
//   }
template<typename Body> auto guarded(const QString &what, Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const StorageError &error) {
        return storageFailure(what, error);
    }
}

} // namespace Starloop::Storage
