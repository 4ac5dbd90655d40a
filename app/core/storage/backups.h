// Backups: rotating copies of the user's database, taken at most once a day (and on demand),
// kept in a folder beside the file: <folder>/<name>-backups/<name>-YYYYMMDD-HHMMSS.sqlite.
//
// A copy is made with VACUUM INTO and verified before it counts (backupVerified). Restoring
// puts the current file aside as <file>.before-restore.bak first, so a restore can be undone by
// hand, and refuses a backup that fails its check or is not a Starloop file.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Starloop::Storage {

class Database;

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Storage::Backups)

public:
    struct Entry
    {
        QString path;
        QDateTime takenAt;
        qint64 bytes = 0;
    };

    explicit Backups(const QString &databasePath);
    QString folder() const { return m_folder; }
    QVector<Entry> list() const; // newest first

    // Takes a backup when the newest one is older than a day (or there is none).
    // Returns the new backup's path, or an empty string when none was due.
    Result<QString> takeDailyIfDue(Database &db, const QDateTime &now, int keep);
    Result<QString> takeNow(Database &db, const QDateTime &now, int keep);

    // Replaces the database file with a backup. The database must be closed.
    static Status restore(const QString &backupPath, const QString &databasePath);

private:
    void prune(int keep) const;

    QString m_databasePath;
    QString m_folder;
    QString m_baseName;
};

} // namespace Starloop::Storage
