// StoryChecks: the live advice beside the story editor, as a pure function of the story text.
// Every check is linear in the text (one pass over the characters, no backtracking regex), so a
// 50,000-word field is evaluated in milliseconds, and an empty story gives sensible warnings.
//
//   evaluate(story with 420 words, today)          -> "speaking-time" ok   "About 3:00 …"
//   hasQuantifiedResult("Cut p99 latency by 40%")  -> true
//   hasQuantifiedResult("Customers were happier")  -> false
//   pronouns("I wrote the plan; we shipped it")    -> {i: 1, we: 1}
//   parseHappenedOn("2025-03") -> 2025-03-01, ("2025-03-17") -> 2025-03-17, ("March") -> invalid
#pragma once

#include "core/stories/story.h"

#include <QCoreApplication>
#include <QDate>

#include <array>

namespace Starloop::Stories {

struct StoryCheck
{
    QString id; // "speaking-time", "quantified-result", "i-we", "star-complete", "star-proportion",
                // "recency", "failure-story", "short-version"
    bool ok = false; // false: a warning worth acting on
    QString title; // a few words: "Speaking time"
    QString message; // one sentence: what was found and what to aim for
};

struct CheckContext
{
    QDate today;
    bool bankHasFailureStory = false; // another story already tells of a failure / lesson
};

struct StarWords
{
    int situation = 0;
    int task = 0;
    int action = 0;
    int result = 0;
    int total() const { return situation + task + action + result; }
};

// The STAR parts' shares of four amounts (words, or seconds of a spoken telling), in percent,
// and the part furthest off its target by more than ShareTolerance (-1 when all are close).
//   starShares({40, 30, 100, 30}) -> {20, 15, 50, 15}, worst -1
//   starShares({120, 10, 50, 20}) -> {60, 5, 25, 10}, worst 0 (the Situation)
struct StarShares
{
    std::array<int, 4> percent {}; // Situation, Task, Action, Result
    int worst = -1;
};

struct PronounCount
{
    int i = 0; // I, me, my, mine, myself, I'm, I've, I'd, I'll
    int we = 0; // we, us, our, ours, ourselves, we're, we've, we'd, we'll
};

class StoryChecks
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Stories::StoryChecks)
public:
    static constexpr int WordsPerMinute = 140;
    static constexpr int MinimumSeconds = 120; // the full telling: 2-4 minutes
    static constexpr int MaximumSeconds = 240;
    static constexpr int ShortMinimumSeconds = 30; // the short version: 30-60 seconds
    static constexpr int ShortMaximumSeconds = 60;
    static constexpr int RecentMonths = 24;
    // Target shares of the STAR words, in percent, and how far a part may stray from its target.
    static constexpr int SituationShare = 20;
    static constexpr int TaskShare = 15;
    static constexpr int ActionShare = 50;
    static constexpr int ResultShare = 15;
    static constexpr int ShareTolerance = 15;

    static QVector<StoryCheck> evaluate(const Story &story, const CheckContext &context);

    static int wordCount(const QString &text);
    static StarWords starWords(const Story &story);
    // Seconds to say `words` at WordsPerMinute.
    static int speakingSeconds(int words);
    // Seconds to tell the whole story (STAR plus the reflection), as the speaking-time check counts.
    static int tellingSeconds(const Story &story);
    static bool hasQuantifiedResult(const QString &text);
    static PronounCount pronouns(const QString &text);
    // A story about a failure, a mistake or a setback (title, situation, result, reflection, short version).
    static bool isFailureStory(const Story &story);
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD" (first day of the month / year when shorter); invalid otherwise.
    static QDate parseHappenedOn(const QString &text);
    // "2:36"
    static QString formatDuration(int seconds);

    static StarShares starShares(const std::array<qint64, 4> &amounts);
    // "S 60% · T 5% · A 25% · R 10%. Situation is 60%; aim for about 20%." (or "... Close to
    // 20 · 15 · 50 · 15."): the proportion check's message, for written and spoken tellings.
    static QString proportionAdvice(const StarShares &shares);
};

} // namespace Starloop::Stories
