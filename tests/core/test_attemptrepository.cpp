// AttemptRepository on a fresh database with the mini bank: create, autosave (no-op when
// nothing changed), list per question newest first, survive a reopen, cascade with the question.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/coding/attemptrepository.h"
#include "core/coding/runresult.h"
#include "core/storage/database.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Coding;

class TestAttemptRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    qint64 m_question = 0;

    void openStore()
    {
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        openStore();
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank = Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(Bank::BankSync::sync(m_store->db(), bank, 1000).ok());
        m_question = m_store->db().scalarInt("SELECT id FROM questions WHERE uid = 'code-two-sum'");
        QVERIFY(m_question > 0);
    }

    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void createsSavesAndReloads()
    {
        AttemptRepository repo(m_store->db());
        auto created = repo.create(m_question, QStringLiteral("python"), QStringLiteral("# start"), 100);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(created->id > 0);
        QVERIFY(!created->uid.isEmpty());
        QCOMPARE(created->startedAt, qint64(100));
        QVERIFY(!created->rating.has_value());

        Attempt attempt = created.value();
        attempt.code = QStringLiteral("def two_sum(nums, target):\n    return []\n");
        attempt.durationSecs = 420;
        attempt.rating = 3;
        attempt.notes = QStringLiteral("forgot the hash map");
        RunResult run;
        run.outcome = RunResult::Outcome::Failed;
        run.message = QStringLiteral("1 of 2 examples passed.");
        run.cases << CaseResult {QStringLiteral("two_sum([3, 3], 6)"), QStringLiteral("[0, 1]"),
            QStringLiteral("[]"), false, true};
        attempt.lastRun = run.toJson();
        QVERIFY(repo.save(attempt, 200).ok());

        const auto loaded = repo.load(attempt.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->code, attempt.code);
        QCOMPARE(loaded->durationSecs, 420);
        QCOMPARE(loaded->rating, std::optional<int>(3));
        QCOMPARE(loaded->notes, attempt.notes);
        QCOMPARE(loaded->updatedAt, qint64(200));
        const RunResult back = RunResult::fromJson(loaded->lastRun);
        QCOMPARE(back.outcome, RunResult::Outcome::Failed);
        QCOMPARE(back.cases.size(), 1);
        QCOMPARE(back.cases.first().actual, QStringLiteral("[]"));

        // Saving the same content again does not move updated_at.
        QVERIFY(repo.save(loaded.value(), 300).ok());
        QCOMPARE(repo.load(attempt.id)->updatedAt, qint64(200));
        // Clearing the rating stores NULL.
        Attempt cleared = loaded.value();
        cleared.rating.reset();
        QVERIFY(repo.save(cleared, 400).ok());
        QVERIFY(!repo.load(attempt.id)->rating.has_value());
    }

    void listsNewestFirstAndSurvivesAReopen()
    {
        {
            AttemptRepository repo(m_store->db());
            QVERIFY(repo.create(m_question, QStringLiteral("python"), QStringLiteral("first"), 100).ok());
            QVERIFY(repo.create(m_question, QStringLiteral("cpp"), QStringLiteral("second"), 200).ok());
        }
        m_store.reset();
        openStore();
        AttemptRepository repo(m_store->db());
        const auto list = repo.forQuestion(m_question);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).code, QStringLiteral("second"));
        QCOMPARE(list->at(0).language, QStringLiteral("cpp"));
        QCOMPARE(list->at(1).code, QStringLiteral("first"));
        QCOMPARE(repo.forQuestion(m_question + 1000)->size(), 0);
    }

    void removingAndMissingAttempts()
    {
        AttemptRepository repo(m_store->db());
        auto created = repo.create(m_question, QStringLiteral("python"), QString(), 100);
        QVERIFY(created.ok());
        QVERIFY(repo.remove(created->id).ok());
        QCOMPARE(repo.count(), 0);
        QVERIFY(!repo.load(created->id).ok());
        QVERIFY(!repo.save(created.value(), 200).ok());
        QVERIFY(!repo.create(987654, QStringLiteral("python"), QString(), 100).ok()); // no such question
    }

    void deletingTheQuestionDeletesItsAttempts()
    {
        AttemptRepository repo(m_store->db());
        QVERIFY(repo.create(m_question, QStringLiteral("python"), QStringLiteral("x"), 100).ok());
        m_store->db().exec(QStringLiteral("DELETE FROM questions WHERE id = %1").arg(m_question));
        QCOMPARE(repo.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttemptRepository)
#include "test_attemptrepository.moc"
