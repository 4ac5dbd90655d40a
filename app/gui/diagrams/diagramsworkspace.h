// DiagramsWorkspace: the Diagrams workspace. On top, the list of diagrams with New (empty or
// from a template), Rename, Delete, the linked question and the kept versions; on the left the
// palette; in the middle the canvas with its toolbar (select / connect, zoom, align, distribute,
// z-order, group, snap, export). Every edit is an undo step on undoStack(); the document is
// autosaved half a second after the last one, and SaveStatus shows it.
#pragma once

#include "diagrams/diagram.h"
#include "diagrams/diagramrepository.h"
#include "workspace.h"

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class DiagramPalette;
class DiagramScene;
class DiagramView;
class SaveStatus;

class DiagramsWorkspace : public Workspace
{
    Q_OBJECT
public:
    DiagramsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~DiagramsWorkspace() override;
    QString title() const override { return staticTitle(); }
    QIcon icon() const override { return staticIcon(); }
    // The same, before the workspace is built (the window's sidebar and Go menu).
    static QString staticTitle();
    static QIcon staticIcon();
    QUndoStack *undoStack() const override;
    void activate() override;

    // What the widgets do, callable without dialogs (tests, other workspaces).
    Result<qint64> createDiagram(const QString &title, const QString &templateId = QString());
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

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildTopBar(QWidget *bar);
    void buildToolBar();
    void buildActions();
    void reloadList(qint64 select);
    void showProblem(const QString &message);
    void showCanvas();
    void scheduleSave();
    void updateActions();
    void updateQuestionButton();
    void populateVersionsMenu();
    void populateNewMenu();
    void showContextMenu(const QPoint &pos);
    void chooseQuestion();
    void viewSnapshot(const Diagrams::DiagramSnapshot &snapshot);
    void exportWithDialog(const QString &suffix, bool selectionOnly);
    void saveMermaidWithDialog(bool architecture);
    Diagrams::DiagramDocument exportedDocument(bool selectionOnly) const;
    QAction *addAction(const QString &objectName, const QString &text, const QString &iconName = QString());

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    Diagrams::DiagramRepository m_repository;
    Diagrams::DiagramSummary m_current;
    QUndoStack *m_undoStack;
    DiagramScene *m_scene;
    DiagramView *m_view;
    DiagramPalette *m_palette;
    QComboBox *m_diagramList;
    QToolButton *m_newButton;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
    QToolButton *m_questionButton;
    QToolButton *m_versionsButton;
    QMenu *m_newMenu;
    QMenu *m_versionsMenu;
    QToolBar *m_toolBar;
    QStackedWidget *m_centre;
    QLabel *m_problemLabel;
    QLabel *m_zoomLabel;
    QTimer *m_saveTimer;
    QString m_problem;
    bool m_loading = false;
    bool m_dirty = false; // edits not yet written
    bool m_activated = false;
    QHash<QString, QAction *> m_actions;
};

} // namespace Starloop::Gui
