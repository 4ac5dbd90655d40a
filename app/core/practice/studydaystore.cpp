#include "core/practice/studydaystore.h"

#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Starloop::Practice {

bool StudyDay::isDone(const QString &key) const
{
    return std::any_of(done.begin(), done.end(), [&](const DoneTask &task) { return task.key == key; });
}

int StudyDay::doneMinutes() const
{
    int minutes = 0;
    for (const DoneTask &task : done)
        minutes += task.minutes;
    return minutes;
}

StudyDayStore::StudyDayStore(Storage::Database &db)
    : m_db(db)
{ }

QString StudyDayStore::taskKey(const PlanTask &task, const QVector<StudyItem> &items)
{
    if (task.kind == PlanTask::Kind::MockRound || task.item < 0 || task.item >= items.size())
        return QStringLiteral("mock:") + task.title;
    const StudyItem &item = items.at(task.item);
    const QString kind
        = task.kind == PlanTask::Kind::Learn ? QStringLiteral("learn") : QStringLiteral("review");
    if (item.kind == StudyItemKind::Story)
        return QStringLiteral("%1:s:%2").arg(kind).arg(item.id);
    return QStringLiteral("%1:q:%2").arg(kind, item.uid.isEmpty() ? QString::number(item.id) : item.uid);
}

StudyDay StudyDayStore::startDay(const StudyDay &stored, const QDate &today, const QStringList &plannedToday)
{
    if (stored.date == today)
        return stored;
    StudyDay day;
    day.date = today;
    day.planned = plannedToday;
    if (stored.date.isValid() && stored.date < today) {
        int undone = 0;
        for (const QString &key : stored.planned)
            undone += stored.isDone(key) ? 0 : 1;
        if (undone > 0) {
            day.missedDate = stored.date;
            day.missed = undone;
        }
    }
    return day;
}

Result<StudyDay> StudyDayStore::load() const
{
    return Storage::guarded(tr("Today's ticks could not be read"), [&]() -> Result<StudyDay> {
        StudyDay day;
        const auto json = Storage::readSetting(m_db, QString::fromLatin1(SettingsKey));
        if (!json)
            return day;
        const QJsonObject object = QJsonDocument::fromJson(json->toUtf8()).object();
        if (object.value(QStringLiteral("version")).toInt() != FormatVersion)
            return day;
        day.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        for (const QJsonValue &value : object.value(QStringLiteral("planned")).toArray())
            day.planned.append(value.toString());
        for (const QJsonValue &value : object.value(QStringLiteral("done")).toArray()) {
            const QJsonObject task = value.toObject();
            day.done.append(DoneTask {task.value(QStringLiteral("key")).toString(),
                task.value(QStringLiteral("title")).toString(),
                std::max(0, task.value(QStringLiteral("minutes")).toInt())});
        }
        day.missedDate
            = QDate::fromString(object.value(QStringLiteral("missed_date")).toString(), Qt::ISODate);
        day.missed = std::max(0, object.value(QStringLiteral("missed")).toInt());
        return day;
    });
}

Status StudyDayStore::save(const StudyDay &day)
{
    QJsonArray done;
    for (const DoneTask &task : day.done) {
        done.append(QJsonObject {{QStringLiteral("key"), task.key}, {QStringLiteral("title"), task.title},
            {QStringLiteral("minutes"), task.minutes}});
    }
    QJsonObject object {{QStringLiteral("version"), FormatVersion},
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
        {QStringLiteral("planned"), QJsonArray::fromStringList(day.planned)}, {QStringLiteral("done"), done}};
    if (day.missedDate.isValid()) {
        object.insert(QStringLiteral("missed_date"), day.missedDate.toString(Qt::ISODate));
        object.insert(QStringLiteral("missed"), day.missed);
    }
    return Storage::guarded(tr("Today's ticks could not be saved"), [&]() -> Status {
        Storage::writeSetting(m_db, QString::fromLatin1(SettingsKey),
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return {};
    });
}

} // namespace Starloop::Practice
