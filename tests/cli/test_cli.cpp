// The real `starloop` executable, run headless the way a script would.
#include "core/practice/practicelog.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/storage/healthcheck.h"
#include "core/sync/changefile.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run starloop(const QStringList &arguments, const QStringList &unset = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        env.remove(name);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STARLOOP_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

QString showcase()
{
    return QStringLiteral(STARLOOP_TEST_DATA "/showcase/showcase.json");
}

QByteArray exported(const QString &database)
{
    const Run run = starloop({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("-d"), database});
    return run.exitCode == 0 ? run.out.toUtf8() : QByteArray("export failed: ") + run.err.toUtf8();
}

// Every change file in the folder reads whole; .part files aside.
QString brokenChangeFile(const QString &folder)
{
    QDirIterator files(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return path;
        if (const auto parsed = Starloop::Sync::ChangeFile::parse(file.readAll()); !parsed)
            return path + QStringLiteral(": ") + parsed.errorMessage();
    }
    return QString();
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
            store.value()->db().exec(
                "UPDATE questions SET title = 'zzzz unindexed' WHERE id = (SELECT min(id) FROM questions)");
        }
        const Run run = starloop({QStringLiteral("check"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("search index")), qPrintable(run.out));
    }

    // As from cron or ssh, where XDG_RUNTIME_DIR is not set: a command that draws says only
    // what it has to say.
    void noWarningWithoutARuntimeDir()
    {
        Starloop::Test::TempDatabase temp;
        QCOMPARE(starloop({QStringLiteral("check"), QStringLiteral("-d"), temp.path()}).exitCode, 0);
        const Run run = starloop({QStringLiteral("export-diagram"), QStringLiteral("none"),
                                     QStringLiteral("/tmp/none.svg"), QStringLiteral("-d"), temp.path()},
            {QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("none")), qPrintable(run.err));
    }

    // When reading the rows found fails, the command says why (it once printed an empty line).
    void aSearchThatCannotReadItsRowsSaysWhy()
    {
        Starloop::Test::TempDatabase temp;
        QCOMPARE(starloop({QStringLiteral("check"), QStringLiteral("-d"), temp.path()}).exitCode, 0);
        {
            auto store = temp.open();
            QVERIFY(store.ok());
            // The ranking does not read the users' state; reading a found row does, and fails.
            store.value()->db().exec("PRAGMA foreign_keys = OFF");
            store.value()->db().exec("DROP TABLE question_state");
            store.value()->db().exec("CREATE VIEW question_state AS SELECT 0 AS question_id, "
                                     "abs(-9223372036854775807 - 1) AS starred, '' AS note_md, "
                                     "NULL AS last_rating, NULL AS due_at");
        }
        const Run run = starloop(
            {QStringLiteral("search"), QStringLiteral("dynamo"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("integer overflow")), qPrintable(run.err));
        QVERIFY2(run.err.trimmed().size() > 20, qPrintable(run.err));
    }

    void exportThenImportIntoAnotherFile()
    {
        Starloop::Test::TempDatabase a, b;
        {
            auto store = a.open();
            QVERIFY(store.ok());
            store.value()->db().exec(
                "INSERT INTO saved_searches(name, query) VALUES ('hard', 'level:advanced')");
        }
        const QString file = a.folder() + QStringLiteral("/export.json");
        const Run exported = starloop({QStringLiteral("export"), file, QStringLiteral("-d"), a.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run dry = starloop(
            {QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("-d"), b.path()});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Saved searches: 1 new")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("nothing was changed")));
        const Run imported = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QCOMPARE(imported.exitCode, 0);
        const Run again = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QVERIFY(again.out.contains(QStringLiteral("Saved searches: 0 new, 0 updated, 1 unchanged")));
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            "{\"format\": \"starloop-export\", \"version\": 1, \"saved_searches\": [{\"name\": 3}]}");
        broken.close();
        const Run refused = starloop({QStringLiteral("import"), file, QStringLiteral("-d"), b.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("saved_searches[0].name must be text")),
            qPrintable(refused.err));
    }

    void exportWithRecordingsCarriesTheAudio()
    {
        Starloop::Test::TempDatabase a, b;
        QString recording;
        {
            auto store = a.open();
            QVERIFY(store.ok());
            Starloop::Practice::PracticeLog log(store.value()->db());
            const qint64 id
                = log.start(QStringLiteral("story"), QStringLiteral("s"), QStringLiteral("Cut scope"),
                         Starloop::Practice::TimerPlan {}, 1'795'000'000)
                      .value();
            Starloop::Rehearsal::RecordingLinks links(store.value()->db());
            recording = links.newRecordingPath(id, QStringLiteral("ogg")).value();
            QFile audio(recording);
            QVERIFY(audio.open(QIODevice::WriteOnly));
            audio.write(QByteArray(50'000, 'a'));
            audio.close();
            QVERIFY(links.attach(id, recording, {{Starloop::Rehearsal::MarkKind::Task, 9'000, {}}}).ok());
        }
        const QString zip = a.folder() + QStringLiteral("/export.zip");
        const Run refused = starloop({QStringLiteral("export"), QStringLiteral("--with-recordings"),
            QStringLiteral("-"), QStringLiteral("-d"), a.path()});
        QCOMPARE(refused.exitCode, 2);
        const Run exported = starloop({QStringLiteral("export"), QStringLiteral("--with-recordings"), zip,
            QStringLiteral("-d"), a.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("with 1 recording")), qPrintable(exported.out));
        const Run dry = starloop(
            {QStringLiteral("import"), zip, QStringLiteral("--dry-run"), QStringLiteral("-d"), b.path()});
        QVERIFY2(dry.out.contains(QStringLiteral("Recordings: 1 new, 0 already here")), qPrintable(dry.out));
        const QString copied = QFileInfo(b.path()).dir().filePath(
            QStringLiteral("recordings/") + QFileInfo(recording).fileName());
        QVERIFY(!QFileInfo::exists(copied));
        const Run imported = starloop({QStringLiteral("import"), zip, QStringLiteral("-d"), b.path()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Practice sessions: 1 new")), qPrintable(imported.out));
        QCOMPARE(QFileInfo(copied).size(), qint64(50'000));

        QFile damaged(zip);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("PK\x03\x04 and then nothing");
        damaged.close();
        const Run broken = starloop({QStringLiteral("import"), zip, QStringLiteral("-d"), b.path()});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("not a zip archive")), qPrintable(broken.err));
    }

    void anUnknownCommandIsNamed()
    {
        const Run run = starloop({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    }

    // The acceptance run: a fresh file, the loop 30 days ahead, 10 hours a week.
    void planFitsTheBudgetAndReachesEverySectionAndPrinciple()
    {
        Starloop::Test::TempDatabase temp;
        const QString loopDate = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        const Run run = starloop(
            {QStringLiteral("plan"), QStringLiteral("--json"), QStringLiteral("--loop-date"), loopDate,
                QStringLiteral("--hours-per-week"), QStringLiteral("10"), QStringLiteral("-d"), temp.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("loop_date")).toString(), loopDate);
        QCOMPARE(plan.value(QStringLiteral("daily_budget_minutes")).toInt(), 600 / 7);
        const QJsonArray days = plan.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 31);
        QSet<QString> sections;
        QSet<QString> principles;
        for (const QJsonValue &value : days) {
            const QJsonObject day = value.toObject();
            int minutes = 0;
            for (const QJsonValue &task : day.value(QStringLiteral("tasks")).toArray()) {
                minutes += task.toObject().value(QStringLiteral("minutes")).toInt();
                sections.insert(task.toObject().value(QStringLiteral("section")).toString());
                for (const QJsonValue &p : task.toObject().value(QStringLiteral("principles")).toArray())
                    principles.insert(p.toString());
            }
            QCOMPARE(day.value(QStringLiteral("planned_minutes")).toInt(), minutes);
            QVERIFY2(minutes <= 600 / 7, qPrintable(day.value(QStringLiteral("date")).toString()));
        }
        sections.remove(QString());
        QCOMPARE(sections.size(), 6); // every section of the bank
        QCOMPARE(principles.size(), 16);
        const QJsonObject readiness = plan.value(QStringLiteral("readiness")).toObject();
        for (const QString &kind : {QStringLiteral("sections"), QStringLiteral("principles")}) {
            const QJsonArray targets = readiness.value(kind).toArray();
            QCOMPARE(targets.size(), kind == QLatin1String("sections") ? 6 : 16);
            for (const QJsonValue &target : targets)
                QVERIFY2(target.toObject().value(QStringLiteral("met")).toBool(),
                    qPrintable(target.toObject().value(QStringLiteral("id")).toString() + run.err));
        }
        // The whole bank does not fit in 43 hours: said on stderr, and in the JSON.
        QVERIFY(run.err.contains(QStringLiteral("will not fit")));
        QVERIFY(plan.value(QStringLiteral("not_learnt")).toInt() > 0);

        // The date and hours are kept; the calendar file follows the plan.
        const QString ics = temp.folder() + QStringLiteral("/plan.ics");
        const Run again = starloop(
            {QStringLiteral("plan"), QStringLiteral("--ics"), ics, QStringLiteral("-d"), temp.path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("onsite loop")), qPrintable(again.out.left(2000)));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        const QByteArray loopDay
            = QDate::currentDate().addDays(30).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        QVERIFY(calendar.contains(QByteArray(QByteArray("DTSTART;VALUE=DATE:") + loopDay)));
    }

    void planSaysWhatIsWrongWithItsInput()
    {
        Starloop::Test::TempDatabase temp;
        const Run past
            = starloop({QStringLiteral("plan"), QStringLiteral("--loop-date"), QStringLiteral("2001-02-03"),
                QStringLiteral("--hours-per-week"), QStringLiteral("0"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(past.exitCode, 0); // the best plan there is, and why it is poor
        QVERIFY2(past.err.contains(QStringLiteral("2001-02-03 is not after today")), qPrintable(past.err));
        QVERIFY(past.err.contains(QStringLiteral("No study time")));
        QVERIFY(past.err.contains(QStringLiteral("will not fit")));
        const Run garbage = starloop({QStringLiteral("plan"), QStringLiteral("--loop-date"),
            QStringLiteral("soon"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY(garbage.err.contains(QStringLiteral("--loop-date needs a date")));
        const Run hours = starloop({QStringLiteral("plan"), QStringLiteral("--hours-per-week"),
            QStringLiteral("-4"), QStringLiteral("-d"), temp.path()});
        QCOMPARE(hours.exitCode, 2);
    }
    void syncTwoDatabasesThroughAFolder()
    {
        Starloop::Test::TempDatabase a, b;
        QTemporaryDir folder;
        QCOMPARE(
            starloop({QStringLiteral("import"), showcase(), QStringLiteral("-d"), a.path()}).exitCode, 0);
        const Run out = starloop({QStringLiteral("sync"), folder.path(), QStringLiteral("--name"),
            QStringLiteral("laptop"), QStringLiteral("-d"), a.path()});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY2(out.out.contains(QStringLiteral("Out: ")) && out.out.contains(QStringLiteral("stories 4")),
            qPrintable(out.out));
        QVERIFY(out.out.contains(QStringLiteral("In: nothing new")));
        const Run in = starloop({QStringLiteral("sync"), folder.path(), QStringLiteral("--name"),
            QStringLiteral("desktop"), QStringLiteral("-d"), b.path()});
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QVERIFY2(in.out.contains(QStringLiteral("from laptop")), qPrintable(in.out));
        QVERIFY(in.out.contains(QStringLiteral("Out: nothing changed here")));
        QCOMPARE(exported(b.path()), exported(a.path()));

        const Run missing = starloop({QStringLiteral("sync"), folder.filePath(QStringLiteral("nowhere")),
            QStringLiteral("-d"), b.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("missing")));
        QCOMPARE(starloop({QStringLiteral("sync"), QStringLiteral("-d"), b.path()}).exitCode, 2);

        // Nothing to send, to a folder that cannot be written to: said, and a failure.
        QTemporaryDir blocked;
        QFile inTheWay(blocked.filePath(QStringLiteral("starloop-sync")));
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.close();
        const Run readOnly
            = starloop({QStringLiteral("sync"), blocked.path(), QStringLiteral("-d"), b.path()});
        QCOMPARE(readOnly.exitCode, 1);
        QVERIFY2(readOnly.out.contains(QStringLiteral("cannot be written")), qPrintable(readOnly.out));
        QVERIFY(!readOnly.out.contains(QStringLiteral("nothing changed here")));
    }

    // Rounds killed (SIGKILL) at random moments: after each kill the database passes its checks
    // and every change file in the folder reads whole; the rounds that follow converge.
    void aSyncKilledMidRoundLeavesDatabaseAndFolderConsistent()
    {
        Starloop::Test::TempDatabase a, b;
        QTemporaryDir folder;
        QCOMPARE(
            starloop({QStringLiteral("import"), showcase(), QStringLiteral("-d"), a.path()}).exitCode, 0);
        // How long a small round takes here (the process's start included): each round below is
        // killed at a random moment up to one and a half times that, so most are cut at some point
        // of their work, whatever the machine's speed, and a few finish.
        QCOMPARE(
            starloop({QStringLiteral("sync"), folder.path(), QStringLiteral("-d"), a.path()}).exitCode, 0);
        {
            auto store = a.open();
            QVERIFY(store.ok());
            store.value()->db().exec("INSERT INTO saved_searches(name, query) VALUES ('warm-up', 'tag:x')");
        }
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(
            starloop({QStringLiteral("sync"), folder.path(), QStringLiteral("-d"), a.path()}).exitCode, 0);
        const int roundMs = int(std::max<qint64>(clock.elapsed(), 10));
        QRandomGenerator random(27);
        int killed = 0;
        for (int i = 0; i < 16; ++i) {
            {
                auto store = a.open();
                QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
                const auto health = Starloop::Storage::HealthCheck::run(store.value()->db());
                QVERIFY2(health.ok(), qPrintable(health.problems.join(QLatin1Char('\n'))));
                store.value()->db().exec(
                    QStringLiteral("INSERT INTO saved_searches(name, query) VALUES ('s%1', 'level:advanced')")
                        .arg(i));
            }
            QVERIFY2(brokenChangeFile(folder.path()).isEmpty(), qPrintable(brokenChangeFile(folder.path())));
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(STARLOOP_EXECUTABLE),
                {QStringLiteral("sync"), folder.path(), QStringLiteral("-d"), a.path()});
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(random.bounded(1, roundMs * 3 / 2))) {
                process.kill();
                process.waitForFinished();
                ++killed;
            }
        }
        QVERIFY(killed > 0);
        QVERIFY(brokenChangeFile(folder.path()).isEmpty());
        for (const QString &database : {a.path(), b.path(), a.path()})
            QCOMPARE(
                starloop({QStringLiteral("sync"), folder.path(), QStringLiteral("-d"), database}).exitCode,
                0);
        QCOMPARE(exported(b.path()), exported(a.path()));
        QVERIFY(exported(b.path()).contains("\"s15\""));
        QDirIterator parts(
            folder.path(), {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(!parts.hasNext());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
