#include "core/storage/datastore.h"

#include "core/storage/migrations.h"
#include "core/storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace Starloop::Storage {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

Error openError(OpenFailure failure, const QString &message)
{
    return Error {message, static_cast<int>(failure)};
}

OpenFailure failureForSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return OpenFailure::NotSqlite;
    case SQLITE_CORRUPT:
        return OpenFailure::Corrupt;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return OpenFailure::NotWritable;
    default:
        return OpenFailure::Other;
    }
}

void applyConnectionPragmas(Database &db)
{
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA trusted_schema = OFF");
    // Pages read through a memory map rather than copied in by read() one at a time: a heavy
    // user's file is read in large runs (the review log for the study plan, a page of History),
    // each start on a connection whose own page cache is still empty. SQLite writes as before.
    db.exec("PRAGMA mmap_size = 268435456");
    if (db.isReadOnly())
        return;
    const QString mode = db.scalarText("PRAGMA journal_mode = WAL");
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError(
            DataStore::tr("The database could not switch to write-ahead logging (got %1)").arg(mode),
            SQLITE_ERROR);
    db.exec("PRAGMA synchronous = FULL");
}

} // namespace

FileInspection inspectFile(const QString &path)
{
    FileInspection result;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (!result.exists)
        return result;
    if (info.isDir()) {
        result.failure = OpenFailure::Other;
        result.problem = DataStore::tr("%1 is a folder, not a database file.").arg(path);
        return result;
    }
    if (info.size() == 0) {
        result.empty = true;
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = OpenFailure::NotWritable;
        result.problem = DataStore::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic))) {
        result.failure = OpenFailure::NotSqlite;
        result.problem = DataStore::tr("%1 is not a Starloop database (it is not an SQLite file at all). "
                                       "It was left untouched.")
                             .arg(path);
        return result;
    }

    try {
        std::unique_ptr<Database> db;
        try {
            db = Database::open(path, Database::Access::ReadOnly);
            db->scalarInt("PRAGMA schema_version"); // the first read is where SQLite opens -wal / -shm
        } catch (const StorageError &error) {
            if (failureForSqliteCode(error.sqliteCode()) != OpenFailure::NotWritable)
                throw;
            db = Database::open(path, Database::Access::ReadOnlyImmutable); // a read-only folder
        }
        result.applicationId = db->scalarInt("PRAGMA application_id");
        result.userVersion = static_cast<int>(db->scalarInt("PRAGMA user_version"));
        const qint64 objects = db->scalarInt("SELECT count(*) FROM sqlite_schema");
        result.empty = objects == 0 && result.applicationId == 0 && result.userVersion == 0;
    } catch (const StorageError &error) {
        result.failure = failureForSqliteCode(error.sqliteCode());
        if (result.failure == OpenFailure::NotWritable) {
            result.problem
                = DataStore::tr("%1 cannot be opened here (%2): Starloop needs to write in its folder, "
                                "where SQLite keeps the -wal and -shm files. It was left untouched; "
                                "copy it to a folder you can write to, or choose another file.")
                      .arg(path, error.message());
            return result;
        }
        if (result.failure == OpenFailure::Other || result.failure == OpenFailure::NotSqlite)
            result.failure = OpenFailure::Corrupt;
        result.problem = DataStore::tr("%1 looks like an SQLite file but cannot be read (%2). "
                                       "It was left untouched; restore a backup or choose another file.")
                             .arg(path, error.message());
    }
    return result;
}

void backupVerified(Database &db, const QString &target)
{
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    Statement vacuum(db, "VACUUM INTO ?1");
    vacuum.bind(1, temporary);
    vacuum.run();
    {
        auto copy = Database::open(temporary, Database::Access::ReadOnly);
        const QString verdict = copy->scalarText("PRAGMA quick_check");
        if (verdict != QLatin1String("ok")) {
            QFile::remove(temporary);
            throw StorageError(
                DataStore::tr("The backup copy failed verification: %1").arg(verdict), SQLITE_CORRUPT);
        }
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        throw StorageError(
            DataStore::tr("Cannot move the backup into place at %1").arg(target), SQLITE_CANTOPEN);
}

QString DataStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/starloop.sqlite");
}

DataStore::~DataStore()
{
    m_db.reset(); // close before releasing the lock
    m_lock.reset();
}

