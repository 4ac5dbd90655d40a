// RehearsalMark: a moment of a recording the user or the interviewer marked: the move to the
// next STAR part (one key while speaking), a follow-up probe being asked, the end of the answer.
// Kept with the practice session (practice_sessions.marks, JSON) beside the recording's path.
//
//   nextStarMark({})                       -> Task       (the answer starts in the Situation)
//   nextStarMark({Task 31000})             -> Action
//   nextStarMark({Task, Action, Result})   -> nullopt    (nothing after the Result)
//   marksToJson({{Task, 31000}, {Probe, 190000, "What data did you use?"}})
//     -> [{"kind":"task","ms":31000},{"kind":"probe","ms":190000,"label":"What data did you use?"}]
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Rehearsal {

enum class MarkKind { Task, Action, Result, Probe, End };

struct RehearsalMark
{
    MarkKind kind = MarkKind::Task;
    qint64 ms = 0; // from the start of the recording
    QString label; // a probe's text; empty otherwise

    bool operator==(const RehearsalMark &other) const
    {
        return kind == other.kind && ms == other.ms && label == other.label;
    }
};

QString markKindId(MarkKind kind);
std::optional<MarkKind> markKindFromId(const QString &id);

// The STAR move the marker key makes next, after `marks`.
std::optional<MarkKind> nextStarMark(const QVector<RehearsalMark> &marks);

// Sorted by time; entries of an unknown kind or without a time are skipped on reading, so a
// newer Starloop's marks do not break an older one.
QByteArray marksToJson(const QVector<RehearsalMark> &marks);
QVector<RehearsalMark> marksFromJson(const QByteArray &json);

} // namespace Starloop::Rehearsal
