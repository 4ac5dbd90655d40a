// DataStore: the user's Starloop file, checked, locked, migrated and ready for repositories.
//
// Opening never modifies a file it refuses: a file that is not SQLite, belongs to another
// application, or comes from a newer Starloop is reported and left byte-for-byte as it was.
#pragma once

#include "core/result.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace Starloop::Storage {

enum class OpenFailure {
    None,
    NotSqlite, // random bytes, a text file, a truncated header
    Corrupt, // SQLite, but integrity problems while reading the header or schema
    ForeignFile, // another application's SQLite database
    NewerSchema, // written by a newer Starloop
    Locked, // another Starloop has it open
    MissingFolder,
    NotWritable, // read-only file or folder
    MigrationFailed,
    Other,
};

struct OpenOptions
{
    QString path;
    bool readOnly = false; // open without lock, migrations or writes
    QStringList migrationScripts; // empty: the embedded ones
};

class DataStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Storage::DataStore)

public:
    static constexpr int ApplicationId = 0x53544c50; // "STLP"

    static Result<std::unique_ptr<DataStore>> open(const OpenOptions &options);
    ~DataStore();

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy taken before the last migration went (empty when none was needed).
    QString backupPath() const { return m_backupPath; }

    static QString defaultPath();

private:
    DataStore() = default;

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

// What a file on disk turned out to be, read without writing anything.
struct FileInspection
{
    bool exists = false;
    bool empty = false; // zero bytes, or SQLite with no schema and no ids
    qint64 applicationId = 0;
    int userVersion = 0;
    OpenFailure failure = OpenFailure::None;
    QString problem;
};
FileInspection inspectFile(const QString &path);

// Copies the database with VACUUM INTO to a temporary name, verifies the copy with
// quick_check and renames it to `target`. Throws StorageError.
void backupVerified(Database &db, const QString &target);

} // namespace Starloop::Storage
