// The content parser, the bank loader (including the real content/ folder) and the sync.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/bank/contentparser.h"
#include "core/storage/database.h"
#include "core/storage/healthcheck.h"
#include "core/storage/statement.h"
#include "core/userdata.h"
#include "core/vocabulary/catalog.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <algorithm>

using namespace Starloop;
using namespace Starloop::Bank;

namespace {

const char ValidQuestion[] = "---\n"
                             "id: aws-sample\n"
                             "section: aws\n"
                             "level: beginner\n"
                             "principles: [dive-deep]\n"
                             "tags: [s3, storage]\n"
                             "source: \"Fixture, #1\"\n"
                             "---\n"
                             "# What is a bucket?\n"
                             "\n"
                             "## Answer\n"
                             "A container for objects.\n"
                             "\n"
                             "```bash\n"
                             "aws s3 mb s3://example\n"
                             "```\n";

QString replaced(const QString &from, const QString &to)
{
    QString text = QString::fromUtf8(ValidQuestion);
    text.replace(from, to);
    return text;
}

} // namespace

class TestBank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAValidQuestion()
    {
        QVector<Diagnostic> diagnostics;
        const auto q = ContentParser::parseQuestion(
            QStringLiteral("aws/aws-sample.md"), QString::fromUtf8(ValidQuestion), {}, diagnostics);
        QVERIFY2(q.has_value(), diagnostics.isEmpty() ? "" : qPrintable(diagnostics.first().toString()));
        QCOMPARE(q->uid, QStringLiteral("aws-sample"));
        QCOMPARE(q->section, QStringLiteral("aws"));
        QCOMPARE(q->principles, QStringList {QStringLiteral("dive-deep")});
        QCOMPARE(q->tags, (QStringList {QStringLiteral("s3"), QStringLiteral("storage")}));
        QCOMPARE(q->source, QStringLiteral("Fixture, #1"));
        QCOMPARE(q->title, QStringLiteral("What is a bucket?"));
        QVERIFY(q->answerMd.startsWith(QStringLiteral("## Answer")));
        QVERIFY(q->answerMd.endsWith(QStringLiteral("```")));
    }

    void reportsProblemsWithFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown section")
            << replaced(QStringLiteral("section: aws"), QStringLiteral("section: cooking"))
            << QStringLiteral("q.md:3: unknown section \"cooking\"");
        QTest::newRow("unknown level")
            << replaced(QStringLiteral("level: beginner"), QStringLiteral("level: expert"))
            << QStringLiteral("q.md:4: unknown level \"expert\"");
        QTest::newRow("unknown principle")
            << replaced(QStringLiteral("[dive-deep]"), QStringLiteral("[dive-deep, be-nice]"))
            << QStringLiteral("q.md:5: unknown principle \"be-nice\"");
        QTest::newRow("bad id") << replaced(
            QStringLiteral("id: aws-sample"), QStringLiteral("id: AWS Sample"))
                                << QStringLiteral("q.md:2: id \"AWS Sample\" must be");
        QTest::newRow("missing key") << replaced(QStringLiteral("source: \"Fixture, #1\"\n"), QString())
                                     << QStringLiteral("q.md:7: missing `source`");
        QTest::newRow("duplicate key") << replaced(
            QStringLiteral("level: beginner\n"), QStringLiteral("level: beginner\nlevel: advanced\n"))
                                       << QStringLiteral("q.md:5: `level` appears twice");
        QTest::newRow("unclosed list")
            << replaced(QStringLiteral("tags: [s3, storage]"), QStringLiteral("tags: [s3, storage"))
            << QStringLiteral("q.md:6: `tags`: a list must end with `]`");
        QTest::newRow("bare fence") << replaced(QStringLiteral("```bash"), QStringLiteral("```"))
                                    << QStringLiteral("q.md:14: a code block must name its language");
        QTest::newRow("second title") << replaced(QStringLiteral("## Answer"), QStringLiteral("# Answer"))
                                      << QStringLiteral("q.md:11: a second `# ` heading");
        QTest::newRow("no title") << replaced(QStringLiteral("# What is a bucket?\n"), QString())
                                  << QStringLiteral("q.md:9: missing the `# ` title line");
        QTest::newRow("empty answer")
            << QString::fromUtf8(ValidQuestion).section(QStringLiteral("## Answer"), 0, 0)
            << QStringLiteral("q.md:9: the answer is empty");
        QTest::newRow("no front matter") << QStringLiteral("# Just a title\n\nbody\n")
                                         << QStringLiteral("q.md:1: the file must start with a `---`");
        QTest::newRow("never closed") << QStringLiteral("---\nid: aws-x\n")
                                      << QStringLiteral("q.md:3: the front matter is never closed");
        QTest::newRow("unclosed fence")
            << replaced(QStringLiteral("aws s3 mb s3://example\n```\n"), QStringLiteral("aws s3 mb\n"))
            << QStringLiteral("a code block is never closed");
    }

    void reportsProblemsWithFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVector<Diagnostic> diagnostics;
        const auto q = ContentParser::parseQuestion(QStringLiteral("q.md"), text, {}, diagnostics);
        QVERIFY(!q.has_value());
        QStringList messages;
        for (const Diagnostic &d : diagnostics)
            messages << d.toString();
        const bool found = std::any_of(
            messages.cbegin(), messages.cend(), [&](const QString &m) { return m.contains(expected); });
        QVERIFY2(found,
            qPrintable(QStringLiteral("expected \"%1\" among:\n%2")
                           .arg(expected, messages.join(QLatin1Char('\n')))));
    }

    void loadsTheMiniBank()
    {
        QVector<Diagnostic> diagnostics;
        const BankContents bank = BankLoader::loadDirectory(Test::miniBankPath(), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(bank.principles.size(), 16);
        QCOMPARE(bank.questions.size(), 16 + 3);
        QCOMPARE(bank.principles.first().id, QStringLiteral("customer-obsession"));
        QVERIFY(!bank.revision.isEmpty());
        const BankContents roundTrip = BankContents::fromCompressedCbor(bank.toCompressedCbor());
        QCOMPARE(roundTrip.questions.size(), bank.questions.size());
        QCOMPARE(roundTrip.questions.last().answerMd, bank.questions.last().answerMd);
        QCOMPARE(roundTrip.revision, bank.revision);
    }

    // The shipped bank: every content file must be valid, or this lists file:line problems.
    void everyShippedContentFileIsValid()
    {
        QVector<Diagnostic> diagnostics;
        const BankContents bank
            = BankLoader::loadDirectory(QStringLiteral(STARLOOP_SOURCE_DIR "/content"), diagnostics);
        QStringList messages;
        for (const Diagnostic &d : diagnostics)
            messages << QStringLiteral("content/") + d.toString();
        QVERIFY2(diagnostics.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(bank.principles.size(), 16);
        QVERIFY2(bank.questions.size() >= 200, qPrintable(QString::number(bank.questions.size())));
        for (const QString &section : Catalog::sections()) {
            const auto count = std::count_if(bank.questions.cbegin(), bank.questions.cend(),
                [&](const BankQuestion &q) { return q.section == section; });
            QVERIFY2(count >= 2, qPrintable(section));
        }
        for (const QString &principle : Catalog::principleIds()) {
            const auto count
                = std::count_if(bank.questions.cbegin(), bank.questions.cend(), [&](const BankQuestion &q) {
                      return q.section == QLatin1String("leadership") && q.principles.contains(principle)
                          && !q.uid.endsWith(principle);
                  });
            QVERIFY2(count >= 2,
                qPrintable(
                    QStringLiteral("principle %1 has %2 behavioral questions").arg(principle).arg(count)));
        }
    }

    void syncAddsUpdatesAndRetiresWithoutTouchingUserData()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        Storage::Database &db = store.value()->db();
        QVector<Diagnostic> diagnostics;
        BankContents bank = BankLoader::loadDirectory(Test::miniBankPath(), diagnostics);

        auto first = BankSync::sync(db, bank, 1000);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->added, 19);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM question_principles"), qint64(16 + 1));

        // The user keeps a note and a star on a bank question.
        db.exec("INSERT INTO question_state(question_id, starred, note_md, updated_at) "
                "SELECT id, 1, 'my note', 1 FROM questions WHERE uid = 'aws-s3-durability'");

        auto again = BankSync::sync(db, bank, 2000);
        QVERIFY(again.ok());
        QVERIFY(again->skipped);

        // A newer bank: one question reworded, one removed.
        bank.revision += QStringLiteral("-next");
        auto it = std::find_if(bank.questions.begin(), bank.questions.end(),
            [](const BankQuestion &q) { return q.uid == QLatin1String("aws-s3-durability"); });
        it->title = QStringLiteral("Why is S3 so durable?");
        bank.questions.erase(
            std::remove_if(bank.questions.begin(), bank.questions.end(),
                [](const BankQuestion &q) { return q.uid == QLatin1String("code-two-sum"); }),
            bank.questions.end());
        auto next = BankSync::sync(db, bank, 3000);
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next->updated, 1);
        QCOMPARE(next->retired, 1);
        QCOMPARE(next->unchanged, 17);
        QCOMPARE(db.scalarText("SELECT title FROM questions WHERE uid = 'aws-s3-durability'"),
            QStringLiteral("Why is S3 so durable?"));
        QCOMPARE(
            db.scalarText("SELECT note_md FROM question_state JOIN questions ON questions.id = question_id "
                          "WHERE uid = 'aws-s3-durability'"),
            QStringLiteral("my note"));
        QCOMPARE(db.scalarInt("SELECT retired FROM questions WHERE uid = 'code-two-sum'"), qint64(1));

        // The search index follows: the new wording is found, the old one is not.
        QCOMPARE(db.scalarInt("SELECT count(*) FROM questions_fts WHERE questions_fts MATCH 'title:why'"),
            qint64(1));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM questions_fts WHERE questions_fts MATCH 'title:keep'"),
            qint64(0));
        QVERIFY(Storage::HealthCheck::run(db).ok());
    }

    // Opening a file the embedded bank was already synced into skips the bank entirely (its
    // fingerprint is recorded); a different bank is synced as before.
    void openingAgainSkipsTheBankUntilItChanges()
    {
        Test::TempDatabase temp;
        QVector<Diagnostic> diagnostics;
        BankContents bank = BankLoader::loadDirectory(Test::miniBankPath(), diagnostics);
        const QByteArray first = bank.toCompressedCbor();
        Storage::OpenOptions options;
        options.path = temp.path();
        {
            auto data = openUserData(options, first);
            QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
            QVERIFY(!data->bankSync.skipped);
            QCOMPARE(data->bankSync.added, 19);
            // The SHA-1 of the compressed CBOR after the header, as files synced by earlier
            // builds (which packed it bare) recorded it.
            const QByteArray payload = first.mid(24);
            QVERIFY(first.startsWith("SLB1"));
            QCOMPARE(
                data->store->db().scalarText("SELECT value FROM settings WHERE key = 'bank.embedded_sha1'"),
                QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex()));
            QCOMPARE(BankContents::fingerprintOf(payload), BankContents::fingerprintOf(first));
            QCOMPARE(BankContents::fromCompressedCbor(payload).questions.size(),
                19); // the bare format still reads
        }
        {
            // A bank packed bare by an earlier build, already recorded: skipped too.
            auto data = openUserData(options, first.mid(24));
            QVERIFY(data.ok());
            QVERIFY(data->bankSync.skipped);
        }
        {
            auto data = openUserData(options, first);
            QVERIFY(data.ok());
            QVERIFY(data->bankSync.skipped);
            QCOMPARE(data->bankSync.added, 0);
        }
        bank.revision += QStringLiteral("-next");
        bank.questions.first().title = QStringLiteral("A reworded first question");
        const QByteArray second = bank.toCompressedCbor();
        {
            auto data = openUserData(options, second);
            QVERIFY(data.ok());
            QVERIFY(!data->bankSync.skipped);
            QCOMPARE(data->bankSync.updated, 1);
            Storage::Statement title(data->store->db(), "SELECT title FROM questions WHERE uid = ?1");
            QVERIFY(title.bind(1, bank.questions.first().uid).step());
            QCOMPARE(title.text(0), QStringLiteral("A reworded first question"));
        }
        {
            auto data = openUserData(options, first); // back to the older build: synced back
            QVERIFY(data.ok());
            QVERIFY(!data->bankSync.skipped);
            QCOMPARE(data->bankSync.updated, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestBank)
#include "test_bank.moc"
