#include "core/sync/syncengine.h"

#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/sync/changefile.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncmerge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Starloop::Sync {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

struct Incoming
{
    ChangeFile file;
    SyncFolder::Entry entry;
    QString checksum;
};

// Completes the file of the last round when it committed but was not renamed; removes any other
// .part; takes a new device id when the folder holds files of this id this database did not write.
QString settleOwnFiles(SyncLedger &ledger, const SyncFolder &folder, SyncReport &report)
{
    QString me = ledger.deviceId();
    const qint64 last = ledger.lastSequence();
    if (last > 0) {
        if (const Status published = folder.publish(me, last); !published)
            report.messages << published.errorMessage();
    }
    folder.discardParts(me, last);
    const qint64 highest = folder.highestSequence(me);
    bool foreign = highest > last;
    if (!foreign && last > 0) {
        const auto bytes = readAll(folder.filePath(me, last));
        foreign = bytes && sha256(*bytes) != ledger.lastChecksum();
    }
    if (foreign) {
        me = ledger.renewDeviceId();
        report.messages << SyncEngine::tr(
            "The sync folder holds changes of this device that this database does not have (it was "
            "restored from a backup or copied from another computer). It now syncs as a new device and "
            "reads those changes like another device's.");
    }
    return me;
}

QVector<Incoming> readIncoming(
    SyncLedger &ledger, const SyncFolder &folder, const QString &me, SyncReport &report)
{
    QVector<Incoming> incoming;
    QSet<QString> checksums;
    for (const SyncFolder::Entry &entry : folder.entries()) {
        if (entry.device == me && !entry.conflictCopy)
            continue; // its own; a sync tool's copy of one may hold another computer's changes
        if (!entry.conflictCopy && ledger.isApplied(entry.device, entry.sequence, entry.size))
            continue;
        const QString shown = QDir(folder.folder()).relativeFilePath(entry.path);
        const auto bytes = readAll(entry.path);
        if (!bytes) {
            report.messages << SyncEngine::tr("Skipped %1: it cannot be read.").arg(shown);
            continue;
        }
        const QString checksum = sha256(*bytes);
        if (checksums.contains(checksum) || ledger.isApplied(checksum))
            continue;
        Result<ChangeFile> file = ChangeFile::parse(*bytes);
        if (!file) {
            report.messages << SyncEngine::tr("Skipped %1: %2. It is read again next time.")
                                   .arg(shown, file.errorMessage());
            continue;
        }
        if (file->device != entry.device || (!entry.conflictCopy && file->sequence != entry.sequence)) {
            report.messages << SyncEngine::tr("Skipped %1: it does not belong where it lies.").arg(shown);
            continue;
        }
        checksums.insert(checksum);
        incoming << Incoming {std::move(file.value()), entry, checksum};
    }
    return incoming;
}

} // namespace

Result<SyncReport> SyncEngine::runRound(Storage::Database &db, const QString &folder, qint64 nowSecs)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error {
            tr("The sync folder %1 is missing; nothing was synced.").arg(QDir::toNativeSeparators(folder))};
    const SyncFolder files(folder);
    bool written = false;
    SyncReport outcome;
    const Status done = Storage::guarded(tr("The sync failed and was undone"), [&]() -> Status {
        Storage::Transaction tx(db);
        SyncLedger ledger(db);
        SyncReport report;
        const QString me = settleOwnFiles(ledger, files, report);
        report.device = me;
        report.deviceName = ledger.deviceName();
        SyncMerge merge(db, ledger, me, report.deviceName, report);
        const Result<QVector<Change>> outgoing = merge.collectLocalChanges();
        if (!outgoing)
            return outgoing.error();

        const QVector<Incoming> incoming = readIncoming(ledger, files, me, report);
        QVector<Change> changes;
        for (const PendingChange &pending : ledger.pending())
            changes << Change {pending.section, pending.key, pending.version, pending.origin, pending.record};
        for (const Incoming &in : incoming)
            changes << in.file.changes;
        if (const Status applied = merge.apply(changes); !applied)
            return applied;
        if (const Status finished = merge.finish(); !finished)
            return finished;
        for (const Incoming &in : incoming) {
            ledger.markApplied(in.checksum, in.entry.device, in.entry.sequence, in.entry.size);
            ledger.sawDevice(in.file.device, in.file.name, in.file.writtenAt, nowSecs);
            if (!report.peers.contains(in.file.name))
                report.peers << in.file.name;
        }
        report.filesRead = int(incoming.size());

        if (!outgoing->isEmpty()) {
            ChangeFile file;
            file.device = me;
            file.name = report.deviceName;
            file.sequence = qMax(ledger.lastSequence(), files.highestSequence(me)) + 1;
            file.writtenAt = nowSecs;
            file.changes = outgoing.value();
            if (const Status prepared = files.prepare(file); !prepared)
                return Error {
                    tr("%1 Your changes stay here and are sent next time.").arg(prepared.errorMessage())};
            ledger.setLastFile(file.sequence, sha256(file.toJson()));
            report.sequence = file.sequence;
            written = true;
        }
        ledger.setLastRoundAt(nowSecs);
        tx.commit();
        outcome = report;
        return {};
    });
    if (!done)
        return done.error();
    if (written) {
        if (const Status published = files.publish(outcome.device, outcome.sequence); !published)
            outcome.messages << published.errorMessage();
    }
    return outcome;
}

Result<SyncStatus> SyncEngine::status(Storage::Database &db)
{
    return Storage::guarded(tr("The sync status could not be read"), [&]() -> Result<SyncStatus> {
        SyncLedger ledger(db);
        SyncStatus status;
        status.deviceName = ledger.deviceName();
        status.lastRoundAt = ledger.lastRoundAt();
        status.devices = ledger.devices();
        const Result<int> conflicts = SyncConflicts(db).count();
        status.conflicts = conflicts ? conflicts.value() : 0;
        return status;
    });
}

Result<QString> SyncEngine::deviceName(Storage::Database &db)
{
    return Storage::guarded(tr("The sync settings could not be read"),
        [&]() -> Result<QString> { return SyncLedger(db).deviceName(); });
}

Status SyncEngine::setDeviceName(Storage::Database &db, const QString &name)
{
    return Storage::guarded(tr("The device name could not be saved"), [&]() -> Status {
        SyncLedger(db).setDeviceName(name);
        return {};
    });
}

} // namespace Starloop::Sync
