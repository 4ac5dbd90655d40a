// ArchitectureReview: the interviewer's review of a drawing, as a pure function of the diagram.
// Each rule reads the diagram's structure through DiagramGraph (paths from the clients, group
// containment, which kinds sit where) and reports findings that point at the items involved
// and link to the bank answer that explains the point (a question uid of content/questions).
//
//   auto findings = ArchitectureReview::review(document, dismissals);
//   for (const ReviewFinding &f : findings)
//       if (!f.dismissed())  // the checks panel shows these, errors first
//           show(f.severity, f.message, f.nodeIds + f.edgeIds, f.questionUid);
//
//   three-tier app with one "App server" between the ALB and RDS
//     -> {"single-point-of-failure", Error, nodes {n5, n7}, "Every request from the clients to
//         \"RDS\" goes through the one \"App server\" ..."}
//   a queue with a consumer and no dead-letter queue
//     -> {"queue-without-dlq", Warning, nodes {n8}, "What happens to a message that fails ..."}
//
// For the GUI (the checks panel beside the canvas):
//   - review() is fast (a few ms at 1,000 items): call it after each document change, debounced
//     like the story checks;
//   - a finding's nodeIds / edgeIds are the items to select when it is clicked;
//   - questionUid opens the bank answer (QuestionRepository::findByUid);
//   - "Dismiss..." stores ReviewDismissal{ruleId, finding.subject(), reason} with
//     DismissalRepository::dismiss() (the user's diagrams) and reviews again; a template carries
//     its own in DiagramTemplate::dismissals. A dismissed finding stays in the list with
//     dismissal set, so the panel can show it greyed out with the reason and offer "Restore".
// The rule list and what each one reads is in architecturereview.cpp (rules()).
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/reviewdismissal.h"

#include <QCoreApplication>

#include <optional>

namespace Starloop::Diagrams {

class DiagramGraph;

enum class Severity { Error, Warning, Advice };

struct ReviewFinding
{
    QString ruleId; // "single-point-of-failure"
    Severity severity = Severity::Warning;
    QStringList nodeIds; // the items involved, the main one first
    QStringList edgeIds;
    QString message; // one or two sentences, as an interviewer would say them
    QString questionUid; // the bank answer that explains it: "aws-fault-tolerant-design"
    std::optional<ReviewDismissal> dismissal; // set when a dismissal covers the finding

    bool dismissed() const { return dismissal.has_value(); }
    // The finding's key within its rule, stable across edits that keep the items:
    // its node ids then edge ids, sorted, joined with ",": "n5,n7".
    QString subject() const;
};

struct ReviewRule
{
    QString id;
    Severity severity = Severity::Warning; // the highest severity the rule reports
    QString title; // a few words: "Single point of failure"
    QString questionUid;
    // Appends the rule's findings (ruleId, questionUid and severity are filled in afterwards
    // when left empty / as the rule's own).
    void (*check)(const DiagramGraph &graph, QVector<ReviewFinding> &findings) = nullptr;
};

class ArchitectureReview
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Diagrams::ArchitectureReview)
public:
    // Every rule, in the order the panel lists them.
    static const QVector<ReviewRule> &rules();
    static const ReviewRule *rule(const QString &id);

    // Every finding, errors first, then warnings, then advice (document order within each),
    // with `dismissal` set where one of `dismissals` covers it.
    static QVector<ReviewFinding> review(
        const DiagramDocument &document, const QVector<ReviewDismissal> &dismissals = {});
    // The findings no dismissal covers.
    static QVector<ReviewFinding> open(const QVector<ReviewFinding> &findings);
    // Open findings of this severity.
    static int count(const QVector<ReviewFinding> &findings, Severity severity);

    static QString severityId(Severity severity); // "error", "warning", "advice"
    static QString severityName(Severity severity); // translated: "Error"
};

} // namespace Starloop::Diagrams
