// Migrations: the numbered schema scripts in resources/sql, applied in order.
// resources/sql/0001_initial.sql takes a file from user_version 0 to 1, 0002_... from 1 to 2, and so on.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Starloop::Storage {

class Database;

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Storage::Migrations)

public:
    // The scripts embedded in the binary, in order; script i migrates to version i + 1.
    static QStringList embeddedScripts();
    static int latestVersion();

    // Applies every script above the database's user_version, each in its own transaction
    // that also sets application_id and user_version. Throws StorageError; a failed
    // script leaves the database at the previous version.
    static void apply(Database &db, const QStringList &scripts);
};

} // namespace Starloop::Storage
