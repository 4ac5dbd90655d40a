// MockLoopPlanner: picks the questions of a mock interview loop, round by round.
//
// A loop is a list of rounds, each with a timer plan and the questions to ask in it:
//
//   phone screen   one 60-minute round: two leadership questions, then one coding question
//   onsite         coding 1, coding 2 (section coding, then ood), system design, 2-3 behavioral
//                  rounds and a bar raiser (two leadership questions each)
//
// Within a round, questions due for review come first. Leadership questions favour principles
// with the fewest STAR stories (story_principles) and principles not yet asked in this loop.
// Ties are broken by a seeded random order, so one seed always gives the same loop on the same
// data and another seed gives a different one. No question is asked twice in one loop; a round
// whose sections have nothing left gets no question (the user brings their own).
//
//   MockLoopPlanner planner(db);
//   auto loop = planner.plan(MockLoopPlanner::Kind::Onsite, 42, now);
//   loop->rounds[2].name        -> "System design"
//   loop->rounds[2].questions   -> one system-design question, a due one if there is any
#pragma once

#include "core/practice/timerplan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct MockQuestion
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString section;
    QStringList principles; // principle ids the question is tagged with
    bool due = false; // due for review when the loop was planned
};

struct MockRound
{
    enum class Kind { PhoneScreen, Coding, SystemDesign, Behavioral, BarRaiser };

    Kind kind = Kind::Coding;
    QString name; // "Coding 1", "Behavioral 2", "Bar raiser"
    TimerPlan plan;
    QVector<MockQuestion> questions;
};

struct MockLoop
{
    QString name; // "Phone screen", "Onsite loop"
    QVector<MockRound> rounds;
    int questionCount() const;
};

class MockLoopPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::MockLoopPlanner)
public:
    enum class Kind { PhoneScreen, Onsite };

    static constexpr int MinBehavioralRounds = 2;
    static constexpr int MaxBehavioralRounds = 3;
    static constexpr int LeadershipQuestionsPerRound = 2;

    explicit MockLoopPlanner(Storage::Database &db);

    // behavioralRounds (onsite only) is kept within 2..3.
    Result<MockLoop> plan(
        Kind kind, quint32 seed, qint64 nowSecs, int behavioralRounds = MinBehavioralRounds) const;

    // The timer plan of one round kind; leadership rounds get one phase per question.
    static TimerPlan roundPlan(MockRound::Kind kind, const QVector<MockQuestion> &questions);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
