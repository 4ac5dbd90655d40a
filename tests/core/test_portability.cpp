// Export / import of everything the user wrote: round trip, merge, refusal, preview.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/storage/database.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Portability;

namespace {

std::unique_ptr<Storage::DataStore> openWithBank(const Test::TempDatabase &temp)
{
    auto store = temp.open();
    if (!store)
        return nullptr;
    QVector<Bank::Diagnostic> diagnostics;
    (void)Bank::BankSync::sync(
        store.value()->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1);
    return std::move(store.value());
}

void writeSomethingOfEverything(Storage::Database &db)
{
    db.exec("INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, tags_text, "
            "created_at, updated_at) "
            "VALUES ('my-1', 'user', 'aws', 'advanced', 'How do we shard orders?', '', 'By customer.', "
            "'sharding', 10, 20)");
    db.exec("INSERT INTO question_tags(question_id, tag) SELECT id, 'sharding' FROM questions WHERE uid = "
            "'my-1'");
    db.exec("INSERT INTO question_principles(question_id, principle_id) SELECT id, 'dive-deep' FROM "
            "questions WHERE uid = 'my-1'");
    db.exec("INSERT INTO questions_fts(rowid, title, tags_text, prompt_md, answer_md) "
            "SELECT id, title, tags_text, prompt_md, answer_md FROM questions WHERE uid = 'my-1'");
    db.exec("INSERT INTO question_state(question_id, starred, note_md, last_rating, reviews, lapses, "
            "stability, difficulty, "
            "last_review_at, due_at, updated_at) SELECT id, 1, 'eleven nines, six copies', 3, 2, 0, 3.7, "
            "5.1, 100, 400, 100 "
            "FROM questions WHERE uid = 'aws-s3-durability'");
    db.exec("INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) SELECT 'question', id, 3, 100 FROM "
            "questions "
            "WHERE uid = 'aws-s3-durability'");
    db.exec("INSERT INTO stories(uid, title, situation, task, action, result, created_at, updated_at, "
            "primary_principle) "
            "VALUES ('story-1', 'The midnight rollback', 'S', 'T', 'I rolled back.', 'Saved 40% of orders', "
            "30, 40, 'ownership')");
    db.exec("INSERT INTO story_principles(story_id, principle_id) SELECT id, 'ownership' FROM stories");
    db.exec("INSERT INTO story_principles(story_id, principle_id) SELECT id, 'bias-for-action' FROM stories");
    db.exec(
        "INSERT INTO story_questions(story_id, question_id) SELECT s.id, q.id FROM stories s, questions q "
        "WHERE q.uid = 'aws-dynamodb-partitions'");
    db.exec("INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
            "SELECT 'diagram-1', 'Checkout', id, '{\"version\":1,\"nodes\":[],\"edges\":[]}', 50, 60 FROM "
            "questions "
            "WHERE uid = 'aws-s3-durability'");
    db.exec("INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) "
            "SELECT id, 'before deep dive', '{\"version\":1,\"nodes\":[],\"edges\":[]}', 55 FROM diagrams");
    db.exec("INSERT INTO practice_sessions(uid, kind, ref, title, started_at, planned_s, actual_s, phases, "
            "rating, notes, status) "
            "VALUES ('session-1', 'system-design', 'sd-url-shortener', 'URL shortener', 70, 3600, 3720, "
            "'[{\"name\":\"Clarify\",\"planned_s\":300,\"actual_s\":340}]', 3, 'ran over, \"deep dive\"', "
            "'finished')");
    db.exec("INSERT INTO saved_searches(name, query) VALUES ('hard aws', 'section:aws level:advanced')");
    db.exec("INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at, duration_s, "
            "rating, notes, last_run) "
            "SELECT 'attempt-1', id, 'python', 'def two_sum(nums, target):\n    return []', 80, 90, 600, 3, "
            "'too slow', '' "
            "FROM questions WHERE uid = 'code-two-sum'");
}

QByteArray exportOf(Storage::Database &db)
{
    auto json = DataExport::toJson(db);
    return json ? json.value() : QByteArray();
}

} // namespace

