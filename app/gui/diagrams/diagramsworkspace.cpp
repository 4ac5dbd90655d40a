#include "gui/diagrams/diagramsworkspace.h"

#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/dismissalrepository.h"
#include "core/storage/datastore.h"
#include "gui/diagrams/diagramactions.h"
#include "gui/diagrams/diagramdrill.h"
#include "gui/diagrams/diagramexportcontroller.h"
#include "gui/diagrams/diagrampalette.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramtopbar.h"
#include "gui/diagrams/diagramversionsmenu.h"
#include "gui/diagrams/diagramview.h"
#include "gui/diagrams/reviewpanel.h"
#include "gui/savestatus.h"
#include "gui/widgets/autosaver.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Diagrams::DiagramDocument;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Error noDiagramOpen()
{
    return Error {DiagramsWorkspace::tr("No diagram is open."), 0};
}

} // namespace

DiagramsWorkspace::DiagramsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(Diagrams, Undo::Stack, parent)
    , m_saveStatus(saveStatus)
    , m_db(store.db())
    , m_repository(store.db())
{
    setObjectName(QStringLiteral("DiagramsWorkspace"));
    m_scene = new DiagramScene(undoStack(), this);
    m_scene->setObjectName(QStringLiteral("diagramScene"));
    m_view = new DiagramView(m_scene);
    m_palette = new DiagramPalette;
    m_saver = new AutoSaver(
        &saveStatus, [this] { return m_repository.save(m_current.id, m_scene->document(), now()); },
        tr("The diagram"), this);
    m_saver->setDelay(500);
    m_actions = new DiagramActions(m_scene, m_view, this);
    m_export = new DiagramExportController(m_scene, this);
    m_versions = new DiagramVersionsMenu(m_repository, this);
    m_review = new ReviewPanel(store.db(), m_scene);
    m_drill = new DiagramDrill(store.db(), m_scene);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_topBar = new DiagramTopBar(store.db(), this);
    m_topBar->setVersionsMenu(m_versions);
    layout->addWidget(m_topBar);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("diagramSplitter"));
    splitter->addWidget(m_palette);
    splitter->addWidget(buildCanvasPane());
    splitter->addWidget(m_review);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(2, true);
    splitter->setSizes({200, 900, 320});
    layout->addWidget(splitter, 1);
    connectParts();

    reloadList(0);
    if (m_topBar->diagramCount() > 0)
        openDiagram(m_topBar->diagramAt(0));
    else
        showEmpty();
}

DiagramsWorkspace::~DiagramsWorkspace()
{
    // The window's SaveStatus outlives its workspaces: a failure here is still reported.
    m_saver->flush();
    // The scene and the stack signal this workspace while they go down; disconnect first, then
    // take them down in order (saver, view, items, commands, scene) while every member still exists.
    m_scene->disconnect(this);
    undoStack()->disconnect(this);
    delete m_saver;
    delete m_view;
    m_scene->setDocument(DiagramDocument {});
    undoStack()->clear();
    delete m_scene;
}

