// The real `starloop` executable, run headless the way a script would.
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run starloop(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STARLOOP_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNeedsNoDisplayAndNoDatabase()
    {
        Starloop::Test::TempDatabase temp;
        const Run run = starloop({QStringLiteral("--database"), temp.path(), QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("starloop 0.")));
        QVERIFY(!QFile::exists(temp.path()));
    }

    void helpListsTheCommands()
    {
        const Run run = starloop({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--database")));
        QVERIFY(run.out.contains(QStringLiteral("check")));
    }

    void checkCreatesAndVerifiesANewDatabase()
    {
        Starloop::Test::TempDatabase temp;
        const Run run = starloop({QStringLiteral("check"), QStringLiteral("--database"), temp.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral(": ok")));
        QVERIFY(run.out.contains(QStringLiteral("questions")));
        // options may also come before the command
        const Run again = starloop({QStringLiteral("-d"), temp.path(), QStringLiteral("check")});
        QCOMPARE(again.exitCode, 0);
    }

    void checkRefusesAFileThatIsNotADatabase()
    {
        Starloop::Test::TempDatabase temp;
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,score\nada,10\n");
        file.close();
        const QByteArray before = hashOf(temp.path());
        const Run run = starloop({QStringLiteral("check"), QStringLiteral("--database"), temp.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("not a Starloop database")));
        QCOMPARE(hashOf(temp.path()), before);
    }

    void checkFindsADamagedSearchIndex()
    {
        Starloop::Test::TempDatabase temp;
        QCOMPARE(starloop({QStringLiteral("check"), QStringLiteral("-d"), temp.path()}).exitCode, 0);
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            // Change a question behind the index's back.
            store.value()->db().exec("UPDATE questions SET title = 'zzzz unindexed' WHERE id = (SELECT min(id) FROM questions)");
        }
        const Run run = starloop({QStringLiteral("check"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("search index")), qPrintable(run.out));
    }

    void exportThenImportIntoAnotherFile()
    {
        Starloop::Test::TempDatabase a, b;
        {
            auto store = a.open();
            QVERIFY(store.ok());
            store.value()->db().exec("INSERT INTO saved_searches(name, query) VALUES ('hard', 'level:advanced')");
        }
        const QString file = a.folder() + QStringLiteral("/export.json");
        const Run exported = starloop({QStringLiteral("export"), file, QStringLiteral("-d"), a.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run dry = starloop({QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("-d"), b.path()});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Saved searches: 1 new")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("nothing was changed")));
        const Run imported = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QCOMPARE(imported.exitCode, 0);
        const Run again = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QVERIFY(again.out.contains(QStringLiteral("Saved searches: 0 new, 0 updated, 1 unchanged")));
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"starloop-export\", \"version\": 1, \"saved_searches\": [{\"name\": 3}]}");
        broken.close();
        const Run refused = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("saved_searches[0].name must be text")), qPrintable(refused.err));
    }

    void anUnknownCommandIsNamed()
    {
        const Run run = starloop({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
