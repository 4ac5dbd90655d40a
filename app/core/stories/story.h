// Value types of the Stories area: a STAR story as the user's database holds it, the rows of
// the story list, a principle with its summary, and how well each principle is covered.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Stories {

// How many stories each leadership principle should have ready (the coverage target).
constexpr int CoverageMinimum = 2;
constexpr int CoverageMaximum = 3;

struct Story
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString reflection;
    QString shortVersion; // the 30-60 second telling
    QString happenedOn; // "YYYY-MM" or "YYYY-MM-DD"; empty when not given
    QString role; // role / team at the time
    QString primaryPrinciple; // empty, or one of `principles`
    QStringList principles; // principle ids, in the canonical order
    QVector<qint64> questionIds; // linked behavioral questions
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // True when the texts a user types (not tags, links or times) are the same.
    bool sameText(const Story &other) const
    {
        return title == other.title && situation == other.situation && task == other.task
            && action == other.action && result == other.result && reflection == other.reflection
            && shortVersion == other.shortVersion && happenedOn == other.happenedOn && role == other.role;
    }
};

// One row of the story list.
struct StorySummary
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString primaryPrinciple;
    int principleCount = 0;
    QString happenedOn;
    qint64 updatedAt = 0;
};

enum class StorySort {
    Updated, // most recently edited first
    Title, // A to Z, case-insensitive
    PrincipleCount, // most principles first
};

struct Principle
{
    QString id;
    QString name;
    QString summary; // one line
    int position = 0;
};

// How many stories back one principle.
struct PrincipleCoverage
{
    Principle principle;
    int stories = 0; // stories tagged with it
    int primary = 0; // of which name it as their primary principle
    bool isGap() const { return stories < CoverageMinimum; }
    int missing() const { return isGap() ? CoverageMinimum - stories : 0; }
};

} // namespace Starloop::Stories