QWidget *DiagramsWorkspace::buildCanvasPane()
{
    auto *canvasPane = new QWidget(this);
    auto *canvasLayout = new QVBoxLayout(canvasPane);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_toolBar = new QToolBar(tr("Diagram tools"), canvasPane);
    m_toolBar->setObjectName(QStringLiteral("diagramToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToToolBar(m_toolBar);
    m_toolBar->addSeparator();
    DiagramActions::addMenuButton(
        m_toolBar, QStringLiteral("diagramExportButton"), tr("Export"), m_export->menuActions());
    m_toolBar->addAction(m_versions->keepAction());
    m_toolBar->addSeparator();
    DiagramActions::addMenuButton(
        m_toolBar, QStringLiteral("diagramDrillButton"), tr("Drill"), drillActions());
    m_reviewAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-information")), tr("Review"), this);
    m_reviewAction->setObjectName(QStringLiteral("diagramReviewToggle"));
    m_reviewAction->setCheckable(true);
    m_reviewAction->setChecked(true);
    m_reviewAction->setToolTip(tr("Show or hide the interviewer's review of the diagram"));
    connect(m_reviewAction, &QAction::toggled, m_review, &QWidget::setVisible);
    m_topBar->addActionButton(m_reviewAction); // the tool bar is full
    canvasLayout->addWidget(m_toolBar);
    m_drill->setParent(canvasPane);
    m_drill->hide();
    canvasLayout->addWidget(m_drill);
    m_centre = new QStackedWidget(canvasPane);
    m_centre->addWidget(m_view);
    m_problemLabel = new QLabel(m_centre);
    m_problemLabel->setObjectName(QStringLiteral("diagramProblem"));
    m_problemLabel->setAccessibleName(tr("Diagram message"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAlignment(Qt::AlignCenter);
    m_problemLabel->setMargin(40);
    m_centre->addWidget(m_problemLabel);
    canvasLayout->addWidget(m_centre, 1);
    return canvasPane;
}

void DiagramsWorkspace::connectParts()
{
    connectDrill();
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_loading && m_current.id && !m_scene->isReadOnly() && !m_drill->isActive())
            m_saver->changed();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramsWorkspace::updateActions);
    connect(m_scene, &DiagramScene::documentChanged, this, &DiagramsWorkspace::updateActions);
    connect(m_palette, &DiagramPalette::kindActivated, this, [this](const QString &kind) {
        if (!m_current.id)
            return;
        m_scene->addNode(kind, m_view->mapToScene(m_view->viewport()->rect().center()));
        m_view->setFocus();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_current.id && !m_scene->isReadOnly())
            m_actions->showContextMenu(pos);
    });
    connect(m_topBar, &DiagramTopBar::diagramChosen, this, [this](qint64 id) {
        if (!openDiagram(id))
            m_topBar->setCurrent(m_current); // still on the open one when it could not be saved
    });
    connect(m_topBar, &DiagramTopBar::newRequested, this,
        [this](const QString &title, const QString &templateId) {
            const auto created = createDiagram(title, templateId);
            warnIfFailed(tr("New Diagram"), created ? Status() : Status(created.error()));
        });
    connect(m_topBar, &DiagramTopBar::renameRequested, this,
        [this](const QString &title) { warnIfFailed(tr("Rename Diagram"), renameCurrent(title)); });
    connect(m_topBar, &DiagramTopBar::removeRequested, this,
        [this] { warnIfFailed(tr("Delete Diagram"), removeCurrent()); });
    connect(m_topBar, &DiagramTopBar::questionChosen, this, [this](std::optional<qint64> questionId) {
        warnIfFailed(tr("Link to Question"), linkCurrentToQuestion(questionId));
    });
    connect(m_review, &ReviewPanel::itemsRequested, this, &DiagramsWorkspace::showItems);
    connect(m_review, &ReviewPanel::questionRequested, this, &DiagramsWorkspace::openQuestionRequested);
    connect(m_review, &ReviewPanel::failed, this,
        [this](const QString &message) { m_saveStatus.markFailed(message); });
    connect(m_versions, &DiagramVersionsMenu::keepRequested, this, [this](const QString &name) {
        const auto kept = takeSnapshot(name);
        warnIfFailed(tr("Keep Version"), kept ? Status() : Status(kept.error()));
    });
    connect(m_versions, &DiagramVersionsMenu::restoreRequested, this,
        [this](qint64 snapshotId) { warnIfFailed(tr("Restore Version"), restoreSnapshot(snapshotId)); });
}

QList<QAction *> DiagramsWorkspace::drillActions()
{
    QList<QAction *> actions;
    auto *current = new QAction(tr("Drill This Diagram"), this);
    current->setObjectName(QStringLiteral("diagramDrillThis"));
    current->setToolTip(tr("Hide part of the diagram (the selection, if any) and redraw it from memory"));
    connect(current, &QAction::triggered, this, [this] { warnIfFailed(tr("Drill"), drillCurrent()); });
    actions << current << nullptr;
    for (const Diagrams::DiagramTemplate &t : Diagrams::DiagramTemplates::all()) {
        auto *action = new QAction(tr("Drill: %1").arg(t.title), this);
        action->setObjectName(QStringLiteral("diagramDrillTemplate_") + t.id);
        const QString id = t.id;
        connect(
            action, &QAction::triggered, this, [this, id] { warnIfFailed(tr("Drill"), drillTemplate(id)); });
        actions << action;
    }
    return actions;
}

void DiagramsWorkspace::connectDrill()
{
    connect(m_drill, &DiagramDrill::started, this, [this] {
        undoStack()->clear();
        m_review->setDiagram(QString());
        m_topBar->setEnabled(false);
        m_problem.clear();
        m_centre->setCurrentWidget(m_view);
        updateActions();
        m_view->zoomToFit();
    });
    connect(m_drill, &DiagramDrill::scored, m_view, &DiagramView::fitArea);
    connect(m_drill, &DiagramDrill::finished, this, [this] {
        m_topBar->setEnabled(true);
        if (m_current.id)
            openDiagram(m_current.id);
        else
            showEmpty();
    });
    connect(m_drill, &DiagramDrill::failed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Drill"), message); });
}

Status DiagramsWorkspace::drillCurrent()
{
    if (!m_current.id || m_drill->isActive())
        return noDiagramOpen();
    if (m_scene->isReadOnly())
        return Error {problem(), 0};
    if (!saveNow())
        return Error {tr("The diagram could not be saved, so the drill did not start."), 0};
    if (m_scene->document().isEmpty())
        return Error {tr("The diagram is empty: draw it first, or drill a reference design."), 0};
    // Components chosen on the canvas are what to redraw; else the frames stay as scaffolding.
    const QSet<QString> chosen = m_scene->selectedNodeIds();
    m_drill->start(m_scene->document(), m_current.title, Diagrams::DrillSubject::diagram(m_current.uid),
        chosen.isEmpty() ? Diagrams::DrillScope::KeepGroups : Diagrams::DrillScope::Selection, chosen);
    return {};
}

Status DiagramsWorkspace::drillTemplate(const QString &templateId)
{
    const auto reference = Diagrams::DiagramTemplates::find(templateId);
    if (!reference)
        return reference.error();
    if (m_drill->isActive())
        m_drill->end();
    if (!saveNow())
        return Error {tr("The open diagram could not be saved, so the drill did not start."), 0};
    m_drill->start(
        reference->document, reference->title, Diagrams::DrillSubject::referenceTemplate(reference->id));
    return {};
}

void DiagramsWorkspace::warnIfFailed(const QString &title, const Status &status)
{
    if (!status)
        QMessageBox::warning(this, title, status.errorMessage());
}

void DiagramsWorkspace::hideEvent(QHideEvent *event)
{
    // Leaving the workspace, or the window closing. A failed save is reported by the saver,
    // which keeps retrying while the diagram stays on screen.
    m_saver->flush();
    Workspace::hideEvent(event);
}

void DiagramsWorkspace::activate()
{
    if (!m_activated && m_current.id) {
        m_activated = true;
        QTimer::singleShot(0, m_view, [this] { m_view->zoomToFit(); });
    }
}

QVariantMap DiagramsWorkspace::viewState() const
{
    return {{QStringLiteral("diagram"), m_current.id}};
}

void DiagramsWorkspace::restoreViewState(const QVariantMap &state)
{
    const qint64 diagram = state.value(QStringLiteral("diagram")).toLongLong();
    // Deleted on the other computer: what opened by default stays.
    if (diagram > 0 && diagram != m_current.id && m_topBar->contains(diagram))
        (void)openDiagram(diagram);
}

void DiagramsWorkspace::reloadList(qint64 select)
{
    const auto list = m_repository.list();
    m_topBar->setDiagrams(list ? list.value() : QVector<Diagrams::DiagramSummary> {}, select);
    if (!list)
        m_saveStatus.markFailed(list.errorMessage());
}

Result<qint64> DiagramsWorkspace::createDiagram(const QString &title, const QString &templateId)
{
    DiagramDocument document;
    QVector<Diagrams::ReviewDismissal> dismissals;
    if (!templateId.isEmpty()) {
        auto t = Diagrams::DiagramTemplates::find(templateId);
        if (!t)
            return t.error();
        document = t->document;
        dismissals = t->dismissals;
    }
    if (!saveNow())
        return Error {tr("The open diagram could not be saved, so it stays open."), 0};
    const auto created = m_repository.create(title, document, now());
    if (!created)
        return created.error();
    // The reference design's own dismissals come with it, reasons and all.
    const Status dismissed = Diagrams::DismissalRepository(m_db).dismissAll(created->uid, dismissals, now());
    if (!dismissed)
        m_saveStatus.markFailed(dismissed.errorMessage());
    reloadList(created->id);
    if (!openDiagram(created->id))
        return Error {problem(), 0};
    QTimer::singleShot(0, m_view, [this] { m_view->zoomToFit(); });
    return created->id;
}

bool DiagramsWorkspace::openDiagram(qint64 id)
{
    if (m_drill->isActive())
        m_drill->end(); // shows the open diagram again first
    if (!saveNow())
        return false; // the saver reports it; the edits stay on screen
    m_loading = true;
    undoStack()->clear();
    const auto diagram = m_repository.load(id);
    m_current = Diagrams::DiagramSummary {};
    if (!diagram) {
        // Keep the id so the damaged diagram can still be renamed, restored or deleted.
        if (m_topBar->contains(id)) {
            m_current.id = id;
            m_current.title = m_topBar->titleOf(id);
        }
        m_scene->setDocument(DiagramDocument {});
        m_scene->setReadOnly(true);
        m_review->setDiagram(QString());
        showProblem(diagram.errorMessage());
        m_loading = false;
        showCurrent();
        return false;
    }
    m_current = diagram->summary;
    m_scene->setReadOnly(false);
    m_scene->setDocument(diagram->document);
    m_review->setDiagram(m_current.uid);
    m_problem.clear();
    m_centre->setCurrentWidget(m_view);
    m_loading = false;
    showCurrent();
    m_view->zoomToFit();
    return true;
}

void DiagramsWorkspace::showItems(const QStringList &ids)
{
    m_scene->selectIds(QSet<QString>(ids.begin(), ids.end()));
    QRectF bounds;
    const DiagramDocument &document = m_scene->document();
    QStringList around = ids;
    for (const QString &id : ids) {
        if (const Diagrams::DiagramEdge *edge = document.edge(id))
            around << edge->from << edge->to;
    }
    for (const QString &id : std::as_const(around)) {
        if (const Diagrams::DiagramNode *node = document.node(id))
            bounds = bounds.isNull() ? node->rect() : bounds.united(node->rect());
    }
    if (!bounds.isNull())
        m_view->centerOn(bounds.center());
    m_view->setFocus();
}

void DiagramsWorkspace::showProblem(const QString &message)
{
    m_problem = message;
    m_problemLabel->setText(message);
    m_centre->setCurrentWidget(m_problemLabel);
}

// No diagram at all: the canvas gives way to a hint.
void DiagramsWorkspace::showEmpty()
{
    m_current = Diagrams::DiagramSummary {};
    undoStack()->clear();
    m_scene->setDocument(DiagramDocument {});
    m_review->setDiagram(QString());
    showProblem(tr("No diagrams yet. Choose New to start from a classic design or an empty canvas."));
    showCurrent();
}

QString DiagramsWorkspace::problem() const
{
    return m_problem;
}

bool DiagramsWorkspace::saveNow()
{
    return m_saver->flush();
}

Status DiagramsWorkspace::renameCurrent(const QString &title)
{
    if (!m_current.id)
        return noDiagramOpen();
    const Status renamed = m_repository.rename(m_current.id, title, now());
    if (!renamed)
        return renamed;
    reloadList(m_current.id);
    m_current.title = m_topBar->titleOf(m_current.id);
    showCurrent();
    return {};
}

Status DiagramsWorkspace::removeCurrent()
{
    if (!m_current.id)
        return noDiagramOpen();
    const Status removed = m_repository.remove(m_current.id);
    if (!removed)
        return removed;
    m_saver->discard(); // its edits went with it
    m_current = Diagrams::DiagramSummary {};
    reloadList(0);
    if (m_topBar->diagramCount() == 0)
        showEmpty();
    else
        openDiagram(m_topBar->diagramAt(0)); // a damaged one is shown with its problem, as when chosen
    return {};
}

Status DiagramsWorkspace::linkCurrentToQuestion(std::optional<qint64> questionId)
{
    if (!m_current.id)
        return noDiagramOpen();
    const Status linked = m_repository.linkQuestion(m_current.id, questionId, now());
    if (linked)
        m_current.questionId = questionId;
    showCurrent();
    return linked;
}

Result<Diagrams::DiagramSnapshot> DiagramsWorkspace::takeSnapshot(const QString &name)
{
    if (!m_current.id)
        return noDiagramOpen();
    if (!saveNow())
        return Error {tr("The diagram could not be saved, so no version was kept."), 0};
    return m_repository.takeSnapshot(m_current.id, name, now());
}

Status DiagramsWorkspace::restoreSnapshot(qint64 snapshotId)
{
    const auto document = m_repository.loadSnapshot(snapshotId);
    if (!document)
        return document.error();
    if (m_scene->isReadOnly()) {
        // A damaged diagram: write the version straight back and reopen it.
        const Status saved = m_repository.save(m_current.id, document.value(), now());
        if (!saved)
            return saved;
        if (!openDiagram(m_current.id))
            return Error {problem(), 0};
        return {};
    }
    m_scene->commit(tr("Restore Version"), document.value());
    return {};
}

Status DiagramsWorkspace::exportTo(const QString &path, bool selectionOnly)
{
    return m_export->exportTo(path, selectionOnly);
}

QString DiagramsWorkspace::mermaid(bool architecture, bool selectionOnly) const
{
    return m_export->mermaid(architecture, selectionOnly);
}

void DiagramsWorkspace::showCurrent()
{
    m_topBar->setCurrent(m_current);
    m_versions->setDiagram(m_current.id, m_current.title);
    m_export->setTitle(m_current.title);
    updateActions();
}

void DiagramsWorkspace::updateActions()
{
    const bool drilling = m_drill->isActive();
    const bool open = m_current.id != 0;
    const bool editable = (open || drilling) && !m_scene->isReadOnly();
    m_actions->update(editable);
    m_export->update(open && !drilling);
    m_versions->keepAction()->setEnabled(editable && !drilling);
    m_reviewAction->setEnabled(!drilling);
    m_review->setVisible(!drilling && m_reviewAction->isChecked());
    m_palette->setEnabled(editable);
}

} // namespace Starloop::Gui
