// TimerSummary: how a practice session went against its plan, phase by phase.
//
// A plain value made by PracticeTimer::summary() and stored by PracticeLog. "Overrun" is the
// time spent in a phase beyond its planned length: added minutes, and for the last phase the
// time after the whole plan ran out. Seconds are rounded to the nearest second.
//
// phasesToJson / phasesFromJson give the practice_sessions.phases column:
//   [{"name":"Clarify","planned_s":300,"actual_s":320}, ...]
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Starloop::Practice {

struct PhaseSummary
{
    QString name;
    int plannedSeconds = 0;
    int actualSeconds = 0;
    int overrunSeconds() const { return actualSeconds > plannedSeconds ? actualSeconds - plannedSeconds : 0; }
};

struct TimerSummary
{
    QString planId;
    QString planName;
    int plannedSeconds = 0; // 0 for a stopwatch
    int actualSeconds = 0;
    QVector<PhaseSummary> phases; // empty for a stopwatch

    int overrunSeconds() const
    {
        return actualSeconds > plannedSeconds && plannedSeconds > 0 ? actualSeconds - plannedSeconds : 0;
    }

    static QByteArray phasesToJson(const QVector<PhaseSummary> &phases);
    // Unreadable input gives an empty list: the column is informative, never load-bearing.
    static QVector<PhaseSummary> phasesFromJson(const QByteArray &json);
};

} // namespace Starloop::Practice
