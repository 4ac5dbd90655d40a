// SearchHistory: the last 30 searches the user ran, and the searches they saved by name.
#pragma once

#include "result.h"

#include <QPair>
#include <QStringList>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {

class SearchHistory
{
public:
    static constexpr int Kept = 30;

    explicit SearchHistory(Storage::Database &db);

    Status record(const QString &query, qint64 nowSecs); // moves a repeated query to the top
    QStringList recent() const; // newest first, at most Kept

    Status save(const QString &name, const QString &query); // replaces a search of the same name
    Status remove(const QString &name);
    QVector<QPair<QString, QString>> saved() const; // (name, query), by name

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Questions
