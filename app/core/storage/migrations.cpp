#include "core/storage/migrations.h"

#include "core/storage/database.h"
#include "core/storage/datastore.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>

static void initStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace Starloop::Storage {

static QStringList scriptNames()
{
    initStorageResources();
    return QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

QStringList Migrations::embeddedScripts()
{
    const QDir dir(QStringLiteral(":/sql"));
    QStringList scripts;
    const QStringList names = scriptNames();
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            scripts << QString::fromUtf8(file.readAll());
    }
    return scripts;
}

int Migrations::latestVersion()
{
    static const int latest = static_cast<int>(scriptNames().size());
    return latest;
}

void Migrations::apply(Database &db, const QStringList &scripts)
{
    const int current = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    for (int version = current + 1; version <= scripts.size(); ++version) {
        Transaction tx(db);
        try {
            db.exec(scripts.at(version - 1));
        } catch (const StorageError &error) {
            throw StorageError(
                tr("Schema migration %1 failed: %2").arg(version).arg(error.message()), error.sqliteCode());
        }
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(DataStore::ApplicationId));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        tx.commit();
    }
}

} // namespace Starloop::Storage
