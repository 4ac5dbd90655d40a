// Fault injection: with FaultyVfs making writes or fsyncs fail (a full disk, an I/O error), a
// save reports a clear error, what was committed before stays, the file stays consistent, and
// the same save goes through once the fault clears (the editor keeps the text and retries).
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/questions/questionrepository.h"
#include "core/storage/healthcheck.h"
#include "core/storage/statement.h"
#include "core/stories/storyrepository.h"
#include "faultyvfs.h"
#include "tempdatabase.h"

#include <QTest>

#include <sqlite3.h>

using namespace Starloop;
using namespace Starloop::Test;

namespace {

QString problemsOf(const Storage::HealthReport &report)
{
    return report.problems.join(QStringLiteral("; "));
}

QVector<qint64> bankQuestionIds(Storage::Database &db)
{
    QVector<qint64> ids;
    Storage::Statement st(db, "SELECT id FROM questions WHERE origin = 'bank' ORDER BY id LIMIT 2");
    while (st.step())
        ids << st.int64(0);
    return ids;
}

QStringList ownTitles(Storage::Database &db)
{
    QStringList titles;
    Storage::Statement st(db, "SELECT title FROM questions WHERE origin = 'user' ORDER BY title");
    while (st.step())
        titles << st.text(0);
    return titles;
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private:
    // A database with the mini bank, created through the normal VFS.
    static bool prepare(const TempDatabase &temp)
    {
        auto store = temp.open();
        if (!store)
            return false;
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank = Bank::BankLoader::loadDirectory(miniBankPath(), diagnostics);
        return diagnostics.isEmpty() && Bank::BankSync::sync(store.value()->db(), bank, 1000).ok();
    }

private Q_SLOTS:
    void theShimPassesEverythingThroughUntilToldToFail()
    {
        TempDatabase temp;
        FaultyVfs vfs;
        QCOMPARE(QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName), QString::fromUtf8(FaultyVfs::Name));
        QVERIFY(prepare(temp));
        QVERIFY(vfs.writes() > 0); // the schema and the bank went through the shim
        QVERIFY(vfs.syncs() > 0);
        QCOMPARE(vfs.failedCalls(), 0);
    }

    void aFailedNoteSaveIsReportedAndTheRetrySucceeds_data()
    {
        QTest::addColumn<bool>("failSync");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("allowed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("disk full on the first write") << false << SQLITE_FULL << 0 << "disk is full";
        QTest::newRow("disk full after two writes") << false << SQLITE_FULL << 2 << "disk is full";
        QTest::newRow("I/O error on write") << false << int(SQLITE_IOERR_WRITE) << 0 << "disk I/O error";
        QTest::newRow("I/O error on fsync") << true << int(SQLITE_IOERR_FSYNC) << 0 << "disk I/O error";
    }

    void aFailedNoteSaveIsReportedAndTheRetrySucceeds()
    {
        QFETCH(bool, failSync);
        QFETCH(int, code);
        QFETCH(int, allowed);
        QFETCH(QString, expected);
        TempDatabase temp;
        QVERIFY(prepare(temp));
        const QString committed = QStringLiteral("Written before the disk filled up.");
        const QString unsaved
            = QStringLiteral("Typed while the disk was full: résumé ✓ ") + QString(5000, QLatin1Char('x'));
        qint64 first = 0, second = 0;
        {
            FaultyVfs vfs;
            auto store = temp.open();
            QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
            Storage::Database &db = store.value()->db();
            Questions::QuestionRepository repo(db);
            const QVector<qint64> ids = bankQuestionIds(db);
            QCOMPARE(ids.size(), 2);
            first = ids.at(0);
            second = ids.at(1);
            QVERIFY(repo.saveNote(first, committed, 2000).ok());

            if (failSync)
                vfs.failSyncsAfter(allowed, code);
            else
                vfs.failWritesAfter(allowed, code);
            const Status failed = repo.saveNote(second, unsaved, 2001);
            QVERIFY(!failed.ok());
            QVERIFY(vfs.failedCalls() > 0);
            // Clear enough to show: what failed, and why in SQLite's words.
            QVERIFY2(failed.errorMessage().startsWith(QStringLiteral("The note could not be saved")),
                qPrintable(failed.errorMessage()));
            QVERIFY2(failed.errorMessage().contains(expected), qPrintable(failed.errorMessage()));
            QCOMPARE(failed.error().code & 0xff, code & 0xff);
            QVERIFY(!db.inTransaction()); // nothing left half-open

            // The connection is still usable and consistent while the fault lasts.
            QCOMPARE(repo.load(first)->noteMd, committed);

            vfs.clear(); // the disk has room again: the editor's retry goes through
            const Status retried = repo.saveNote(second, unsaved, 2002);
            QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
            QCOMPARE(repo.load(second)->noteMd, unsaved);
            const auto health = Storage::HealthCheck::run(db);
            QVERIFY2(health.ok(), qPrintable(problemsOf(health)));
        }
        // Reopened without the shim: consistent, and both notes are there.
        QVERIFY(QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName) != QString::fromUtf8(FaultyVfs::Name));
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        const auto health = Storage::HealthCheck::run(store.value()->db());
        QVERIFY2(health.ok(), qPrintable(problemsOf(health)));
        Questions::QuestionRepository repo(store.value()->db());
        QCOMPARE(repo.load(first)->noteMd, committed);
        QCOMPARE(repo.load(second)->noteMd, unsaved);
    }

