#include "core/storage/settings.h"

#include "core/storage/statement.h"

#include <QDateTime>

namespace Starloop::Storage {

std::optional<QString> readSetting(Database &db, const QString &key)
{
    Statement st(db, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void writeSetting(Database &db, const QString &key, const QString &value)
{
    // A value written again unchanged keeps its time: it is not a change another device must hear of.
    Statement st(db,
        "INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT(key) DO UPDATE SET "
        "updated_at = CASE WHEN value = excluded.value THEN updated_at ELSE excluded.updated_at END, "
        "value = excluded.value");
    st.bind(1, key).bind(2, value).bind(3, QDateTime::currentSecsSinceEpoch()).run();
}

} // namespace Starloop::Storage
