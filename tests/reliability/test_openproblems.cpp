// Opening problems not covered by tests/core/test_storage: a truncated file, pages overwritten
// with random bytes, a read-only folder and a read-only file. Each is refused with a message or
// (when SQLite can still read the header and schema) opened with `check` reporting the damage;
// the file's bytes never change, and the sensible way on (read-only browsing) works.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/questions/questionrepository.h"
#include "core/storage/database.h"
#include "core/storage/healthcheck.h"
#include "core/stories/storyrepository.h"
#include "core/userdata.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace Starloop;
using namespace Starloop::Storage;
using namespace Starloop::Test;

namespace {

constexpr int PageSize = 4096;
constexpr uid_t Nobody = 65534;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString failureName(int code)
{
    switch (static_cast<OpenFailure>(code)) {
    case OpenFailure::NotSqlite:
        return QStringLiteral("NotSqlite");
    case OpenFailure::Corrupt:
        return QStringLiteral("Corrupt");
    case OpenFailure::NotWritable:
        return QStringLiteral("NotWritable");
    case OpenFailure::MigrationFailed:
        return QStringLiteral("MigrationFailed");
    default:
        return QString::number(code);
    }
}

struct ProbeResult
{
    bool opened = false;
    int failure = 0;
    QString message;
    QString error; // the probe itself did not run
};

ProbeResult runProbe(const QStringList &arguments)
{
    QProcess probe;
    probe.start(QStringLiteral(OPEN_PROBE_PATH), arguments);
    ProbeResult result;
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0) {
        result.error = QStringLiteral("open_probe failed: %1 %2")
                           .arg(probe.errorString(), QString::fromUtf8(probe.readAllStandardError()));
        return result;
    }
    const QString out = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    result.opened = out == QLatin1String("opened");
    if (out.startsWith(QLatin1String("refused "))) {
        const int space = out.indexOf(QLatin1Char(' '), 8);
        result.failure = out.mid(8, space - 8).toInt();
        result.message = out.mid(space + 1);
    } else if (!result.opened) {
        result.error = QStringLiteral("unexpected probe output: %1").arg(out);
    }
    return result;
}

} // namespace

