// PresetStore: the timer plans the user saved, kept in the settings table as one JSON array
// under the key "practice.presets" (each element in TimerPlan's JSON form).
//
//   PresetStore store(db);
//   store.save({TimerPlan("mine-1", "Two-story drill", {{"Story 1", 240}, {"Story 2", 240}})});
//   store.load().value()   -> the same list back; entries that no longer parse are skipped
#pragma once

#include "core/practice/timerplan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::PresetStore)

public:
    static constexpr char SettingsKey[] = "practice.presets";

    explicit PresetStore(Storage::Database &db);

    Result<QVector<TimerPlan>> load() const;
    // Replaces the whole list. Plans need an id and a name and no two may share an id.
    Status save(const QVector<TimerPlan> &plans);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
