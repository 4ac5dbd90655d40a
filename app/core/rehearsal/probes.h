// Probes: the interviewer's follow-up questions for a rehearsal, taken from the bank.
//
// A question page lists them under "## Follow-ups they ask"; a principle page lists what
// interviewers probe for under "## What interviewers probe" (topics, not questions: Probe::
// spokenText() turns "How you judged the risk" into "Tell me how you judged the risk").
// Starloop's own four probes fill in when the bank has too few: what exactly you did, the data,
// what you would do differently, and another time, which must be answered with another story.
//
//   ProbeParser::followUps("## Follow-ups they ask\n- What did you cut?\n- Why?\n## Pitfalls")
//     -> {"What did you cut?", "Why?"}
//   ProbePlanner::plan({followUps: {"What did you cut?", "Can you give me another example?"},
//                       topics: {"How you judged the risk."}}, {maxProbes: 3})
//     -> FollowUp "What did you cut?", Topic "How you judged the risk.",
//        AnotherTime "Can you give me another example?"      (another time always comes last)
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Starloop::Rehearsal {

enum class ProbeKind {
    FollowUp, // a question from the bank's follow-up list
    Topic, // what a principle's interviewers probe for
    Detail, // Starloop's own: "What exactly did you do?"
    Data, // "What data did you use?"
    Reflection, // "What would you do differently?"
    AnotherTime, // "Tell me about another time.": answered with a different story
};

struct Probe
{
    ProbeKind kind = ProbeKind::FollowUp;
    QString text; // as written in the bank (or Starloop's own, translated)
    QString source; // "question:<uid>", "principle:<id>" or "starloop"

    bool needsDifferentStory() const { return kind == ProbeKind::AnotherTime; }
    // What the interviewer says: the text, or a topic turned into a request.
    QString spokenText() const;
    bool operator==(const Probe &other) const
    {
        return kind == other.kind && text == other.text && source == other.source;
    }
};

class ProbeParser
{
public:
    // The bullet items under the level-2 heading `heading` (case-insensitive), up to the next
    // heading of level 1 or 2; "- " and "* " bullets; inline Markdown left as it is.
    static QStringList bulletsUnder(const QString &markdown, const QString &heading);
    static QStringList followUps(const QString &markdown); // "Follow-ups they ask"
    static QStringList probeTopics(const QString &markdown); // "What interviewers probe"
    // "Can you give me another example?", "Tell me about another time." ...
    static bool asksForAnotherTime(const QString &probe);
};

// What the bank offers for one rehearsal (ProbeSource reads it from the database).
struct ProbeMaterial
{
    struct Item
    {
        QString text;
        QString source;
    };
    QVector<Item> followUps; // the question's (or the story's linked questions') follow-ups
    QVector<Item> topics; // the principles' probe topics, the primary principle's first
};

struct ProbeOptions
{
    int maxProbes = 4; // another time included
    bool anotherTime = true; // end with "another time"
    // Rotates where each list starts, so the n-th rehearsal of a story hears other probes.
    int rotation = 0;
};

class ProbePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::ProbePlanner)
public:
    // Follow-ups first, then topics, then Starloop's own probes, without repeats (ignoring case),
    // at most maxProbes; "another time" last when asked for (the bank's wording when it has one).
    static QVector<Probe> plan(const ProbeMaterial &material, const ProbeOptions &options = {});
    // Starloop's own probes, translated: Detail, Data, Reflection, AnotherTime.
    static QVector<Probe> ownProbes();
};

} // namespace Starloop::Rehearsal