class TestPortability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportImportExportGivesTheSameJson()
    {
        Test::TempDatabase a, b;
        auto first = openWithBank(a);
        auto second = openWithBank(b);
        QVERIFY(first && second);
        writeSomethingOfEverything(first->db());
        const QByteArray exported = exportOf(first->db());
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QCOMPARE(root.value(QStringLiteral("stories")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("questions")).toArray().size(), 1); // only the user's own

        auto import = DataImport::parse(exported);
        QVERIFY2(import.ok(), qPrintable(import.errorMessage()));
        auto report = import->apply(second->db(), 1000);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->stories.added, 1);
        QCOMPARE(report->diagrams.added, 1);
        QCOMPARE(report->attempts.added, 1);
        QVERIFY(report->warnings.isEmpty());
        QCOMPARE(exportOf(second->db()), exported);

        // Importing the same file again changes nothing.
        auto again = import->apply(second->db(), 2000);
        QVERIFY(again.ok());
        QVERIFY(!again->hasChanges());
        QCOMPARE(again->stories.unchanged, 1);
    }

    void newerRecordsWinOlderOnesAreKept()
    {
        Test::TempDatabase a;
        auto store = openWithBank(a);
        writeSomethingOfEverything(store->db());
        QJsonObject root = QJsonDocument::fromJson(exportOf(store->db())).object();
        QJsonArray stories = root.value(QStringLiteral("stories")).toArray();
        QJsonObject story = stories.at(0).toObject();
        story.insert(QStringLiteral("title"), QStringLiteral("Renamed elsewhere"));
        story.insert(QStringLiteral("updated_at"), 41);
        stories.replace(0, story);
        root.insert(QStringLiteral("stories"), stories);
        auto newer = DataImport::parse(QJsonDocument(root).toJson());
        QCOMPARE(newer->apply(store->db(), 1)->stories.updated, 1);
        QCOMPARE(store->db().scalarText("SELECT title FROM stories"), QStringLiteral("Renamed elsewhere"));
        story.insert(QStringLiteral("title"), QStringLiteral("Stale copy"));
        story.insert(QStringLiteral("updated_at"), 5);
        stories.replace(0, story);
        root.insert(QStringLiteral("stories"), stories);
        QCOMPARE(
            DataImport::parse(QJsonDocument(root).toJson())->apply(store->db(), 1)->stories.unchanged, 1);
        QCOMPARE(store->db().scalarText("SELECT title FROM stories"), QStringLiteral("Renamed elsewhere"));
    }

    void aBadFieldRefusesTheWholeFile_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("title not text") << "stories"
                                        << "title" << QJsonValue(42) << "stories[0].title must be text";
        QTest::newRow("unknown principle")
            << "stories"
            << "principles" << QJsonValue(QJsonArray {QStringLiteral("be-nice")})
            << "stories[0].principles[0]: unknown value \"be-nice\"";
        QTest::newRow("missing uid") << "diagrams"
                                     << "uid" << QJsonValue(QJsonValue::Undefined)
                                     << "diagrams[0].uid is missing";
        QTest::newRow("bad rating") << "reviews"
                                    << "rating" << QJsonValue(9) << "reviews[0].rating must be 1 to 4";
        QTest::newRow("bad section") << "questions"
                                     << "section" << QJsonValue(QStringLiteral("cooking"))
                                     << "questions[0].section: unknown value \"cooking\"";
    }

    void aBadFieldRefusesTheWholeFile()
    {
        QFETCH(QString, list);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        Test::TempDatabase a, b;
        auto source = openWithBank(a);
        auto target = openWithBank(b);
        writeSomethingOfEverything(source->db());
        QJsonObject root = QJsonDocument::fromJson(exportOf(source->db())).object();
        QJsonArray array = root.value(list).toArray();
        QJsonObject record = array.at(0).toObject();
        if (value.isUndefined())
            record.remove(field);
        else
            record.insert(field, value);
        array.replace(0, record);
        root.insert(list, array);
        const QByteArray before = exportOf(target->db());
        auto import = DataImport::parse(QJsonDocument(root).toJson());
        QVERIFY(!import.ok());
        QVERIFY2(import.errorMessage().contains(message), qPrintable(import.errorMessage()));
        QVERIFY(import.errorMessage().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(exportOf(target->db()), before);
    }

    void refusesOtherFilesAndNewerVersions()
    {
        QVERIFY(DataImport::parse("not json").errorMessage().contains(QStringLiteral("not valid JSON")));
        QVERIFY(DataImport::parse("[1, 2]").errorMessage().contains(QStringLiteral("not a Starloop export")));
        QVERIFY(DataImport::parse(R"({"format": "something-else"})")
                    .errorMessage()
                    .contains(QStringLiteral("not a Starloop export")));
        QVERIFY(DataImport::parse(R"({"format": "starloop-export", "version": 9})")
                    .errorMessage()
                    .contains(QStringLiteral("newer Starloop")));
        QVERIFY(DataImport::parse(R"({"format": "starloop-export", "version": 1, "stories": {}})")
                    .errorMessage()
                    .contains(QStringLiteral("stories must be a list")));
    }

    void previewReportsButChangesNothing()
    {
        Test::TempDatabase a, b;
        auto source = openWithBank(a);
        auto target = openWithBank(b);
        writeSomethingOfEverything(source->db());
        auto import = DataImport::parse(exportOf(source->db()));
        const QByteArray before = exportOf(target->db());
        auto preview = import->preview(target->db(), 1);
        QVERIFY(preview.ok());
        QCOMPARE(preview->stories.added, 1);
        QCOMPARE(preview->sessions.added, 1);
        QVERIFY(preview->summary().contains(QStringLiteral("Stories: 1 new, 0 updated, 0 unchanged")));
        QCOMPARE(exportOf(target->db()), before);
    }

    void linksToQuestionsThisBankLacksBecomeWarnings()
    {
        Test::TempDatabase a, b;
        auto source = openWithBank(a);
        auto target = openWithBank(b);
        writeSomethingOfEverything(source->db());
        target->db().exec("UPDATE questions SET uid = 'renamed' WHERE uid = 'aws-dynamodb-partitions'");
        auto report = DataImport::parse(exportOf(source->db()))->apply(target->db(), 1);
        QVERIFY(report.ok());
        QCOMPARE(report->stories.added, 1);
        QVERIFY(report->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("aws-dynamodb-partitions")));
    }
};

QTEST_GUILESS_MAIN(TestPortability)
#include "test_portability.moc"
