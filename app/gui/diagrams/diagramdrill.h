// DiagramDrill: the recall drill on the Diagrams canvas, as the bar above it. start() puts the
// prompt on the canvas (what RecallDrill::prepare() leaves shown of the reference: the frames,
// the components, or the unnamed components, per scope); the user redraws, connects or names
// what is missing with the usual tools; Score compares the attempt with the reference, shows
// "matched of expected" and ghosts in what was missed, and offers the four FSRS grades with the
// suggested one first; a grade is recorded with DrillRepository and the next drill's date shown.
// End Drill hands the canvas back (the workspace reopens the diagram). The attempt is never
// saved: the diagram itself is not touched.
//
//   drill->start(template.document, template.title, DrillSubject::referenceTemplate(template.id));
//   ... the user draws ...
//   const DrillScore s = drill->score();   // "7 of 9 recalled", ghosts of the missed
//   drill->rate(s.suggestedRating());     // "Next drill: Fri 11 Dec (in 4 days)"
#pragma once

#include "core/diagrams/drillrepository.h"
#include "core/diagrams/recalldrill.h"

#include <QWidget>

class QComboBox;
class QGraphicsItem;
class QLabel;
class QPushButton;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class DiagramScene;

class DiagramDrill : public QWidget
{
    Q_OBJECT
public:
    DiagramDrill(Storage::Database &db, DiagramScene *scene, QWidget *parent = nullptr);

    // `chosen`: nodes of the reference to hide for "Redraw the chosen part" (DrillScope::Selection,
    // offered only when some are given).
    void start(const Diagrams::DiagramDocument &reference, const QString &title,
        const Diagrams::DrillSubject &subject, Diagrams::DrillScope scope = Diagrams::DrillScope::KeepGroups,
        const QSet<QString> &chosen = {});
    bool isActive() const { return m_active; }
    const Diagrams::DrillPrompt &prompt() const { return m_prompt; }
    // Scores what is on the canvas, shows the result and the missed items; the canvas is then
    // read-only until the drill starts again.
    Diagrams::DrillScore score();
    bool isScored() const { return m_scored; }
    // Records the grade (1 again .. 4 easy) and shows when the next drill is due.
    Result<Diagrams::DrillState> rate(int rating);
    void end();

Q_SIGNALS:
    void started();
    void scored(const QRectF &referenceBounds); // the canvas can show the whole reference now
    void finished();
    void failed(const QString &message);

private:
    void restart(); // the prompt again, for the chosen scope
    void showMissed();
    void clearGhosts();

    Storage::Database &m_db;
    DiagramScene *m_scene;
    bool m_active = false;
    bool m_scored = false;
    Diagrams::DiagramDocument m_reference;
    Diagrams::DrillSubject m_subject;
    QSet<QString> m_chosen;
    Diagrams::DrillPrompt m_prompt;
    Diagrams::DrillScore m_score;
    QList<QGraphicsItem *> m_ghosts;
    QLabel *m_title;
    QComboBox *m_scope;
    QPushButton *m_scoreButton;
    QPushButton *m_endButton;
    QLabel *m_result;
    QWidget *m_ratings;
    QList<QPushButton *> m_ratingButtons;
    QLabel *m_next;
};

} // namespace Starloop::Gui
