// ReviewDismissal: "accepted: cost" - the user (or a reference diagram's author) saying that a
// finding of the architecture review is a deliberate choice, with the reason why. A dismissal
// names a rule and, optionally, the finding's subject (the ids of the items it points at, see
// ReviewFinding::subject()); an empty subject dismisses every finding of the rule for that
// diagram.
//
// Where dismissals live, and why:
//   - the user's diagrams: a side table keyed by the diagram's uid, rule id and subject
//     (DismissalRepository, migration 0006). Not in the document JSON: a dismissal is an opinion
//     about the drawing, not part of it, so undo, snapshots, exports and the autosave's "did the
//     document change" test stay as they are, and the document format keeps its version;
//   - the reference diagrams: a "dismissals" array beside "document" in content/diagrams/<id>.json
//     (read by DiagramTemplates::parse into DiagramTemplate::dismissals), so the reason ships
//     with the drawing and is reviewed with it:
//
//   "dismissals": [{"rule": "client-reaches-store", "subject": "n11,n15",
//                   "reason": "Engineers query OpenSearch Dashboards through IAM, not the public."}]
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Starloop::Diagrams {

struct ReviewDismissal
{
    QString ruleId;
    QString subject; // empty: every finding of the rule
    QString reason; // "accepted: cost"
    qint64 dismissedAt = 0; // seconds since the epoch; 0 for a reference diagram's own

    bool covers(const QString &findingRule, const QString &findingSubject) const
    {
        return ruleId == findingRule && (subject.isEmpty() || subject == findingSubject);
    }
    bool operator==(const ReviewDismissal &o) const
    {
        return ruleId == o.ruleId && subject == o.subject && reason == o.reason
            && dismissedAt == o.dismissedAt;
    }

    // {"rule": ..., "subject": ..., "reason": ...}; entries without a rule or a reason are
    // skipped (a dismissal must say why).
    static QVector<ReviewDismissal> fromJsonArray(const QJsonArray &array);
    static QJsonArray toJsonArray(const QVector<ReviewDismissal> &dismissals);
};

} // namespace Starloop::Diagrams
