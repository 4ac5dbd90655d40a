// StoryChecks on crafted stories: speaking time, quantified results, I / we, STAR parts and
// proportions, recency, the failure story, the short version, empty and 50,000-word stories.
#include "core/stories/storychecks.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Starloop::Stories;

namespace {

QString words(int n, const QString &word = QStringLiteral("build"))
{
    QStringList list;
    list.reserve(n);
    for (int i = 0; i < n; ++i)
        list << word;
    return list.join(QLatin1Char(' '));
}

StoryCheck find(const QVector<StoryCheck> &checks, const char *id)
{
    for (const StoryCheck &c : checks) {
        if (c.id == QLatin1String(id))
            return c;
    }
    return StoryCheck {QStringLiteral("missing"), false, {}, {}};
}

const QDate Today(2026, 11, 23);

// A well-formed story: S 60, T 45, A 150, R 45 words = 300 words, about 2:09.
Story goodStory()
{
    Story s;
    s.title = QStringLiteral("Billing migration");
    s.situation = words(60);
    s.task = words(45);
    s.action = QStringLiteral("I wrote the plan and I ran it. ") + words(143);
    s.result = QStringLiteral("Costs fell 30%. ") + words(42);
    s.happenedOn = QStringLiteral("2025-09");
    s.shortVersion = words(100);
    return s;
}

} // namespace

class TestStoryChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("spaces") << QStringLiteral("   \n\t ") << 0;
        QTest::newRow("simple") << QStringLiteral("I ran the cut-over.") << 4;
        QTest::newRow("apostrophe") << QStringLiteral("We’d I'm don't") << 3;
        QTest::newRow("punctuation only") << QStringLiteral("— … !!") << 0;
        QTest::newRow("numbers") << QStringLiteral("30% of $2M in 3 weeks") << 6;
        QTest::newRow("unicode") << QStringLiteral("über naïve 東京") << 3;
    }
    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(StoryChecks::wordCount(text), count);
    }

    void speakingTime_data()
    {
        QTest::addColumn<int>("actionWords");
        QTest::addColumn<bool>("ok");
        QTest::newRow("139 words, under 1 min") << 139 << false;
        QTest::newRow("270 words, 1:56") << 270 << false;
        QTest::newRow("280 words, 2:00") << 280 << true;
        QTest::newRow("560 words, 4:00") << 560 << true;
        QTest::newRow("700 words, 5:00") << 700 << false;
    }
    void speakingTime()
    {
        QFETCH(int, actionWords);
        QFETCH(bool, ok);
        Story s;
        s.action = words(actionWords);
        const StoryCheck c = find(StoryChecks::evaluate(s, {Today, false}), "speaking-time");
        QCOMPARE(c.ok, ok);
        QVERIFY(c.message.contains(StoryChecks::formatDuration(StoryChecks::speakingSeconds(actionWords))));
        QCOMPARE(StoryChecks::speakingSeconds(140), 60);
        QCOMPARE(StoryChecks::formatDuration(125), QStringLiteral("2:05"));
    }

    void quantifiedResult_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quantified");
        QTest::newRow("percent") << QStringLiteral("Latency fell by 40%.") << true;
        QTest::newRow("money") << QStringLiteral("Saved $") << true;
        QTest::newRow("euro") << QStringLiteral("Saved €") << true;
        QTest::newRow("digits") << QStringLiteral("Shipped in 3 weeks") << true;
        QTest::newRow("word number") << QStringLiteral("We halved the pager load") << true;
        QTest::newRow("million") << QStringLiteral("Reached a million users") << true;
        QTest::newRow("vague") << QStringLiteral("Customers were much happier and the team was proud.")
                               << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("someone is not one") << QStringLiteral("Someone noticed") << false;
    }
    void quantifiedResult()
    {
        QFETCH(QString, text);
        QFETCH(bool, quantified);
        QCOMPARE(StoryChecks::hasQuantifiedResult(text), quantified);
        Story s;
        s.result = text;
        QCOMPARE(find(StoryChecks::evaluate(s, {Today, false}), "quantified-result").ok, quantified);
    }

    void iVersusWe_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("i");
        QTest::addColumn<int>("we");
        QTest::addColumn<bool>("ok");
        QTest::newRow("mostly I") << QStringLiteral(
            "I wrote the design. My team reviewed it, then I led the rollout.")
                                  << 3 << 0 << true;
        QTest::newRow("contractions")
            << QStringLiteral("I'm sure I’d do it again; we’ll see, we've tried") << 2 << 2 << true;
        QTest::newRow("mostly we") << QStringLiteral(
            "We decided. We built it. Our team shipped, and I helped.")
                                   << 1 << 3 << false;
        QTest::newRow("nobody") << QStringLiteral("The service was rewritten.") << 0 << 0 << false;
        QTest::newRow("words containing i")
            << QStringLiteral("Idle items; wearing weights") << 0 << 0 << false;
        QTest::newRow("empty") << QString() << 0 << 0 << false;
    }
    void iVersusWe()
    {
        QFETCH(QString, action);
        QFETCH(int, i);
        QFETCH(int, we);
        QFETCH(bool, ok);
        const PronounCount count = StoryChecks::pronouns(action);
        QCOMPARE(count.i, i);
        QCOMPARE(count.we, we);
        Story s;
        s.action = action;
        QCOMPARE(find(StoryChecks::evaluate(s, {Today, false}), "i-we").ok, ok);
    }

    void starPartsAndProportions()
    {
        const Story good = goodStory();
        const auto checks = StoryChecks::evaluate(good, {Today, false});
        QVERIFY(find(checks, "star-complete").ok);
        const StoryCheck proportion = find(checks, "star-proportion");
        QVERIFY2(proportion.ok, qPrintable(proportion.message));
        QVERIFY(proportion.message.contains(QStringLiteral("S 20% · T 15% · A 50% · R 15%")));

        Story noTask = good;
        noTask.task.clear();
        const StoryCheck missing = find(StoryChecks::evaluate(noTask, {Today, false}), "star-complete");
        QVERIFY(!missing.ok);
        QVERIFY(missing.message.contains(QStringLiteral("Task")));
        QVERIFY(!missing.message.contains(QStringLiteral("Action")));

        Story longSituation = good;
        longSituation.situation = words(300);
        const StoryCheck skewed
            = find(StoryChecks::evaluate(longSituation, {Today, false}), "star-proportion");
        QVERIFY(!skewed.ok);
        QVERIFY2(skewed.message.contains(QStringLiteral("Situation is 55%")), qPrintable(skewed.message));
    }

    void recency_data()
    {
        QTest::addColumn<QString>("happened");
        QTest::addColumn<bool>("ok");
        QTest::newRow("last month") << QStringLiteral("2026-10") << true;
        QTest::newRow("full date") << QStringLiteral("2025-01-15") << true;
        QTest::newRow("exactly two years") << QStringLiteral("2024-11") << true;
        QTest::newRow("three years") << QStringLiteral("2023-06") << false;
        QTest::newRow("future") << QStringLiteral("2027-01") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("words") << QStringLiteral("last spring") << false;
        QTest::newRow("bad month") << QStringLiteral("2025-13") << false;
        QTest::newRow("year only") << QStringLiteral("2026") << true;
    }
    void recency()
    {
        QFETCH(QString, happened);
        QFETCH(bool, ok);
        Story s;
        s.happenedOn = happened;
        QCOMPARE(find(StoryChecks::evaluate(s, {Today, false}), "recency").ok, ok);
        QCOMPARE(StoryChecks::parseHappenedOn(QStringLiteral("2025-03")), QDate(2025, 3, 1));
    }

    void failureStory()
    {
        Story plain = goodStory();
        QVERIFY(!StoryChecks::isFailureStory(plain));
        QVERIFY(!find(StoryChecks::evaluate(plain, {Today, false}), "failure-story").ok);
        QVERIFY(find(StoryChecks::evaluate(plain, {Today, true}), "failure-story").ok);
        Story failure = plain;
        failure.reflection = QStringLiteral("My mistake was not testing the rollback.");
        QVERIFY(StoryChecks::isFailureStory(failure));
        QVERIFY(find(StoryChecks::evaluate(failure, {Today, false}), "failure-story").ok);
        Story failover = plain;
        failover.situation = QStringLiteral("We tested the failover.");
        QVERIFY(!StoryChecks::isFailureStory(failover));
    }

    void shortVersion()
    {
        Story s = goodStory();
        QVERIFY(find(StoryChecks::evaluate(s, {Today, false}), "short-version").ok);
        s.shortVersion = words(20);
        QVERIFY(!find(StoryChecks::evaluate(s, {Today, false}), "short-version").ok);
        s.shortVersion = words(300);
        QVERIFY(!find(StoryChecks::evaluate(s, {Today, false}), "short-version").ok);
    }

    void anEmptyStoryWarnsEverywhereSensibly()
    {
        const auto checks = StoryChecks::evaluate(Story {}, {Today, false});
        QCOMPARE(checks.size(), 8);
        for (const StoryCheck &c : checks) {
            QVERIFY2(!c.ok, qPrintable(c.id));
            QVERIFY(!c.title.isEmpty());
            QVERIFY(!c.message.isEmpty());
            QVERIFY2(!c.message.contains(QStringLiteral("nan")), qPrintable(c.message));
        }
    }

    void fiftyThousandWordFieldsAreFast()
    {
        Story s;
        const QString huge = words(50000, QStringLiteral("we"));
        s.situation = huge;
        s.task = huge;
        s.action = huge;
        s.result = huge;
        s.reflection = huge;
        s.shortVersion = huge;
        s.happenedOn = huge;
        QElapsedTimer timer;
        timer.start();
        const auto checks = StoryChecks::evaluate(s, {Today, false});
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QCOMPARE(checks.size(), 8);
        QVERIFY(find(checks, "speaking-time")
                    .message.contains(QStringLiteral("250,000")) // locale-free: no separator
            || find(checks, "speaking-time").message.contains(QStringLiteral("250000")));
        QVERIFY(!find(checks, "speaking-time").ok);
        QVERIFY(!find(checks, "i-we").ok);
        QVERIFY(find(checks, "star-proportion").ok == false);
        QVERIFY(!find(checks, "recency").ok);
        QVERIFY(find(checks, "recency").message.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestStoryChecks)
#include "test_storychecks.moc"
