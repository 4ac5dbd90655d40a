#include "loopplanstore.h"

#include "storage/database.h"
#include "storage/settings.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QHash>

namespace Starloop::Stories {

using Storage::Statement;
using Storage::StorageError;

LoopPlanStore::LoopPlanStore(Storage::Database &db)
    : m_db(db)
{
}

Result<std::optional<LoopPlan>> LoopPlanStore::load() const
{
    QByteArray json;
    try {
        const std::optional<QString> stored = Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
        if (!stored)
            return std::optional<LoopPlan>();
        json = stored->toUtf8();
    } catch (const StorageError &error) {
        return Error{QStringLiteral("The loop plan could not be read: %1").arg(error.message()), error.sqliteCode()};
    }
    const Result<LoopPlan> plan = LoopPlanner::fromJson(json);
    if (!plan)
        return plan.error();
    return std::optional<LoopPlan>(plan.value());
}

Status LoopPlanStore::save(const LoopPlan &plan)
{
    if (plan.rounds.size() > LoopPlanner::MaxRounds)
        return Error{QStringLiteral("A loop plan has at most %1 rounds.").arg(LoopPlanner::MaxRounds)};
    try {
        Storage::writeSetting(m_db, QString::fromLatin1(SettingsKey), QString::fromUtf8(LoopPlanner::toJson(plan)));
        return {};
    } catch (const StorageError &error) {
        return Error{QStringLiteral("The loop plan could not be saved: %1").arg(error.message()), error.sqliteCode()};
    }
}

Result<QVector<Story>> LoopPlanStore::stories() const
{
    try {
        QVector<Story> stories;
        QHash<qint64, int> rowOf;
        Statement st(m_db, "SELECT id, uid, title, COALESCE(primary_principle, '') FROM stories ORDER BY created_at, id");
        while (st.step()) {
            Story story;
            story.id = st.int64(0);
            story.uid = st.text(1);
            story.title = st.text(2);
            story.primaryPrinciple = st.text(3);
            rowOf.insert(story.id, static_cast<int>(stories.size()));
            stories << story;
        }
        Statement tags(m_db, "SELECT sp.story_id, sp.principle_id FROM story_principles sp "
                             "JOIN principles p ON p.id = sp.principle_id ORDER BY sp.story_id, p.position");
        while (tags.step()) {
            const auto row = rowOf.constFind(tags.int64(0));
            if (row != rowOf.cend())
                stories[*row].principles << tags.text(1);
        }
        return stories;
    } catch (const StorageError &error) {
        return Error{QStringLiteral("The stories could not be read: %1").arg(error.message()), error.sqliteCode()};
    }
}

} // namespace Starloop::Stories
