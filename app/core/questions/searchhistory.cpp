#include "searchhistory.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace Starloop::Questions {

using Storage::Statement;

SearchHistory::SearchHistory(Storage::Database &db)
    : m_db(db)
{
}

Status SearchHistory::record(const QString &query, qint64 nowSecs)
{
    const QString text = query.simplified();
    if (text.isEmpty())
        return {};
    try {
        Storage::Transaction tx(m_db);
        Statement upsert(m_db, "INSERT INTO search_history(query, used_at) VALUES (?1, ?2) "
                               "ON CONFLICT(query) DO UPDATE SET used_at = excluded.used_at");
        upsert.bind(1, text.left(1000)).bind(2, nowSecs).run();
        Statement prune(m_db, "DELETE FROM search_history WHERE query NOT IN "
                              "(SELECT query FROM search_history ORDER BY used_at DESC, query LIMIT ?1)");
        prune.bind(1, Kept).run();
        tx.commit();
        return {};
    } catch (const Storage::StorageError &error) {
        return Error{QStringLiteral("The search history could not be saved: %1").arg(error.message())};
    }
}

QStringList SearchHistory::recent() const
{
    QStringList queries;
    try {
        Statement st(m_db, "SELECT query FROM search_history ORDER BY used_at DESC, query LIMIT ?1");
        st.bind(1, Kept);
        while (st.step())
            queries << st.text(0);
    } catch (const Storage::StorageError &) {
    }
    return queries;
}

Status SearchHistory::save(const QString &name, const QString &query)
{
    if (name.trimmed().isEmpty() || query.trimmed().isEmpty())
        return Error{QStringLiteral("A saved search needs a name and a query.")};
    try {
        Statement st(m_db, "INSERT INTO saved_searches(name, query) VALUES (?1, ?2) "
                           "ON CONFLICT(name) DO UPDATE SET query = excluded.query");
        st.bind(1, name.trimmed()).bind(2, query.simplified()).run();
        return {};
    } catch (const Storage::StorageError &error) {
        return Error{QStringLiteral("The search could not be saved: %1").arg(error.message())};
    }
}

Status SearchHistory::remove(const QString &name)
{
    try {
        Statement st(m_db, "DELETE FROM saved_searches WHERE name = ?1");
        st.bind(1, name).run();
        return {};
    } catch (const Storage::StorageError &error) {
        return Error{QStringLiteral("The saved search could not be removed: %1").arg(error.message())};
    }
}

QVector<QPair<QString, QString>> SearchHistory::saved() const
{
    QVector<QPair<QString, QString>> searches;
    try {
        Statement st(m_db, "SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE");
        while (st.step())
            searches.append({st.text(0), st.text(1)});
    } catch (const Storage::StorageError &) {
    }
    return searches;
}

} // namespace Starloop::Questions
