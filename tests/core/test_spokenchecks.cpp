// Spoken STAR timings from the marks set while speaking, the checks over them (beside the
// written checks, which stay as they are), and two takes compared.
#include "core/rehearsal/audioanalyzer.h"
#include "core/rehearsal/spokenchecks.h"
#include "core/rehearsal/takecomparison.h"
#include "pcmsignal.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Rehearsal;
using Starloop::Stories::StoryCheck;
using Starloop::Test::PcmSignal;

namespace {

constexpr qint64 S = 1000;

QVector<RehearsalMark> starMarks(qint64 task, qint64 action, qint64 result)
{
    return {{MarkKind::Task, task, {}}, {MarkKind::Action, action, {}}, {MarkKind::Result, result, {}}};
}

StoryCheck find(const QVector<StoryCheck> &checks, const char *id)
{
    for (const StoryCheck &check : checks) {
        if (check.id == QLatin1String(id))
            return check;
    }
    return {};
}

// The analysis of a take: speech from `from` to `to` seconds, with silences of `pauses`
// (start second, length in seconds) cut into it. Built without PCM (the analyzer is tested on
// PCM in test_audioanalyzer) so long takes stay fast.
AudioAnalysis takeAnalysis(
    qint64 duration, qint64 from, qint64 to, const QVector<QPair<qint64, qint64>> &pauses)
{
    AudioAnalysis a;
    a.durationMs = duration * S;
    qint64 at = from * S;
    for (const auto &pause : pauses) {
        a.speech.append({at, pause.first * S});
        a.pauses.append({pause.first * S, (pause.first + pause.second) * S});
        at = (pause.first + pause.second) * S;
    }
    a.speech.append({at, to * S});
    for (const TimeSpan &span : a.speech)
        a.speakingMs += span.lengthMs();
    return a;
}

} // namespace

class TestSpokenChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timingsFromMarksAlone()
    {
        const SpokenTimings t = SpokenTimings::fromMarks(starMarks(40 * S, 60 * S, 160 * S), 190 * S);
        QCOMPARE(t.answer, (TimeSpan {0, 190 * S}));
        QCOMPARE(t.movesMarked, 3);
        QCOMPARE(t.partMs(), (std::array<qint64, 4> {40 * S, 20 * S, 100 * S, 30 * S}));
        QVERIFY(!t.hasAudio);
        QCOMPARE(t.totalMs(), 190 * S);
    }

    void timingsWithAudio()
    {
        // Speech from 2 s to 200 s, one long pause at 100 s; a probe asked at 205 s ends the answer.
        AudioAnalysis a = takeAnalysis(260, 2, 200, {{100, 4}});
        a.speech.append({210 * S, 250 * S}); // the answer to the probe
        QVector<RehearsalMark> marks = starMarks(30 * S, 50 * S, 160 * S);
        marks.append({MarkKind::Probe, 205 * S, QStringLiteral("What data did you use?")});
        const SpokenTimings t = SpokenTimings::fromMarks(marks, a);
        QCOMPARE(t.answer, (TimeSpan {2 * S, 200 * S}));
        QCOMPARE(t.partMs(), (std::array<qint64, 4> {28 * S, 20 * S, 110 * S, 40 * S}));
        QCOMPARE(t.speakingMs, 194 * S);
        QCOMPARE(t.pauses.size(), 1);
        QVERIFY(t.hasAudio);
    }

    void timingsFromGeneratedSpeech()
    {
        // Real analysis of generated PCM: speech 1-9 s and 12.5-20 s (a 3.5 s pause), marks at 3, 6, 15 s.
        PcmSignal signal(16000);
        signal.silence(1000).tone(8000).silence(3500).tone(7500).silence(1000).withNoise(0.01);
        const AudioAnalysis a = AudioAnalyzer::analyse(signal.pcm());
        const SpokenTimings t = SpokenTimings::fromMarks(starMarks(3 * S, 6 * S, 15 * S), a);
        QVERIFY(std::abs(t.answer.startMs - 1000) <= 50);
        QVERIFY(std::abs(t.answer.endMs - 20000) <= 50);
        QVERIFY(std::abs(t.partMs()[0] - 2000) <= 50);
        QCOMPARE(t.partMs()[1], 3 * S);
        QCOMPARE(t.partMs()[2], 9 * S);
        QVERIFY(std::abs(t.partMs()[3] - 5000) <= 50);
        QCOMPARE(t.pauses.size(), 1);
        QVERIFY(std::abs(t.speakingMs - 15500) <= 50);
    }

    void missingAndOddMarks()
    {
        // No marks: the whole answer is "Situation" and nothing was measured.
        SpokenTimings t = SpokenTimings::fromMarks({}, 150 * S);
        QCOMPARE(t.movesMarked, 0);
        QCOMPARE(t.partMs(), (std::array<qint64, 4> {150 * S, 0, 0, 0}));
        // The Task skipped: it takes no time.
        t = SpokenTimings::fromMarks(
            {{MarkKind::Action, 30 * S, {}}, {MarkKind::Result, 100 * S, {}}}, 150 * S);
        QCOMPARE(t.movesMarked, 2);
        QCOMPARE(t.partMs(), (std::array<qint64, 4> {30 * S, 0, 70 * S, 50 * S}));
        // Out of order and past the end: parts never run backwards, marks after the end count for nothing.
        t = SpokenTimings::fromMarks(starMarks(60 * S, 40 * S, 500 * S), 150 * S);
        QCOMPARE(t.partMs(), (std::array<qint64, 4> {60 * S, 0, 90 * S, 0}));
        QCOMPARE(t.movesMarked, 2);
        // An End mark ends the answer.
        t = SpokenTimings::fromMarks({{MarkKind::Task, 10 * S, {}}, {MarkKind::End, 120 * S, {}}}, 150 * S);
        QCOMPARE(t.totalMs(), 120 * S);
    }

    void checksOfAGoodTake()
    {
        const SpokenTimings t
            = SpokenTimings::fromMarks(starMarks(40 * S, 60 * S, 160 * S), takeAnalysis(195, 0, 190, {}));
        const QVector<StoryCheck> checks = SpokenChecks::evaluate(t);
        QCOMPARE(checks.size(), 4);
        for (const StoryCheck &check : checks)
            QVERIFY2(check.ok, qPrintable(check.id + QLatin1String(": ") + check.message));
        QCOMPARE(
            find(checks, "spoken-time").message, QStringLiteral("You spoke for 3:10. Within 2–4 minutes."));
        QCOMPARE(find(checks, "spoken-proportion").message,
            QStringLiteral("S 21% · T 11% · A 53% · R 16%. Close to 20 · 15 · 50 · 15."));
        QCOMPARE(find(checks, "long-pauses").message, QStringLiteral("No silence over 3 seconds."));
        QCOMPARE(
            find(checks, "speaking-share").message, QStringLiteral("You were speaking 100% of the answer."));
    }

    void checksOfAWeakTake()
    {
        // 4:40 long, a 2:00 Situation, two long pauses and a lot of silence.
        const AudioAnalysis a = takeAnalysis(290, 0, 280, {{50, 40}, {200, 50}});
        const SpokenTimings t = SpokenTimings::fromMarks(starMarks(120 * S, 150 * S, 250 * S), a);
        const QVector<StoryCheck> checks = SpokenChecks::evaluate(t);
        const StoryCheck time = find(checks, "spoken-time");
        QVERIFY(!time.ok);
        QVERIFY2(time.message.startsWith(QLatin1String("You spoke for 4:40. Longer than 4 minutes")),
            qPrintable(time.message));
        const StoryCheck proportion = find(checks, "spoken-proportion");
        QVERIFY(!proportion.ok);
        QVERIFY2(proportion.message.endsWith(QLatin1String("Situation is 43%; aim for about 20%.")),
            qPrintable(proportion.message));
        const StoryCheck pauses = find(checks, "long-pauses");
        QVERIFY(!pauses.ok);
        QVERIFY2(pauses.message.contains(QLatin1String("(at 0:50, 3:20)")), qPrintable(pauses.message));
        QVERIFY(!find(checks, "speaking-share").ok);
    }

    void checksWithoutAudioOrMarks()
    {
        const QVector<StoryCheck> checks = SpokenChecks::evaluate(SpokenTimings::fromMarks({}, 90 * S));
        QCOMPARE(checks.size(), 2); // no audio: no pause or speaking-share checks
        QVERIFY(!find(checks, "spoken-time").ok);
        QVERIFY(find(checks, "spoken-time").message.contains(QLatin1String("Too short")));
        QVERIFY(find(checks, "spoken-proportion").message.startsWith(QLatin1String("Mark each move")));
        QVERIFY(!SpokenChecks::evaluate(SpokenTimings::fromMarks({}, 0)).first().ok);
    }

    void twoTakesSideBySide()
    {
        const SpokenTimings first = SpokenTimings::fromMarks(
            starMarks(100 * S, 130 * S, 235 * S), takeAnalysis(275, 0, 272, {{60, 5}, {150, 4}, {200, 6}}));
        const SpokenTimings second = SpokenTimings::fromMarks(
            starMarks(45 * S, 75 * S, 185 * S), takeAnalysis(225, 0, 221, {{90, 4}}));
        const TakeComparison c = TakeComparison::compare(first, second);
        QCOMPARE(c.first.totalMs, 272 * S);
        QCOMPARE(c.second.totalMs, 221 * S);
        QVERIFY(!c.first.withinTime);
        QVERIFY(c.second.withinTime);
        QCOMPARE(c.first.pauseCount, 3);
        QCOMPARE(c.second.pauseCount, 1);
        QCOMPARE(c.first.longestPauseMs, 6 * S);
        QCOMPARE(c.first.sharePercent, (std::array<int, 4> {37, 11, 39, 14}));
        QCOMPARE(c.second.sharePercent, (std::array<int, 4> {20, 14, 50, 16}));
        QCOMPARE(c.shareDelta[2], 11);
        QCOMPARE(c.closer, 1);
        QCOMPARE(c.summary.first(),
            QStringLiteral("The second take is 0:51 shorter (4:32 → 3:41) and within 2–4 minutes."));
        QVERIFY(c.summary.contains(QStringLiteral("Action: 39% → 50% (aim for about 50%).")));
        QVERIFY(c.summary.contains(QStringLiteral("Situation: 37% → 20% (aim for about 20%).")));
        QCOMPARE(c.summary.last(), QStringLiteral("Long pauses: 3 → 1."));
        // The same take twice: nothing to choose.
        const TakeComparison same = TakeComparison::compare(second, second);
        QCOMPARE(same.closer, 0);
        QCOMPARE(same.summary, QStringList {QStringLiteral("Both takes last 3:41.")});
        // Takes without marks say what is missing.
        const TakeComparison unmarked = TakeComparison::compare(
            SpokenTimings::fromMarks({}, 100 * S), SpokenTimings::fromMarks({}, 130 * S));
        QVERIFY(unmarked.summary.last().startsWith(QLatin1String("Mark the S/T/A/R moves")));
    }

    void proportionHelperMatchesTheWrittenCheck()
    {
        // The written check and the spoken one share StoryChecks::starShares.
        const Stories::StarShares shares = Stories::StoryChecks::starShares({120, 10, 50, 20});
        QCOMPARE(shares.percent, (std::array<int, 4> {60, 5, 25, 10}));
        QCOMPARE(shares.worst, 0);
        QCOMPARE(Stories::StoryChecks::starShares({40, 30, 100, 30}).worst, -1);
        QCOMPARE(Stories::StoryChecks::starShares({0, 0, 0, 0}).percent, (std::array<int, 4> {}));
    }
};

QTEST_GUILESS_MAIN(TestSpokenChecks)
#include "test_spokenchecks.moc"
