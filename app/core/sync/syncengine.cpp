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

#include <algorithm>

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
        for (const bool snapshot : {false, true}) {
            if (const Status published = folder.publish(me, last, snapshot); !published)
                report.messages << published.errorMessage();
        }
    }
    folder.discardParts(me, last);
    const qint64 highest = folder.highestSequence(me);
    bool foreign = highest > last;
    if (!foreign && last > 0) {
        const auto bytes = readAll(folder.filePath(me, last)); // a snapshot may replace it
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
        if (!entry.conflictCopy
            && (ledger.isApplied(entry.device, entry.sequence, entry.size)
                || entry.sequence <= ledger.coveredSequence(entry.device)))
            continue; // read, or in a snapshot read
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
        if (file->snapshot) { // only the changes of the files not read here
            const QSet<qint64> applied = ledger.appliedSequences(file->device);
            const qint64 covered = ledger.coveredSequence(file->device);
            QVector<Change> unread;
            for (const Change &change : std::as_const(file->changes)) {
                if (change.sequence > covered && !applied.contains(change.sequence))
                    unread << change;
            }
            file->changes = unread;
        }
        incoming << Incoming {std::move(file.value()), entry, checksum};
    }
    // A device's files that a snapshot read in the same round covers give nothing more.
    QHash<QString, qint64> snapshots;
    for (const Incoming &in : std::as_const(incoming)) {
        if (in.file.snapshot)
            snapshots[in.file.device] = qMax(snapshots.value(in.file.device), in.file.sequence);
    }
    QVector<Incoming> kept;
    for (const Incoming &in : std::as_const(incoming)) {
        const qint64 snapshot = snapshots.value(in.file.device);
        if (in.file.snapshot ? in.file.sequence == snapshot : in.file.sequence > snapshot)
            kept << in;
    }
    return kept;
}

// Says which file of another device is missing from the folder: neither read here, nor there,
// nor in a snapshot there. Its later files are read (each file is marked read on its own), and
// the missing one is read when it arrives.
void reportGaps(SyncLedger &ledger, const SyncFolder &folder, const QString &me, SyncReport &report)
{
    QHash<QString, qint64> reach; // device -> every sequence up to here is accounted for
    QHash<QString, QVector<qint64>> plain;
    for (const SyncFolder::Entry &entry : folder.entries()) {
        if (entry.device == me || entry.conflictCopy)
            continue;
        if (!reach.contains(entry.device))
            reach.insert(entry.device, ledger.coveredSequence(entry.device));
        if (entry.snapshot)
            reach[entry.device] = qMax(reach.value(entry.device), entry.sequence);
        else
            plain[entry.device] << entry.sequence;
    }
    QHash<QString, QString> names;
    for (const PeerDevice &peer : ledger.devices())
        names.insert(peer.id, peer.name);
    QStringList devices = plain.keys();
    devices.sort();
    for (const QString &device : std::as_const(devices)) {
        QVector<qint64> sequences = plain.value(device);
        std::sort(sequences.begin(), sequences.end());
        const QSet<qint64> applied = ledger.appliedSequences(device);
        qint64 upTo = reach.value(device);
        for (const qint64 sequence : std::as_const(sequences)) {
            while (upTo + 1 < sequence && applied.contains(upTo + 1))
                ++upTo;
            if (upTo + 1 < sequence) {
                report.messages << SyncEngine::tr("File %1 of %2 is missing; waiting for it.")
                                       .arg(upTo + 1)
                                       .arg(names.value(device, device));
                break;
            }
            upTo = qMax(upTo, sequence);
        }
    }
}

