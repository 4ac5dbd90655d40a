#include "core/practice/studygoalstore.h"

#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Starloop::Practice {

StudyGoalStore::StudyGoalStore(Storage::Database &db)
    : m_db(db)
{ }

QString StudyGoalStore::kindName(LoopKind kind)
{
    return kind == LoopKind::PhoneScreen ? QStringLiteral("phone-screen") : QStringLiteral("onsite");
}

std::optional<LoopKind> StudyGoalStore::kindFromName(const QString &name)
{
    if (name == QLatin1String("phone-screen") || name == QLatin1String("phone"))
        return LoopKind::PhoneScreen;
    if (name == QLatin1String("onsite"))
        return LoopKind::Onsite;
    return std::nullopt;
}

Result<StudyGoal> StudyGoalStore::load() const
{
    return Storage::guarded(tr("The loop dates could not be read"), [&]() -> Result<StudyGoal> {
        StudyGoal goal;
        const auto json = Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
        if (!json)
            return goal;
        const QJsonObject object = QJsonDocument::fromJson(json->toUtf8()).object();
        if (object.value(QStringLiteral("version")).toInt() != FormatVersion)
            return goal;
        for (const QJsonValue &value : object.value(QStringLiteral("loops")).toArray()) {
            const QJsonObject loop = value.toObject();
            const QDate date = QDate::fromString(loop.value(QStringLiteral("date")).toString(), Qt::ISODate);
            const auto kind = kindFromName(loop.value(QStringLiteral("kind")).toString());
            if (date.isValid() && kind)
                goal.loops.append(LoopDate {date, *kind});
        }
        goal.minutesPerWeek = std::max(0, object.value(QStringLiteral("minutes_per_week")).toInt());
        return goal;
    });
}

Status StudyGoalStore::save(const StudyGoal &goal)
{
    QJsonArray loops;
    for (const LoopDate &loop : goal.loops) {
        loops.append(QJsonObject {{QStringLiteral("date"), loop.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), kindName(loop.kind)}});
    }
    const QJsonObject object {{QStringLiteral("version"), FormatVersion}, {QStringLiteral("loops"), loops},
        {QStringLiteral("minutes_per_week"), std::max(0, goal.minutesPerWeek)}};
    return Storage::guarded(tr("The loop dates could not be saved"), [&]() -> Status {
        Storage::writeSetting(m_db, QString::fromLatin1(SettingsKey),
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return {};
    });
}

} // namespace Starloop::Practice
