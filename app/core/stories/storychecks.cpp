#include "core/stories/storychecks.h"

#include <QSet>

#include <cmath>

namespace Starloop::Stories {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-');
}

// Calls `visit(word)` for every word of `text`, lower-cased, with typographic apostrophes made
// plain. One pass; the callback returns false to stop early.
template<typename Visit> void forEachWord(const QString &text, Visit visit)
{
    const int n = text.size();
    int i = 0;
    while (i < n) {
        while (i < n && !text.at(i).isLetterOrNumber())
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i == start)
            continue;
        QString word = text.mid(start, i - start).toLower();
        word.replace(QChar(0x2019), QLatin1Char('\''));
        if (!visit(word))
            return;
    }
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

constexpr int ShareTargets[] = {
    StoryChecks::SituationShare, StoryChecks::TaskShare, StoryChecks::ActionShare, StoryChecks::ResultShare};

StoryCheck check(const char *id, bool ok, const QString &title, const QString &message)
{
    return StoryCheck {QString::fromLatin1(id), ok, title, message};
}

} // namespace

int StoryChecks::wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = inWord ? isWordChar(c) : c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

StarWords StoryChecks::starWords(const Story &story)
{
    return StarWords {
        wordCount(story.situation), wordCount(story.task), wordCount(story.action), wordCount(story.result)};
}

int StoryChecks::tellingSeconds(const Story &story)
{
    return speakingSeconds(starWords(story).total() + wordCount(story.reflection));
}

int StoryChecks::speakingSeconds(int words)
{
    return static_cast<int>(std::lround(words * 60.0 / WordsPerMinute));
}

QString StoryChecks::formatDuration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool StoryChecks::hasQuantifiedResult(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('%') || c.category() == QChar::Symbol_Currency)
            return true;
    }
    static const QSet<QString> numberWords = wordSet({"one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
        "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "percent",
        "twice", "double", "doubled", "tripled", "halved", "half", "tenfold", "quarter"});
    bool found = false;
    forEachWord(text, [&found](const QString &word) {
        found = numberWords.contains(word);
        return !found;
    });
    return found;
}

PronounCount StoryChecks::pronouns(const QString &text)
{
    static const QSet<QString> iWords
        = wordSet({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"});
    static const QSet<QString> weWords
        = wordSet({"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"});
    PronounCount count;
    forEachWord(text, [&count](const QString &word) {
        if (iWords.contains(word))
            ++count.i;
        else if (weWords.contains(word))
            ++count.we;
        return true;
    });
    return count;
}

bool StoryChecks::isFailureStory(const Story &story)
{
    static const QSet<QString> failureWords = wordSet({"fail", "failed", "fails", "failing", "failure",
        "failures", "mistake", "mistakes", "mistaken", "missed", "setback", "setbacks", "regret", "regretted",
        "wrong", "blunder", "misjudged", "underestimated", "postmortem", "post-mortem", "outage", "fault"});
    for (const QString *field :
        {&story.title, &story.situation, &story.result, &story.reflection, &story.shortVersion}) {
        bool found = false;
        forEachWord(*field, [&found](const QString &word) {
            found = failureWords.contains(word);
            return !found;
        });
        if (found)
            return true;
    }
    return false;
}

QDate StoryChecks::parseHappenedOn(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 3 || parts.first().size() != 4)
        return {};
    int numbers[3] = {0, 1, 1};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        numbers[i] = parts.at(i).toInt(&ok);
        if (!ok || (i > 0 && parts.at(i).size() > 2))
            return {};
    }
    return QDate(numbers[0], numbers[1], numbers[2]);
}

StarShares StoryChecks::starShares(const std::array<qint64, 4> &amounts)
{
    const qint64 total = amounts[0] + amounts[1] + amounts[2] + amounts[3];
    StarShares shares;
    int worstOff = ShareTolerance;
    for (int part = 0; part < 4; ++part) {
        shares.percent[part] = total > 0 ? static_cast<int>(std::lround(100.0 * amounts[part] / total)) : 0;
        const int off = std::abs(shares.percent[part] - ShareTargets[part]);
        if (off > worstOff) {
            worstOff = off;
            shares.worst = part;
        }
    }
    return shares;
}

QString StoryChecks::proportionAdvice(const StarShares &shares)
{
    const QString names[] = {tr("Situation"), tr("Task"), tr("Action"), tr("Result")};
    const QString text = tr("S %1% · T %2% · A %3% · R %4%")
                             .arg(shares.percent[0])
                             .arg(shares.percent[1])
                             .arg(shares.percent[2])
                             .arg(shares.percent[3])
        + QLatin1Char('.') + QLatin1Char(' ');
    if (shares.worst < 0)
        return text + tr("Close to 20 · 15 · 50 · 15.");
    return text
        + tr("%1 is %2%; aim for about %3%.")
              .arg(names[shares.worst])
              .arg(shares.percent[shares.worst])
              .arg(ShareTargets[shares.worst]);
}

