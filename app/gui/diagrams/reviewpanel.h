// ReviewPanel: the interviewer's review of the open diagram, beside the canvas (the story checks
// panel's look). It re-runs ArchitectureReview a moment after each edit (debounced; the review
// is fast) and lists the open findings, errors first, each with its severity mark, the rule's
// title and the message; clicking a finding asks the workspace to select and centre its items,
// "Why?" asks for the bank answer that explains it, and "Dismiss…" asks for a reason
// ("accepted: cost") and stores it with DismissalRepository. Dismissed findings are listed
// apart, greyed, with their reason and a "Restore" button.
//
//   auto *panel = new ReviewPanel(store.db(), scene, this);
//   panel->setDiagram(summary.uid);                       // on open; reviews at once
//   connect(panel, &ReviewPanel::itemsRequested, ...);    // select + centre on the canvas
//   connect(panel, &ReviewPanel::questionRequested, ...); // open the bank answer
#pragma once

#include "core/diagrams/architecturereview.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class DiagramScene;

class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ReviewPanel(Storage::Database &db, DiagramScene *scene, QWidget *parent = nullptr);

    // The diagram now open (empty uid: none; the panel then shows nothing). Reviews at once.
    void setDiagram(const QString &diagramUid);
    // Reviews the scene's document now (the debounce timer calls this).
    void reviewNow();
    const QVector<Diagrams::ReviewFinding> &findings() const { return m_findings; }
    // The widget of the finding of `ruleId` about `subject` (nullptr when not listed).
    QWidget *findingRow(const QString &ruleId, const QString &subject = QString()) const;

    // What the buttons do, without dialogs. A dismissal needs a reason.
    Status dismiss(const Diagrams::ReviewFinding &finding, const QString &reason);
    Status restore(const Diagrams::ReviewFinding &finding);
    void activate(const Diagrams::ReviewFinding &finding);
    void explain(const Diagrams::ReviewFinding &finding);

Q_SIGNALS:
    void itemsRequested(const QStringList &ids); // select them on the canvas and centre them
    void questionRequested(qint64 questionId); // show the bank answer
    void failed(const QString &message); // storage failed: shown in the save status

private:
    void rebuild();
    QWidget *makeRow(const Diagrams::ReviewFinding &finding);
    void askReason(const Diagrams::ReviewFinding &finding);

    Storage::Database &m_db;
    DiagramScene *m_scene;
    QString m_diagramUid;
    QVector<Diagrams::ReviewDismissal> m_dismissals;
    QVector<Diagrams::ReviewFinding> m_findings;
    QTimer *m_debounce;
    QLabel *m_summary;
    QWidget *m_content;
    QVBoxLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace Starloop::Gui
