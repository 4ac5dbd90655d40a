#include "core/stories/loopplanstore.h"

#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QHash>

namespace Starloop::Stories {

using Storage::Statement;

LoopPlanStore::LoopPlanStore(Storage::Database &db)
    : m_db(db)
{ }

Result<std::optional<LoopPlan>> LoopPlanStore::load() const
{
    const auto stored
        = Storage::guarded(tr("The loop plan could not be read"), [&]() -> Result<std::optional<QString>> {
              return Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
          });
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<LoopPlan>();
    const Result<LoopPlan> plan = LoopPlanner::fromJson(stored.value()->toUtf8());
    if (!plan)
        return plan.error();
    return std::optional<LoopPlan>(plan.value());
}

Status LoopPlanStore::save(const LoopPlan &plan)
{
    if (plan.rounds.size() > LoopPlanner::MaxRounds)
        return Error {tr("A loop plan has at most %1 rounds.").arg(LoopPlanner::MaxRounds)};
    return Storage::guarded(tr("The loop plan could not be saved"), [&]() -> Status {
        Storage::writeSetting(
            m_db, QString::fromLatin1(SettingsKey), QString::fromUtf8(LoopPlanner::toJson(plan)));
        return {};
    });
}

Result<QVector<Story>> LoopPlanStore::stories() const
{
    return Storage::guarded(tr("The stories could not be read"), [&]() -> Result<QVector<Story>> {
        QVector<Story> stories;
        QHash<qint64, int> rowOf;
        Statement st(m_db,
            "SELECT id, uid, title, COALESCE(primary_principle, '') FROM stories ORDER BY created_at, id");
        while (st.step()) {
            Story story;
            story.id = st.int64(0);
            story.uid = st.text(1);
            story.title = st.text(2);
            story.primaryPrinciple = st.text(3);
            rowOf.insert(story.id, static_cast<int>(stories.size()));
            stories << story;
        }
        Statement tags(m_db,
            "SELECT sp.story_id, sp.principle_id FROM story_principles sp "
            "JOIN principles p ON p.id = sp.principle_id ORDER BY sp.story_id, p.position");
        while (tags.step()) {
            const auto row = rowOf.constFind(tags.int64(0));
            if (row != rowOf.cend())
                stories[*row].principles << tags.text(1);
        }
        return stories;
    });
}

} // namespace Starloop::Stories