QVector<StoryCheck> StoryChecks::evaluate(const Story &story, const CheckContext &context)
{
    QVector<StoryCheck> checks;
    const StarWords star = starWords(story);
    const int reflectionWords = wordCount(story.reflection);

    // Speaking time of the full telling: STAR plus the reflection.
    {
        const int words = star.total() + reflectionWords;
        const int seconds = speakingSeconds(words);
        const QString wordsText = words == 1 ? tr("1 word") : tr("%1 words").arg(words);
        const QString spoken = tr("About %1 to tell (%2 at %3 words a minute).")
                                   .arg(formatDuration(seconds), wordsText, QString::number(WordsPerMinute));
        if (words == 0)
            checks << check(
                "speaking-time", false, tr("Speaking time"), tr("Nothing to tell yet; aim for 2–4 minutes."));
        else if (seconds < MinimumSeconds)
            checks << check("speaking-time", false, tr("Speaking time"),
                spoken + QLatin1Char(' ')
                    + tr("Too short for 2–4 minutes: add detail to the Action and Result."));
        else if (seconds > MaximumSeconds)
            checks << check("speaking-time", false, tr("Speaking time"),
                spoken + QLatin1Char(' ')
                    + tr("Longer than 4 minutes: trim the Situation and keep the Action."));
        else
            checks << check("speaking-time", true, tr("Speaking time"),
                spoken + QLatin1Char(' ') + tr("Within 2–4 minutes."));
    }

    // A result with a number in it.
    if (star.result == 0)
        checks << check("quantified-result", false, tr("Quantified result"),
            tr("Write the Result, with a number: %, money, time saved."));
    else if (hasQuantifiedResult(story.result))
        checks << check(
            "quantified-result", true, tr("Quantified result"), tr("The Result has a number in it."));
    else
        checks << check("quantified-result", false, tr("Quantified result"),
            tr("The Result has no number: say how much (%, money, time, customers)."));

    // "I" versus "we" in the Action.
    {
        const PronounCount count = pronouns(story.action);
        const QString tally = tr("“I” %1 times, “we” %2 times.").arg(count.i).arg(count.we);
        if (star.action == 0)
            checks << check(
                "i-we", false, tr("I versus we"), tr("Write the Action: what you did, in the first person."));
        else if (count.i == 0 && count.we == 0)
            checks << check(
                "i-we", false, tr("I versus we"), tr("The Action never says who acted: say what “I” did."));
        else if (count.we > count.i)
            checks << check("i-we", false, tr("I versus we"),
                tally + QLatin1Char(' ') + tr("Say more about what you did yourself."));
        else
            checks << check(
                "i-we", true, tr("I versus we"), tally + QLatin1Char(' ') + tr("Your part is clear."));
    }

    // Each STAR part present.
    {
        QStringList missing;
        if (star.situation == 0)
            missing << tr("Situation");
        if (star.task == 0)
            missing << tr("Task");
        if (star.action == 0)
            missing << tr("Action");
        if (star.result == 0)
            missing << tr("Result");
        if (missing.isEmpty())
            checks << check("star-complete", true, tr("STAR parts"),
                tr("Situation, Task, Action and Result are all there."));
        else
            checks << check("star-complete", false, tr("STAR parts"),
                tr("Missing: %1.").arg(missing.join(QStringLiteral(", "))));
    }

    // ... and in proportion.
    {
        const StarShares shares = starShares({star.situation, star.task, star.action, star.result});
        if (star.total() == 0)
            checks << check("star-proportion", false, tr("Proportions"),
                tr("Nothing to measure yet; aim for S 20% · T 15% · A 50% · R 15%."));
        else
            checks << check("star-proportion", shares.worst < 0, tr("Proportions"), proportionAdvice(shares));
    }

    // Recency.
    {
        const QDate when = parseHappenedOn(story.happenedOn);
        const QDate today = context.today.isValid() ? context.today : QDate::currentDate();
        if (story.happenedOn.trimmed().isEmpty()) {
            checks << check("recency", false, tr("Recency"),
                tr("Add when it happened (YYYY-MM) to judge how recent it is."));
        } else if (!when.isValid()) {
            checks << check("recency", false, tr("Recency"),
                tr("“%1” is not a date; write YYYY-MM or YYYY-MM-DD.").arg(story.happenedOn.left(40)));
        } else if (when > today) {
            checks << check("recency", false, tr("Recency"), tr("That date is in the future."));
        } else {
            const int months = (today.year() - when.year()) * 12 + today.month() - when.month();
            if (months > RecentMonths)
                checks << check("recency", false, tr("Recency"),
                    tr("About %1 years ago; interviewers prefer stories from the last two years.")
                        .arg(months / 12));
            else
                checks << check("recency", true, tr("Recency"),
                    months == 1 ? tr("1 month ago: recent enough.")
                                : tr("%1 months ago: recent enough.").arg(months));
        }
    }

    // The bank as a whole needs a story about failing and learning.
    if (context.bankHasFailureStory || isFailureStory(story))
        checks << check("failure-story", true, tr("Failure story"),
            tr("Your stories include a failure and what you learned."));
    else
        checks << check("failure-story", false, tr("Failure story"),
            tr("None of your stories tells of a failure yet; interviewers ask for one."));

    // The 30-60 second version.
    {
        const int words = wordCount(story.shortVersion);
        const int seconds = speakingSeconds(words);
        if (words == 0)
            checks << check("short-version", false, tr("Short version"),
                tr("Write a 30–60 second telling (about 70–140 words)."));
        else if (seconds < ShortMinimumSeconds || seconds > ShortMaximumSeconds)
            checks << check("short-version", false, tr("Short version"),
                tr("The short version takes about %1; aim for 0:30–1:00.").arg(formatDuration(seconds)));
        else
            checks << check("short-version", true, tr("Short version"),
                tr("The short version takes about %1.").arg(formatDuration(seconds)));
    }
    return checks;
}

} // namespace Starloop::Stories