// Replaces this device's own files by one snapshot once they pass the limits: the latest change
// of each record, written as .part, flushed and renamed; only then are the files it replaces
// removed. Nothing changes when one of them cannot be read (it is tried again next round).
int compact(
    const SyncFolder &folder, const QString &me, const QString &name, qint64 now, const Compaction &limits)
{
    QVector<SyncFolder::Entry> own;
    qint64 bytes = 0;
    for (const SyncFolder::Entry &entry : folder.entries()) {
        if (entry.device == me && !entry.conflictCopy) {
            own << entry;
            bytes += entry.size;
        }
    }
    if (own.size() < 2 || (own.size() <= limits.files && bytes <= limits.bytes))
        return 0;
    std::sort(own.begin(), own.end(), [](const SyncFolder::Entry &a, const SyncFolder::Entry &b) {
        return a.sequence != b.sequence ? a.sequence < b.sequence : a.snapshot > b.snapshot;
    });
    ChangeFile snapshot;
    snapshot.device = me;
    snapshot.name = name;
    snapshot.writtenAt = now;
    snapshot.snapshot = true;
    QHash<QString, int> latest; // section/key -> its place in `changes`
    QVector<std::optional<Change>> changes;
    for (const SyncFolder::Entry &entry : std::as_const(own)) {
        const auto bytesRead = readAll(entry.path);
        Result<ChangeFile> file
            = bytesRead ? ChangeFile::parse(*bytesRead) : Result<ChangeFile>(Error {QString()});
        if (!file || file->device != me)
            return 0;
        for (Change change : std::as_const(file->changes)) {
            if (!file->snapshot)
                change.sequence = file->sequence;
            const QString key = change.section + QLatin1Char('/') + change.key;
            if (const auto at = latest.constFind(key); at != latest.cend())
                changes[*at].reset();
            latest.insert(key, int(changes.size()));
            changes << change;
        }
        snapshot.sequence = qMax(snapshot.sequence, file->sequence);
    }
    for (const std::optional<Change> &change : std::as_const(changes)) {
        if (change)
            snapshot.changes << *change;
    }
    if (!folder.prepare(snapshot) || !folder.publish(me, snapshot.sequence, true))
        return 0;
    const QString written = folder.filePath(me, snapshot.sequence, true);
    for (const SyncFolder::Entry &entry : std::as_const(own)) {
        if (entry.path != written)
            QFile::remove(entry.path);
    }
    return int(own.size());
}

} // namespace

Result<SyncReport> SyncEngine::runRound(
    Storage::Database &db, const QString &folder, qint64 nowSecs, const Compaction &compaction)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error {
            tr("The sync folder %1 is missing; nothing was synced.").arg(QDir::toNativeSeparators(folder))};
    const SyncFolder files(folder);
    const QString here = QFileInfo(folder).canonicalFilePath();
    bool written = false;
    bool wroteSnapshot = false;
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
            if (in.file.snapshot)
                ledger.setCoveredSequence(in.file.device, in.file.sequence);
            ledger.sawDevice(in.file.device, in.file.name, in.file.writtenAt, nowSecs);
            if (!report.peers.contains(in.file.name))
                report.peers << in.file.name;
        }
        report.filesRead = int(incoming.size());
        reportGaps(ledger, files, me, report);

        // A device that wrote elsewhere last (or whose own files here stop short) writes its whole
        // state, so that every folder it syncs with holds all of it.
        const qint64 last = ledger.lastSequence();
        const bool whole = last > 0 && (ledger.lastFolder() != here || files.highestSequence(me) < last);
        if (!outgoing->isEmpty() || whole) {
            ChangeFile file;
            file.device = me;
            file.name = report.deviceName;
            file.sequence = qMax(last, files.highestSequence(me)) + 1;
            file.writtenAt = nowSecs;
            file.snapshot = whole;
            if (whole) {
                Result<QVector<Change>> state = merge.wholeState(file.sequence);
                if (!state)
                    return state.error();
                file.changes = std::move(state.value());
                report.messages << tr("This folder did not hold all of this device's changes: file %1 holds "
                                      "all of its data (%n record(s)).",
                    nullptr, int(file.changes.size()))
                                       .arg(file.sequence);
            } else {
                file.changes = outgoing.value();
            }
            if (const Status prepared = files.prepare(file); !prepared)
                return Error {
                    tr("%1 Your changes stay here and are sent next time.").arg(prepared.errorMessage())};
            ledger.setLastFile(file.sequence, sha256(file.toJson()));
            ledger.setLastFolder(here);
            report.sequence = file.sequence;
            written = true;
            wroteSnapshot = whole;
        } else {
            report.unwritable = !files.canWrite(me); // nothing to send now, nor later
        }
        ledger.setLastRoundAt(nowSecs);
        tx.commit();
        outcome = report;
        return {};
    });
    if (!done)
        return done.error();
    if (written) {
        if (const Status published = files.publish(outcome.device, outcome.sequence, wroteSnapshot);
            !published)
            outcome.messages << published.errorMessage();
    }
    outcome.compacted = compact(files, outcome.device, outcome.deviceName, nowSecs, compaction);
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

Result<std::optional<bool>> SyncEngine::consent(Storage::Database &db)
{
    return Storage::guarded(tr("The sync settings could not be read"), [&]() -> Result<std::optional<bool>> {
        SyncLedger ledger(db);
        if (const std::optional<bool> answer = ledger.consent())
            return answer;
        return ledger.lastRoundAt() ? std::optional<bool>(true) : std::nullopt;
    });
}

Status SyncEngine::setConsent(Storage::Database &db, bool allowed)
{
    return Storage::guarded(tr("The sync settings could not be saved"), [&]() -> Status {
        SyncLedger(db).setConsent(allowed);
        return {};
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
