// What the shipped bank promises a user, checked on the real content/ folder: every coding
// pattern has its page and three problems or more, solved in three languages with six examples;
// every principle has five prompts, and every worked example passes the story checks a user's
// own story gets; every AWS answer says when its facts were checked; a seed is named as a source
// only where the seed holds the question; every design prompt has a reference diagram. Also the
// build-time checks of diagrams and links, on broken input.
#include "core/bank/bankloader.h"
#include "core/bank/diagramlint.h"
#include "core/coding/codingexamples.h"
#include "core/coding/modelsolution.h"
#include "core/stories/storychecks.h"
#include "core/stories/workedexample.h"
#include "core/vocabulary/catalog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Starloop;
using namespace Starloop::Bank;

namespace {

const BankContents &bank()
{
    static const BankContents contents = [] {
        QVector<Diagnostic> diagnostics;
        return BankLoader::loadDirectory(QStringLiteral(STARLOOP_SOURCE_DIR "/content"), diagnostics);
    }();
    return contents;
}

bool isProblem(const BankQuestion &q)
{
    return q.section == QLatin1String("coding") && !q.pattern.isEmpty()
        && !q.uid.startsWith(QLatin1String("pattern-"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The seed a `source` names, as the coverage data writes its rows ("top100#3" -> "top100").
QStringList seedsNamedBy(const QString &source)
{
    QStringList seeds;
    if (source.contains(QLatin1String("Top 100 Amazon Interview Questions")))
        seeds << QStringLiteral("top100");
    if (source.contains(QLatin1String("AWS Interview Questions")))
        seeds << QStringLiteral("aws");
    if (source.contains(QLatin1String("Software Engineer at AWS interview guide")))
        seeds << QStringLiteral("sde-guide");
    if (source.contains(QLatin1String("Amazon Interview Guide")))
        seeds << QStringLiteral("guide");
    return seeds;
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theBankLoads() { QVERIFY(bank().questions.size() >= 300); }

    void everyPatternHasItsPageAndThreeProblems()
    {
        int problems = 0;
        for (const QString &pattern : Catalog::patternIds()) {
            const auto count = std::count_if(bank().questions.cbegin(), bank().questions.cend(),
                [&](const BankQuestion &q) { return isProblem(q) && q.pattern == pattern; });
            QVERIFY2(
                count >= 3, qPrintable(QStringLiteral("pattern %1 has %2 problems").arg(pattern).arg(count)));
            const bool page = std::any_of(bank().questions.cbegin(), bank().questions.cend(),
                [&](const BankQuestion &q) { return q.uid == QLatin1String("pattern-") + pattern; });
            QVERIFY2(page, qPrintable(QStringLiteral("pattern %1 has no page").arg(pattern)));
            problems += int(count);
        }
        QVERIFY2(problems >= 80, qPrintable(QString::number(problems)));
    }

    // The examples run per problem and language (coding.examples.*); here: each problem has them.
    void everyProblemIsSolvedInThreeLanguagesWithSixExamples()
    {
        QStringList problems;
        for (const BankQuestion &q : bank().questions) {
            if (!isProblem(q))
                continue;
            const QByteArray json
                = readFile(QStringLiteral(STARLOOP_SOURCE_DIR "/content/examples/%1.json").arg(q.uid));
            for (const QString &language :
                {QStringLiteral("python"), QStringLiteral("cpp"), QStringLiteral("java")}) {
                if (Coding::ModelSolution::extract(q.answerMd, language).isEmpty())
                    problems << QStringLiteral("%1: no %2 solution").arg(q.file, language);
                const auto examples = Coding::CodingExamples::parse(json, language);
                if (!examples || examples->cases.size() < 6)
                    problems << QStringLiteral("%1: fewer than 6 %2 examples").arg(q.file, language);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyPrincipleHasFiveLeadershipPrompts()
    {
        for (const QString &principle : Catalog::principleIds()) {
            const auto count = std::count_if(
                bank().questions.cbegin(), bank().questions.cend(), [&](const BankQuestion &q) {
                    return q.section == QLatin1String("leadership") && q.uid.startsWith(QLatin1String("lp-"))
                        && q.principles.value(0) == principle && q.uid != QLatin1String("lp-") + principle;
                });
            QVERIFY2(count >= 5, qPrintable(QStringLiteral("%1 leads %2 prompts").arg(principle).arg(count)));
        }
    }

    void everyWorkedExamplePassesTheStoryChecks_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("answer");
        int examples = 0;
        for (const BankQuestion &q : bank().questions) {
            if (q.section != QLatin1String("leadership") || q.principles.isEmpty()
                || q.uid == QLatin1String("lp-") + q.principles.first())
                continue;
            QTest::newRow(qPrintable(q.uid)) << q.uid << q.answerMd;
            ++examples;
        }
        QVERIFY(examples >= 80);
    }

    void everyWorkedExamplePassesTheStoryChecks()
    {
        QFETCH(QString, uid);
        QFETCH(QString, answer);
        const auto story = Stories::WorkedExample::fromMarkdown(answer);
        QVERIFY2(story, "no complete worked example (### Situation, Task, Action, Result)");
        QVERIFY2(answer.contains(QLatin1String("## Weak version")), "no weak version");
        QVERIFY2(answer.contains(QLatin1String("fictional")),
            "not labelled as an illustration of a fictional engineer");
        const auto checks
            = Stories::StoryChecks::evaluate(*story, Stories::CheckContext {QDate(2026, 12, 7), true});
        for (const auto &check : checks) {
            // A worked example has no date, and is one story of many.
            if (check.id == QLatin1String("recency") || check.id == QLatin1String("failure-story"))
                continue;
            if (check.id == QLatin1String("short-version") && story->shortVersion.isEmpty())
                continue;
            QVERIFY2(check.ok, qPrintable(QStringLiteral("%1: %2").arg(check.title, check.message)));
        }
    }

    void everyAwsAnswerSaysWhenItsFactsWereChecked()
    {
        for (const BankQuestion &q : bank().questions) {
            if (q.section != QLatin1String("aws"))
                continue;
            const QDate checked = QDate::fromString(q.checked, Qt::ISODate);
            QVERIFY2(checked.isValid(), qPrintable(q.file + QStringLiteral(": no `checked:` date")));
            QVERIFY2(checked <= QDate::currentDate(),
                qPrintable(q.file + QStringLiteral(": checked in the future")));
        }
    }

    // tests/data/seed_coverage: each seed question and the file that answers it. A `source` that
    // names a seed needs a row of that seed for its file.
    void sourcesNameOnlySeedsThatHoldTheQuestion()
    {
        QSet<QString> rows; // "top100 code-two-sum"
        const QDir dir(QStringLiteral(STARLOOP_TEST_DATA "/seed_coverage"));
        for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
            const QStringList lines
                = QString::fromUtf8(readFile(dir.filePath(name))).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QStringList fields = line.split(QLatin1Char('\t'));
                if (fields.size() == 3)
                    rows.insert(fields.at(0).section(QRegularExpression(QStringLiteral("[#:]")), 0, 0)
                        + QLatin1Char(' ') + fields.at(2).trimmed());
            }
        }
        QVERIFY(rows.size() >= 150);
        QStringList untrue;
        for (const BankQuestion &q : bank().questions) {
            if (q.file.startsWith(QLatin1String("principles/")))
                continue;
            for (const QString &seed : seedsNamedBy(q.source)) {
                if (!rows.contains(seed + QLatin1Char(' ') + q.uid))
                    untrue << QStringLiteral("%1: `source` names the seed \"%2\", which has no row for %3 in "
                                             "tests/data/seed_coverage")
                                  .arg(q.file, seed, q.uid);
            }
            if (!q.source.startsWith(QLatin1String("Beyond the seeds")) && seedsNamedBy(q.source).isEmpty())
                untrue << QStringLiteral(
                    "%1: `source` \"%2\" names no seed and does not say it is beyond them")
                              .arg(q.file, q.source);
        }
        QVERIFY2(untrue.isEmpty(), qPrintable(untrue.join(QLatin1Char('\n'))));
    }

    // A design prompt asks to design or build something ("Design a news feed", "How would you
    // build a pipeline ..."); each links the reference diagram its answer describes.
    void everyDesignPromptHasAReferenceDiagram()
    {
        static const QRegularExpression asksToDesign(
            QStringLiteral("^(Design|Build|How would you (architect|build|implement|scale|design))\\b"));
        int designs = 0;
        int classDesigns = 0;
        for (const BankQuestion &q : bank().questions) {
            if (!asksToDesign.match(q.title).hasMatch())
                continue;
            if (q.section == QLatin1String("system-design"))
                ++designs;
            else if (q.section == QLatin1String("ood"))
                ++classDesigns;
            else
                continue;
            QVERIFY2(!q.diagram.isEmpty(), qPrintable(q.file + QStringLiteral(": no `diagram:`")));
            QVERIFY2(
                QFile::exists(QStringLiteral(STARLOOP_SOURCE_DIR "/content/diagrams/%1.json").arg(q.diagram)),
                qPrintable(q.file));
        }
        QVERIFY2(designs >= 35, qPrintable(QString::number(designs)));
        QVERIFY2(classDesigns >= 15, qPrintable(QString::number(classDesigns)));
    }

    void diagramProblemsAreReportedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray head = "{\n\"title\": \"T\",\n\"document\": {\"format\": \"starloop-diagram\", "
                                "\"version\": 1,\n\"nodes\": [\n";
        QTest::newRow("unknown kind") << head
                + "{\"id\": \"n1\", \"kind\": \"teapot\", \"label\": \"a\", \"x\": 0, \"y\": 0, \"w\": 10, "
                  "\"h\": 10}\n], \"edges\": []}}"
                                      << 5 << QStringLiteral("unknown kind \"teapot\"");
        QTest::newRow("dangling edge") << head
                + "{\"id\": \"n1\", \"kind\": \"server\", \"label\": \"a\", \"x\": 0, \"y\": 0, \"w\": 10, "
                  "\"h\": 10}\n],\n\"edges\": [\n{\"id\": \"e1\", \"from\": \"n1\", \"to\": \"n9\"}\n]}}"
                                       << 8 << QStringLiteral("points to \"n9\"");
        QTest::newRow("overlap") << head
                + "{\"id\": \"n1\", \"kind\": \"server\", \"label\": \"a\", \"x\": 0, \"y\": 0, \"w\": 100, "
                  "\"h\": 90},\n"
                  "{\"id\": \"n2\", \"kind\": \"server\", \"label\": \"b\", \"x\": 50, \"y\": 50, \"w\": "
                  "100, \"h\": 90}\n], \"edges\": []}}"
                                 << 6 << QStringLiteral("overlaps node \"n1\"");
        QTest::newRow("outside its group") << head
                + "{\"id\": \"g1\", \"kind\": \"vpc\", \"label\": \"VPC\", \"x\": 0, \"y\": 0, \"w\": 200, "
                  "\"h\": 200},\n"
                  "{\"id\": \"n2\", \"kind\": \"server\", \"label\": \"b\", \"x\": 150, \"y\": 50, \"w\": "
                  "100, \"h\": 90, \"parent\": \"g1\"}\n], \"edges\": []}}"
                                           << 6 << QStringLiteral("not inside its group");
        QTest::newRow("not json") << QByteArray("{\n\"title\": \"T\",\n oops") << 3
                                  << QStringLiteral("not valid JSON");
    }

    void diagramProblemsAreReportedWithTheirLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, message);
        QVector<Diagnostic> diagnostics;
        QVERIFY(!DiagramLint::check(QStringLiteral("diagrams/x.json"), json, diagnostics));
        QVERIFY(!diagnostics.isEmpty());
        const QString all = diagnostics.first().toString();
        QVERIFY2(diagnostics.first().message.contains(message), qPrintable(all));
        QCOMPARE(diagnostics.first().line, line);
    }

    // A question whose link or diagram names nothing, and a pattern short of problems, fail the
    // build with the line to fix.
    void brokenLinksAndThinPatternsAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/principles")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/questions/coding")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/diagrams")));
        for (const QString &file : QDir(QStringLiteral(STARLOOP_TEST_DATA "/minibank/principles"))
                                       .entryList({QStringLiteral("*.md")}))
            QVERIFY(QFile::copy(QStringLiteral(STARLOOP_TEST_DATA "/minibank/principles/") + file,
                root + QStringLiteral("/principles/") + file));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(root + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("/questions/coding/code-alpha.md"),
            "---\nid: code-alpha\nsection: coding\nlevel: beginner\nprinciples: []\ntags: [x]\nsource: "
            "\"Beyond the seeds: test\"\n"
            "pattern: greedy\ndiagram: nowhere\n---\n# Alpha\n\nSee [beta](question:code-beta).\n");
        QVector<Diagnostic> diagnostics;
        BankLoader::loadDirectory(root, diagnostics);
        QStringList messages;
        for (const Diagnostic &d : diagnostics)
            messages << d.toString();
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(
                     QLatin1String("questions/coding/code-alpha.md:9: there is no diagrams/nowhere.json")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QLatin1String("code-alpha.md:13: the link to question:code-beta names no question")),
            qPrintable(all));
        QVERIFY2(
            all.contains(QLatin1String("code-alpha.md:8: pattern \"greedy\" has no page")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("code-alpha.md:8: pattern \"greedy\" has 1 problem(s)")),
            qPrintable(all));
    }

    void workedExamplesAreReadFromTheirSection()
    {
        const QString answer
            = QStringLiteral("## Example outline\n- a\n\n## Worked example\n\n*An illustration.*\n\n### "
                             "Situation\nWe ran a shop.\n\n"
                             "### Task\nI owned checkout.\n\n### Action\nI rewrote it.\n```text\n## not a "
                             "heading\n```\n\n### Result\nSales rose 5%.\n\n"
                             "### Short version\nShort.\n\n## Weak version\nWe did stuff.\n");
        const auto story = Stories::WorkedExample::fromMarkdown(answer);
        QVERIFY(story);
        QCOMPARE(story->situation, QStringLiteral("We ran a shop."));
        QCOMPARE(story->task, QStringLiteral("I owned checkout."));
        QCOMPARE(story->action, QStringLiteral("I rewrote it.\n```text\n## not a heading\n```"));
        QCOMPARE(story->result, QStringLiteral("Sales rose 5%."));
        QCOMPARE(story->shortVersion, QStringLiteral("Short."));
        QVERIFY(!Stories::WorkedExample::fromMarkdown(
            QStringLiteral("## Worked example\n### Situation\nonly this\n")));
        QVERIFY(!Stories::WorkedExample::fromMarkdown(QStringLiteral("## Answer\nnone")));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "test_content.moc"
