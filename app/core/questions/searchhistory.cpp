#include "core/questions/searchhistory.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

namespace Starloop::Questions {

using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

SearchHistory::SearchHistory(Storage::Database &db)
    : m_db(db)
{ }

Status SearchHistory::record(const QString &query, qint64 nowSecs)
{
    const QString text = query.simplified();
    if (text.isEmpty())
        return {};
    return guarded(tr("The search history could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        Statement upsert(m_db,
            "INSERT INTO search_history(query, used_at) VALUES (?1, ?2) "
            "ON CONFLICT(query) DO UPDATE SET used_at = excluded.used_at");
        upsert.bind(1, text.left(1000)).bind(2, nowSecs).run();
        Statement prune(m_db,
            "DELETE FROM search_history WHERE query NOT IN "
            "(SELECT query FROM search_history ORDER BY used_at DESC, query LIMIT ?1)");
        prune.bind(1, Kept).run();
        tx.commit();
        return {};
    });
}

QStringList SearchHistory::recent() const
{
    QStringList queries;
    try {
        Statement st(m_db, "SELECT query FROM search_history ORDER BY used_at DESC, query LIMIT ?1");
        st.bind(1, Kept);
        while (st.step())
            queries << st.text(0);
    } catch (const Storage::StorageError &) { }
    return queries;
}

Status SearchHistory::save(const QString &name, const QString &query)
{
    if (name.trimmed().isEmpty() || query.trimmed().isEmpty())
        return Error {tr("A saved search needs a name and a query.")};
    return guarded(tr("The search could not be saved"), [&]() -> Status {
        Statement st(m_db,
            "INSERT INTO saved_searches(name, query) VALUES (?1, ?2) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query");
        st.bind(1, name.trimmed()).bind(2, query.simplified()).run();
        return {};
    });
}

Status SearchHistory::remove(const QString &name)
{
    return guarded(tr("The saved search could not be removed"), [&]() -> Status {
        Statement st(m_db, "DELETE FROM saved_searches WHERE name = ?1");
        st.bind(1, name).run();
        return {};
    });
}

QVector<QPair<QString, QString>> SearchHistory::saved() const
{
    QVector<QPair<QString, QString>> searches;
    try {
        Statement st(m_db, "SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE");
        while (st.step())
            searches.append({st.text(0), st.text(1)});
    } catch (const Storage::StorageError &) { }
    return searches;
}

Result<QVector<SavedSearchRecord>> SearchHistory::savedRecords() const
{
    return guarded(tr("The saved searches could not be read"), [&]() -> Result<QVector<SavedSearchRecord>> {
        Statement st(m_db, "SELECT name, query FROM saved_searches ORDER BY name");
        QVector<SavedSearchRecord> records;
        while (st.step())
            records << SavedSearchRecord {st.text(0), st.text(1)};
        return records;
    });
}

Result<Merge> SearchHistory::upsertSaved(
    const SavedSearchRecord &record, Merge::Rule /*rule: always replaces*/)
{
    return guarded(tr("The saved search %1 could not be imported").arg(record.name), [&]() -> Result<Merge> {
        Statement existing(m_db, "SELECT query FROM saved_searches WHERE name = ?1");
        existing.bind(1, record.name);
        const bool exists = existing.step();
        if (exists && existing.text(0) == record.query)
            return Merge {};
        Statement st(m_db,
            "INSERT INTO saved_searches(name, query) VALUES (?1, ?2) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query");
        st.bind(1, record.name).bind(2, record.query).run();
        return Merge::written(exists);
    });
}

} // namespace Starloop::Questions
