// TimerPlan: what a practice timer counts down - a named list of phases, each with a length.
//
// The presets follow the shape of the interview loop's rounds:
//
//   codingRound()        "Coding round (45 min)": clarify 5, approach 5, code 25, test 7, wrap-up 3
//   systemDesign()       "System design (60 min)": clarify requirements 5, estimate 5,
//                        high-level design 15, deep dive 25, wrap-up 10
//   systemDesignShort()  "System design (45 min)": 5, 3, 12, 20, 5 of the same phases
//   phoneScreen()        "Phone screen (60 min)": intro 5, behavioral 15, coding 35, questions 5
//   leadershipAnswer()   "Leadership answer (4 min)": one 4-minute phase, warning at 3 minutes
//   stopwatch()          "Stopwatch": no phases, no limit; the timer only counts up
//
// A user's own plans are saved as JSON (toJson / fromJson):
//
//   {"version":1,"id":"coding-45","name":"Coding round (45 min)","warningAtSeconds":0,
//    "phases":[{"name":"Clarify","seconds":300},{"name":"Approach","seconds":300}, ...]}
//
// fromJson refuses, with a readable message, anything that is not such an object: a phase
// without a name, a length that is not a whole number of seconds between 1 and 24 hours,
// more than 50 phases, a warning past the end of the plan, or a newer "version".
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Starloop::Practice {

struct TimerPhase
{
    QString name;
    int seconds = 0;

    bool operator==(const TimerPhase &other) const { return name == other.name && seconds == other.seconds; }
    bool operator!=(const TimerPhase &other) const { return !(*this == other); }
};

class TimerPlan
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::TimerPlan)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxPhases = 50;
    static constexpr int MaxPhaseSeconds = 24 * 60 * 60;

    TimerPlan() = default; // a stopwatch without a name
    TimerPlan(QString id, QString name, QVector<TimerPhase> phases, int warningAtSeconds = 0);

    static TimerPlan leadershipAnswer();
    static TimerPlan codingRound();
    static TimerPlan systemDesign();
    static TimerPlan systemDesignShort();
    static TimerPlan phoneScreen();
    static TimerPlan stopwatch();
    // Every preset, in the order a menu shows them.
    static QVector<TimerPlan> presets();

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    const QVector<TimerPhase> &phases() const { return m_phases; }
    int phaseCount() const { return static_cast<int>(m_phases.size()); }
    // Seconds from the start at which the user is warned (0: no warning).
    int warningAtSeconds() const { return m_warningAtSeconds; }
    // A plan without phases has no limit: the timer counts up.
    bool isStopwatch() const { return m_phases.isEmpty(); }
    int totalSeconds() const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    static Result<TimerPlan> fromJsonObject(const QJsonObject &object);
    static Result<TimerPlan> fromJson(const QByteArray &json);

    bool operator==(const TimerPlan &other) const;
    bool operator!=(const TimerPlan &other) const { return !(*this == other); }

private:
    QString m_id;
    QString m_name;
    QVector<TimerPhase> m_phases;
    int m_warningAtSeconds = 0;
};

} // namespace Starloop::Practice
