#include "presetstore.h"

#include "storage/database.h"
#include "storage/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Starloop::Practice {

using Storage::StorageError;

PresetStore::PresetStore(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<TimerPlan>> PresetStore::load() const
{
    QByteArray json;
    try {
        const std::optional<QString> stored = Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
        if (!stored)
            return QVector<TimerPlan>();
        json = stored->toUtf8();
    } catch (const StorageError &error) {
        return Error {QStringLiteral("Your timer presets could not be read: %1").arg(error.message()),
            error.sqliteCode()};
    }
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
            return Error {QStringLiteral("A timer preset needs a name.")};
        if (ids.contains(plan.id()))
            return Error {QStringLiteral("Two timer presets share the id \"%1\".").arg(plan.id())};
        ids.insert(plan.id());
        array.append(plan.toJsonObject());
    }
    try {
        Storage::writeSetting(m_db, QString::fromLatin1(SettingsKey),
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return {};
    } catch (const StorageError &error) {
        return Error {QStringLiteral("Your timer presets could not be saved: %1").arg(error.message()),
            error.sqliteCode()};
    }
}

} // namespace Starloop::Practice
