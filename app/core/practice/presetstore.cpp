#include "presetstore.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Starloop::Practice {

using Storage::Statement;
using Storage::StorageError;

PresetStore::PresetStore(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<TimerPlan>> PresetStore::load() const
{
    QByteArray json;
    try {
        Statement st(m_db, "SELECT value FROM settings WHERE key = ?1");
        st.bind(1, QString::fromLatin1(SettingsKey));
        if (!st.step())
            return QVector<TimerPlan>();
        json = st.text(0).toUtf8();
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
        Statement st(m_db,
            "INSERT INTO settings(key, value) VALUES (?1, ?2) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        st.bind(1, QString::fromLatin1(SettingsKey));
        st.bind(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        st.run();
        return {};
    } catch (const StorageError &error) {
        return Error {QStringLiteral("Your timer presets could not be saved: %1").arg(error.message()),
            error.sqliteCode()};
    }
}

} // namespace Starloop::Practice