    // A fault at every point of a larger transaction (a question of the user's own: the row,
    // its tags, the search index): either the save is reported and nothing of it is there, or
    // it succeeded and all of it is; the database passes its checks after every attempt.
    void aWriteFaultAnywhereInATransactionLeavesAllOrNothing_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("disk full") << SQLITE_FULL;
        QTest::newRow("I/O error") << int(SQLITE_IOERR_WRITE);
    }

    void aWriteFaultAnywhereInATransactionLeavesAllOrNothing()
    {
        QFETCH(int, code);
        TempDatabase temp;
        QVERIFY(prepare(temp));
        QStringList expected;
        int failures = 0;
        {
            FaultyVfs vfs;
            auto store = temp.open();
            QVERIFY(store.ok());
            Storage::Database &db = store.value()->db();
            Questions::QuestionRepository repo(db);
            bool succeededUnfaulted = false;
            for (int allowed = 0; allowed < 60 && !succeededUnfaulted; ++allowed) {
                Questions::QuestionDraft draft;
                draft.title = QStringLiteral("attempt %1").arg(allowed, 2, 10, QLatin1Char('0'));
                draft.answerMd = QString(3000 + 97 * allowed, QLatin1Char('a')); // spills onto overflow pages
                draft.tags = QStringList {QStringLiteral("fault"), QStringLiteral("tag%1").arg(allowed)};
                vfs.failWritesAfter(allowed, code);
                const auto created = repo.createOwn(draft, 3000 + allowed);
                const int refused = vfs.failedCalls();
                vfs.clear();
                if (created.ok()) {
                    expected << draft.title;
                    succeededUnfaulted = refused == 0;
                } else {
                    ++failures;
                    QVERIFY2(
                        created.errorMessage().startsWith(QStringLiteral("The question could not be saved")),
                        qPrintable(created.errorMessage()));
                }
                QCOMPARE(ownTitles(db), expected);
                const auto health = Storage::HealthCheck::run(db);
                QVERIFY2(health.ok(),
                    qPrintable(QStringLiteral("after %1 writes: %2").arg(allowed).arg(problemsOf(health))));
            }
            QVERIFY(succeededUnfaulted); // the sweep got past the last write the save needs
        }
        QVERIFY(failures > 0);
        auto store = temp.open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        const auto health = Storage::HealthCheck::run(store.value()->db());
        QVERIFY2(health.ok(), qPrintable(problemsOf(health)));
        QCOMPARE(ownTitles(store.value()->db()), expected);
        qInfo("write faults at %d points of one save: each reported, none left a trace", failures);
    }

    // A failing fsync on commit: the save is reported; the story text is kept by the caller
    // and the retry stores it; the file is consistent afterwards.
    void aFailedFsyncOnAStoryIsReportedAndRetried()
    {
        TempDatabase temp;
        QVERIFY(prepare(temp));
        qint64 id = 0;
        Stories::Story story;
        {
            FaultyVfs vfs;
            auto store = temp.open();
            QVERIFY(store.ok());
            Stories::StoryRepository repo(store.value()->db());
            Stories::Story draft;
            draft.title = QStringLiteral("The migration weekend");
            auto created = repo.create(draft, 4000);
            QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
            story = created.value();
            id = story.id;
            story.situation = QStringLiteral("Saturday, 2 a.m., the replica fell behind.");
            vfs.failSyncsAfter(0, SQLITE_IOERR_FSYNC);
            const Status failed = repo.save(story, 4001);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.errorMessage().contains(QStringLiteral("I/O error")),
                qPrintable(failed.errorMessage()));
            vfs.clear();
            QVERIFY(repo.save(story, 4002).ok());
        }
        auto store = temp.open();
        QVERIFY(store.ok());
        const auto health = Storage::HealthCheck::run(store.value()->db());
        QVERIFY2(health.ok(), qPrintable(problemsOf(health)));
        Stories::StoryRepository repo(store.value()->db());
        QCOMPARE(repo.load(id)->situation, story.situation);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "test_faultinjection.moc"
