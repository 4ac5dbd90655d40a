// SyncConflicts: the conflict copies a sync keeps (the sync_conflicts table). When a text was
// edited on two devices since they last synced, the newer edit wins and the other is kept here,
// named after the record ("The midnight rollback"), the device that wrote it and when, so the user
// can open it, compare it with the record as it now is, and dismiss it. Conflict copies sync
// like the records: every device shows them, and a dismissal on one dismisses them everywhere.
//
//   Sync::SyncConflicts conflicts(store.db());
//   for (const Sync::SyncConflict &c : conflicts.list().value())
//       show(c.label, c.device, c.changedAt, Sync::SyncConflicts::readable(c.record, c.section));
//   conflicts.dismiss(c.uid);                 // or conflicts.useCopy(c, now): its text wins
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

struct SyncConflict
{
    QString uid; // derived from section, key and the losing version: the same on every device
    QString section; // "stories"
    QString key; // the record's uid
    QString label; // the record's title, for the list
    QString device; // the name of the device whose edit lost
    qint64 changedAt = 0; // that edit's updated_at
    QJsonObject record; // the losing version, as the export file writes it
};

class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncConflicts)

public:
    explicit SyncConflicts(Storage::Database &db);

    // Newest first; a question's note or attempt is labelled with the question's title.
    Result<QVector<SyncConflict>> list() const;
    Result<int> count() const;
    Status dismiss(const QString &uid);
    // The record the copy belongs to, as it is now; an empty object when it was deleted.
    Result<QJsonObject> current(const SyncConflict &conflict) const;
    // Swaps the copy with the text in place: puts the copy's text back into the record (an edit
    // made now, which the next round sends), keeps the text it replaces as a conflict copy of this
    // device in turn (nothing is lost) and dismisses the copy used.
    Status useCopy(const SyncConflict &conflict, qint64 nowSecs);
    // Keeps a conflict copy unless one with its uid is there already.
    Result<Portability::Merge> add(const SyncConflict &conflict, Portability::Merge::Rule rule);

    // The uid of the copy of `record`: the same on every device that keeps it.
    static QString uidFor(const QString &section, const QString &key, const QJsonObject &record);
    // The sync's record of a conflict copy.
    static QJsonObject toJson(const SyncConflict &conflict);
    static SyncConflict fromJson(const QJsonObject &json);
    static Status validate(const QJsonObject &json, const QString &path);
    // The text fields of a record of `section` as plain text, one field after another under its
    // name ("Situation"), for comparing two versions.
    static QString readable(const QJsonObject &record, const QString &section);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Sync
