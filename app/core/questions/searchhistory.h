// SearchHistory: the last 30 searches the user ran, and the searches they saved by name (which
// the export file carries: savedRecords(), upsertSaved(); SavedSearchCodec turns them into JSON).
//
//   SearchHistory history(db);
//   history.record(QStringLiteral("dynamo* -sql"), now);          // to the top of recent()
//   history.save(QStringLiteral("hard aws"), QStringLiteral("section:aws level:advanced"));
#pragma once

#include "core/questions/savedsearchcodec.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {

class SearchHistory
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Questions::SearchHistory)

public:
    static constexpr int Kept = 30;

    explicit SearchHistory(Storage::Database &db);

    Status record(const QString &query, qint64 nowSecs); // moves a repeated query to the top
    QStringList recent() const; // newest first, at most Kept

    Status save(const QString &name, const QString &query); // replaces a search of the same name
    Status remove(const QString &name);
    QVector<QPair<QString, QString>> saved() const; // (name, query), by name

    // Every saved search as the export file holds it.
    Result<QVector<SavedSearchRecord>> savedRecords() const;
    // Saves the search under its name, replacing a different query of that name.
    Result<Portability::Merge> upsertSaved(
        const SavedSearchRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Questions
