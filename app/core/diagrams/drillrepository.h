// DrillRepository: when each diagram is next due for a recall drill (table diagram_drills),
// scheduled with FSRS like a question: record() takes the grade the user gave (usually
// DrillScore::suggestedRating()), moves the diagram's memory state on with Practice::Fsrs,
// sets the next due date and logs the review in `reviews` (item_kind 'diagram', item_id the
// drill row) - all in one transaction. A drill is of one of the user's diagrams (by uid; the
// schedule goes when the diagram is removed) or of a reference template (by template id).
//
//   DrillRepository drills(store.db());
//   auto next = drills.record(DrillSubject::diagram(uid), score.suggestedRating(), score.fraction(), now);
//   next->dueAt                          -> now + 4 days for a first "Good"
//   drills.due(now)                      -> the drills due, most overdue first
#pragma once

#include "core/practice/fsrs.h"
#include "core/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Diagrams {

struct DrillSubject
{
    enum class Kind { Diagram, Template };
    Kind kind = Kind::Diagram;
    QString id; // a diagram uid, or a template id ("url-shortener")

    static DrillSubject diagram(const QString &uid) { return {Kind::Diagram, uid}; }
    static DrillSubject referenceTemplate(const QString &templateId) { return {Kind::Template, templateId}; }
    bool operator==(const DrillSubject &o) const { return kind == o.kind && id == o.id; }
};

struct DrillState
{
    DrillSubject subject;
    qint64 drillId = 0; // reviews.item_id
    Practice::MemoryState memory;
    int reviews = 0;
    int lapses = 0;
    int lastRating = 0;
    double lastScore = 0; // 0..1
    int intervalDays = 0; // after the latest review
    qint64 lastReviewAt = 0;
    qint64 dueAt = 0;
};

class DrillRepository
{
public:
    static constexpr qint64 SecondsPerDay = 24 * 60 * 60;

    explicit DrillRepository(Storage::Database &db, const Practice::Fsrs &fsrs = Practice::Fsrs());

    // Grades a drill (1 again .. 4 easy; `score` is the share recalled, kept for the list).
    Result<DrillState> record(const DrillSubject &subject, int rating, double score, qint64 nowSecs);
    // nullopt while the diagram was never drilled.
    Result<std::optional<DrillState>> state(const DrillSubject &subject) const;
    // Drills due at or before now, most overdue first; limit <= 0: all.
    Result<QVector<DrillState>> due(qint64 nowSecs, int limit = 0) const;
    // Drops the schedule (the review log stays).
    Status forget(const DrillSubject &subject);

private:
    Storage::Database &m_db;
    Practice::Fsrs m_fsrs;
};

} // namespace Starloop::Diagrams
