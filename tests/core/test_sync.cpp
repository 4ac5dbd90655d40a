// Sync through a shared folder (Sync::SyncEngine): two and three databases and one folder.
// Edits on every side converge to the same export; a text edited on two sides keeps both;
// causality beats wrong clocks; an edit beats a deletion; partial, damaged, stale, duplicated
// and sync-tool conflict files; a missing or unwritable folder; a database restored from a
// backup; and random edits and rounds on three devices that converge with nothing lost.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/dismissalrepository.h"
#include "core/diagrams/drillrepository.h"
#include "core/portability/dataexport.h"
#include "core/practice/practicelog.h"
#include "core/practice/reviewrepository.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/timerplan.h"
#include "core/questions/questionrepository.h"
#include "core/storage/database.h"
#include "core/stories/storyrepository.h"
#include "core/sync/changefile.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsections.h"
#include "core/sync/syncsettings.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Sync;

namespace {

const QStringList BankQuestions {QStringLiteral("aws-s3-durability"),
    QStringLiteral("aws-dynamodb-partitions"), QStringLiteral("code-two-sum")};

struct Device
{
    Test::TempDatabase temp;
    std::unique_ptr<Storage::DataStore> store;
    QString name;
    Storage::Database &db() { return store->db(); }
};

std::unique_ptr<Device> device(const QString &name)
{
    auto made = std::make_unique<Device>();
    auto opened = made->temp.open();
    if (!opened)
        return nullptr;
    made->store = std::move(opened.value());
    made->name = name;
    QVector<Bank::Diagnostic> diagnostics;
    (void)Bank::BankSync::sync(
        made->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1);
    if (!SyncEngine::setDeviceName(made->db(), name))
        return nullptr;
    return made;
}

// One round; the report, or a failed test with the round's message.
bool sync(Device &device, const QString &folder, qint64 now, SyncReport *report = nullptr,
    const Compaction &compaction = Compaction())
{
    const Result<SyncReport> round = SyncEngine::runRound(device.db(), folder, now, compaction);
    if (!round) {
        qWarning("%s: %s", qPrintable(device.name), qPrintable(round.errorMessage()));
        return false;
    }
    if (report)
        *report = round.value();
    return true;
}

// The lists only the sync holds (settings, dismissals, drills), as it sends them.
QJsonObject syncedListsOf(Device &device)
{
    QJsonObject lists;
    for (const char *name : {"settings", "review_dismissals", "diagram_drills", "drill_reviews"}) {
        const auto records = SyncSection::find(QLatin1String(name))->exportAll(device.db());
        lists.insert(QLatin1String(name),
            records ? QJsonValue(records.value()) : QJsonValue(QStringLiteral("failed")));
    }
    return lists;
}

// The export file, followed by the lists only the sync holds.
QByteArray exportOf(Device &device)
{
    const auto json = Portability::DataExport::toJson(device.db());
    return json ? json.value() + QJsonDocument(syncedListsOf(device)).toJson(QJsonDocument::Compact)
                : QByteArray("export failed");
}

QJsonObject exportFileOf(Device &device)
{
    const auto json = Portability::DataExport::toJson(device.db());
    return json ? QJsonDocument::fromJson(json.value()).object() : QJsonObject();
}

QJsonArray syncedList(Device &device, const char *name)
{
    return syncedListsOf(device).value(QLatin1String(name)).toArray();
}

Practice::StudyGoal goalOf(Device &device)
{
    const auto goal = Practice::StudyGoalStore(device.db()).load();
    return goal ? goal.value() : Practice::StudyGoal {};
}

bool setWeeklyMinutes(Device &device, int minutes)
{
    Practice::StudyGoal goal = goalOf(device);
    goal.minutesPerWeek = minutes;
    return Practice::StudyGoalStore(device.db()).save(goal).ok();
}

QString newStory(Device &device, const QString &title, const QString &situation, qint64 now)
{
    Stories::Story draft;
    draft.title = title;
    draft.situation = situation;
    const auto story = Stories::StoryRepository(device.db()).create(draft, now);
    return story ? story->uid : QString();
}

std::optional<Stories::Story> storyOf(Device &device, const QString &uid)
{
    const auto id = device.db().intByUid("stories", "id", uid);
    if (!id)
        return std::nullopt;
    const auto story = Stories::StoryRepository(device.db()).load(*id);
    return story ? std::optional<Stories::Story>(story.value()) : std::nullopt;
}

bool editStory(Device &device, const QString &uid, const QString &situation, qint64 now)
{
    auto story = storyOf(device, uid);
    if (!story)
        return false;
    story->situation = situation;
    return Stories::StoryRepository(device.db()).save(*story, now).ok();
}

bool deleteStory(Device &device, const QString &uid)
{
    const auto id = device.db().intByUid("stories", "id", uid);
    return id && Stories::StoryRepository(device.db()).remove(*id).ok();
}

QString noteOf(Device &device, const QString &questionUid)
{
    const auto question = Questions::QuestionRepository(device.db()).loadByUid(questionUid);
    return question ? question->noteMd : QString();
}

bool writeNote(Device &device, const QString &questionUid, const QString &note, qint64 now)
{
    const auto id = device.db().intByUid("questions", "id", questionUid);
    return id && Questions::QuestionRepository(device.db()).saveNote(*id, note, now).ok();
}

QVector<SyncConflict> conflictsOf(Device &device)
{
    const auto conflicts = SyncConflicts(device.db()).list();
    return conflicts ? conflicts.value() : QVector<SyncConflict>();
}

QStringList changeFiles(const QString &folder)
{
    QStringList files;
    QDir root(QDir(folder).filePath(QStringLiteral("starloop-sync")));
    for (const QString &device : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &file : QDir(root.filePath(device)).entryList(QDir::Files, QDir::Name))
            files << root.filePath(device + QLatin1Char('/') + file);
    }
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsOnBothSidesConverge()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("The midnight rollback"), QStringLiteral("S"), 100);
        QVERIFY(writeNote(*a, BankQuestions[0], QStringLiteral("eleven nines"), 110));
        QVERIFY(writeNote(*b, BankQuestions[1], QStringLiteral("hot partitions"), 120));
        const QString other = newStory(*b, QStringLiteral("The flaky test"), QStringLiteral("T"), 130);
        QVERIFY(Practice::PracticeLog(b->db())
                    .start(Practice::PracticeLog::kinds().first(), QString(), QStringLiteral("Mock"),
                        Practice::TimerPlan::stopwatch(), 140)
                    .ok());

        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 200, &report));
        QCOMPARE(report.sent, 3); // the story; the note and its question's state
        QCOMPARE(report.received, 0);
        QVERIFY(sync(*b, folder.path(), 210, &report));
        QCOMPARE(report.received, 3);
        QCOMPARE(report.peers, QStringList {QStringLiteral("laptop")});
        QVERIFY(Practice::ReviewRepository(b->db())
                    .rateStory(*b->db().intByUid("stories", "id", story), 3, 220)
                    .ok());
        QVERIFY(sync(*b, folder.path(), 230));
        QVERIFY(sync(*a, folder.path(), 240, &report));
        QVERIFY(report.received >= 4);

        QCOMPARE(exportOf(*a), exportOf(*b));
        QCOMPARE(storyOf(*a, other)->title, QStringLiteral("The flaky test"));
        QCOMPARE(noteOf(*b, BankQuestions[0]), QStringLiteral("eleven nines"));
        const QJsonObject exported = exportFileOf(*a);
        QCOMPARE(exported.value(QStringLiteral("reviews")).toArray().size(), 1);
        QCOMPARE(exported.value(QStringLiteral("practice_sessions")).toArray().size(), 1);

        // A round with nothing new writes nothing and reads nothing again.
        const int files = int(changeFiles(folder.path()).size());
        QVERIFY(sync(*a, folder.path(), 250, &report));
        QVERIFY(sync(*b, folder.path(), 260, &report));
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.received, 0);
        QCOMPARE(int(changeFiles(folder.path()).size()), files);
        const auto status = SyncEngine::status(b->db());
        QVERIFY(status.ok());
        QCOMPARE(*status->lastRoundAt, qint64(260));
        QCOMPARE(status->devices.size(), 1);
        QCOMPARE(status->devices.first().name, QStringLiteral("laptop"));
    }

    void aTextEditedOnBothSidesKeepsBoth()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("first"), 100);
        QVERIFY(sync(*a, folder.path(), 110));
        QVERIFY(sync(*b, folder.path(), 120));
        QVERIFY(editStory(*a, story, QStringLiteral("told on the laptop"), 200));
        QVERIFY(editStory(*b, story, QStringLiteral("told on the desktop"), 300));
        QVERIFY(writeNote(*a, BankQuestions[0], QStringLiteral("laptop note"), 210));
        QVERIFY(writeNote(*b, BankQuestions[0], QStringLiteral("desktop note"), 190));

        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 400));
        QVERIFY(sync(*b, folder.path(), 410, &report));
        QCOMPARE(report.conflicts, 2);
        QVERIFY(sync(*a, folder.path(), 420, &report));
        QCOMPARE(report.conflicts, 2);
        QVERIFY(sync(*b, folder.path(), 430));

        // The newer edit wins on both; the other is a conflict copy on both.
        QCOMPARE(storyOf(*a, story)->situation, QStringLiteral("told on the desktop"));
        QCOMPARE(noteOf(*b, BankQuestions[0]), QStringLiteral("laptop note"));
        QCOMPARE(exportOf(*a), exportOf(*b));
        const QVector<SyncConflict> conflicts = conflictsOf(*a);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflictsOf(*b).size(), 2);
        const SyncConflict &copy
            = conflicts.first().section == QLatin1String("stories") ? conflicts.first() : conflicts.last();
        QCOMPARE(copy.label, QStringLiteral("Rollback"));
        QCOMPARE(copy.device, QStringLiteral("laptop"));
        QCOMPARE(copy.changedAt, qint64(200));
        QCOMPARE(
            copy.record.value(QStringLiteral("situation")).toString(), QStringLiteral("told on the laptop"));
        QVERIFY(SyncConflicts::readable(copy.record, copy.section)
                    .contains(QStringLiteral("told on the laptop")));

        // Dismissed on one device, gone on the other too.
        QVERIFY(SyncConflicts(a->db()).dismiss(copy.uid).ok());
        QVERIFY(sync(*a, folder.path(), 500));
        QVERIFY(sync(*b, folder.path(), 510));
        QCOMPARE(conflictsOf(*b).size(), 1);
        QCOMPARE(conflictsOf(*a).size(), 1);
    }

    void causalityBeatsClocksThatDisagree()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop")); // its clock runs an hour behind
        QVERIFY(a && b);
        const QString story
            = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("laptop, 10:00"), 36000);
        QVERIFY(sync(*a, folder.path(), 36010));
        QVERIFY(sync(*b, folder.path(), 32420));
        QVERIFY(editStory(*b, story, QStringLiteral("desktop, later but 9:05 by its clock"), 32700));
        QVERIFY(sync(*b, folder.path(), 32710));
        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 36400, &report));
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(storyOf(*a, story)->situation, QStringLiteral("desktop, later but 9:05 by its clock"));
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void anEditBeatsADeletion()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("first"), 100);
        QVERIFY(Practice::ReviewRepository(a->db())
                    .rateStory(*a->db().intByUid("stories", "id", story), 4, 105)
                    .ok());
        const QString gone = newStory(*a, QStringLiteral("Deleted everywhere"), QStringLiteral("x"), 101);
        QVERIFY(sync(*a, folder.path(), 110));
        QVERIFY(sync(*b, folder.path(), 120));
        QVERIFY(deleteStory(*a, story));
        QVERIFY(deleteStory(*a, gone));
        QVERIFY(editStory(*b, story, QStringLiteral("kept"), 150));
        for (qint64 t = 200; t < 260; t += 10) {
            QVERIFY(sync(*a, folder.path(), t));
            QVERIFY(sync(*b, folder.path(), t + 5));
        }
        QCOMPARE(storyOf(*a, story)->situation, QStringLiteral("kept"));
        QVERIFY(!storyOf(*b, gone));
        QCOMPARE(exportOf(*a), exportOf(*b));
        // The story's review came back with it.
        QCOMPARE(exportFileOf(*a).value(QStringLiteral("reviews")).toArray().size(), 1);
    }

    void partialAndDamagedFilesAreSkippedAndReadLater()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("first"), 100);
        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 110, &report));
        const QString path = SyncFolder(folder.path()).filePath(report.device, report.sequence);
        const QByteArray whole = readFile(path);
        QVERIFY(!whole.isEmpty());

        // Half arrived: skipped with a message, nothing applied, nothing stops.
        QVERIFY(writeFile(path, whole.left(whole.size() / 2)));
        QVERIFY(sync(*b, folder.path(), 120, &report));
        QCOMPARE(report.received, 0);
        QCOMPARE(report.messages.size(), 1);
        QVERIFY2(
            report.messages.first().contains(QStringLiteral("Skipped")), qPrintable(report.messages.first()));
        QVERIFY(!storyOf(*b, story));

        // Whole but damaged: the checksum does not match.
        QByteArray damaged = whole;
        damaged.replace("first", "FIRST");
        QVERIFY(writeFile(path, damaged));
        QVERIFY(sync(*b, folder.path(), 130, &report));
        QCOMPARE(report.received, 0);
        QVERIFY(report.messages.first().contains(QStringLiteral("checksum")));

        // Arrived in full: read the next round.
        QVERIFY(writeFile(path, whole));
        QVERIFY(sync(*b, folder.path(), 140, &report));
        QCOMPARE(report.received, 1);
        QVERIFY(report.messages.isEmpty());
        QCOMPARE(storyOf(*b, story)->situation, QStringLiteral("first"));
    }

    void staleDuplicatedAndOutOfOrderFilesChangeNothing()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("one"), 100);
        SyncReport first, second;
        QVERIFY(sync(*a, folder.path(), 110, &first));
        QVERIFY(editStory(*a, story, QStringLiteral("second"), 120));
        QVERIFY(sync(*a, folder.path(), 130, &second));
        const SyncFolder layout(folder.path());
        const QString firstPath = layout.filePath(first.device, first.sequence);
        const QString secondPath = layout.filePath(second.device, second.sequence);

        // The second file arrives before the first.
        const QByteArray firstBytes = readFile(firstPath);
        QVERIFY(QFile::remove(firstPath));
        SyncReport report;
        QVERIFY(sync(*b, folder.path(), 140, &report));
        QCOMPARE(storyOf(*b, story)->situation, QStringLiteral("second"));
        QVERIFY(writeFile(firstPath, firstBytes));
        QVERIFY(sync(*b, folder.path(), 150, &report));
        QCOMPARE(report.filesRead, 1);
        QCOMPARE(report.received, 0);
        QCOMPARE(storyOf(*b, story)->situation, QStringLiteral("second"));

        // A sync tool's conflict copy of a file already applied, and an older copy put in the place
        // of a newer file: neither is applied again, nothing goes back.
        QVERIFY(QFile::copy(secondPath,
            secondPath.chopped(5) + QStringLiteral(".sync-conflict-20261207-140201-ABCDEFG.json")));
        QVERIFY(QFile::copy(firstPath, firstPath.chopped(5) + QStringLiteral(" (conflict 2026-12-07).json")));
        QVERIFY(writeFile(secondPath, firstBytes));
        QVERIFY(sync(*b, folder.path(), 160, &report));
        QCOMPARE(report.received, 0);
        QCOMPARE(storyOf(*b, story)->situation, QStringLiteral("second"));
        QVERIFY(report.messages.isEmpty());
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void twoDevicesWithTheSameNameStayApart()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("laptop"));
        QVERIFY(a && b);
        const QString mine = newStory(*a, QStringLiteral("A"), QStringLiteral("a"), 100);
        const QString theirs = newStory(*b, QStringLiteral("B"), QStringLiteral("b"), 100);
        SyncReport ra, rb;
        QVERIFY(sync(*a, folder.path(), 110, &ra));
        QVERIFY(sync(*b, folder.path(), 120, &rb));
        QVERIFY(ra.device != rb.device);
        QVERIFY(sync(*a, folder.path(), 130));
        QVERIFY(storyOf(*a, theirs) && storyOf(*b, mine));
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void aMissingOrUnwritableFolderIsReportedAndChangesNothing()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        QVERIFY(a);
        newStory(*a, QStringLiteral("A"), QStringLiteral("a"), 100);
        const auto missing = SyncEngine::runRound(a->db(), folder.filePath(QStringLiteral("gone")), 110);
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("missing")));

        // A file where the folder's starloop-sync folder should be: nothing can be written.
        QVERIFY(writeFile(folder.filePath(QStringLiteral("starloop-sync")), "in the way"));
        const auto blocked = SyncEngine::runRound(a->db(), folder.path(), 120);
        QVERIFY(!blocked);
        QVERIFY2(blocked.errorMessage().contains(QStringLiteral("cannot be written")),
            qPrintable(blocked.errorMessage()));
        QVERIFY(!SyncEngine::status(a->db())->lastRoundAt);

        // With nothing to send the round reads, and says that nothing could go out.
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(b);
        SyncReport readOnly;
        QVERIFY(sync(*b, folder.path(), 125, &readOnly));
        QVERIFY(readOnly.unwritable);
        QVERIFY2(
            readOnly.summary().contains(QStringLiteral("cannot be written")), qPrintable(readOnly.summary()));
        QVERIFY(!readOnly.summary().contains(QStringLiteral("nothing changed here")));

        // Once it can be written, the change goes out.
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("starloop-sync"))));
        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 130, &report));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.sequence, qint64(1));
        QVERIFY(!report.unwritable);
        QVERIFY(sync(*b, folder.path(), 140, &readOnly));
        QVERIFY(!readOnly.unwritable);
    }

    void aDatabaseRestoredFromABackupSyncsAsANewDevice()
    {
        QTemporaryDir folder, backups;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString story = newStory(*a, QStringLiteral("Rollback"), QStringLiteral("one"), 100);
        QVERIFY(sync(*a, folder.path(), 110));
        const QString backup = backups.filePath(QStringLiteral("backup.sqlite"));
        a->db().exec(QStringLiteral("VACUUM INTO '%1'").arg(backup));
        QVERIFY(editStory(*a, story, QStringLiteral("two"), 120));
        QVERIFY(sync(*a, folder.path(), 130));
        QVERIFY(sync(*b, folder.path(), 140));

        // The laptop's file is replaced by the backup, which never saw its second round.
        a->store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(a->temp.path() + suffix);
        QVERIFY(QFile::copy(backup, a->temp.path()));
        auto reopened = a->temp.open();
        QVERIFY(reopened.ok());
        a->store = std::move(reopened.value());
        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 150, &report));
        QCOMPARE(report.messages.size(), 1);
        QVERIFY(report.messages.first().contains(QStringLiteral("new device")));
        QCOMPARE(storyOf(*a, story)->situation, QStringLiteral("two")); // its own lost change, read back
        QVERIFY(editStory(*a, story, QStringLiteral("three"), 160));
        QVERIFY(sync(*a, folder.path(), 170));
        QVERIFY(sync(*b, folder.path(), 180));
        QCOMPARE(storyOf(*b, story)->situation, QStringLiteral("three"));
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void aNoteThatArrivesBeforeItsQuestionWaits()
    {
        QTemporaryDir folder, aside;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        auto c = device(QStringLiteral("tablet"));
        QVERIFY(a && b && c);
        Questions::QuestionDraft draft;
        draft.title = QStringLiteral("How do we shard orders?");
        const auto question = Questions::QuestionRepository(a->db()).createOwn(draft, 100);
        QVERIFY(question.ok());
        const QString uid = Questions::QuestionRepository(a->db()).load(question.value())->uid;
        SyncReport fromA;
        QVERIFY(sync(*a, folder.path(), 110, &fromA));
        QVERIFY(sync(*b, folder.path(), 120));
        QVERIFY(writeNote(*b, uid, QStringLiteral("by customer id"), 130));
        QVERIFY(sync(*b, folder.path(), 140));

        // The tablet gets the desktop's note before the laptop's question.
        const QString laptopFolder = SyncFolder(folder.path()).deviceFolder(fromA.device);
        QVERIFY(QDir().rename(laptopFolder, aside.filePath(QStringLiteral("laptop"))));
        SyncReport report;
        QVERIFY(sync(*c, folder.path(), 150, &report));
        QCOMPARE(report.pending, 2); // the note and its question's state
        QVERIFY(QDir().rename(aside.filePath(QStringLiteral("laptop")), laptopFolder));
        QVERIFY(sync(*c, folder.path(), 160, &report));
        QCOMPARE(report.pending, 0);
        QCOMPARE(noteOf(*c, uid), QStringLiteral("by customer id"));
        QVERIFY(sync(*a, folder.path(), 170));
        QCOMPARE(exportOf(*c), exportOf(*b));
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void aRatingAndANoteEditedElsewhereBothStayWithoutAConflict()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const QString question = BankQuestions[0];
        QVERIFY(writeNote(*a, question, QStringLiteral("eleven nines"), 100));
        QVERIFY(sync(*a, folder.path(), 110));
        QVERIFY(sync(*b, folder.path(), 120));

        // The desktop edits the note; the laptop, not having seen it, rates the question later.
        QVERIFY(writeNote(*b, question, QStringLiteral("eleven nines, per object"), 150));
        QVERIFY(Practice::ReviewRepository(a->db())
                    .rate(*a->db().intByUid("questions", "id", question), 3, 200)
                    .ok());
        QVERIFY(sync(*a, folder.path(), 210));
        QVERIFY(sync(*b, folder.path(), 220));
        QVERIFY(sync(*a, folder.path(), 230));
        for (Device *d : {a.get(), b.get()}) {
            QCOMPARE(noteOf(*d, question), QStringLiteral("eleven nines, per object"));
            const auto loaded = Questions::QuestionRepository(d->db()).loadByUid(question);
            QCOMPARE(loaded->lastRating, std::optional<int>(3));
            QVERIFY(conflictsOf(*d).isEmpty());
        }
        QCOMPARE(exportOf(*a), exportOf(*b));

        // The note edited on both sides is still a conflict: the later stays, the other is a copy.
        QVERIFY(writeNote(*a, question, QStringLiteral("laptop's"), 300));
        QVERIFY(writeNote(*b, question, QStringLiteral("desktop's"), 310));
        QVERIFY(sync(*a, folder.path(), 320));
        QVERIFY(sync(*b, folder.path(), 330));
        QVERIFY(sync(*a, folder.path(), 340));
        QCOMPARE(noteOf(*a, question), QStringLiteral("desktop's"));
        QCOMPARE(conflictsOf(*a).size(), 1);
        QCOMPARE(conflictsOf(*a).first().record.value(QStringLiteral("note_md")).toString(),
            QStringLiteral("laptop's"));
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void aDeviceReplacesItsOldFilesByASnapshot()
    {
        QTemporaryDir folder, aside;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        auto c = device(QStringLiteral("tablet"));
        QVERIFY(a && b && c);
        Compaction limits;
        limits.files = 5;
        const QString edited = newStory(*a, QStringLiteral("Edited every round"), QStringLiteral("v0"), 90);
        SyncReport report;
        QString laptopId;
        for (int round = 1; round <= 8; ++round) {
            QVERIFY(!newStory(*a, QStringLiteral("story %1").arg(round), QStringLiteral("S"), 100 * round)
                         .isEmpty());
            QVERIFY(editStory(*a, edited, QStringLiteral("v%1").arg(round), 100 * round + 1));
            const Result<SyncReport> written
                = SyncEngine::runRound(a->db(), folder.path(), 100 * round + 2, limits);
            QVERIFY(written.ok());
            QCOMPARE(written->compacted, round == 6 ? 6 : 0);
            QCOMPARE(written->summary().contains(QLatin1String("Tidied: 6 file")), round == 6);
            laptopId = written->device;
            if (round == 3) { // the desktop reads the first three files
                QVERIFY(sync(*b, folder.path(), 350, &report));
                QCOMPARE(report.filesRead, 3);
                const QString first = SyncFolder(folder.path()).filePath(written->device, 1);
                QVERIFY(QFile::copy(first, aside.filePath(QStringLiteral("first.json"))));
            }
        }
        const QString laptop = SyncFolder(folder.path()).deviceFolder(laptopId);
        QCOMPARE(QDir(laptop).entryList(QDir::Files, QDir::Name),
            (QStringList {QStringLiteral("00000006.snapshot.json"), QStringLiteral("00000007.json"),
                QStringLiteral("00000008.json")}));

        // The desktop, which had read files 1 to 3, takes only the rest; the tablet, which had read
        // nothing, takes everything; both end with the laptop's data.
        QVERIFY(sync(*b, folder.path(), 900, &report));
        QCOMPARE(report.filesRead, 3);
        QCOMPARE(report.received, 5 + 3); // stories 4 to 8; the edited story from the snapshot, 7 and 8
        QVERIFY(sync(*c, folder.path(), 910, &report));
        QCOMPARE(report.received, 7 + 2 + 2); // the snapshot holds the edited story's version 6 only
        QCOMPARE(exportOf(*b), exportOf(*a));
        QCOMPARE(exportOf(*c), exportOf(*a));
        QCOMPARE(storyOf(*c, edited)->situation, QStringLiteral("v8"));
        // The snapshot holds each record's latest change, marked with the file it came from.
        const auto snapshot
            = ChangeFile::parse(readFile(QDir(laptop).filePath(QStringLiteral("00000006.snapshot.json"))));
        QVERIFY(snapshot.ok());
        QVERIFY(snapshot->snapshot);
        QCOMPARE(snapshot->changes.size(), 7);
        for (const Change &change : snapshot->changes) {
            const QString title = change.record->value(QStringLiteral("title")).toString();
            QCOMPARE(change.sequence,
                title.startsWith(QLatin1String("story ")) ? title.mid(6).toLongLong() : qint64(6));
        }

        // A replaced file that a sync tool brings back is not read again.
        QVERIFY(QFile::copy(aside.filePath(QStringLiteral("first.json")),
            QDir(laptop).filePath(QStringLiteral("00000001.json"))));
        QVERIFY(sync(*c, folder.path(), 920, &report));
        QCOMPARE(report.filesRead, 0);
        QVERIFY(sync(*b, folder.path(), 930, &report));
        QCOMPARE(report.filesRead, 0);
        QCOMPARE(exportOf(*b), exportOf(*a));
    }

    void aDeviceThatChangesFolderWritesAllOfItsDataThere()
    {
        QTemporaryDir folder, other;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        auto c = device(QStringLiteral("tablet"));
        QVERIFY(a && b && c);
        const QString first = newStory(*a, QStringLiteral("First"), QStringLiteral("S"), 100);
        QVERIFY(sync(*a, folder.path(), 110));
        QVERIFY(sync(*b, folder.path(), 120));
        QVERIFY(!newStory(*b, QStringLiteral("Second"), QStringLiteral("T"), 130).isEmpty());
        QVERIFY(sync(*b, folder.path(), 140));
        QVERIFY(sync(*a, folder.path(), 150));

        // The laptop moves to a new, empty folder with one edit to send.
        QVERIFY(editStory(*a, first, QStringLiteral("edited away"), 160));
        SyncReport report;
        QVERIFY(sync(*a, other.path(), 170, &report));
        QVERIFY(report.messages.join(QLatin1Char('\n')).contains(QLatin1String("holds all of its data")));
        // A new computer on that folder gets all of it, not only the last edit.
        QVERIFY(sync(*c, other.path(), 180));
        QCOMPARE(exportOf(*c), exportOf(*a));

        // Back in the first folder, the desktop gets the edit made away from it.
        QVERIFY(sync(*a, folder.path(), 190));
        QVERIFY(sync(*b, folder.path(), 200, &report));
        QVERIFY(!report.summary().contains(QLatin1String("missing")));
        QCOMPARE(storyOf(*b, first)->situation, QStringLiteral("edited away"));
        QCOMPARE(exportOf(*b), exportOf(*a));

        // Staying in the folder, a round with nothing changed writes nothing.
        const int files = int(changeFiles(folder.path()).size());
        QVERIFY(sync(*a, folder.path(), 210, &report));
        QCOMPARE(report.sequence, qint64(0));
        QCOMPARE(int(changeFiles(folder.path()).size()), files);
    }

    void aMissingFileOfAnotherDeviceIsReportedAndReadWhenItArrives()
    {
        QTemporaryDir folder, aside;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        SyncReport written;
        QStringList stories;
        for (int round = 1; round <= 3; ++round) {
            stories << newStory(*a, QStringLiteral("story %1").arg(round), QStringLiteral("S"), 100 * round);
            QVERIFY(sync(*a, folder.path(), 100 * round + 1, &written));
        }
        const QString second = SyncFolder(folder.path()).filePath(written.device, 2);
        const QString kept = aside.filePath(QStringLiteral("2.json"));
        QVERIFY(QFile::rename(second, kept));

        SyncReport report;
        QVERIFY(sync(*b, folder.path(), 400, &report));
        QVERIFY2(report.messages.contains(QStringLiteral("File 2 of laptop is missing; waiting for it.")),
            qPrintable(report.summary()));
        QVERIFY(!storyOf(*b, stories[1]));
        QVERIFY(storyOf(*b, stories[2]));

        QVERIFY(QFile::rename(kept, second));
        QVERIFY(sync(*b, folder.path(), 410, &report));
        QVERIFY(!report.summary().contains(QLatin1String("missing")));
        QCOMPARE(exportOf(*b), exportOf(*a));
    }

    void aNoteConflictIsNamedByItsQuestionAndFieldsByTheirNames()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        QVERIFY(writeNote(*a, BankQuestions[0], QStringLiteral("the laptop's note"), 100));
        QVERIFY(writeNote(*b, BankQuestions[0], QStringLiteral("the desktop's note"), 200));
        QVERIFY(sync(*a, folder.path(), 300));
        QVERIFY(sync(*b, folder.path(), 310));
        const QVector<SyncConflict> conflicts = conflictsOf(*b);
        QCOMPARE(conflicts.size(), 1);
        const auto question = Questions::QuestionRepository(b->db()).loadByUid(BankQuestions[0]);
        QVERIFY(question.ok());
        QCOMPARE(conflicts.first().label, question->title);
        QCOMPARE(SyncConflicts::readable(conflicts.first().record, conflicts.first().section),
            QStringLiteral("Note:\nthe laptop's note"));
    }

    void settingsFollowTheUserAndTheLaterChangeWins()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        Practice::StudyGoal goal;
        goal.loops << Practice::LoopDate {QDate(2027, 1, 18), Practice::LoopKind::Onsite};
        goal.minutesPerWeek = 600;
        QVERIFY(Practice::StudyGoalStore(a->db()).save(goal).ok());
        Practice::SchedulerConfig config;
        config.desiredRetention = 0.85;
        QVERIFY(Practice::SchedulerStore(b->db()).save(config).ok());

        SyncReport report;
        QVERIFY(sync(*a, folder.path(), 100));
        QVERIFY(sync(*b, folder.path(), 110, &report));
        QCOMPARE(report.receivedBySection.value(QStringLiteral("settings")), 1);
        QVERIFY(sync(*a, folder.path(), 120));
        QCOMPARE(goalOf(*b), goal);
        QCOMPARE(Practice::SchedulerStore(a->db()).load()->desiredRetention, 0.85);
        QCOMPARE(exportOf(*a), exportOf(*b));

        // What belongs to one computer stays there: its name, its sync bookkeeping.
        for (const QJsonValue &setting : syncedList(*a, "settings"))
            QVERIFY(
                SyncSettings::keys().contains(setting.toObject().value(QStringLiteral("key")).toString()));
        QCOMPARE(SyncEngine::deviceName(a->db()).value(), QStringLiteral("laptop"));
        QCOMPARE(SyncEngine::deviceName(b->db()).value(), QStringLiteral("desktop"));

        // Changed on both before they synced: the later change wins everywhere, no conflict copy.
        QVERIFY(setWeeklyMinutes(*a, 300));
        QVERIFY(setWeeklyMinutes(*b, 420));
        a->db().exec("UPDATE settings SET updated_at = 5000 WHERE key = 'study.goal'");
        b->db().exec("UPDATE settings SET updated_at = 4000 WHERE key = 'study.goal'");
        QVERIFY(sync(*b, folder.path(), 200));
        QVERIFY(sync(*a, folder.path(), 210));
        QVERIFY(sync(*b, folder.path(), 220));
        QCOMPARE(goalOf(*a).minutesPerWeek, 300);
        QCOMPARE(goalOf(*b).minutesPerWeek, 300);
        QCOMPARE(goalOf(*b).loops, goal.loops);
        QVERIFY(conflictsOf(*a).isEmpty());
        QVERIFY(conflictsOf(*b).isEmpty());

        // A change made after seeing the other wins whatever its time stamp says.
        QVERIFY(setWeeklyMinutes(*b, 240));
        b->db().exec("UPDATE settings SET updated_at = 10 WHERE key = 'study.goal'");
        QVERIFY(sync(*b, folder.path(), 300));
        QVERIFY(sync(*a, folder.path(), 310));
        QCOMPARE(goalOf(*a).minutesPerWeek, 240);
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void dismissalsAndDrillsSync()
    {
        QTemporaryDir folder;
        auto a = device(QStringLiteral("laptop"));
        auto b = device(QStringLiteral("desktop"));
        QVERIFY(a && b);
        const auto diagram = Diagrams::DiagramRepository(a->db()).create(
            QStringLiteral("Shortener"), Diagrams::DiagramDocument {}, 100);
        QVERIFY(diagram.ok());
        const QString uid = diagram->uid;
        QVERIFY(sync(*a, folder.path(), 110));
        QVERIFY(sync(*b, folder.path(), 120));

        QVERIFY(Diagrams::DismissalRepository(a->db())
                    .dismiss(uid,
                        {QStringLiteral("no-monitoring"), QString(), QStringLiteral("accepted: a prototype")},
                        130)
                    .ok());
        QVERIFY(Diagrams::DrillRepository(b->db())
                    .record(Diagrams::DrillSubject::diagram(uid), 3, 0.8, 140)
                    .ok());
        QVERIFY(Diagrams::DrillRepository(b->db())
                    .record(Diagrams::DrillSubject::referenceTemplate(QStringLiteral("url-shortener")), 2,
                        0.5, 150)
                    .ok());
        QVERIFY(Diagrams::DrillRepository(a->db())
                    .record(Diagrams::DrillSubject::diagram(uid), 4, 1.0, 160)
                    .ok());
        QVERIFY(sync(*a, folder.path(), 200));
        QVERIFY(sync(*b, folder.path(), 210));
        QVERIFY(sync(*a, folder.path(), 220));
        QCOMPARE(exportOf(*a), exportOf(*b));
        QCOMPARE(Diagrams::DismissalRepository(b->db()).dismissals(uid)->size(), 1);
        QCOMPARE(syncedList(*a, "drill_reviews").size(), 3); // both devices' drills of the diagram, unioned
        QCOMPARE(syncedList(*a, "diagram_drills").size(), 2);
        const auto drill = Diagrams::DrillRepository(b->db()).state(Diagrams::DrillSubject::diagram(uid));
        QCOMPARE(drill.value()->lastRating, 4); // the later drill's state

        // A finding shown again on one computer is shown again on the other.
        QVERIFY(Diagrams::DismissalRepository(b->db())
                    .restore(uid, QStringLiteral("no-monitoring"), QString())
                    .ok());
        QVERIFY(sync(*b, folder.path(), 300));
        QVERIFY(sync(*a, folder.path(), 310));
        QVERIFY(Diagrams::DismissalRepository(a->db()).dismissals(uid)->isEmpty());
        QCOMPARE(exportOf(*a), exportOf(*b));
    }

    void randomEditsOnThreeDevicesConvergeWithNothingLost_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomEditsOnThreeDevicesConvergeWithNothingLost()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir folder;
        std::vector<std::unique_ptr<Device>> devices;
        for (const char *name : {"laptop", "desktop", "tablet"}) {
            devices.push_back(device(QLatin1String(name)));
            QVERIFY(devices.back());
        }
        const qint64 skew[] = {0, -3600, 900}; // clocks that disagree
        qint64 clock = 1000;
        int token = 0;
        QSet<QString> written, superseded, sessions;
        QSet<QString> stories;
        struct Review
        {
            QString story;
            qint64 at;
            int device;
            bool sent = false;
            bool deleted = false; // with its story, before its device's next round
        };
        QVector<Review> reviews;
        QSet<int> goals {0}; // the weekly minutes set, one of which every device ends with
        Compaction compaction; // odd seeds: each device replaces its files by a snapshot often
        if (seed % 2 == 1)
            compaction.files = 3;

        for (int step = 0; step < 150; ++step) {
            clock += 1 + random.bounded(50);
            const int which = random.bounded(3);
            Device &d = *devices[size_t(which)];
            const qint64 now = clock + skew[which];
            QStringList here;
            for (const QString &uid : std::as_const(stories)) {
                if (storyOf(d, uid))
                    here << uid;
            }
            here.sort();
            const QString text = QStringLiteral("t%1").arg(++token);
            switch (random.bounded(9)) {
            case 0: {
                const QString uid = newStory(d, QStringLiteral("story %1").arg(token), text, now);
                QVERIFY(!uid.isEmpty());
                stories.insert(uid);
                written.insert(text);
                break;
            }
            case 1:
            case 2:
                if (!here.isEmpty()) {
                    const QString uid = here.at(random.bounded(int(here.size())));
                    superseded.insert(storyOf(d, uid)->situation);
                    QVERIFY(editStory(d, uid, text, now));
                    written.insert(text);
                }
                break;
            case 3:
                if (!here.isEmpty() && random.bounded(3) == 0) {
                    const QString uid = here.at(random.bounded(int(here.size())));
                    superseded.insert(storyOf(d, uid)->situation);
                    QVERIFY(deleteStory(d, uid));
                    for (Review &review : reviews)
                        review.deleted = review.deleted
                            || (review.device == which && review.story == uid && !review.sent);
                }
                break;
            case 4:
                if (!here.isEmpty()) {
                    const QString uid = here.at(random.bounded(int(here.size())));
                    QVERIFY(Practice::ReviewRepository(d.db())
                                .rateStory(*d.db().intByUid("stories", "id", uid), 1 + random.bounded(4), now)
                                .ok());
                    reviews << Review {uid, now, which};
                }
                break;
            case 5: {
                const QString question = BankQuestions.at(random.bounded(int(BankQuestions.size())));
                superseded.insert(noteOf(d, question));
                QVERIFY(writeNote(d, question, text, now));
                written.insert(text);
                break;
            }
            case 7:
                QVERIFY(setWeeklyMinutes(d, token));
                goals.insert(token);
                break;
            case 6: {
                const auto id = Practice::PracticeLog(d.db()).start(Practice::PracticeLog::kinds().first(),
                    QString(), text, Practice::TimerPlan::stopwatch(), now);
                QVERIFY(id.ok());
                sessions.insert(text);
                break;
            }
            default:
                QVERIFY(sync(d, folder.path(), now, nullptr, compaction));
                for (Review &review : reviews)
                    review.sent = review.sent || review.device == which;
            }
        }

        // Rounds until every device has everything and a pass sends nothing.
        bool quiet = false;
        for (int pass = 0; pass < 6 && !quiet; ++pass) {
            quiet = true;
            for (size_t i = 0; i < devices.size(); ++i) {
                clock += 10;
                SyncReport report;
                QVERIFY(sync(*devices[i], folder.path(), clock + skew[i], &report, compaction));
                quiet = quiet && report.sent == 0 && report.received == 0;
                QCOMPARE(report.pending, 0);
            }
        }
        QVERIFY(quiet);
        const QByteArray first = exportOf(*devices[0]);
        QCOMPARE(exportOf(*devices[1]), first);
        QCOMPARE(exportOf(*devices[2]), first);
        QCOMPARE(conflictsOf(*devices[1]).size(), conflictsOf(*devices[0]).size());
        QCOMPARE(conflictsOf(*devices[2]).size(), conflictsOf(*devices[0]).size());

        // Nothing lost: every text written and not later overwritten or deleted by a device that
        // had it is in a record or a conflict copy; every session and every review of a story
        // still there is on every device.
        const QJsonObject exported = exportFileOf(*devices[0]);
        QSet<QString> kept;
        for (const QJsonValue &s : exported.value(QStringLiteral("stories")).toArray())
            kept.insert(s.toObject().value(QStringLiteral("situation")).toString());
        for (const QJsonValue &s : exported.value(QStringLiteral("question_state")).toArray())
            kept.insert(s.toObject().value(QStringLiteral("note_md")).toString());
        for (const SyncConflict &c : conflictsOf(*devices[0])) {
            kept.insert(c.record.value(QStringLiteral("situation")).toString());
            kept.insert(c.record.value(QStringLiteral("note_md")).toString());
        }
        for (const QString &text : std::as_const(written)) {
            if (!superseded.contains(text))
                QVERIFY2(kept.contains(text), qPrintable(QStringLiteral("lost: %1").arg(text)));
        }
        QSet<QString> sessionTitles;
        for (const QJsonValue &s : exported.value(QStringLiteral("practice_sessions")).toArray())
            sessionTitles.insert(s.toObject().value(QStringLiteral("title")).toString());
        QCOMPARE(sessionTitles, sessions);
        QVERIFY(goals.contains(goalOf(*devices[0]).minutesPerWeek));
        QSet<QString> reviewed;
        for (const QJsonValue &r : exported.value(QStringLiteral("reviews")).toArray())
            reviewed.insert(QStringLiteral("%1@%2")
                                .arg(r.toObject().value(QStringLiteral("item_uid")).toString())
                                .arg(qint64(r.toObject().value(QStringLiteral("reviewed_at")).toDouble())));
        for (const Review &review : std::as_const(reviews)) {
            if (!review.deleted && storyOf(*devices[0], review.story))
                QVERIFY(reviewed.contains(QStringLiteral("%1@%2").arg(review.story).arg(review.at)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
