// ChangeFile: one round's changes of one device, as the sync folder holds them, and SyncFolder:
// where they live. Each device writes only into its own folder,
// <folder>/starloop-sync/<device id>/<sequence>.json, to "<name>.part" first, renamed once
// complete; every other device only reads it.
//
// A device whose files pass a threshold replaces them by one snapshot, <sequence>.snapshot.json:
// the latest change of each record in them, each marked with the file it came from, so that a
// device that had read some of those files applies only the rest (SyncEngine).
//
// The file is JSON in two lines: a header (format, version, device id and name, sequence, when
// it was written, how many changes and the SHA-256 of the second line's list) and the changes,
// each a record as the export file writes it (or a deletion) with its key and version vector:
//
//   {"header":{"checksum":"9f2c...","count":2,"device":"5b1e...","format":"starloop-sync",
//    "name":"laptop","sequence":12,"version":1,"written_at":1796630400},
//   "changes":[{"by":"laptop","key":"4c1d...","record":{...},"section":"stories","version":{...}},
//              {"by":"laptop","deleted":true,"key":"9a0b...","section":"diagrams","version":{...}}]}
//
// parse() refuses, with a message, a file that is cut short, whose checksum or count does not
// match, that is of a newer version, or one of whose records its area's codec does not accept.
//
//   SyncFolder folder(path);
//   for (const SyncFolder::Entry &entry : folder.entries())   // every device's files
//       auto file = ChangeFile::parse(readAll(entry.path));
#pragma once

#include "core/result.h"
#include "core/sync/versionvector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace Starloop::Sync {

// Version 2 added snapshots; a file of changes is still written as version 1.
constexpr int ChangeFileVersion = 2;

struct Change
{
    QString section; // "stories"
    QString key; // SyncSection::key() of the record
    VersionVector version;
    QString by; // the name of the device that made this version
    std::optional<QJsonObject> record; // nullopt: deleted
    qint64 sequence = 0; // in a snapshot: the file the change was first written in
};

struct ChangeFile
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::ChangeFile)

public:
    QString device; // the writer's id
    QString name; // its label ("laptop")
    qint64 sequence = 0;
    qint64 writtenAt = 0;
    // A snapshot replaces its device's files up to `sequence`: the latest change of each record
    // in them, each with the sequence of the file it came from.
    bool snapshot = false;
    QVector<Change> changes;

    QByteArray toJson() const;
    static Result<ChangeFile> parse(const QByteArray &bytes);
};

class SyncFolder
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncFolder)

public:
    explicit SyncFolder(const QString &folder);

    struct Entry
    {
        QString device; // the folder it lies in
        QString path;
        qint64 sequence = 0; // from its name
        qint64 size = 0;
        bool conflictCopy = false; // "12 (conflict ...).json", "12.sync-conflict-....json": a sync tool's
        bool snapshot = false; // "12.snapshot.json": the device's files up to 12 in one
    };

    QString folder() const { return m_folder; }
    QString deviceFolder(const QString &device) const;
    QString filePath(const QString &device, qint64 sequence, bool snapshot = false) const;
    // Every device's change files, conflict copies of sync tools included; not the .part files.
    QVector<Entry> entries() const;
    // The highest sequence among the files of one device (0 when it has none).
    qint64 highestSequence(const QString &device) const;

    // Whether this device's files could be written here (the nearest folder that exists on the way
    // to its own is a folder that can be written to).
    bool canWrite(const QString &device) const;
    // Writes the file as <sequence>.json.part (a snapshot as <sequence>.snapshot.json.part),
    // flushed to the disk. Fails with a message when the folder cannot be written to.
    Status prepare(const ChangeFile &file) const;
    // Renames the .part into place; nothing to do when there is no .part.
    Status publish(const QString &device, qint64 sequence, bool snapshot = false) const;
    // Removes this device's .part files other than those of `keep` (left by a round that did not finish).
    void discardParts(const QString &device, qint64 keep) const;

private:
    QString m_folder;
};

} // namespace Starloop::Sync
