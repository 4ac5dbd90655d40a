// SyncSettings: the settings that follow the user from one computer to the next, as the sync's
// "settings" list: the loop dates and study goal, today's ticks of the study plan, the loop
// plan, the timer presets and the scheduler's parameters (desired retention, fitted weights).
// Each is one record, {"key":"study.goal","value":"{...}","updated_at":1796630400}; of two
// changes of one setting made on two devices without seeing each other the later wins, and no
// conflict copy is kept. What belongs to one computer stays out: the sync's own bookkeeping,
// the bank revision, the states computed for this scheduler, and the preferences kept outside
// the database (window, theme, language, the sync folder, where the database is).
//
//   for (const QJsonValue &setting : SyncSettings::exportAll(db).value())
//       ...;                                         // {"key": ..., "value": ..., "updated_at": ...}
//   SyncSettings::import(db, record, Portability::Merge::Rule::Replace);
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncSettings)

public:
    // The keys of the settings table that sync.
    static const QStringList &keys();

    static Status validate(const QJsonObject &record, const QString &path);
    // The synced settings this database holds, by key.
    static Result<QJsonArray> exportAll(Storage::Database &db);
    // Writes the setting as the record has it (Replace), or when it is newer (NewerWins). A key
    // this Starloop does not sync (a newer one's) changes nothing.
    static Result<Portability::Merge> import(
        Storage::Database &db, const QJsonObject &record, Portability::Merge::Rule rule);
};

} // namespace Starloop::Sync
