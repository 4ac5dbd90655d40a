#include "core/sync/syncsettings.h"

#include "core/practice/presetstore.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studydaystore.h"
#include "core/practice/studygoalstore.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/stories/loopplanstore.h"

namespace Starloop::Sync {

using Portability::Kind;
using Portability::Merge;

const QStringList &SyncSettings::keys()
{
    static const QStringList list {QLatin1String(Practice::StudyGoalStore::SettingsKey),
        QLatin1String(Practice::StudyDayStore::SettingsKey),
        QLatin1String(Stories::LoopPlanStore::SettingsKey), QLatin1String(Practice::PresetStore::SettingsKey),
        QLatin1String(Practice::SchedulerStore::SettingsKey)};
    return list;
}

Status SyncSettings::validate(const QJsonObject &record, const QString &path)
{
    return Portability::RecordCheck(record, path)
        .fields({{"key", Kind::Text}, {"value", Kind::Text}, {"updated_at", Kind::Integer}})
        .notBlank("key")
        .status();
}

Result<QJsonArray> SyncSettings::exportAll(Storage::Database &db)
{
    return Storage::guarded(tr("The settings could not be read"), [&]() -> Result<QJsonArray> {
        Storage::Statement st(db, "SELECT key, value, updated_at FROM settings ORDER BY key");
        QJsonArray list;
        while (st.step()) {
            if (!keys().contains(st.text(0)))
                continue;
            list.append(QJsonObject {{QStringLiteral("key"), st.text(0)},
                {QStringLiteral("value"), st.text(1)}, {QStringLiteral("updated_at"), double(st.int64(2))}});
        }
        return list;
    });
}

Result<Merge> SyncSettings::import(Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    const Portability::JsonRecord r(record);
    const QString key = r.text("key");
    if (!keys().contains(key))
        return Merge {};
    return Storage::guarded(tr("The setting %1 could not be saved").arg(key), [&]() -> Result<Merge> {
        Storage::Statement st(db, "SELECT value, updated_at FROM settings WHERE key = ?1");
        st.bind(1, key);
        const bool existed = st.step();
        const QString value = existed ? st.text(0) : QString();
        const qint64 updatedAt = existed ? st.int64(1) : 0;
        if (existed && value == r.text("value") && updatedAt == r.integer("updated_at"))
            return Merge {};
        if (existed && rule == Merge::Rule::NewerWins && updatedAt >= r.integer("updated_at"))
            return Merge {};
        Storage::Statement write(db,
            "INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value, updated_at = excluded.updated_at");
        write.bind(1, key).bind(2, r.text("value")).bind(3, r.integer("updated_at")).run();
        return Merge::written(existed);
    });
}

} // namespace Starloop::Sync
