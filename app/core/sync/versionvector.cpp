#include "core/sync/versionvector.h"

#include <QJsonDocument>
#include <QSet>

namespace Starloop::Sync {

VersionVector::Order VersionVector::compare(const VersionVector &other) const
{
    bool ahead = false;
    bool behind = false;
    QSet<QString> devices;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        devices.insert(it.key());
    for (auto it = other.m_counters.cbegin(); it != other.m_counters.cend(); ++it)
        devices.insert(it.key());
    for (const QString &device : devices) {
        const qint64 mine = counter(device);
        const qint64 theirs = other.counter(device);
        ahead = ahead || mine > theirs;
        behind = behind || mine < theirs;
    }
    if (ahead && behind)
        return Order::Concurrent;
    if (ahead)
        return Order::After;
    return behind ? Order::Before : Order::Equal;
}

VersionVector VersionVector::merged(const VersionVector &other) const
{
    VersionVector result = *this;
    for (auto it = other.m_counters.cbegin(); it != other.m_counters.cend(); ++it)
        result.m_counters.insert(it.key(), qMax(it.value(), counter(it.key())));
    return result;
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject json;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        json.insert(it.key(), double(it.value()));
    return json;
}

QString VersionVector::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<VersionVector> VersionVector::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    VersionVector version;
    const QJsonObject json = value.toObject();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const double counter = it.value().toDouble(-1);
        if (it.key().isEmpty() || !it.value().isDouble() || counter < 1 || counter != qint64(counter))
            return std::nullopt;
        version.m_counters.insert(it.key(), qint64(counter));
    }
    return version;
}

VersionVector VersionVector::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object()).value_or(VersionVector());
}

} // namespace Starloop::Sync
