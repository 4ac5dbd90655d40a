// The storage layer: opening, refusing, migrating, locking and transactions.
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/datastore.h"
#include "core/storage/migrations.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QTimeZone>

using namespace Starloop;
using namespace Starloop::Storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

OpenFailure failureOf(const Result<std::unique_ptr<DataStore>> &result)
{
    return static_cast<OpenFailure>(result.error().code);
}

} // namespace

#define QVERIFY_THROWS_STORAGE(expression)                                                                   \
    do {                                                                                                     \
        bool thrown = false;                                                                                 \
        try {                                                                                                \
            expression;                                                                                      \
        } catch (const StorageError &) {                                                                     \
            thrown = true;                                                                                   \
        }                                                                                                    \
        QVERIFY2(thrown, #expression " should have thrown StorageError");                                    \
    } while (false)

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAnEmptyFileToTheLatestSchema()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Database &db = store.value()->db();
        QCOMPARE(store.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), int(Migrations::embeddedScripts().size()));
        QVERIFY(Migrations::latestVersion() >= 3);
        QCOMPARE(db.scalarInt("PRAGMA application_id"), qint64(DataStore::ApplicationId));
        QCOMPARE(db.scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.scalarInt("PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(db.scalarInt("PRAGMA synchronous"), qint64(2)); // FULL
        QCOMPARE(db.scalarInt("PRAGMA trusted_schema"), qint64(0));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('questions', 'stories', "
                              "'diagrams', 'practice_sessions', 'questions_fts')"),
            qint64(5));
    }

    void reopeningKeepsDataAndVersion()
    {
        Test::TempDatabase temp;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            store.value()->db().exec("INSERT INTO settings(key, value) VALUES ('k', 'kept')");
        }
        auto again = temp.open();
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again.value()->db().scalarText("SELECT value FROM settings WHERE key = 'k'"),
            QStringLiteral("kept"));
        QVERIFY(again.value()->backupPath().isEmpty()); // nothing to migrate, nothing copied
    }

    void refusesAFileThatIsNotSqlite()
    {
        Test::TempDatabase temp;
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my interview notes, not a database.\n").repeated(40));
        file.close();
        const QByteArray before = fileHash(temp.path());

        auto store = temp.open();
        QVERIFY(!store.ok());
        QCOMPARE(failureOf(store), OpenFailure::NotSqlite);
        QVERIFY2(store.errorMessage().contains(QStringLiteral("not an SQLite file")),
            qPrintable(store.errorMessage()));
        QVERIFY(store.errorMessage().contains(QStringLiteral("left untouched")));
        QCOMPARE(fileHash(temp.path()), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        Test::TempDatabase temp;
        {
            auto foreign = Database::open(temp.path(), Database::Access::ReadWriteCreate);
            foreign->exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada')");
        }
        const QByteArray before = fileHash(temp.path());
        auto store = temp.open();
        QVERIFY(!store.ok());
        QCOMPARE(failureOf(store), OpenFailure::ForeignFile);
        QVERIFY(store.errorMessage().contains(QStringLiteral("another application")));
        QCOMPARE(fileHash(temp.path()), before);
    }

    void refusesAFileFromANewerStarloop()
    {
        Test::TempDatabase temp;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
        }
        {
            auto raw = Database::open(temp.path(), Database::Access::ReadWrite);
            raw->exec("PRAGMA user_version = 999");
            raw->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = fileHash(temp.path());
        auto store = temp.open();
        QVERIFY(!store.ok());
        QCOMPARE(failureOf(store), OpenFailure::NewerSchema);
        QVERIFY(store.errorMessage().contains(QStringLiteral("newer Starloop")));
        QCOMPARE(fileHash(temp.path()), before);
    }

    void aFailedMigrationLeavesThePreviousVersion()
    {
        Test::TempDatabase temp;
        const QStringList v1 {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);")};
        OpenOptions options {temp.path(), false, v1};
        {
            auto store = DataStore::open(options);
            QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
            store.value()->db().exec("INSERT INTO notes(body) VALUES ('draft')");
        }
        options.migrationScripts << QStringLiteral(
            "ALTER TABLE notes ADD COLUMN tag TEXT; CREATE TABLE broken(;");
        {
            auto store = DataStore::open(options);
            QVERIFY(!store.ok());
            QCOMPARE(failureOf(store), OpenFailure::MigrationFailed);
            QVERIFY(store.errorMessage().contains(QStringLiteral("migration 2")));
        }
        options.migrationScripts = v1;
        auto store = DataStore::open(options);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->schemaVersion(), 1);
        QCOMPARE(store.value()->db().scalarText("SELECT body FROM notes"), QStringLiteral("draft"));
        QCOMPARE(store.value()->db().scalarInt(
                     "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'tag'"),
            qint64(0));
    }

    void migratingTakesAVerifiedBackupFirst()
    {
        Test::TempDatabase temp;
        OpenOptions options {temp.path(), false, {QStringLiteral("CREATE TABLE notes(body TEXT);")}};
        {
            auto store = DataStore::open(options);
            QVERIFY(store.ok());
            store.value()->db().exec("INSERT INTO notes VALUES ('before the upgrade')");
        }
        options.migrationScripts << QStringLiteral("ALTER TABLE notes ADD COLUMN tag TEXT;");
        auto store = DataStore::open(options);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->schemaVersion(), 2);
        const QString backup = store.value()->backupPath();
        QVERIFY(QFile::exists(backup));
        auto copy = Database::open(backup, Database::Access::ReadOnly);
        QCOMPARE(copy->scalarInt("PRAGMA user_version"), qint64(1));
        QCOMPARE(copy->scalarText("SELECT body FROM notes"), QStringLiteral("before the upgrade"));
    }

    void aTransactionRollsBackUnlessCommitted()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Database &db = store.value()->db();
        {
            Transaction tx(db);
            db.exec("INSERT INTO settings(key, value) VALUES ('a', '1')");
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM settings WHERE key = 'a'"), qint64(0));
        try {
            Transaction tx(db);
            db.exec("INSERT INTO settings(key, value) VALUES ('b', '1')");
            db.exec("INSERT INTO settings(key, value) VALUES ('b', '2')"); // primary key clash
            tx.commit();
            QFAIL("the duplicate key should have thrown");
        } catch (const StorageError &error) {
            QVERIFY(error.message().contains(QStringLiteral("UNIQUE")));
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM settings WHERE key = 'b'"), qint64(0));
        {
            Transaction tx(db);
            db.exec("INSERT INTO settings(key, value) VALUES ('c', '1')");
            tx.commit();
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM settings WHERE key = 'c'"), qint64(1));
    }

    void statementsBindAndReadEveryType()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Database &db = store.value()->db();
        Statement st(db, "SELECT ?1, ?2, ?3, ?4, ?5, ?6");
        const QString text = QStringLiteral("Zoë’s résumé ✓ 🚀");
        const QByteArray blob("\x00\x01\xff", 3);
        st.bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bind(4, blob).bind(5, nullptr).bind(6, true);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(1) << 40);
        QCOMPARE(st.real(1), 2.5);
        QCOMPARE(st.text(2), text);
        QCOMPARE(st.blob(3), blob);
        QVERIFY(st.isNull(4));
        QVERIFY(!st.optionalInt64(4).has_value());
        QCOMPARE(st.integer(5), 1);
        QVERIFY(!st.step());
    }

    // Database::cached(): a statement comes back reset, its bindings cleared and its read
    // ended, however it was left; two of the same SQL can be in use at once.
    void cachedStatementsComeBackClean()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Database &db = store.value()->db();
        db.exec("CREATE TABLE numbers(n INTEGER); INSERT INTO numbers VALUES (1), (2), (3)");
        const char *const Sql = "SELECT n, ?1 FROM numbers ORDER BY n";
        {
            Statement st = db.cached(Sql);
            st.bind(1, QStringLiteral("bound"));
            QVERIFY(st.step());
            QCOMPARE(st.text(1), QStringLiteral("bound"));
        } // left mid-way, holding a read
        // Another connection can write and truncate the log: the read has ended.
        auto other = Database::open(temp.path(), Database::Access::ReadWrite);
        other->exec("INSERT INTO numbers VALUES (4)");
        Statement checkpoint(*other, "PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(checkpoint.step());
        QCOMPARE(checkpoint.integer(0), 0); // not blocked by a reader
        {
            Statement again = db.cached(Sql);
            QVERIFY(again.step());
            QCOMPARE(again.integer(0), 1); // from the start
            QVERIFY(again.isNull(1)); // no binding left over
            Statement same = db.cached(Sql); // in use twice at once
            same.bind(1, 7);
            QVERIFY(same.step() && same.step());
            QCOMPARE(same.integer(0), 2);
            QVERIFY(again.step());
            QCOMPARE(again.integer(0), 2);
        }
        // More distinct statements than the cache holds: each still prepares and runs.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 40; ++i) {
                const QByteArray sql = "SELECT count(*) + " + QByteArray::number(i) + " FROM numbers";
                Statement st = db.cached(sql.constData());
                QVERIFY(st.step());
                QCOMPARE(st.integer(0), 4 + i);
            }
        }
        QVERIFY_THROWS_STORAGE(db.cached("SELEC nonsense"));
    }

    void aSyntaxErrorIsAnErrorValueNotACrash()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        QVERIFY_THROWS_STORAGE(store.value()->db().prepare("SELEC nonsense"));
    }

    void aSecondInstanceIsToldTheFileIsInUse()
    {
        Test::TempDatabase temp;
        auto first = temp.open();
        QVERIFY(first.ok());
        auto second = temp.open();
        QVERIFY(!second.ok());
        QCOMPARE(failureOf(second), OpenFailure::Locked);
        QVERIFY(second.errorMessage().contains(QStringLiteral("already open")));
        first.value().reset();
        auto third = temp.open();
        QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
    }

    void aStaleLockFromACrashIsRecovered()
    {
        Test::TempDatabase temp;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
        }
        // What a crashed Starloop leaves behind: a lock naming a process that no longer runs.
        QFile lock(temp.path() + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("2147483000\nstarloop\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    }

    void aMissingFolderIsNamed()
    {
        Test::TempDatabase temp;
        OpenOptions options;
        options.path = temp.folder() + QStringLiteral("/no/such/folder/loop.sqlite");
        auto store = DataStore::open(options);
        QVERIFY(!store.ok());
        QCOMPARE(failureOf(store), OpenFailure::MissingFolder);
        QVERIFY(store.errorMessage().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(options.path));
    }

    // The day's backup taken on its own thread and connection: the window's connection goes on
    // writing meanwhile, the copy holds what was committed when it began, and it says when done.
    void dailyBackupIsTakenOnItsOwnThread()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Database &db = store.value()->db();
        db.exec("INSERT INTO settings(key, value) VALUES ('story', 'version one')");
        const QDateTime day1(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
        DailyBackup backup(temp.path(), 2);
        QSignalSpy finished(&backup, &DailyBackup::finished);
        backup.start(day1);
        db.exec("UPDATE settings SET value = 'version two' WHERE key = 'story'"); // not blocked
        QTRY_COMPARE(finished.size(), 1);
        const QString path = finished.first().at(0).toString();
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(Backups(temp.path()).list().size(), 1);
        QCOMPARE(Backups(temp.path()).list().first().path, path);
        {
            auto copy = Database::open(path, Database::Access::ReadOnly);
            const QString story = copy->scalarText("SELECT value FROM settings WHERE key = 'story'");
            QVERIFY2(story == QLatin1String("version one") || story == QLatin1String("version two"),
                qPrintable(story));
        }
        backup.start(day1.addSecs(3600)); // not due again the same day
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toString(), QString());
        QCOMPARE(finished.last().at(1).toString(), QString());
        QCOMPARE(Backups(temp.path()).list().size(), 1);
    }

    // A backup that cannot be written says why, from its thread.
    void dailyBackupReportsAFailure()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        // A file where the backup folder should be.
        QFile blocker(Backups(temp.path()).folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DailyBackup backup(temp.path(), 2);
        QSignalSpy finished(&backup, &DailyBackup::finished);
        backup.start(QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }

    void backupsAreDailyRotatedAndRestorable()
    {
        Test::TempDatabase temp;
        const QDateTime day1(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
        QString first;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            Database &db = store.value()->db();
            db.exec("INSERT INTO settings(key, value) VALUES ('story', 'version one')");
            Backups backups(temp.path());
            auto taken = backups.takeDailyIfDue(db, day1, 2);
            QVERIFY2(taken.ok(), qPrintable(taken.errorMessage()));
            first = taken.value();
            QVERIFY(QFile::exists(first));
            QVERIFY(backups.takeDailyIfDue(db, day1.addSecs(3600), 2).value().isEmpty()); // not due yet
            db.exec("UPDATE settings SET value = 'version two' WHERE key = 'story'");
            QVERIFY(!backups.takeDailyIfDue(db, day1.addDays(1), 2).value().isEmpty());
            QVERIFY(!backups.takeDailyIfDue(db, day1.addDays(2), 2).value().isEmpty());
            QCOMPARE(backups.list().size(), 2); // the oldest was pruned
            QVERIFY(!QFile::exists(first));
            QCOMPARE(backups.list().first().takenAt, day1.addDays(2));
        }
        Backups backups(temp.path());
        const QString oldest = backups.list().last().path; // holds "version two"
        {
            auto store = temp.open();
            store.value()->db().exec("UPDATE settings SET value = 'version three' WHERE key = 'story'");
        }
        QVERIFY(Backups::restore(oldest, temp.path()).ok());
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->db().scalarText("SELECT value FROM settings WHERE key = 'story'"),
            QStringLiteral("version two"));
        QVERIFY(QFile::exists(temp.path() + QStringLiteral(".before-restore.bak")));
    }

    void restoringSomethingThatIsNotABackupChangesNothing()
    {
        Test::TempDatabase temp;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
        }
        const QByteArray before = fileHash(temp.path());
        const QString junk = temp.folder() + QStringLiteral("/junk.sqlite");
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Status status = Backups::restore(junk, temp.path());
        QVERIFY(!status.ok());
        QVERIFY(status.errorMessage().contains(QStringLiteral("nothing was changed")));
        QCOMPARE(fileHash(temp.path()), before);
    }

    void readOnlyOpeningWritesNothing()
    {
        Test::TempDatabase temp;
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            store.value()->db().exec("INSERT INTO settings(key, value) VALUES ('k', 'v')");
            store.value()->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = fileHash(temp.path());
        auto store = temp.open(true);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        QVERIFY(store.value()->isReadOnly());
        QCOMPARE(store.value()->db().scalarText("SELECT value FROM settings"), QStringLiteral("v"));
        QVERIFY_THROWS_STORAGE(
            store.value()->db().exec("INSERT INTO settings(key, value) VALUES ('x', 'y')"));
        store.value().reset();
        QCOMPARE(fileHash(temp.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
