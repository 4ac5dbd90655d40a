#include "core/storage/settings.h"

#include "core/storage/statement.h"

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
    Statement st(db,
        "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = "
        "excluded.value");
    st.bind(1, key).bind(2, value).run();
}

} // namespace Starloop::Storage
