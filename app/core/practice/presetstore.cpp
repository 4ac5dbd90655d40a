#include "core/practice/presetstore.h"

#include "core/storage/database.h"
#include "core/storage/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Starloop::Practice {

PresetStore::PresetStore(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<TimerPlan>> PresetStore::load() const
{
    const auto stored = Storage::guarded(
        tr("Your timer presets could not be read"), [&]() -> Result<std::optional<QString>> {
            return Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
        });
    if (!stored)
        return stored.error();
    if (!stored.value())
        return QVector<TimerPlan>();
    const QByteArray json = stored.value()->toUtf8();
    QVector<TimerPlan> plans;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const Result<TimerPlan> plan = TimerPlan::fromJsonObject(value.toObject());
        if (plan && !plan->id().isEmpty())
            plans << plan.value();
    }
    return plans;
}

Status PresetStore::save(const QVector<TimerPlan> &plans)
{
    QJsonArray array;
    QSet<QString> ids;
    for (const TimerPlan &plan : plans) {
        if (plan.id().isEmpty() || plan.name().trimmed().isEmpty())
            return Error {tr("A timer preset needs a name.")};
        if (ids.contains(plan.id()))
            return Error {tr("Two timer presets share the id \"%1\".").arg(plan.id())};
        ids.insert(plan.id());
        array.append(plan.toJsonObject());
    }
    return Storage::guarded(tr("Your timer presets could not be saved"), [&]() -> Status {
        Storage::writeSetting(m_db, QString::fromLatin1(SettingsKey),
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return {};
    });
}

} // namespace Starloop::Practice
