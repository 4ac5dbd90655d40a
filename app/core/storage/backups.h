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
#include <QObject>
#include <QString>
#include <QVector>

class QThread;

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

// DailyBackup: the day's backup (Backups::takeDailyIfDue) taken on a thread of its own, over a
// read-only connection of its own, so a start does not wait while the whole file is copied.
// VACUUM INTO copies one snapshot of the file; the window's connection reads and writes
// meanwhile (WAL). Destroying it waits for a copy in progress.
//   auto *backup = new Storage::DailyBackup(store.path(), keep, this);
//   connect(backup, &Storage::DailyBackup::finished, this, [](const QString &path, const QString &error) {});
//   backup->start(QDateTime::currentDateTimeUtc());
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    DailyBackup(QString databasePath, int keep, QObject *parent = nullptr);
    ~DailyBackup() override;

    void start(const QDateTime &now);
    // Blocks until a copy in progress is done (before the file is replaced, say).
    void wait();

Q_SIGNALS:
    // On this object's thread. `path` is empty when no backup was due; `error` is empty unless
    // the copy failed.
    void finished(const QString &path, const QString &error);

private:
    QString m_databasePath;
    int m_keep;
    QThread *m_thread = nullptr;
};

} // namespace Starloop::Storage
