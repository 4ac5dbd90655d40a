// SyncSection: how a sync treats each list of the export file (Portability::ExportSection) and
// its own list of conflict copies: the fields that key a record, whether a deletion syncs (and
// how to delete a record by its key), which fields are the text a user writes (edited on two
// devices, the losing version is kept as a conflict copy) and which names it in the list of
// conflicts. The records themselves are read, checked and merged by each area's codec and
// repository, as for an export.
//
//   for (const SyncSection &section : SyncSection::all())   // questions before their state ...
//       for (const QJsonValue &record : section.exportAll(db).value())
//           ledger[section.key(record.toObject())] ...;
//   section.import(db, record, Portability::Merge::Rule::Replace);
//   if (section.remove) section.remove(db, key);
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/result.h"

#include <QStringList>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

struct SyncSection
{
    QString name; // "stories", as in the export file
    Status (*validate)(const QJsonObject &record, const QString &path) = nullptr;
    Result<QJsonArray> (*exportAll)(Storage::Database &db) = nullptr;
    Result<Portability::Merge> (*import)(
        Storage::Database &db, const QJsonObject &record, Portability::Merge::Rule rule)
        = nullptr;
    // Deletes the record with this key, if there is one; nullptr where deletions do not sync
    // (reviews are only ever added; a question's state goes with its question).
    Status (*remove)(Storage::Database &db, const QString &key) = nullptr;
    QStringList keyFields; // joined with '/' into the key
    QStringList textFields; // empty: the newer version wins and no copy is kept
    QString labelField; // names the record in the list of conflicts
    bool dismissalWins = false; // conflict copies: a dismissal beats a copy made elsewhere
    // Fields whose change alone is no change of the record (a time stamp two records share).
    QStringList unhashedFields;

    QString key(const QJsonObject &record) const;
    QString label(const QJsonObject &record) const;
    // The SHA-1 of the record without its unhashed fields: a change of it is an edit to send.
    QString hash(const QJsonObject &record) const;
    // Whether the text fields of the two versions differ.
    bool textDiffers(const QJsonObject &a, const QJsonObject &b) const;

    // Every section, in the order a round merges them: questions before the state and the
    // links that name them, stories before their reviews, conflict copies last.
    static const QVector<SyncSection> &all();
    static const SyncSection *find(const QString &name);
};

} // namespace Starloop::Sync