Result<std::unique_ptr<DataStore>> DataStore::open(const OpenOptions &options)
{
    const QString path = QFileInfo(options.path).absoluteFilePath();
    // The scripts themselves are read only when the file needs them (a new or older file).
    const bool embedded = options.migrationScripts.isEmpty();
    const int latest
        = embedded ? Migrations::latestVersion() : static_cast<int>(options.migrationScripts.size());
    const QFileInfo info(path);

    if (!info.dir().exists()) {
        if (path != QFileInfo(defaultPath()).absoluteFilePath() || options.readOnly)
            return openError(OpenFailure::MissingFolder,
                DataStore::tr("The folder %1 does not exist. Create it or choose another location.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        QDir().mkpath(info.absolutePath());
    }

    const FileInspection inspection = inspectFile(path);
    if (inspection.failure != OpenFailure::None)
        return openError(inspection.failure, inspection.problem);
    if (inspection.exists && !inspection.empty) {
        if (inspection.applicationId != ApplicationId)
            return openError(OpenFailure::ForeignFile,
                DataStore::tr("%1 is an SQLite database that belongs to another application, "
                              "not a Starloop file. It was left untouched.")
                    .arg(path));
        if (inspection.userVersion > latest)
            return openError(OpenFailure::NewerSchema,
                DataStore::tr("%1 was written by a newer Starloop (schema %2; this version knows "
                              "up to %3). It was left untouched; update Starloop to open it.")
                    .arg(path)
                    .arg(inspection.userVersion)
                    .arg(latest));
    }

    std::unique_ptr<DataStore> store(new DataStore);
    store->m_path = path;

    if (options.readOnly) {
        if (!inspection.exists || inspection.empty || inspection.userVersion < latest)
            return openError(OpenFailure::Other,
                DataStore::tr("%1 cannot be opened read-only: it is new or needs an upgrade, "
                              "which writes to it.")
                    .arg(path));
        try {
            // Where SQLite cannot create its -shm file (a read-only folder), open immutable.
            const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
            store->m_db = Database::open(
                path, folderWritable ? Database::Access::ReadOnly : Database::Access::ReadOnlyImmutable);
            applyConnectionPragmas(*store->m_db);
            store->m_db->scalarInt("PRAGMA schema_version");
        } catch (const StorageError &error) {
            return openError(failureForSqliteCode(error.sqliteCode()), error.message());
        }
        store->m_schemaVersion = inspection.userVersion;
        return store;
    }

    if (inspection.exists && !info.isWritable())
        return openError(OpenFailure::NotWritable,
            DataStore::tr("%1 is read-only. Open it read-only to browse, or choose another file.").arg(path));

    store->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    store->m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale
    if (!store->m_lock->tryLock(0)) {
        if (store->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, application;
            store->m_lock->getLockInfo(&pid, &host, &application);
            return openError(OpenFailure::Locked,
                DataStore::tr("%1 is already open in another Starloop window (process %2 on %3). "
                              "Close that one first, or open a different file.")
                    .arg(path)
                    .arg(pid)
                    .arg(host.isEmpty() ? DataStore::tr("this computer") : host));
        }
        return openError(OpenFailure::NotWritable,
            DataStore::tr("Starloop cannot write in %1, so it cannot use %2 safely. "
                          "Open it read-only, or choose a file in a writable folder.")
                .arg(QDir::toNativeSeparators(info.absolutePath()), info.fileName()));
    }

    try {
        store->m_db = Database::open(path, Database::Access::ReadWriteCreate);
        applyConnectionPragmas(*store->m_db);
        const int before = static_cast<int>(store->m_db->scalarInt("PRAGMA user_version"));
        if (before > 0 && before < latest) {
            store->m_backupPath = path + QStringLiteral(".before-schema-%1.bak").arg(latest);
            backupVerified(*store->m_db, store->m_backupPath);
        }
        if (before < latest)
            Migrations::apply(
                *store->m_db, embedded ? Migrations::embeddedScripts() : options.migrationScripts);
        store->m_schemaVersion = static_cast<int>(store->m_db->scalarInt("PRAGMA user_version"));
    } catch (const StorageError &error) {
        const OpenFailure failure = failureForSqliteCode(error.sqliteCode());
        return openError(failure == OpenFailure::Other ? OpenFailure::MigrationFailed : failure,
            DataStore::tr("%1 could not be prepared: %2").arg(path, error.message()));
    }
    return store;
}

} // namespace Starloop::Storage
