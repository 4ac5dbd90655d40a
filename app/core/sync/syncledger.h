// SyncLedger: a device's sync bookkeeping in its own file (the sync_* tables of schema 8 and a
// few settings): its id and name, the counter of its edits, the sequence of the last file it
// wrote, the version and hash of every record as last synced, the files already applied, the
// devices seen, changes waiting for what they refer to, and the moment of the last round.
// Every function throws StorageError; SyncEngine calls them inside its guarded round, in one
// transaction.
//
//   SyncLedger ledger(db);
//   const QString me = ledger.deviceId();                  // made on first use: a random UUID
//   LedgerEntry entry = ledger.entries("stories").value(uid);
//   entry.version.bump(me, ledger.nextCounter());          // a local edit
//   ledger.put("stories", uid, entry);
#pragma once

#include "core/sync/versionvector.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

// A version of a record that did not see the one in place and lost to it (edited on two devices):
// kept until a later version has seen both, so that every device weighs the same versions.
struct Sibling
{
    VersionVector version;
    bool deleted = false;
    QString origin;
    QJsonObject record; // empty for a deletion
};

struct LedgerEntry
{
    VersionVector version; // every version of the record seen here, merged
    QString hash; // of the record's JSON as last synced; empty for a deletion
    bool deleted = false;
    QString origin; // the name of the device that made the version in place
    QJsonObject kept; // reviews and question state: the record, put back if what it hangs on comes back
    VersionVector current; // the version in place (empty: the same as `version`)
    QVector<Sibling> siblings; // the versions concurrent with it that lost
};

struct PendingChange
{
    QString section;
    QString key;
    VersionVector version;
    QString origin;
    QJsonObject record;
};

struct PeerDevice
{
    QString id;
    QString name;
    qint64 lastFileAt = 0; // when it wrote its newest file that was read here
    qint64 seenAt = 0; // when this device last read one of its files
};

class SyncLedger
{
public:
    explicit SyncLedger(Storage::Database &db);

    QString deviceId(); // made (a random UUID) on first use
    QString renewDeviceId(); // a fresh id, when this file turns out to be a copy of another device's
    QString deviceName(); // the label; the host name unless set
    void setDeviceName(const QString &name);
    qint64 nextCounter(); // the number of this device's next edit

    qint64 lastSequence();
    QString lastChecksum(); // of the last file written
    void setLastFile(qint64 sequence, const QString &checksum);
    // The folder this device last wrote a file to (empty until it wrote one); a round in another
    // folder writes the device's whole state there first.
    QString lastFolder();
    void setLastFolder(const QString &folder);
    // Whether the user let the window sync this file; nullopt until asked.
    std::optional<bool> consent();
    void setConsent(bool allowed);
    std::optional<qint64> lastRoundAt();
    void setLastRoundAt(qint64 at);

    QHash<QString, LedgerEntry> entries(const QString &section);
    void put(const QString &section, const QString &key, const LedgerEntry &entry);

    // Whether the file of `device` with this sequence and size, or with this checksum, was applied.
    bool isApplied(const QString &device, qint64 sequence, qint64 size);
    bool isApplied(const QString &checksum);
    void markApplied(const QString &checksum, const QString &device, qint64 sequence, qint64 size);
    // The sequences of `device`'s files applied here one by one.
    QSet<qint64> appliedSequences(const QString &device);
    // Every change of `device` up to this sequence was applied (from a snapshot): its files up to
    // there have nothing more to give. 0 when none was read.
    qint64 coveredSequence(const QString &device);
    void setCoveredSequence(const QString &device, qint64 sequence);

    void sawDevice(const QString &id, const QString &name, qint64 fileAt, qint64 now);
    QVector<PeerDevice> devices(); // the most recently seen first

    QVector<PendingChange> pending();
    void putPending(const PendingChange &change);
    void dropPending(const QString &section, const QString &key);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Sync
