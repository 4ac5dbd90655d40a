#include "core/practice/schedulerstore.h"

#include "core/practice/reviewhistory.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Starloop::Practice {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QByteArray toJson(const SchedulerConfig &config)
{
    QJsonArray parameters;
    for (double w : config.parameters)
        parameters.append(w);
    QJsonObject object {{QStringLiteral("version"), SchedulerStore::FormatVersion},
        {QStringLiteral("parameters"), parameters}, {QStringLiteral("retention"), config.desiredRetention}};
    if (const auto &fit = config.lastFit) {
        object.insert(QStringLiteral("last_fit"),
            QJsonObject {{QStringLiteral("at"), double(fit->fittedAt)},
                {QStringLiteral("reviews"), fit->reviews}, {QStringLiteral("loss_before"), fit->lossBefore},
                {QStringLiteral("loss_after"), fit->lossAfter}, {QStringLiteral("adopted"), fit->adopted}});
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SchedulerConfig fromJson(const QString &json)
{
    SchedulerConfig config;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.value(QStringLiteral("version")).toInt() != SchedulerStore::FormatVersion)
        return config;
    const QJsonArray parameters = object.value(QStringLiteral("parameters")).toArray();
    if (parameters.size() == Fsrs::ParameterCount) {
        for (int i = 0; i < Fsrs::ParameterCount; ++i)
            config.parameters[i] = parameters.at(i).toDouble(config.parameters[i]);
        config.parameters = Fsrs::clamped(config.parameters);
    }
    config.desiredRetention
        = std::clamp(object.value(QStringLiteral("retention")).toDouble(Fsrs::DefaultRetention),
            Fsrs::MinimumRetention, Fsrs::MaximumRetention);
    const QJsonObject fit = object.value(QStringLiteral("last_fit")).toObject();
    if (!fit.isEmpty()) {
        config.lastFit = FitRecord {qint64(fit.value(QStringLiteral("at")).toDouble()),
            fit.value(QStringLiteral("reviews")).toInt(), fit.value(QStringLiteral("loss_before")).toDouble(),
            fit.value(QStringLiteral("loss_after")).toDouble(),
            fit.value(QStringLiteral("adopted")).toBool()};
    }
    return config;
}

void recomputeIfNeeded(Storage::Database &db, const SchedulerConfig &config)
{
    const QString current = SchedulerStore::fingerprint(config);
    if (Storage::readSetting(db, key(SchedulerStore::StatesKey)) == current)
        return;
    ReviewHistory::writeReplayedStates(db, config.fsrs());
    Storage::writeSetting(db, key(SchedulerStore::StatesKey), current);
}

} // namespace

SchedulerStore::SchedulerStore(Storage::Database &db)
    : m_db(db)
{ }

QString SchedulerStore::fingerprint(const SchedulerConfig &config)
{
    QStringList parts;
    for (double w : Fsrs::clamped(config.parameters))
        parts << QString::number(w, 'g', 10);
    return QStringLiteral("fsrs6 %1 r%2")
        .arg(parts.join(QLatin1Char(',')))
        .arg(QString::number(
            std::clamp(config.desiredRetention, Fsrs::MinimumRetention, Fsrs::MaximumRetention), 'g', 10));
}

SchedulerConfig SchedulerStore::read(Storage::Database &db)
{
    const auto json = Storage::readSetting(db, key(SettingsKey));
    return json ? fromJson(*json) : SchedulerConfig();
}

Result<SchedulerConfig> SchedulerStore::load() const
{
    return Storage::guarded(tr("The scheduler settings could not be read"),
        [&]() -> Result<SchedulerConfig> { return read(m_db); });
}

Status SchedulerStore::save(const SchedulerConfig &config)
{
    SchedulerConfig kept = config;
    kept.parameters = Fsrs::clamped(config.parameters);
    kept.desiredRetention
        = std::clamp(config.desiredRetention, Fsrs::MinimumRetention, Fsrs::MaximumRetention);
    return Storage::guarded(tr("The scheduler settings could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        Storage::writeSetting(m_db, key(SettingsKey), QString::fromUtf8(toJson(kept)));
        recomputeIfNeeded(m_db, kept);
        tx.commit();
        return {};
    });
}

Status SchedulerStore::recordFit(const FitReport &report, qint64 nowSecs)
{
    auto config = load();
    if (!config)
        return config.error();
    config->lastFit
        = FitRecord {nowSecs, report.reviews, report.lossBefore, report.lossAfter, report.improved};
    if (report.improved)
        config->parameters = report.parameters;
    return save(config.value());
}

Status SchedulerStore::ensureStatesCurrent()
{
    return Storage::guarded(tr("The review schedule could not be brought up to date"), [&]() -> Status {
        const SchedulerConfig config = read(m_db);
        if (Storage::readSetting(m_db, key(StatesKey)) == fingerprint(config))
            return {};
        Storage::Transaction tx(m_db);
        recomputeIfNeeded(m_db, config);
        tx.commit();
        return {};
    });
}

} // namespace Starloop::Practice
