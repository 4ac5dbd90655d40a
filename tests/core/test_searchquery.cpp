// The user-text -> FTS5 translation, and that no input can break a search.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/questions/matchmarks.h"
#include "core/questions/question.h"
#include "core/questions/questionrepository.h"
#include "core/questions/searchquery.h"
#include "tempdatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Questions;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translatesUserText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << "dynamo"
                              << R"("dynamo"*)";
        QTest::newRow("two words") << "dynamo hot"
                                   << R"q(("dynamo"* AND "hot"*) OR (title : "dynamo" + "hot"*))q";
        QTest::newRow("phrase") << R"("two pizza" teams)"
                                << R"("two pizza" AND "teams"*)";
        QTest::newRow("exclusion") << "cache -redis"
                                   << R"(("cache"*) NOT ("redis"*))";
        QTest::newRow("operators are words") << "NEAR( -NOT x"
                                             << R"(("NEAR("*) NOT ("NOT"*))";
        QTest::newRow("single letters wait") << "d"
                                             << "";
        QTest::newRow("filler words dropped")
            << "ebs vs instance store"
            << R"q(("ebs"* AND "instance"* AND "store"*) OR (title : "ebs" + "vs" + "instance" + "store"*))q";
        QTest::newRow("only filler words") << "what is"
                                           << R"q(("what"* AND "is"*) OR (title : "what" + "is"*))q";
        QTest::newRow("embedded quote") << R"(it"s)"
                                        << R"("it"* AND "s")";
        QTest::newRow("symbols only") << R"(* ( ) : 🚀 -)"
                                      << "";
        QTest::newRow("filters only") << "lp:ownership level:advanced"
                                      << "";
        QTest::newRow("case kept for fts") << "DynamoDB"
                                           << R"("DynamoDB"*)";
    }

    void translatesUserText()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        QCOMPARE(SearchQuery::fromString(input).matchExpression(), match);
    }

    void readsFilters()
    {
        const auto q = SearchQuery::fromString(
            QStringLiteral("cache LP:Ownership tag:s3 level:adv section:aws is:starred is:due is:mine lp:"));
        QCOMPARE(q.principles, QStringList {QStringLiteral("ownership")});
        QCOMPARE(q.tags, QStringList {QStringLiteral("s3")});
        QCOMPARE(q.levels, QStringList {QStringLiteral("adv")});
        QCOMPARE(q.sections, QStringList {QStringLiteral("aws")});
        QVERIFY(q.starred && q.due && q.mine);
        QCOMPARE(q.terms.size(), 1);
        QCOMPARE(q.toString(),
            QStringLiteral("cache lp:ownership tag:s3 level:adv section:aws is:starred is:due is:mine"));
        // an unknown key is text, not a filter
        QCOMPARE(SearchQuery::fromString(QStringLiteral("http://x")).terms.size(), 1);
    }

    void capsHugeInput()
    {
        const QString essay = QStringLiteral("word ").repeated(2000) + QStringLiteral("x").repeated(10000);
        const auto q = SearchQuery::fromString(essay);
        QVERIFY(q.terms.size() <= SearchQuery::MaxTerms);
        for (const auto &term : q.terms)
            QVERIFY(term.text.size() <= SearchQuery::MaxTermLength);
    }

    // Fuzz-style: thousands of random strings over a real database never produce an error.
    void randomInputNeverBreaksASearch()
    {
        Test::TempDatabase temp;
        auto store = temp.open();
        QVERIFY(store.ok());
        QVector<Bank::Diagnostic> diagnostics;
        QVERIFY(Bank::BankSync::sync(
            store.value()->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1)
                    .ok());
        QuestionRepository repository(store.value()->db());
        const QString alphabet
            = QStringLiteral("ab s3 \"\"--**::()^+{}[]NEAR AND OR NOT lp:tag:is:level: é🚀\\'%_\t\n");
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = int(rng.bounded(40));
            for (int c = 0; c < length; ++c)
                text += alphabet.at(int(rng.bounded(alphabet.size())));
            const auto query = SearchQuery::fromString(text);
            auto results = repository.search(query, 20, 0);
            QVERIFY2(results.ok(), qPrintable(QStringLiteral("%1 -> %2").arg(text, results.errorMessage())));
            QVERIFY2(repository.decorate(query, results.value()).ok(), qPrintable(text));
            const MatchMarks marks(query);
            const QString marked = marks.highlight(text) + marks.excerpt(text, 5);
            QCOMPARE(int(marked.count(QChar(MatchStart))), int(marked.count(QChar(MatchEnd))));
            QVERIFY2(repository.facets(query, 0).ok(), qPrintable(text));
        }
        const auto huge
            = repository.search(SearchQuery::fromString(QStringLiteral("NEAR(\"a\" ").repeated(2000)), 20, 0);
        QVERIFY(huge.ok());
    }

    void marksMatchedWordsLikeTheIndex()
    {
        const auto mark = [](const QString &word) -> QString {
            return QChar(MatchStart) + word + QChar(MatchEnd);
        };
        const MatchMarks marks(SearchQuery::fromString(QStringLiteral("cache dyna -redis")));
        QCOMPARE(marks.highlight(QStringLiteral("Caching DynamoDB reads, not Redis")),
            mark(QStringLiteral("Caching")) + QLatin1Char(' ') + mark(QStringLiteral("DynamoDB"))
                + QStringLiteral(" reads, not Redis"));
        QCOMPARE(marks.highlight(QStringLiteral("No match here")), QStringLiteral("No match here"));
        QCOMPARE(MatchMarks(SearchQuery::fromString(QString())).highlight(QStringLiteral("text")),
            QStringLiteral("text"));
        QCOMPARE(MatchMarks::stem(QStringLiteral("caches")), QStringLiteral("cach"));
        QCOMPARE(MatchMarks::stem(QStringLiteral("partitions")), QStringLiteral("partition"));
        QCOMPARE(MatchMarks::stem(QStringLiteral("s3")), QStringLiteral("s3"));
        // Phrases mark each of their words.
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("\"two pizza\"")))
                     .highlight(QStringLiteral("Two-pizza teams")),
            mark(QStringLiteral("Two")) + QLatin1Char('-') + mark(QStringLiteral("pizza"))
                + QStringLiteral(" teams"));
        // Letters beyond ASCII are word letters, and match whatever their case.
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("über café")))
                     .highlight(QStringLiteral("Über-Café, cafés")),
            mark(QStringLiteral("Über")) + QLatin1Char('-') + mark(QStringLiteral("Café"))
                + QStringLiteral(", ") + mark(QStringLiteral("cafés")));
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("naïve")))
                     .highlight(QStringLiteral("a naïveté")),
            QStringLiteral("a ") + mark(QStringLiteral("naïveté")));
    }

    void excerptsShowTheMostMatchedWindow()
    {
        const auto mark = [](const QString &word) -> QString {
            return QChar(MatchStart) + word + QChar(MatchEnd);
        };
        const MatchMarks marks(SearchQuery::fromString(QStringLiteral("partition hot")));
        const QString answer
            = QStringLiteral("## Overview\n\nDynamoDB spreads items over storage nodes by a key. Each "
                             "**partition** serves a slice of the "
                             "key space, and many other words follow here to push the next part away from "
                             "the first one. Later on: a "
                             "`hot` partition appears when one key takes most of the traffic.\n");
        const QString excerpt = marks.excerpt(answer, 8);
        QCOMPARE(excerpt,
            QStringLiteral("…Later on: a ") + mark(QStringLiteral("hot")) + QLatin1Char(' ')
                + mark(QStringLiteral("partition")) + QStringLiteral(" appears when one…"));
        // From the start when the first words match; no Markdown punctuation; empty without a match.
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("overview"))).excerpt(answer, 3),
            mark(QStringLiteral("Overview")) + QStringLiteral(" DynamoDB spreads…"));
        QVERIFY(MatchMarks(SearchQuery::fromString(QStringLiteral("zebra"))).excerpt(answer, 8).isEmpty());
        QVERIFY(marks.excerpt(QString(), 8).isEmpty());
        // Prose is preferred to code that matches as well.
        const QString withCode = QStringLiteral(
            "```python\nhot = partition(key)\n```\n\nA hot partition slows every reader of that key.\n");
        QCOMPARE(marks.excerpt(withCode, 4),
            QStringLiteral("…A ") + mark(QStringLiteral("hot")) + QLatin1Char(' ')
                + mark(QStringLiteral("partition")) + QStringLiteral(" slows…"));
        QCOMPARE(marks.excerpt(QStringLiteral("hot"), 16), mark(QStringLiteral("hot")));
        // With as many distinct words, the window with the most matches; "Hot" matches as "hot".
        QCOMPARE(
            marks.excerpt(QStringLiteral("Hot a b c d e f partition a b c d hot partition Hot partition"), 4),
            QStringLiteral("…") + mark(QStringLiteral("hot")) + QLatin1Char(' ')
                + mark(QStringLiteral("partition")) + QLatin1Char(' ') + mark(QStringLiteral("Hot"))
                + QLatin1Char(' ') + mark(QStringLiteral("partition")));
        // Words that begin beyond ASCII are found, also by a word that begins in ASCII, and the
        // other way round.
        const QString german
            = QStringLiteral("Ein Satz ohne Treffer, dann viele weitere Wörter und zuletzt Über-Café.");
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("über"))).excerpt(german, 3),
            QStringLiteral("…und zuletzt ") + mark(QStringLiteral("Über")) + QStringLiteral("…"));
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("café über"))).excerpt(german, 2),
            QStringLiteral("…") + mark(QStringLiteral("Über")) + QLatin1Char('-')
                + mark(QStringLiteral("Café")));
        QCOMPARE(MatchMarks(SearchQuery::fromString(QStringLiteral("kelvin")))
                     .excerpt(QStringLiteral("a b c \u212Aelvin"), 1),
            QStringLiteral("…") + mark(QStringLiteral("\u212Aelvin")));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "test_searchquery.moc"
