// SyncMerge: the merge of one sync round, inside SyncEngine's transaction. It reads every list
// as it is now, finds this device's edits and deletions since the last round (a hash that
// differs from the ledger's; a record gone) and numbers them, then applies the changes other
// devices wrote:
//  - a version that has seen ours (VersionVector After) replaces it, whatever the clocks say;
//  - one ours has seen (Before, Equal) is stale and ignored: a change is never applied twice;
//  - concurrent versions (edited on both sides): the newer updated_at wins, the SHA-1 of the
//    record breaks a tie; the losers stay in the ledger until a later version has seen them, so
//    every device chooses among the same versions whatever order they arrive in; when their
//    text differs the loser is kept as a conflict copy (SyncConflicts); an edit beats a
//    deletion; a dismissed conflict copy stays dismissed;
//  - a change whose record refers to something not here yet (a review of a story still on its
//    way) waits in the ledger and is tried again next round; a record deleted here that comes
//    back gets back what went with it (its reviews), as last synced.
//
//   SyncMerge merge(db, ledger, deviceId, deviceName, report);
//   const QVector<Change> outgoing = merge.collectLocalChanges();
//   merge.apply(incoming);   // throws StorageError, or returns the area's error
//   merge.finish();
#pragma once

#include "core/result.h"
#include "core/sync/changefile.h"
#include "core/sync/syncledger.h"
#include "core/sync/syncreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

struct SyncSection;

class SyncMerge
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncMerge)

public:
    SyncMerge(
        Storage::Database &db, SyncLedger &ledger, QString deviceId, QString deviceName, SyncReport &report);

    // Reads every list and the ledger; this device's changes since the last round, numbered.
    Result<QVector<Change>> collectLocalChanges();
    // Applies the changes, list by list in merge order.
    Status apply(const QVector<Change> &changes);
    // Records the hash of every record the merge wrote, as it reads back.
    Status finish();

    // After finish(): every record as it stands here and every deletion, each with its version,
    // marked as written in file `sequence`: the device's whole state, for a snapshot.
    Result<QVector<Change>> wholeState(qint64 sequence);

    static QString hashOf(const QJsonObject &record);

private:
    struct SectionState
    {
        QHash<QString, LedgerEntry> ledger;
        QHash<QString, QJsonObject> current;
        QSet<QString> touched;
    };

    // One version of a record, weighed against the others.
    struct Candidate
    {
        enum From { InPlace, Aside, Incoming };
        VersionVector version;
        bool deleted = false;
        QString origin;
        QJsonObject record;
        From from = Incoming;
    };

    Status applyOne(const SyncSection &section, const Change &change);
    static int winner(const SyncSection &section, const QVector<Candidate> &open);
    Result<bool> install(const SyncSection &section, const QString &key, const Candidate &win);
    Status keepConflict(
        const SyncSection &section, const QString &key, const QJsonObject &loser, const QString &by);
    Status restoreDependents(const QString &key);
    bool parentDeleted(const QJsonObject &record);
    void record(const SyncSection &section, const QString &key, const LedgerEntry &entry);
    Result<QHash<QString, QJsonObject>> read(const SyncSection &section);

    Storage::Database &m_db;
    SyncLedger &m_ledger;
    QString m_deviceId;
    QString m_deviceName;
    SyncReport &m_report;
    QHash<QString, SectionState> m_sections;
};

} // namespace Starloop::Sync
