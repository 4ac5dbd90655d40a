// DismissalRepository: the architecture review's dismissals of the user's diagrams (table
// diagram_review_dismissals, keyed by diagram uid, rule id and subject; see reviewdismissal.h for
// why a side table). Removing a diagram removes its dismissals (ON DELETE CASCADE).
//
//   DismissalRepository dismissals(store.db());
//   dismissals.dismiss(diagram.summary.uid, {"no-monitoring", "", "accepted: a one-day prototype"}, now);
//   auto list = dismissals.dismissals(diagram.summary.uid);
//   auto findings = ArchitectureReview::review(diagram.document, list.value());   // dismissed: greyed
//   dismissals.restore(diagram.summary.uid, "no-monitoring", "");                  // shown again
//
// A diagram opened from a reference template starts with the template's own dismissals:
//   dismissals.dismissAll(created.uid, diagramTemplate.dismissals, now);
#pragma once

#include "core/diagrams/reviewdismissal.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Diagrams {

class DismissalRepository
{
public:
    explicit DismissalRepository(Storage::Database &db);

    // The diagram's dismissals, by rule then subject.
    Result<QVector<ReviewDismissal>> dismissals(const QString &diagramUid) const;
    // Stores (or replaces the reason of) a dismissal; a dismissal needs a reason.
    Status dismiss(const QString &diagramUid, const ReviewDismissal &dismissal, qint64 nowSecs);
    // Several at once, in one transaction.
    Status dismissAll(const QString &diagramUid, const QVector<ReviewDismissal> &dismissals, qint64 nowSecs);
    // Forgets a dismissal: the finding is shown as open again.
    Status restore(const QString &diagramUid, const QString &ruleId, const QString &subject);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Diagrams
