// VersionVector: which edits of each device a version of a record has seen, as a counter per
// device id. It orders versions by causality rather than by wall clocks: a version made after
// another was received is After it, whatever the two machines' clocks say; two versions made
// without seeing each other are Concurrent (a conflict, settled by SyncMerge).
//
//   VersionVector mine = ledger.version;          // {"a1...": 3, "b7...": 5}
//   mine.bump(deviceId, ++counter);                // a local edit
//   switch (theirs.compare(mine)) {                // the incoming version against ours
//   case VersionVector::Order::After: ...          // theirs saw ours: it replaces it
//   case VersionVector::Order::Concurrent: ...     // edited on both sides
//   }
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Starloop::Sync {

class VersionVector
{
public:
    enum class Order { Equal, Before, After, Concurrent };

    qint64 counter(const QString &device) const { return m_counters.value(device); }
    // Sets the device's counter (an edit made by `device`, numbered `counter`).
    void bump(const QString &device, qint64 counter) { m_counters.insert(device, counter); }
    bool isEmpty() const { return m_counters.isEmpty(); }

    // This version relative to `other`: After when it has seen everything `other` has and more.
    Order compare(const VersionVector &other) const;
    // Every device's highest counter of the two: the version that has seen both.
    VersionVector merged(const VersionVector &other) const;

    QJsonObject toJson() const;
    QString toText() const; // compact JSON, for the ledger
    // nullopt unless an object of whole numbers >= 1 keyed by non-empty device ids.
    static std::optional<VersionVector> fromJson(const QJsonValue &value);
    static VersionVector fromText(const QString &text);

    bool operator==(const VersionVector &other) const { return m_counters == other.m_counters; }

private:
    QMap<QString, qint64> m_counters;
};

} // namespace Starloop::Sync
