// DiagramsWorkspace: the Diagrams workspace, a shell of parts: the top bar (the list of diagrams,
// New from a template, Rename, Delete, the linked question, the Versions menu), the palette on
// the left, the canvas with its tool bar (the canvas actions, the Export menu), and the review
// panel on the right (shown and hidden with Review). Drill turns the canvas into a recall drill
// of the diagram or of a reference design for a while (DiagramDrill, the bar above the canvas). The shell
// opens, creates, renames, removes and links diagrams, keeps and restores versions, and saves:
// every edit is an undo step on undoStack(), and an AutoSaver writes the document half a second
// after the last one (SaveStatus shows it), and at once on switching diagrams, on hide and on
// close. A save that fails keeps the diagram open and on screen until a retry succeeds.
#pragma once

#include "core/diagrams/diagram.h"
#include "core/diagrams/diagramrepository.h"
#include "gui/workspace.h"

class QAction;
class QLabel;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace Starloop::Storage {
class DataStore;
class Database;
} // namespace Starloop::Storage

namespace Starloop::Gui {

class AutoSaver;
class DiagramActions;
class DiagramDrill;
class DiagramExportController;
class DiagramPalette;
class DiagramScene;
class DiagramTopBar;
class DiagramVersionsMenu;
class DiagramView;
class ReviewPanel;
class SaveStatus;

class DiagramsWorkspace : public Workspace
{
    Q_OBJECT
public:
    DiagramsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~DiagramsWorkspace() override;
    void activate() override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    // What the widgets do, callable without dialogs (tests, other workspaces).
    Result<qint64> createDiagram(const QString &title, const QString &templateId = QString());
    // False when the diagram is damaged (problem() says why; it is shown read-only), or when the
    // open diagram's edits could not be saved (it stays open).
    bool openDiagram(qint64 id);
    qint64 currentDiagramId() const { return m_current.id; }
    Status renameCurrent(const QString &title);
    Status removeCurrent();
    Status linkCurrentToQuestion(std::optional<qint64> questionId);
    Result<Diagrams::DiagramSnapshot> takeSnapshot(const QString &name);
    Status restoreSnapshot(qint64 snapshotId); // one undo step
    // Writes a pending autosave now; false when it failed.
    bool saveNow();
    Status exportTo(const QString &path, bool selectionOnly = false);
    QString mermaid(bool architecture, bool selectionOnly = false) const;
    // The message shown instead of the canvas when a diagram cannot be opened (empty otherwise).
    QString problem() const;
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    ReviewPanel *reviewPanel() const { return m_review; }
    DiagramDrill *drill() const { return m_drill; }
    // A recall drill of the open diagram, or of a reference template, on the canvas (the
    // diagram itself is not touched; ending the drill shows it again).
    Status drillCurrent();
    Status drillTemplate(const QString &templateId);
    // Selects the items with these ids on the canvas and centres the view on them.
    void showItems(const QStringList &ids);

Q_SIGNALS:
    void openQuestionRequested(qint64 questionId); // a review finding's "Why?"

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildCanvasPane();
    void connectParts();
    void connectDrill();
    QList<QAction *> drillActions();
    void reloadList(qint64 select);
    void showProblem(const QString &message);
    void showEmpty();
    void updateActions();
    void showCurrent(); // the open diagram's title and link in the top bar and the menus
    // A failed Status shown in a message box titled `title`.
    void warnIfFailed(const QString &title, const Status &status);

    SaveStatus &m_saveStatus;
    Storage::Database &m_db;
    Diagrams::DiagramRepository m_repository;
    Diagrams::DiagramSummary m_current;
    DiagramScene *m_scene;
    DiagramView *m_view;
    DiagramPalette *m_palette;
    DiagramTopBar *m_topBar;
    DiagramActions *m_actions;
    DiagramExportController *m_export;
    DiagramVersionsMenu *m_versions;
    ReviewPanel *m_review;
    DiagramDrill *m_drill;
    QAction *m_reviewAction = nullptr;
    AutoSaver *m_saver;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_problemLabel = nullptr;
    QString m_problem;
    bool m_loading = false;
    bool m_activated = false;
};

} // namespace Starloop::Gui