class TestOpenProblems : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_template; // a valid database with data, checkpointed and vacuumed
    int m_pages = 0;

    // A fresh copy of the template in its own folder.
    bool copyTemplate(const TempDatabase &target) const
    {
        return QFile::copy(m_template.path(), target.path());
    }

    // The file is refused as damaged, or opened with the health check finding the damage;
    // `starloop check` (read-only) and the window (read-write) are both tried, and neither
    // changes a byte of the file.
    void expectRefusedOrReported(const TempDatabase &temp)
    {
        const QByteArray before = fileHash(temp.path());
        for (const bool readOnly : {true, false}) {
            auto store = temp.open(readOnly);
            if (!store.ok()) {
                const auto failure = static_cast<OpenFailure>(store.error().code);
                QVERIFY2(failure == OpenFailure::Corrupt || failure == OpenFailure::NotSqlite,
                    qPrintable(failureName(store.error().code) + QLatin1String(": ") + store.errorMessage()));
                QVERIFY2(store.errorMessage().contains(temp.path()), qPrintable(store.errorMessage()));
                QVERIFY2(store.errorMessage().contains(QStringLiteral("untouched")),
                    qPrintable(store.errorMessage()));
            } else {
                const HealthReport report = HealthCheck::run(store.value()->db());
                QVERIFY2(!report.ok(), "a damaged file passed the health check");
            }
            store = Error {};
            QCOMPARE(fileHash(temp.path()), before);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            auto store = m_template.open();
            QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
            Database &db = store.value()->db();
            QVector<Bank::Diagnostic> diagnostics;
            const auto bank = Bank::BankLoader::loadDirectory(miniBankPath(), diagnostics);
            QVERIFY(Bank::BankSync::sync(db, bank, 1000).ok());
            Questions::QuestionRepository questions(db);
            Stories::StoryRepository stories(db);
            for (int i = 0; i < 40; ++i) {
                Questions::QuestionDraft draft;
                draft.title = QStringLiteral("Own question %1 about caching").arg(i);
                draft.answerMd
                    = QStringLiteral("An answer long enough to need a few pages. ").repeated(20 + i);
                draft.tags = QStringList {QStringLiteral("cache")};
                QVERIFY(questions.createOwn(draft, 2000 + i).ok());
                Stories::Story story;
                story.title = QStringLiteral("Story %1").arg(i);
                story.situation = QStringLiteral("What happened. ").repeated(50);
                QVERIFY(stories.create(story, 2000 + i).ok());
            }
        }
        {
            auto raw = Database::open(m_template.path(), Database::Access::ReadWrite);
            raw->exec("VACUUM"); // no free pages: every page of the file is in use
            raw->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            QCOMPARE(raw->scalarInt("PRAGMA freelist_count"), qint64(0));
            QCOMPARE(raw->scalarInt("PRAGMA page_size"), qint64(PageSize));
            m_pages = static_cast<int>(raw->scalarInt("PRAGMA page_count"));
        }
        QVERIFY(!QFile::exists(m_template.path() + QStringLiteral("-wal")));
        QCOMPARE(QFile(m_template.path()).size(), qint64(m_pages) * PageSize);
        QVERIFY2(m_pages > 20, qPrintable(QString::number(m_pages)));
    }

    void aTruncatedFileIsRefusedOrReported_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("inside the header") << qint64(50);
        QTest::newRow("the header only") << qint64(100);
        QTest::newRow("inside the first page") << qint64(PageSize / 2);
        QTest::newRow("the first page only") << qint64(PageSize);
        QTest::newRow("half the file") << qint64(m_pages / 2) * PageSize;
        QTest::newRow("all but the last page") << qint64(m_pages - 1) * PageSize;
        QTest::newRow("mid-page near the end") << qint64(m_pages - 1) * PageSize - 1000;
    }

    void aTruncatedFileIsRefusedOrReported()
    {
        QFETCH(qint64, size);
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        QVERIFY(QFile::resize(temp.path(), size));
        expectRefusedOrReported(temp);
    }

    // A whole page of random bytes somewhere after the first page (the header and schema root
    // are the first page; the file-header cases are in test_storage and above).
    void aPageOfRandomBytesIsRefusedOrReported_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void aPageOfRandomBytesIsRefusedOrReported()
    {
        QFETCH(quint32, seed);
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        QRandomGenerator random(seed);
        const int page = static_cast<int>(random.bounded(2, m_pages + 1)); // 1-based, as SQLite counts
        QByteArray noise(PageSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), PageSize / 4);
        {
            QFile file(temp.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(page - 1) * PageSize));
            QCOMPARE(file.write(noise), qint64(PageSize));
        }
        qInfo("page %d of %d overwritten", page, m_pages);
        expectRefusedOrReported(temp);
    }

    // Short runs of random bytes scattered over many pages, the first page included: they may
    // land in unused space, so the check may or may not see them, but an open either is
    // refused with a message or works, the health check runs to its end, and the file is
    // never written.
    void scatteredRandomBytesNeverChangeTheFile_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 100; seed < 108; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void scatteredRandomBytesNeverChangeTheFile()
    {
        QFETCH(quint32, seed);
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        QRandomGenerator random(seed);
        {
            QFile file(temp.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (int i = 0; i < 12; ++i) {
                QVERIFY(file.seek(random.bounded(m_pages * PageSize - 64)));
                QByteArray noise(16, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(noise.data()), 4);
                file.write(noise);
            }
        }
        const QByteArray before = fileHash(temp.path());
        for (const bool readOnly : {true, false}) {
            auto store = temp.open(readOnly);
            if (store.ok()) {
                const HealthReport report = HealthCheck::run(store.value()->db());
                qInfo("%s open: %lld problem(s) found", readOnly ? "read-only" : "read-write",
                    static_cast<long long>(report.problems.size()));
            } else {
                QVERIFY(!store.errorMessage().isEmpty());
                qInfo("refused: %s", qPrintable(store.errorMessage()));
            }
            store = Error {};
            QCOMPARE(fileHash(temp.path()), before);
        }
    }

    // `starloop check` opens the file the way the window does (openUserData), which brings the
    // embedded bank in first. On a damaged file with an older bank (the first check after an
    // update) that writes into the damaged file before the check has said anything.
    void checkingADamagedFileAfterABankUpdateLeavesItUntouched()
    {
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        qint64 storiesRoot = 0;
        {
            auto raw = Database::open(temp.path(), Database::Access::ReadOnly);
            storiesRoot = raw->scalarInt("SELECT rootpage FROM sqlite_schema WHERE name = 'stories'");
        }
        QVERIFY(storiesRoot > 1);
        {
            QFile file(temp.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((storiesRoot - 1) * PageSize));
            file.write(QByteArray(PageSize, '\x5a'));
        }
        const QByteArray before = fileHash(temp.path());
        QVector<Bank::Diagnostic> diagnostics;
        Bank::BankContents bank = Bank::BankLoader::loadDirectory(miniBankPath(), diagnostics);
        bank.revision += QStringLiteral("-next"); // the bank of a newer Starloop
        bank.questions.first().title += QStringLiteral(" (revised)");
        {
            Storage::OpenOptions options;
            options.path = temp.path();
            auto data = openUserData(options, bank.toCompressedCbor());
            if (data.ok())
                QVERIFY(!HealthCheck::run(data->store->db()).ok());
        }
        QCOMPARE(fileHash(temp.path()), before);
    }

    // Root ignores permission bits, so as root open_probe drops to the user nobody first; as
    // anyone else the bits apply directly. Either way the folder is not writable by the opener
    // and the file is.
    void aReadOnlyFolderIsRefusedAndCanBeBrowsed()
    {
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        const QByteArray before = fileHash(temp.path());
        QFile::Permissions readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        if (::geteuid() == 0) {
            // nobody owns the file (so could write it) but not the folder.
            QCOMPARE(::chown(QFile::encodeName(temp.path()).constData(), Nobody, Nobody), 0);
        }
        QVERIFY(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(temp.folder(), readable));

        const ProbeResult result = runProbe({QStringLiteral("--as-nobody"), temp.path()});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.opened);
        QCOMPARE(static_cast<OpenFailure>(result.failure), OpenFailure::NotWritable);
        QVERIFY2(result.message.contains(QStringLiteral("cannot write in"))
                && !result.message.contains(QStringLiteral("restore a backup")),
            qPrintable(result.message));
        QCOMPARE(fileHash(temp.path()), before);
        QVERIFY(!QFile::exists(temp.path() + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(temp.path() + QStringLiteral(".lock")));

        // The way on the message offers: browsing it read-only (SQLite's immutable mode, no -shm).
        const ProbeResult browsing
            = runProbe({QStringLiteral("--as-nobody"), QStringLiteral("--read-only"), temp.path()});
        QVERIFY2(browsing.error.isEmpty(), qPrintable(browsing.error));
        QVERIFY2(browsing.opened,
            qPrintable(failureName(browsing.failure) + QLatin1String(": ") + browsing.message));
        QCOMPARE(fileHash(temp.path()), before);

        QVERIFY(QFile::setPermissions(temp.folder(), readable | QFile::WriteOwner));
    }

    void aReadOnlyFileIsRefusedAndCanBeBrowsed()
    {
        TempDatabase temp;
        QVERIFY(copyTemplate(temp));
        const QByteArray before = fileHash(temp.path());
        const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
            | QFile::ExeOther;
        // The folder is writable by the opener (lock, WAL and shared memory can be created), the file is not.
        QVERIFY(QFile::setPermissions(temp.folder(), everyone));
        QVERIFY(QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

        const ProbeResult result = runProbe({QStringLiteral("--as-nobody"), temp.path()});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.opened);
        QCOMPARE(static_cast<OpenFailure>(result.failure), OpenFailure::NotWritable);
        QVERIFY2(result.message.contains(QStringLiteral("read-only")), qPrintable(result.message));
        QCOMPARE(fileHash(temp.path()), before);

        const ProbeResult browsing
            = runProbe({QStringLiteral("--as-nobody"), QStringLiteral("--read-only"), temp.path()});
        QVERIFY2(browsing.error.isEmpty(), qPrintable(browsing.error));
        QVERIFY2(browsing.opened,
            qPrintable(failureName(browsing.failure) + QLatin1String(": ") + browsing.message));
        QCOMPARE(fileHash(temp.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestOpenProblems)
#include "test_openproblems.moc"
