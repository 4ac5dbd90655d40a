// RecordingLinks: a practice session's recording and marks (schema 7). The file lives beside
// the database in recordings/ and is stored by name; a file deleted outside Starloop is
// reported, never an error; deleting a session reports its recording for the GUI to offer.
#include "core/practice/practicelog.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/rehearsal/rehearsalerrors.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Rehearsal;

namespace {

constexpr qint64 Now = 1'795'000'000;

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("OggS");
}

} // namespace

class TestRecordingLinks : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;

    qint64 startSession(const QString &title = QStringLiteral("Cut scope"))
    {
        Practice::PracticeLog log(m_store->db());
        return log
            .start(QStringLiteral("story"), QStringLiteral("story-uid"), title, Practice::TimerPlan {}, Now)
            .value();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
    }

    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void schemaHasTheColumns()
    {
        QVERIFY(Storage::Migrations::latestVersion() >= 6);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM pragma_table_info('practice_sessions') "
                                         "WHERE name IN ('recording', 'marks')"),
            qint64(2));
    }

    void attachAndReadBack()
    {
        RecordingLinks links(m_store->db());
        const QString folder = QDir(m_temp->folder()).filePath(QStringLiteral("recordings"));
        QCOMPARE(links.recordingsFolder(), folder);
        const qint64 id = startSession();
        QCOMPARE(links.link(id).value(), std::nullopt);

        const Result<QString> created = links.newRecordingPath(id, QStringLiteral("ogg"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        const QString path = created.value();
        QVERIFY(QDir(folder).exists());
        QVERIFY(path.startsWith(folder + QLatin1String("/rehearsal-")));
        QVERIFY(path.endsWith(QLatin1String(".ogg")));
        touch(path);
        QVERIFY(links.newRecordingPath(id, QStringLiteral("ogg")).value() != path); // never the same file

        const QVector<RehearsalMark> marks {{MarkKind::Task, 31000, {}}, {MarkKind::Action, 52000, {}},
            {MarkKind::Probe, 190000, QStringLiteral("What data did you use?")}};
        QVERIFY(links.attach(id, path, marks).ok());
        // Stored by name, so the folder can move with its database.
        QCOMPARE(
            m_store->db().scalarText("SELECT recording FROM practice_sessions"), QFileInfo(path).fileName());
        const auto link = links.link(id).value();
        QVERIFY(link.has_value());
        QCOMPARE(link->path, path);
        QCOMPARE(link->marks, marks);
        QVERIFY(link->exists);
        QCOMPARE(links.links()->size(), 1);

        QVector<RehearsalMark> more = marks;
        more.append({MarkKind::Result, 150000, {}});
        QVERIFY(links.setMarks(id, more).ok());
        QCOMPARE(links.link(id).value()->marks.size(), 4);
        // The practice log's own view of the session is untouched.
        QCOMPARE(Practice::PracticeLog(m_store->db()).load(id)->title, QStringLiteral("Cut scope"));
    }

    void fileOutsideTheFolderKeepsItsPath()
    {
        RecordingLinks links(m_store->db());
        const qint64 id = startSession();
        const QString elsewhere = QDir(m_temp->folder()).filePath(QStringLiteral("mine.wav"));
        touch(elsewhere);
        QVERIFY(links.attach(id, elsewhere, {}).ok());
        QCOMPARE(links.link(id).value()->stored, elsewhere);
        QCOMPARE(links.link(id).value()->path, elsewhere);
    }

    void missingFileIsReportedNotFatal()
    {
        RecordingLinks links(m_store->db());
        const qint64 kept = startSession();
        const qint64 lost = startSession(QStringLiteral("Lost one"));
        const QString keptPath = links.newRecordingPath(kept, QStringLiteral("ogg")).value();
        touch(keptPath);
        QVERIFY(links.attach(kept, keptPath, {}).ok());
        const QString lostPath = links.newRecordingPath(lost, QStringLiteral("ogg")).value();
        touch(lostPath);
        QVERIFY(links.attach(lost, lostPath, {{MarkKind::Task, 1000, {}}}).ok());
        QVERIFY(QFile::remove(lostPath)); // deleted outside Starloop

        const auto link = links.link(lost);
        QVERIFY(link.ok());
        QVERIFY(!link.value()->exists);
        QCOMPARE(link.value()->marks.size(), 1); // the marks are still there
        const auto missing = links.missing();
        QVERIFY(missing.ok());
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().sessionId, lost);
        // The user gives up on it: the link goes, the session and its marks stay.
        QVERIFY(links.detach(lost).ok());
        QCOMPARE(links.link(lost).value(), std::nullopt);
        QVERIFY(links.missing()->isEmpty());
        QVERIFY(Practice::PracticeLog(m_store->db()).load(lost).ok());
    }

    void removingASessionReportsItsRecording()
    {
        RecordingLinks links(m_store->db());
        const qint64 id = startSession();
        const QString path = links.newRecordingPath(id, QStringLiteral("wav")).value();
        touch(path);
        QVERIFY(links.attach(id, path, {}).ok());
        const Result<RemovedSession> removed = links.removeSession(id);
        QVERIFY(removed.ok());
        QCOMPARE(removed->recordingPath, path);
        QVERIFY(removed->recordingExists);
        QVERIFY(QFile::exists(path)); // left for the user to decide
        QVERIFY(!Practice::PracticeLog(m_store->db()).load(id).ok());
        QVERIFY(RecordingLinks::deleteRecording(path).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(RecordingLinks::deleteRecording(path).ok()); // already gone: fine

        const qint64 plain = startSession();
        const Result<RemovedSession> noRecording = links.removeSession(plain);
        QVERIFY(noRecording.ok());
        QVERIFY(noRecording->recordingPath.isEmpty());
        QVERIFY(!links.removeSession(plain).ok()); // gone already
    }

    void unknownSessionsAndMarks()
    {
        RecordingLinks links(m_store->db());
        QVERIFY(!links.link(404).ok());
        QVERIFY(!links.attach(404, QStringLiteral("/tmp/x.ogg"), {}).ok());
        QVERIFY(!links.setMarks(404, {}).ok());
        QVERIFY(!links.newRecordingPath(404, QStringLiteral("ogg")).ok());
        // Marks written by a newer Starloop: unknown kinds are skipped, the rest read.
        const QByteArray json = R"([{"kind":"task","ms":1000},{"kind":"laugh","ms":2000},{"kind":"result"},
            {"kind":"result","ms":9000,"label":""}])";
        const QVector<RehearsalMark> marks = marksFromJson(json);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.last().kind, MarkKind::Result);
        QVERIFY(marksFromJson("not json").isEmpty());
        QCOMPARE(marksFromJson(marksToJson(marks)), marks);
    }

    void nextMarkAdvancesThroughStar()
    {
        QVector<RehearsalMark> marks;
        QCOMPARE(nextStarMark(marks), MarkKind::Task);
        marks.append({MarkKind::Task, 1000, {}});
        marks.append({MarkKind::Probe, 1500, QStringLiteral("Why?")});
        QCOMPARE(nextStarMark(marks), MarkKind::Action);
        marks.append({MarkKind::Action, 2000, {}});
        QCOMPARE(nextStarMark(marks), MarkKind::Result);
        marks.append({MarkKind::Result, 3000, {}});
        QCOMPARE(nextStarMark(marks), std::nullopt);
    }

    void inMemoryDatabaseHasNoRecordingsFolder()
    {
        auto memory
            = Storage::Database::open(QStringLiteral(":memory:"), Storage::Database::Access::ReadWriteCreate);
        RecordingLinks links(*memory);
        QVERIFY(links.recordingsFolder().isEmpty());
        const Result<QString> path = links.newRecordingPath(1, QStringLiteral("ogg"));
        QVERIFY(!path.ok());
        QCOMPARE(path.error().code, int(NoDatabaseFolder));
    }
};

QTEST_GUILESS_MAIN(TestRecordingLinks)
#include "test_recordinglinks.moc"
