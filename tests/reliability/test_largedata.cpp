// A user's data a hundredfold: thousands of their own questions and stories and a diagram of
// 5,000 components, made by the same generators as the benchmarks. The file stays healthy,
// search and export keep working, and everything comes back whole through export and import.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/diagrams/diagramrepository.h"
#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/questions/questionrepository.h"
#include "core/storage/database.h"
#include "core/storage/healthcheck.h"
#include "core/stories/storyrepository.h"
#include "generators.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;

namespace {

constexpr int QuestionCount = 8000;
constexpr int StoryCount = 800;
constexpr int DiagramNodes = 5000;

std::unique_ptr<Storage::DataStore> openWithBank(const Test::TempDatabase &temp)
{
    auto store = temp.open();
    if (!store)
        return nullptr;
    QVector<Bank::Diagnostic> diagnostics;
    if (!Bank::BankSync::sync(
            store.value()->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1))
        return nullptr;
    return std::move(store.value());
}

} // namespace

class TestLargeData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aHundredfoldStaysHealthyAndRoundTrips()
    {
        Test::TempDatabase temp;
        auto store = openWithBank(temp);
        QVERIFY(store);
        Storage::Database &db = store->db();
        Questions::QuestionRepository questions(db);
        Stories::StoryRepository stories(db);
        const int bankQuestions = questions.count();
        Test::generateQuestions(db, QuestionCount, 11);
        Test::generateStories(db, StoryCount, 12);
        Diagrams::DiagramRepository diagrams(db);
        const Diagrams::DiagramDocument big = Test::generateDiagram(DiagramNodes, 13);
        const auto created = diagrams.create(QStringLiteral("Everything at once"), big, 100);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(questions.count(), bankQuestions + QuestionCount);
        QCOMPARE(stories.count(), StoryCount);
        const auto health = Storage::HealthCheck::run(db);
        QVERIFY2(health.ok(), qPrintable(health.problems.join(QLatin1Char('\n'))));

        // Search over all of it (its words come from the fixture bank's vocabulary): short
        // prefixes fill the list, longer words narrow it, and the rows on screen get their marks.
        for (const QString &text :
            {QStringLiteral("du"), QStringLiteral("dynamodb"), QStringLiteral("durable -seen"),
                QStringLiteral("\"partition key\""), QStringLiteral("is:mine se")}) {
            const auto query = Questions::SearchQuery::fromString(text);
            auto rows = questions.search(query, 200, 0);
            QVERIFY2(rows.ok(), qPrintable(text + QStringLiteral(": ") + rows.errorMessage()));
            QVERIFY2(!rows->isEmpty(), qPrintable(text));
            QVERIFY(questions.decorate(query, rows.value(), 0, 12).ok());
            QVERIFY(questions.facets(query, 0).ok());
        }
        QCOMPARE(
            questions.search(Questions::SearchQuery::fromString(QStringLiteral("se")), 200, 0)->size(), 200);

        // Export, then import into a fresh file with the same bank: the same counts, the same
        // diagram, node for node.
        const auto exported = Portability::DataExport::toJson(db);
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        const auto parsed = Portability::DataImport::parse(exported.value());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        Test::TempDatabase other;
        auto copy = openWithBank(other);
        QVERIFY(copy);
        const auto report = parsed->apply(copy->db(), 200);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(Questions::QuestionRepository(copy->db()).count(), bankQuestions + QuestionCount);
        QCOMPARE(Stories::StoryRepository(copy->db()).count(), StoryCount);
        const auto back
            = Diagrams::DiagramRepository(copy->db()).loadByTitle(QStringLiteral("Everything at once"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->document.nodes.size(), big.nodes.size());
        QVERIFY(back->document == big);
        QVERIFY(Storage::HealthCheck::run(copy->db()).ok());
        QCOMPARE(Questions::QuestionRepository(copy->db())
                     .search(Questions::SearchQuery::fromString(QStringLiteral("dynamodb")), 200, 0)
                     ->size(),
            questions.search(Questions::SearchQuery::fromString(QStringLiteral("dynamodb")), 200, 0)->size());
    }
};

QTEST_GUILESS_MAIN(TestLargeData)
#include "test_largedata.moc"
