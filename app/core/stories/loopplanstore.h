// LoopPlanStore: the user's loop plan, kept in the settings table as LoopPlanner JSON under the
// key "stories.loopPlan", and the stories the planner chooses from.
//
//   LoopPlanStore store(db);
//   auto stories = store.stories().value();                        // every story with its tags
//   store.save(LoopPlanner::plan(LoopPlanner::typicalRounds(), stories));
//   store.load().value()   -> the saved plan, or nullopt when none was saved
#pragma once

#include "core/stories/loopplanner.h"

#include <QCoreApplication>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Stories {

class LoopPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Stories::LoopPlanStore)

public:
    static constexpr char SettingsKey[] = "stories.loopPlan";

    explicit LoopPlanStore(Storage::Database &db);

    Result<std::optional<LoopPlan>> load() const;
    Status save(const LoopPlan &plan);
    // Every story (oldest first) with its title, uid, principles and primary principle.
    Result<QVector<Story>> stories() const;

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Stories
