// QuestionRepository over the shipped bank: every seed question can be found, realistic
// queries rank the right answer first, and the user's own state survives.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/coding/attemptrepository.h"
#include "core/diagrams/diagramrepository.h"
#include "core/questions/facetcounter.h"
#include "core/questions/questionrepository.h"
#include "core/questions/searchhistory.h"
#include "core/storage/healthcheck.h"
#include "core/storage/statement.h"
#include "core/stories/storyrepository.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Starloop;
using namespace Starloop::Questions;

class TestQuestions : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<QuestionRepository> m_repo;

    QStringList uidsFor(const QString &text, int limit = 10)
    {
        const auto results = m_repo->search(SearchQuery::fromString(text), limit, 0);
        QStringList uids;
        if (results) {
            for (const auto &r : results.value())
                uids << r.uid;
        }
        return uids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank
            = Bank::BankLoader::loadDirectory(QStringLiteral(STARLOOP_SOURCE_DIR "/content"), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(Bank::BankSync::sync(m_store->db(), bank, 1000).ok());
        m_repo = std::make_unique<QuestionRepository>(m_store->db());
    }

    // tests/data/seed_coverage/*.tsv: seed reference, words a user would type, expected uid.
    void everySeedQuestionCanBeFound()
    {
        const QDir dir(QStringLiteral(STARLOOP_TEST_DATA "/seed_coverage"));
        const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files);
        QVERIFY(files.size() >= 8);
        int lines = 0;
        QStringList misses;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            while (!file.atEnd()) {
                const QStringList fields
                    = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
                if (fields.size() != 3)
                    continue;
                ++lines;
                const QStringList found = uidsFor(fields.at(1), 5);
                if (!found.contains(fields.at(2)))
                    misses << QStringLiteral("%1: \"%2\" -> %3 not in top 5 (%4)")
                                  .arg(fields.at(0), fields.at(1), fields.at(2),
                                      found.join(QStringLiteral(", ")));
            }
        }
        QVERIFY2(lines >= 200, qPrintable(QString::number(lines)));
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1Char('\n'))));
    }

    // What a candidate types for a problem or a design: its common name. For a coding problem
    // that is its title up to the colon ("Trapping rain water: ..."), for a design prompt the
    // words after "Design a" up to "like" or a comma; the classics without either are listed.
    void commonNamesFindTheirQuestionFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank
            = Bank::BankLoader::loadDirectory(QStringLiteral(STARLOOP_SOURCE_DIR "/content"), diagnostics);
        int named = 0;
        QMap<QString, QStringList> names;
        for (const Bank::BankQuestion &q : bank.questions) {
            QString name;
            if (q.section == QLatin1String("coding") && !q.pattern.isEmpty()
                && !q.uid.startsWith(QLatin1String("pattern-")) && q.title.contains(QLatin1Char(':')))
                name = q.title.section(QLatin1Char(':'), 0, 0);
            else if ((q.section == QLatin1String("system-design") || q.section == QLatin1String("ood"))
                && q.title.startsWith(QLatin1String("Design "))
                && !q.title.contains(QLatin1String(" on AWS that ")))
                name = q.title.mid(7)
                           .remove(QRegularExpression(QStringLiteral("^the classes for ")))
                           .section(
                               QRegularExpression(QStringLiteral("[,:(.]| like | for | that | with ")), 0, 0)
                           .remove(QRegularExpression(QStringLiteral("^(an?|the) ")));
            if (name.isEmpty())
                continue;
            names[name.trimmed().toLower()] << q.uid;
        }
        // Two prompts may share a name (the shopping cart as a system and as classes): either first.
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            QTest::newRow(qPrintable(it.value().first())) << it.key() << it.value().join(QLatin1Char('|'));
            named += int(it.value().size());
        }
        QVERIFY(named >= 120);
        QTest::newRow("lru") << "lru cache"
                             << "code-lru-cache";
        QTest::newRow("merge k") << "merge k sorted lists"
                                 << "code-merge-k-sorted-lists";
        QTest::newRow("trie") << "implement a trie"
                              << "code-trie-prefix-search";
        QTest::newRow("dijkstra") << "shortest path network"
                                  << "code-shortest-path-network";
        QTest::newRow("news feed") << "news feed"
                                   << "sd-news-feed";
        QTest::newRow("dropbox") << "dropbox"
                                 << "sd-file-sync-service";
        QTest::newRow("ticketmaster") << "ticketmaster"
                                      << "sd-ticket-booking";
        QTest::newRow("amazon locker") << "amazon locker"
                                       << "ood-amazon-locker";
        QTest::newRow("unix find") << "unix find command"
                                   << "ood-unix-find";
        QTest::newRow("elevator") << "elevator"
                                  << "ood-elevator-system";
        QTest::newRow("vending machine") << "vending machine"
                                         << "ood-vending-machine";
        QTest::newRow("parking lot") << "parking lot"
                                     << "ood-parking-lot";
    }

    void commonNamesFindTheirQuestionFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = uidsFor(query, 5);
        QVERIFY2(!found.isEmpty() && expected.split(QLatin1Char('|')).contains(found.first()),
            qPrintable(QStringLiteral("\"%1\" -> %2").arg(query, found.join(QStringLiteral(", ")))));
    }

    void realisticQueriesRankTheRightAnswerFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lru") << "lru cache"
                             << "code-lru-cache";
        QTest::newRow("islands") << "number of islands"
                                 << "code-number-of-islands";
        QTest::newRow("url shortener") << "url shortener"
                                       << "sd-url-shortener";
        QTest::newRow("bar raiser") << "bar raiser"
                                    << "company-bar-raiser";
        QTest::newRow("cold starts") << "lambda cold start"
                                     << "aws-lambda-cold-starts";
        QTest::newRow("sg vs nacl") << "security groups network acl"
                                    << "aws-security-groups-vs-nacls";
        QTest::newRow("star method") << "star method"
                                     << "lp-star-method";
        QTest::newRow("flywheel") << "flywheel"
                                  << "company-flywheel";
        QTest::newRow("prefix") << "consist hash"
                                << "sd-consistent-hashing";
        QTest::newRow("accent-insensitive") << "S3 dürabílity"
                                            << "aws-s3-durability";
    }

    void realisticQueriesRankTheRightAnswerFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList found = uidsFor(query, 5);
        QVERIFY2(!found.isEmpty() && expected.split(QLatin1Char('|')).contains(found.first()),
            qPrintable(found.join(QStringLiteral(", "))));
    }

    void filtersCombineWithText()
    {
        const auto results = m_repo->search(
            SearchQuery::fromString(QStringLiteral("dynamodb section:system-design")), 50, 0);
        QVERIFY(results.ok());
        QVERIFY(!results->isEmpty());
        for (const auto &r : results.value())
            QCOMPARE(r.section, QStringLiteral("system-design"));
        const auto leadership
            = m_repo->search(SearchQuery::fromString(QStringLiteral("lp:\"earn trust\"")), 100, 0);
        QVERIFY(leadership.ok() && leadership->size() >= 2);
        const auto facets = m_repo->facets(SearchQuery::fromString(QStringLiteral("dynamodb")), 0);
        QVERIFY(facets.ok());
        int sum = 0;
        for (const auto &f : facets->sections)
            sum += f.count;
        QCOMPARE(sum, facets->total);
        const auto all = m_repo->search(SearchQuery::fromString(QStringLiteral("-dynamodb")), 1000, 0);
        QVERIFY(all.ok());
        QCOMPARE(all->size() + facets->total, m_repo->count());
    }

    // Each count beside a filter is what clicking it finds, whatever is typed already.
    void everyFacetCountIsWhatItsFilterFinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("nothing typed") << QString();
        QTest::newRow("text") << QStringLiteral("dynamodb");
        QTest::newRow("starred") << QStringLiteral("is:starred");
        QTest::newRow("section and text") << QStringLiteral("section:system-design cache");
        QTest::newRow("principle") << QStringLiteral("lp:own");
    }

    void everyFacetCountIsWhatItsFilterFinds()
    {
        QFETCH(QString, query);
        const QStringList starred {QStringLiteral("sd-url-shortener"), QStringLiteral("aws-s3-durability"),
            QStringLiteral("code-lru-cache"), QStringLiteral("lp-star-method")};
        for (const QString &uid : starred)
            QVERIFY(m_repo->setStarred(m_repo->loadByUid(uid)->id, true, 1).ok());
        const auto unstar = qScopeGuard([&] { // the other tests share this file
            for (const QString &uid : starred)
                QVERIFY(m_repo->setStarred(m_repo->loadByUid(uid)->id, false, 1).ok());
        });
        const auto facets = m_repo->facets(SearchQuery::fromString(query), 0);
        QVERIFY(facets.ok());
        auto found = [&](const QString &filter) {
            const auto results
                = m_repo->search(SearchQuery::fromString(query + QLatin1Char(' ') + filter), 10000, 0);
            return results.ok() ? int(results->size()) : -1;
        };
        QCOMPARE(facets->total, found(QString()));
        QVERIFY(facets->total > 0);
        QCOMPARE(facets->starred, found(QStringLiteral("is:starred")));
        QVERIFY(facets->starred > 0 || !query.isEmpty());
        QCOMPARE(facets->mine, found(QStringLiteral("is:mine")));
        const QVector<QPair<QString, QVector<Questions::FacetCount>>> groups {
            {QStringLiteral("section:"), facets->sections}, {QStringLiteral("level:"), facets->levels},
            {QStringLiteral("lp:"), facets->principles}, {QStringLiteral("tag:"), facets->tags}};
        // Filters match by prefix: tag:dynamodb finds dynamodb-streams too, so such keys are left out.
        QStringList allTags;
        Storage::Statement tags(m_store->db(), "SELECT DISTINCT tag FROM question_tags");
        while (tags.step())
            allTags << tags.text(0);
        int checked = 0;
        for (const auto &group : groups) {
            for (const auto &facet : group.second) {
                const QString key = facet.key.contains(QLatin1Char(' '))
                    ? QLatin1Char('"') + facet.key + QLatin1Char('"')
                    : facet.key;
                const bool prefixOfAnother = group.first == QLatin1String("tag:")
                    && std::any_of(allTags.cbegin(), allTags.cend(),
                        [&](const QString &tag) { return tag != facet.key && tag.startsWith(facet.key); });
                if (prefixOfAnother)
                    continue;
                QVERIFY(facet.count > 0);
                QVERIFY2(facet.count == found(group.first + key),
                    qPrintable(QStringLiteral("%1%2: %3 vs %4")
                                   .arg(group.first, key)
                                   .arg(facet.count)
                                   .arg(found(group.first + key))));
                ++checked;
            }
        }
        QVERIFY(checked >= 4);
    }

    void matchedWordsAreMarkedIncludingPrefixes()
    {
        const auto query = SearchQuery::fromString(QStringLiteral("dyna"));
        auto results = m_repo->search(query, 1, 0);
        QVERIFY(results.ok() && !results->isEmpty());
        QVERIFY(!results->first().decorated);
        QVERIFY(m_repo->decorate(query, results.value()).ok());
        QVERIFY(results->first().decorated);
        const QString marked = QChar(MatchStart) + QStringLiteral("DynamoDB") + QChar(MatchEnd);
        QVERIFY2(results->first().title.contains(marked) || results->first().snippet.contains(marked),
            qPrintable(results->first().title + QStringLiteral(" | ") + results->first().snippet));
    }

    // The result list asks for ranked ids and reads only the rows it shows: once decorated,
    // they hold exactly what a whole search gives, stars included.
    void rowsReadLaterMatchWholeRows()
    {
        const QStringList texts {QStringLiteral("dynamodb"), QStringLiteral("ca"),
            QStringLiteral("partition key"), QStringLiteral("\"hot partition\""),
            QStringLiteral("cache -redis"), QStringLiteral("lp:ownership"), QString()};
        const auto starred = m_repo->search(SearchQuery::fromString(QStringLiteral("dynamodb")), 2, 0);
        QVERIFY(starred.ok() && starred->size() == 2);
        auto compareAll = [&] {
            for (const QString &text : texts) {
                const auto query = SearchQuery::fromString(text);
                auto whole = m_repo->search(query, 40, 0);
                auto later = m_repo->search(query, 40, 0, QuestionRepository::Rows::IdsFirst);
                QVERIFY(whole.ok() && later.ok());
                QVERIFY2(!whole->isEmpty(), qPrintable(text));
                QCOMPARE(later->size(), whole->size());
                if (query.hasPositiveTerms() && query.principles.isEmpty())
                    QVERIFY2(later->first().title.isEmpty(), qPrintable(text)); // nothing read yet
                QVERIFY(m_repo->decorate(query, whole.value()).ok());
                QVERIFY(m_repo->decorate(query, later.value()).ok());
                for (int i = 0; i < whole->size(); ++i) {
                    const QuestionSummary &a = whole->at(i);
                    const QuestionSummary &b = later->at(i);
                    QCOMPARE(b.id, a.id);
                    QCOMPARE(b.uid, a.uid);
                    QCOMPARE(b.title, a.title);
                    QCOMPARE(b.section, a.section);
                    QCOMPARE(b.level, a.level);
                    QCOMPARE(b.snippet, a.snippet);
                    QCOMPARE(b.starred, a.starred);
                    QCOMPARE(b.mine, a.mine);
                    QVERIFY(!b.uid.isEmpty() && !b.title.isEmpty());
                }
            }
        };
        compareAll();
        if (QTest::currentTestFailed())
            return;
        // A star given after the rows were read (and kept for the next keystroke) shows.
        QVERIFY(m_repo->setStarred(starred->at(1).id, true, 5).ok());
        compareAll();
        if (QTest::currentTestFailed())
            return;
        const auto query = SearchQuery::fromString(QStringLiteral("dynamodb"));
        auto rows = m_repo->search(query, 2, 0, QuestionRepository::Rows::IdsFirst);
        QVERIFY(m_repo->decorate(query, rows.value()).ok());
        QVERIFY(!rows->at(0).starred);
        QVERIFY(rows->at(1).starred);
        QVERIFY(m_repo->setStarred(starred->at(1).id, false, 6).ok());
    }

    // Text searches rank in FTS5 first and join only the best rows; questions retired from the
    // bank stay in the index, so the ranked cut must grow past them.
    void retiredQuestionsNeverCrowdOutLiveOnes()
    {
        const auto query = SearchQuery::fromString(QStringLiteral("dynamodb"));
        const auto before = m_repo->search(query, 1000, 0);
        QVERIFY(before.ok());
        QVERIFY(before->size() >= 9);
        QStringList retired;
        for (int i = 0; i < 6; ++i)
            retired << QString::number(before->at(i).id);
        m_store->db().exec(QStringLiteral("UPDATE questions SET retired = 1 WHERE id IN (%1)")
                               .arg(retired.join(QLatin1Char(','))));
        const auto after = m_repo->search(query, 3, 0);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(after->at(i).id, before->at(6 + i).id);
        // Fewer live matches than the limit: all of them, nothing retired.
        const auto all = m_repo->search(query, 1000, 0);
        QCOMPARE(all->size(), before->size() - 6);
        // The same when the list reads ids first.
        const auto ids = m_repo->search(query, 3, 0, QuestionRepository::Rows::IdsFirst);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ids->at(i).id, before->at(6 + i).id);
        QCOMPARE(m_repo->search(query, 1000, 0, QuestionRepository::Rows::IdsFirst)->size(), all->size());

        // With nothing typed (the list and counts read the questions_list index, which holds
        // live questions only), retired ones are neither listed nor counted.
        const auto everything = m_repo->search(SearchQuery(), 1000, 0);
        QVERIFY(everything.ok());
        QCOMPARE(everything->size(), m_repo->count());
        for (const QuestionSummary &row : everything.value())
            QVERIFY(!retired.contains(QString::number(row.id)));
        const auto counts = m_repo->facets(SearchQuery(), 0, Facets::Sections | Facets::Levels);
        QVERIFY(counts.ok());
        int bySection = 0;
        int byLevel = 0;
        for (const auto &count : counts->sections)
            bySection += count.count;
        for (const auto &count : counts->levels)
            byLevel += count.count;
        QCOMPARE(bySection, int(everything->size()));
        QCOMPARE(byLevel, int(everything->size()));
        Storage::Statement plan(m_store->db(),
            "EXPLAIN QUERY PLAN SELECT q.section, count(*) FROM questions q "
            "WHERE q.retired = 0 GROUP BY q.section");
        QString steps;
        while (plan.step())
            steps += plan.text(3) + QLatin1Char('\n');
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX questions_list")), qPrintable(steps));
        // The list with nothing typed reads its first rows in order from questions_browse
        // (schema 11), without sorting every question, and from the index alone (schema 12):
        // the rows, which carry the answers, are not read.
        Storage::Statement browse(m_store->db(),
            "EXPLAIN QUERY PLAN SELECT q.id, q.uid, q.title, q.section, q.level, COALESCE(s.starred, 0), "
            "q.origin FROM questions q LEFT JOIN question_state s "
            "ON s.question_id = q.id WHERE q.retired = 0 "
            "ORDER BY CASE q.section WHEN 'leadership' THEN 0 WHEN 'company' THEN 1 WHEN 'aws' THEN 2 "
            "WHEN 'system-design' THEN 3 WHEN 'coding' THEN 4 ELSE 5 END, q.title COLLATE NOCASE LIMIT 200");
        steps.clear();
        while (browse.step())
            steps += browse.text(3) + QLatin1Char('\n');
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX questions_browse")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps));
    }

    // A lone short prefix ranks questions with it in the title or tags first; answers are
    // searched too when those are too few to fill the list.
    void aShortPrefixFindsTitlesAndStillAnswers()
    {
        const auto startsAWord = [](const QString &text, const QString &prefix) {
            for (const QString &word :
                text.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts)) {
                if (word.startsWith(prefix))
                    return true;
            }
            return false;
        };
        const auto few = m_repo->search(SearchQuery::fromString(QStringLiteral("ca")), 5, 0);
        QVERIFY(few.ok());
        QCOMPARE(few->size(), 5);
        for (const QuestionSummary &row : few.value()) {
            const auto question = m_repo->load(row.id);
            QVERIFY2(startsAWord(row.title + QLatin1Char(' ') + question->tags.join(QLatin1Char(' ')),
                         QStringLiteral("ca")),
                qPrintable(row.title));
        }
        // Few titles say "lru": the list goes on with answers that mention it.
        const auto all = m_repo->search(SearchQuery::fromString(QStringLiteral("lru")), 200, 0);
        QVERIFY(all.ok());
        const bool answerOnly = std::any_of(all->cbegin(), all->cend(), [&](const QuestionSummary &row) {
            const auto question = m_repo->load(row.id);
            return !startsAWord(
                row.title + QLatin1Char(' ') + question->tags.join(QLatin1Char(' ')), QStringLiteral("lru"));
        });
        QVERIFY(answerOnly);
        QVERIFY(all->size() > 3);
    }

    // Rows keep their marks while the user types on, but an edited question shows its new
    // text at once, whether it was changed here or through another connection to the file.
    void editedAnswersAreMarkedAfresh()
    {
        QuestionDraft draft;
        draft.title = QStringLiteral("Quokka census");
        draft.answerMd = QStringLiteral("Every quokka was counted on the island.");
        const auto id = m_repo->createOwn(draft, 10);
        QVERIFY(id.ok());
        const auto removeAfter = qScopeGuard([&] { QVERIFY(m_repo->removeOwn(id.value()).ok()); });
        auto snippetFor = [&](const QString &text) {
            const auto query = SearchQuery::fromString(text);
            auto rows = m_repo->search(query, 5, 0);
            if (!rows.ok() || rows->isEmpty() || !m_repo->decorate(query, rows.value(), 0, 1).ok())
                return QString();
            QString snippet = rows->first().snippet;
            return snippet.remove(QChar(MatchStart)).remove(QChar(MatchEnd));
        };
        QCOMPARE(
            snippetFor(QStringLiteral("quok")), QStringLiteral("Every quokka was counted on the island"));
        QCOMPARE(
            snippetFor(QStringLiteral("quokk")), QStringLiteral("Every quokka was counted on the island"));

        draft.answerMd = QStringLiteral("The quokka moved to the mainland.");
        QVERIFY(m_repo->updateOwn(id.value(), draft, 11).ok());
        QCOMPARE(snippetFor(QStringLiteral("quokka")), QStringLiteral("The quokka moved to the mainland"));

        auto other = Storage::Database::open(m_temp->path(), Storage::Database::Access::ReadWrite);
        draft.answerMd = QStringLiteral("A quokka smiled for the camera.");
        QVERIFY(QuestionRepository(*other).updateOwn(id.value(), draft, 12).ok());
        QCOMPARE(snippetFor(QStringLiteral("quokka")), QStringLiteral("A quokka smiled for the camera"));
    }

    void starsAndNotesAreKept()
    {
        auto q = m_repo->loadByUid(QStringLiteral("aws-s3-durability"));
        QVERIFY(q.ok());
        QVERIFY(m_repo->setStarred(q->id, true, 5).ok());
        QVERIFY(m_repo->saveNote(q->id, QStringLiteral("Remember: eleven nines."), 5).ok());
        auto again = m_repo->load(q->id);
        QVERIFY(again->starred);
        QCOMPARE(again->principles, QStringList {QStringLiteral("dive-deep")});
        QCOMPARE(again->principleNames, QStringList {QStringLiteral("Dive Deep")}); // as shown to the user
        QCOMPARE(again->noteMd, QStringLiteral("Remember: eleven nines."));
        const auto starred = m_repo->search(SearchQuery::fromString(QStringLiteral("is:starred")), 10, 0);
        QCOMPARE(starred->size(), 1);
        QCOMPARE(starred->first().uid, QStringLiteral("aws-s3-durability"));
    }

    // The counts beside the filters, made on their own thread through a second connection:
    // the same numbers as counting here, and only for the latest of several requests.
    void filterCountsComeFromTheirOwnThread()
    {
        FacetCounter counter(m_temp->path(), Storage::Database::Access::ReadOnly);
        QSignalSpy counted(&counter, &FacetCounter::counted);
        QSignalSpy failed(&counter, &FacetCounter::failed);
        const int groups = Facets::Sections | Facets::Status;
        const QStringList typed {
            QStringLiteral("d"), QStringLiteral("dy"), QStringLiteral("dyn"), QStringLiteral("lambda")};
        for (const QString &text : typed)
            counter.request(SearchQuery::fromString(text), 0, groups);
        QVERIFY(counter.isBusy());
        QTRY_VERIFY(!counter.isBusy());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(counted.count(), 1); // the earlier requests were dropped or their answers discarded
        const auto here = m_repo->facets(SearchQuery::fromString(QStringLiteral("lambda")), 0, groups);
        QVERIFY(here.ok());
        const auto there = counted.first().first().value<Facets>();
        QVERIFY(here->total > 0);
        QCOMPARE(there.total, here->total);
        QCOMPARE(there.sections.size(), here->sections.size());
        for (int i = 0; i < here->sections.size(); ++i) {
            QCOMPARE(there.sections.at(i).key, here->sections.at(i).key);
            QCOMPARE(there.sections.at(i).count, here->sections.at(i).count);
        }
        QVERIFY(there.levels.isEmpty()); // not asked for

        // A star given through the main connection is in the next count.
        const auto q = m_repo->loadByUid(QStringLiteral("aws-lambda-cold-starts"));
        QVERIFY2(q.ok(), qPrintable(q.errorMessage()));
        const int before = there.starred;
        QVERIFY(m_repo->setStarred(q->id, true, 7).ok());
        auto unstar = qScopeGuard([&] { QVERIFY(m_repo->setStarred(q->id, false, 8).ok()); });
        counter.request(SearchQuery::fromString(QStringLiteral("lambda")), 0, groups);
        QTRY_COMPARE(counted.count(), 2);
        QCOMPARE(counted.last().first().value<Facets>().starred, before + 1);
    }

    void filterCountsThatCannotBeMadeSayWhy()
    {
        FacetCounter counter(
            m_temp->folder() + QStringLiteral("/gone/missing.sqlite"), Storage::Database::Access::ReadOnly);
        QSignalSpy failed(&counter, &FacetCounter::failed);
        counter.request(SearchQuery::fromString(QStringLiteral("lambda")), 0, Facets::Sections);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Counting the filters failed")),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!counter.isBusy());
    }

    // A file in a folder Starloop cannot write to is opened immutable; so is the counter's
    // connection, and its counts are still those of the file.
    void filterCountsOfAFileOpenedImmutable()
    {
        m_store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"); // immutable readers do not see the -wal
        FacetCounter counter(m_temp->path(), Storage::Database::Access::ReadOnlyImmutable);
        QSignalSpy counted(&counter, &FacetCounter::counted);
        const auto query = SearchQuery::fromString(QStringLiteral("dynamodb"));
        counter.request(query, 0, Facets::Sections | Facets::Status);
        QTRY_COMPARE(counted.count(), 1);
        const auto here = m_repo->facets(query, 0, Facets::Sections | Facets::Status);
        QVERIFY(here.ok());
        QVERIFY(here->total > 0);
        QCOMPARE(counted.first().first().value<Facets>().total, here->total);
    }

    // Closing while a count runs: the thread stops and nothing arrives afterwards.
    void aCounterClosedMidCountStopsCleanly()
    {
        QSignalSpy *spy = nullptr;
        {
            FacetCounter counter(m_temp->path(), Storage::Database::Access::ReadOnly);
            spy = new QSignalSpy(&counter, &FacetCounter::counted);
            counter.request(SearchQuery::fromString(QStringLiteral("s")), 0, Facets::AllGroups);
        }
        QCoreApplication::processEvents();
        QCOMPARE(spy->count(), 0);
        delete spy;
    }

    void historyKeepsTheLastThirtyAndSavedSearchesByName()
    {
        SearchHistory history(m_store->db());
        for (int i = 0; i < 40; ++i)
            QVERIFY(history.record(QStringLiteral("query %1").arg(i), 100 + i).ok());
        QVERIFY(history.record(QStringLiteral("  query   12 "), 500).ok()); // repeated, tidied, moves up
        const QStringList recent = history.recent();
        QCOMPARE(recent.size(), SearchHistory::Kept);
        QCOMPARE(recent.first(), QStringLiteral("query 12"));
        QCOMPARE(recent.at(1), QStringLiteral("query 39"));
        QVERIFY(!recent.contains(QStringLiteral("query 5")));
        QVERIFY(history.save(QStringLiteral("Hard AWS"), QStringLiteral("section:aws level:advanced")).ok());
        QVERIFY(history.save(QStringLiteral("Hard AWS"), QStringLiteral("section:aws level:adv")).ok());
        QVERIFY(!history.save(QString(), QStringLiteral("x")).ok());
        QCOMPARE(history.saved().size(), 1);
        QCOMPARE(history.saved().first().second, QStringLiteral("section:aws level:adv"));
        QVERIFY(history.remove(QStringLiteral("Hard AWS")).ok());
        QVERIFY(history.saved().isEmpty());
    }

    void ownQuestionsCanBeAddedEditedDeletedAndRestored()
    {
        QuestionDraft draft;
        draft.section = QStringLiteral("aws");
        draft.title = QStringLiteral("How does my team's zorblax service shard?");
        draft.answerMd = QStringLiteral("By customer id.");
        draft.tags = QStringList {QStringLiteral("zorblax")};
        draft.principles = QStringList {QStringLiteral("dive-deep")};
        auto id = m_repo->createOwn(draft, 10);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(uidsFor(QStringLiteral("zorblax")).size(), 1);
        QCOMPARE(uidsFor(QStringLiteral("is:mine")).size(), 1);

        draft.title = QStringLiteral("How does the quuxor service shard?");
        QVERIFY(m_repo->updateOwn(id.value(), draft, 11).ok());
        QCOMPARE(uidsFor(QStringLiteral("quuxor")).size(), 1);
        QVERIFY(m_repo->saveNote(id.value(), QStringLiteral("ask about resharding"), 12).ok());

        auto removed = m_repo->removeOwn(id.value());
        QVERIFY(removed.ok());
        QVERIFY(uidsFor(QStringLiteral("quuxor")).isEmpty());
        QVERIFY(m_repo->restoreOwn(removed.value()).ok());
        QCOMPARE(uidsFor(QStringLiteral("quuxor")).size(), 1);
        QCOMPARE(m_repo->load(id.value())->noteMd, QStringLiteral("ask about resharding"));

        auto bankQuestion = m_repo->loadByUid(QStringLiteral("aws-s3-durability"));
        QVERIFY(!m_repo->removeOwn(bankQuestion->id).ok());
        QVERIFY(!m_repo->removeOwn(bankQuestion->id + 100000).ok());
        QVERIFY(!m_repo->updateOwn(bankQuestion->id, draft, 13).ok());
        QVERIFY(Storage::HealthCheck::run(m_store->db()).ok());
    }

    // Deleting an own question takes its coding attempts and story links with it (ON DELETE
    // CASCADE) and unlinks its diagrams; undo brings all of them back, whole.
    void undoingADeleteBringsBackAttemptsAndLinks()
    {
        QuestionDraft draft;
        draft.section = QStringLiteral("coding");
        draft.title = QStringLiteral("Rotate a matrix in place");
        draft.answerMd = QStringLiteral("Transpose, then reverse each row.");
        const qint64 id = m_repo->createOwn(draft, 10).value();
        Storage::Database &db = m_store->db();

        Coding::AttemptRepository attempts(db);
        auto first = attempts.create(id, QStringLiteral("java"), QStringLiteral("class Solution {}\n"), 20);
        QVERIFY(first.ok());
        Coding::Attempt edited = first.value();
        edited.code = QStringLiteral("class Solution { void rotate(int[][] m) {} }\n");
        edited.durationSecs = 1234;
        edited.rating = 4;
        edited.notes = QStringLiteral("forgot the odd-sized middle ring");
        QVERIFY(attempts.save(edited, 30).ok());
        QVERIFY(
            attempts.create(id, QStringLiteral("python"), QStringLiteral("def rotate(m): pass\n"), 40).ok());

        Stories::StoryRepository stories(db);
        Stories::Story draftStory;
        draftStory.title = QStringLiteral("Matrix rotation at the imaging team");
        const qint64 kept = stories.create(draftStory, 50)->id;
        draftStory.title = QStringLiteral("A story deleted before the undo");
        const qint64 doomed = stories.create(draftStory, 50)->id;
        QVERIFY(stories.linkQuestion(kept, id).ok());
        QVERIFY(stories.linkQuestion(doomed, id).ok());

        Diagrams::DiagramRepository diagrams(db);
        const qint64 diagram
            = diagrams.create(QStringLiteral("Rotation sketch"), Diagrams::DiagramDocument {}, 60)->id;
        QVERIFY(diagrams.linkQuestion(diagram, id, 61).ok());

        auto removed = m_repo->removeOwn(id);
        QVERIFY(removed.ok());
        QCOMPARE(attempts.forQuestion(id)->size(), 0);
        QCOMPARE(stories.storiesForQuestion(id)->size(), 0);
        QVERIFY(!diagrams.load(diagram)->summary.questionId.has_value());
        QVERIFY(stories.remove(doomed).ok());

        QVERIFY2(m_repo->restoreOwn(removed.value()).ok(), "restore failed");
        const auto back = attempts.forQuestion(id);
        QCOMPARE(back->size(), 2);
        const Coding::Attempt &again = back->at(1); // most recently started first
        QCOMPARE(again.uid, edited.uid);
        QCOMPARE(again.code, edited.code);
        QCOMPARE(again.durationSecs, 1234);
        QCOMPARE(again.rating, std::optional<int>(4));
        QCOMPARE(again.notes, edited.notes);
        QCOMPARE(stories.storiesForQuestion(id)->size(), 1); // the story deleted meanwhile stays out
        QCOMPARE(diagrams.load(diagram)->summary.questionId, std::optional<qint64>(id));
        QVERIFY(Storage::HealthCheck::run(db).ok());

        // Redo, then undo again: the same result.
        removed = m_repo->removeOwn(id);
        QVERIFY(removed.ok());
        QVERIFY(m_repo->restoreOwn(removed.value()).ok());
        QCOMPARE(attempts.forQuestion(id)->size(), 2);
    }

    // What the user does between the delete and the undo: the list moves on to another coding
    // question and they start an attempt there. SQLite gives the new attempt the id the deleted
    // one had (the highest), yet the undo must still bring back every attempt of the question.
    void undoingADeleteAfterAnAttemptElsewhereBringsBackEveryAttempt()
    {
        QuestionDraft draft;
        draft.section = QStringLiteral("coding");
        draft.title = QStringLiteral("Spiral order of a matrix");
        const qint64 id = m_repo->createOwn(draft, 10).value();
        Storage::Database &db = m_store->db();
        Coding::AttemptRepository attempts(db);
        Coding::Attempt first
            = attempts.create(id, QStringLiteral("python"), QStringLiteral("def spiral(m): pass\n"), 20)
                  .value();
        first.durationSecs = 900;
        first.lastRun = QStringLiteral("{\"outcome\":\"passed\"}");
        QVERIFY(attempts.save(first, 25).ok());
        QVERIFY(attempts.create(id, QStringLiteral("cpp"), QStringLiteral("int main() {}\n"), 30).ok());

        auto removed = m_repo->removeOwn(id);
        QVERIFY(removed.ok());
        const qint64 elsewhere = m_repo->loadByUid(QStringLiteral("code-subsets"))->id;
        const auto other = attempts.create(elsewhere, QStringLiteral("python"), QString(), 40);
        QVERIFY(other.ok());
        QCOMPARE(other->id, first.id); // the id is free again, and SQLite takes it

        QVERIFY(m_repo->restoreOwn(removed.value()).ok());
        const auto back = attempts.forQuestion(id);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).language, QStringLiteral("cpp"));
        QCOMPARE(back->at(1).uid, first.uid);
        QCOMPARE(back->at(1).durationSecs, 900);
        QCOMPARE(back->at(1).lastRun, first.lastRun);
        QCOMPARE(attempts.forQuestion(elsewhere)->size(), 1);
        QVERIFY(attempts.remove(other->id).ok());
        QVERIFY(Storage::HealthCheck::run(db).ok());
    }

    // Between the delete and the undo the user adds a question of their own, which SQLite gives
    // the deleted question's id: the undo brings the question back under another id, whole.
    void undoingADeleteAfterAddingAQuestionBringsItBackUnderANewId()
    {
        QuestionDraft draft;
        draft.section = QStringLiteral("coding");
        draft.title = QStringLiteral("Merge k sorted lists");
        const qint64 id = m_repo->createOwn(draft, 10).value();
        Coding::AttemptRepository attempts(m_store->db());
        QVERIFY(attempts.create(id, QStringLiteral("python"), QStringLiteral("import heapq\n"), 20).ok());
        QVERIFY(m_repo->saveNote(id, QStringLiteral("use a heap"), 21).ok());
        QVERIFY(m_repo->setStarred(id, true, 22).ok());

        auto removed = m_repo->removeOwn(id);
        QVERIFY(removed.ok());
        draft.title = QStringLiteral("Added while the other was deleted");
        const qint64 added = m_repo->createOwn(draft, 30).value();
        QCOMPARE(added, id);

        const auto restored = m_repo->restoreOwn(removed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QVERIFY(restored.value() != id);
        const auto back = m_repo->load(restored.value());
        QCOMPARE(back->title, QStringLiteral("Merge k sorted lists"));
        QCOMPARE(back->noteMd, QStringLiteral("use a heap"));
        QVERIFY(back->starred);
        QCOMPARE(attempts.forQuestion(restored.value())->size(), 1);
        QCOMPARE(m_repo->load(added)->title, QStringLiteral("Added while the other was deleted"));
        QCOMPARE(attempts.forQuestion(added)->size(), 0);
        QVERIFY(m_repo->removeOwn(added).ok());
        QVERIFY(m_repo->removeOwn(restored.value()).ok());
        QVERIFY(Storage::HealthCheck::run(m_store->db()).ok());
    }
};

QTEST_GUILESS_MAIN(TestQuestions)
#include "test_questions.moc"
