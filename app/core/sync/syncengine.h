// SyncEngine: one sync round between this database and a folder that a sync tool (Syncthing,
// Nextcloud, Dropbox, a network share, a USB stick) keeps the same on every computer.
//
// A round, in one transaction: this device's edits since the last round are numbered
// (SyncMerge) and written to its own next file (SyncFolder, "<sequence>.json.part"); every other
// device's files not yet applied are read, checked (ChangeFile: a file cut short, with a wrong
// checksum or an unknown record is skipped with a message and read again next round) and
// merged; then the transaction commits and the file is renamed into place. A round killed
// half-way leaves the database as it was and at most a .part file, which the next round either
// completes (the transaction had committed) or removes. A database restored from a backup or
// copied from another computer notices that the folder holds newer files of its device id than
// it wrote and carries on under a new id. A device remembers the folder it last wrote to; its
// first round in another folder (or where its own files stop short) writes a snapshot of its
// whole state there. A gap in another device's files is reported until the file arrives.
//
// After the round, a device whose own files pass a threshold (Compaction) replaces them by one
// snapshot file: the latest change of each record, each marked with the file it came from. It is
// written as .part, flushed and renamed before the files it replaces are removed, and a device
// never touches another's files. A reader applies only the changes of the files it had not read
// (a change is never applied twice; a device that read nothing gets everything) and from then on
// skips that device's files up to the snapshot's sequence.
//
//   const auto report = Sync::SyncEngine::runRound(store.db(), folder, now);
//   if (!report) statusBar->showMessage(report.errorMessage());   // the folder is missing, ...
//   else statusBar->showMessage(report->summary());
#pragma once

#include "core/result.h"
#include "core/sync/syncledger.h"
#include "core/sync/syncreport.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

struct SyncStatus
{
    QString deviceName;
    std::optional<qint64> lastRoundAt;
    QVector<PeerDevice> devices; // the other devices seen in the folder
    int conflicts = 0;
};

// When a device replaces its own change files by one snapshot: once it has more files than
// `files`, or they hold more than `bytes`.
struct Compaction
{
    int files = 200;
    qint64 bytes = 8 * 1024 * 1024;
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncEngine)

public:
    static Result<SyncReport> runRound(Storage::Database &db, const QString &folder, qint64 nowSecs,
        const Compaction &compaction = Compaction());
    static Result<SyncStatus> status(Storage::Database &db);
    // Whether the window may sync this file on its own: the user's answer, yes for a file that
    // synced before it was asked, nullopt for one that never synced and was never asked (a
    // restored backup, a test file) so that the window asks first.
    static Result<std::optional<bool>> consent(Storage::Database &db);
    static Status setConsent(Storage::Database &db, bool allowed);
    // The name other devices show for this one ("laptop"); the host name until set.
    static Result<QString> deviceName(Storage::Database &db);
    static Status setDeviceName(Storage::Database &db, const QString &name);
};

} // namespace Starloop::Sync
