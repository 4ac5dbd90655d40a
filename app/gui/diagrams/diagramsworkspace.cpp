#include "diagramsworkspace.h"

#include "diagramexporter.h"
#include "diagrampalette.h"
#include "diagrams/diagramtemplates.h"
#include "diagrams/mermaidexport.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "questions/questionrepository.h"
#include "savestatus.h"
#include "storage/datastore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Diagrams::DiagramDocument;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

DiagramsWorkspace::DiagramsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(store.db())
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("DiagramsWorkspace"));
    m_scene = new DiagramScene(m_undoStack, this);
    m_scene->setObjectName(QStringLiteral("diagramScene"));
    m_view = new DiagramView(m_scene);
    m_palette = new DiagramPalette;
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &DiagramsWorkspace::saveNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *topBar = new QWidget;
    buildTopBar(topBar);
    layout->addWidget(topBar);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("diagramSplitter"));
    splitter->addWidget(m_palette);
    auto *canvasPane = new QWidget;
    auto *canvasLayout = new QVBoxLayout(canvasPane);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_toolBar = new QToolBar(tr("Diagram tools"));
    m_toolBar->setObjectName(QStringLiteral("diagramToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    canvasLayout->addWidget(m_toolBar);
    m_centre = new QStackedWidget;
    m_centre->addWidget(m_view);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("diagramProblem"));
    m_problemLabel->setAccessibleName(tr("Diagram message"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAlignment(Qt::AlignCenter);
    m_problemLabel->setMargin(40);
    m_centre->addWidget(m_problemLabel);
    canvasLayout->addWidget(m_centre, 1);
    splitter->addWidget(canvasPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900});
    layout->addWidget(splitter, 1);

    buildActions();
    buildToolBar();

    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_loading)
            scheduleSave();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramsWorkspace::updateActions);
    connect(m_scene, &DiagramScene::documentChanged, this, &DiagramsWorkspace::updateActions);
    connect(m_palette, &DiagramPalette::kindActivated, this, [this](const QString &kind) {
        if (!m_current.id)
            return;
        m_scene->addNode(kind, m_view->mapToScene(m_view->viewport()->rect().center()));
        m_view->setFocus();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &DiagramsWorkspace::showContextMenu);
    connect(m_view, &DiagramView::zoomChanged, this,
            [this](double factor) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(factor * 100))); });
    connect(m_diagramList, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_diagramList->itemData(index).toLongLong();
        if (id && id != m_current.id)
            openDiagram(id);
    });

    reloadList(0);
    if (m_diagramList->count() > 0)
        openDiagram(m_diagramList->itemData(0).toLongLong());
    else
        showProblem(tr("No diagrams yet. Choose New to start from a classic design or an empty canvas."));
}

DiagramsWorkspace::~DiagramsWorkspace()
{
    // The window's SaveStatus is already gone here: write without reporting.
    if (m_dirty && m_current.id)
        m_repository.save(m_current.id, m_scene->document(), now());
    // The scene and the stack signal this workspace while they go down; disconnect first, then
    // take them down in order (view, items, commands, scene) while every member still exists.
    m_scene->disconnect(this);
    m_undoStack->disconnect(this);
    delete m_view;
    m_scene->setDocument(DiagramDocument{});
    m_undoStack->clear();
    delete m_scene;
}

void DiagramsWorkspace::hideEvent(QHideEvent *event)
{
    saveNow(); // leaving the workspace, or the window closing
    Workspace::hideEvent(event);
}

QString DiagramsWorkspace::staticTitle()
{
    return tr("Diagrams");
}

QIcon DiagramsWorkspace::staticIcon()
{
    return QIcon(QStringLiteral(":/icons/diagrams.svg"));
}

QUndoStack *DiagramsWorkspace::undoStack() const
{
    return m_undoStack;
}

void DiagramsWorkspace::activate()
{
    if (!m_activated && m_current.id) {
        m_activated = true;
        QTimer::singleShot(0, m_view, [this] { m_view->zoomToFit(); });
    }
}

QAction *DiagramsWorkspace::addAction(const QString &objectName, const QString &text, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(iconName.startsWith(QLatin1Char(':')) ? QIcon(iconName) : QIcon::fromTheme(iconName));
    m_actions.insert(objectName, action);
    return action;
}

void DiagramsWorkspace::buildTopBar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    auto *label = new QLabel(tr("&Diagram:"));
    m_diagramList = new QComboBox;
    m_diagramList->setObjectName(QStringLiteral("diagramList"));
    m_diagramList->setAccessibleName(tr("Diagrams"));
    m_diagramList->setMinimumContentsLength(28);
    m_diagramList->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_diagramList);
    auto button = [bar](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QToolButton(bar);
        b->setObjectName(name);
        b->setText(text);
        b->setAccessibleName(accessible);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        return b;
    };
    m_newButton = button(QStringLiteral("diagramNewButton"), tr("New"), tr("New diagram"));
    m_newMenu = new QMenu(m_newButton);
    m_newMenu->setObjectName(QStringLiteral("diagramNewMenu"));
    m_newButton->setMenu(m_newMenu);
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_newMenu, &QMenu::aboutToShow, this, &DiagramsWorkspace::populateNewMenu);
    populateNewMenu();
    m_renameButton = button(QStringLiteral("diagramRenameButton"), tr("Rename…"), tr("Rename diagram"));
    connect(m_renameButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString title =
            QInputDialog::getText(this, tr("Rename Diagram"), tr("Title:"), QLineEdit::Normal, m_current.title, &ok);
        if (ok) {
            if (const Status s = renameCurrent(title); !s)
                QMessageBox::warning(this, tr("Rename Diagram"), s.errorMessage());
        }
    });
    m_deleteButton = button(QStringLiteral("diagramDeleteButton"), tr("Delete…"), tr("Delete diagram"));
    connect(m_deleteButton, &QToolButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Delete Diagram"),
            tr("Delete \"%1\" and its kept versions? This cannot be undone.").arg(m_current.title));
        if (answer != QMessageBox::Yes)
            return;
        if (const Status s = removeCurrent(); !s)
            QMessageBox::warning(this, tr("Delete Diagram"), s.errorMessage());
    });
    m_questionButton = button(QStringLiteral("diagramQuestionButton"), tr("Link to Question…"), tr("Linked question"));
    connect(m_questionButton, &QToolButton::clicked, this, &DiagramsWorkspace::chooseQuestion);
    m_versionsButton = button(QStringLiteral("diagramVersionsButton"), tr("Versions"), tr("Kept versions"));
    m_versionsMenu = new QMenu(m_versionsButton);
    m_versionsMenu->setObjectName(QStringLiteral("diagramVersionsMenu"));
    m_versionsButton->setMenu(m_versionsMenu);
    m_versionsButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_versionsMenu, &QMenu::aboutToShow, this, &DiagramsWorkspace::populateVersionsMenu);

    layout->addWidget(label);
    layout->addWidget(m_diagramList, 1);
    layout->addWidget(m_newButton);
    layout->addWidget(m_renameButton);
    layout->addWidget(m_deleteButton);
    layout->addSpacing(12);
    layout->addWidget(m_questionButton);
    layout->addWidget(m_versionsButton);
}

void DiagramsWorkspace::buildActions()
{
    auto *modes = new QActionGroup(this);
    QAction *select = addAction(QStringLiteral("diagramSelectMode"), tr("Select"), QStringLiteral("edit-select"));
    select->setCheckable(true);
    select->setChecked(true);
    select->setShortcut(QKeySequence(Qt::Key_V));
    select->setToolTip(tr("Select and move (V)"));
    QAction *connectMode = addAction(QStringLiteral("diagramConnectMode"), tr("Connect"), QStringLiteral("draw-connector"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(Qt::Key_C));
    connectMode->setToolTip(tr("Drag from one item to another to connect them (C)"));
    modes->addAction(select);
    modes->addAction(connectMode);
    connect(select, &QAction::triggered, this, [this] { m_scene->setMode(DiagramScene::Mode::Select); });
    connect(connectMode, &QAction::triggered, this, [this] { m_scene->setMode(DiagramScene::Mode::Connect); });
    connect(m_scene, &DiagramScene::modeChanged, this, [select, connectMode](DiagramScene::Mode mode) {
        select->setChecked(mode == DiagramScene::Mode::Select);
        connectMode->setChecked(mode == DiagramScene::Mode::Connect);
    });

    auto shortcut = [this](QAction *action, const QList<QKeySequence> &keys) {
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    };
    shortcut(select, {QKeySequence(Qt::Key_V)});
    shortcut(connectMode, {QKeySequence(Qt::Key_C)});

    QAction *copy = addAction(QStringLiteral("diagramCopy"), tr("Copy"), QStringLiteral("edit-copy"));
    shortcut(copy, QKeySequence::keyBindings(QKeySequence::Copy));
    connect(copy, &QAction::triggered, this, [this] {
        if (QMimeData *mime = m_scene->copySelection())
            QGuiApplication::clipboard()->setMimeData(mime);
    });
    QAction *cut = addAction(QStringLiteral("diagramCut"), tr("Cut"), QStringLiteral("edit-cut"));
    shortcut(cut, QKeySequence::keyBindings(QKeySequence::Cut));
    connect(cut, &QAction::triggered, this, [this] {
        if (QMimeData *mime = m_scene->copySelection()) {
            QGuiApplication::clipboard()->setMimeData(mime);
            m_scene->deleteSelection();
        }
    });
    QAction *paste = addAction(QStringLiteral("diagramPaste"), tr("Paste"), QStringLiteral("edit-paste"));
    shortcut(paste, QKeySequence::keyBindings(QKeySequence::Paste));
    connect(paste, &QAction::triggered, this, [this] { m_scene->paste(QGuiApplication::clipboard()->mimeData()); });
    QAction *duplicate = addAction(QStringLiteral("diagramDuplicate"), tr("Duplicate"), QStringLiteral("edit-copy"));
    shortcut(duplicate, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(duplicate, &QAction::triggered, m_scene, &DiagramScene::duplicateSelection);
    QAction *remove = addAction(QStringLiteral("diagramDelete"), tr("Delete"), QStringLiteral("edit-delete"));
    shortcut(remove, {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, m_scene, &DiagramScene::deleteSelection);
    QAction *selectAll = addAction(QStringLiteral("diagramSelectAll"), tr("Select All"), QStringLiteral("edit-select-all"));
    shortcut(selectAll, QKeySequence::keyBindings(QKeySequence::SelectAll));
    connect(selectAll, &QAction::triggered, this, [this] {
        const auto items = m_scene->items();
        for (QGraphicsItem *item : items) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    QAction *label = addAction(QStringLiteral("diagramEditLabel"), tr("Edit Label"), QStringLiteral("edit-rename"));
    shortcut(label, {QKeySequence(Qt::Key_F2)});
    connect(label, &QAction::triggered, this, [this] {
        QSet<QString> ids = m_scene->selectedNodeIds();
        ids.unite(m_scene->selectedEdgeIds());
        if (ids.size() == 1)
            m_scene->editLabel(*ids.begin());
    });

    QAction *zoomIn = addAction(QStringLiteral("diagramZoomIn"), tr("Zoom In"), QStringLiteral("zoom-in"));
    shortcut(zoomIn, QKeySequence::keyBindings(QKeySequence::ZoomIn));
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    QAction *zoomOut = addAction(QStringLiteral("diagramZoomOut"), tr("Zoom Out"), QStringLiteral("zoom-out"));
    shortcut(zoomOut, QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    QAction *fit = addAction(QStringLiteral("diagramZoomFit"), tr("Fit"), QStringLiteral("zoom-fit-best"));
    fit->setToolTip(tr("Zoom to fit the whole diagram (Ctrl+Shift+0)"));
    shortcut(fit, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)});
    connect(fit, &QAction::triggered, m_view, &DiagramView::zoomToFit);
    QAction *actual = addAction(QStringLiteral("diagramZoomReset"), tr("100%"), QStringLiteral("zoom-original"));
    actual->setToolTip(tr("Actual size (Ctrl+0)"));
    shortcut(actual, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(actual, &QAction::triggered, m_view, &DiagramView::resetZoom);

    struct AlignAction
    {
        const char *name;
        const char *text;
        DiagramScene::Alignment alignment;
    };
    const AlignAction aligns[] = {
        {"diagramAlignLeft", QT_TR_NOOP("Align Left"), DiagramScene::Alignment::Left},
        {"diagramAlignCentre", QT_TR_NOOP("Align Centres Horizontally"), DiagramScene::Alignment::HorizontalCentre},
        {"diagramAlignRight", QT_TR_NOOP("Align Right"), DiagramScene::Alignment::Right},
        {"diagramAlignTop", QT_TR_NOOP("Align Top"), DiagramScene::Alignment::Top},
        {"diagramAlignMiddle", QT_TR_NOOP("Align Centres Vertically"), DiagramScene::Alignment::VerticalCentre},
        {"diagramAlignBottom", QT_TR_NOOP("Align Bottom"), DiagramScene::Alignment::Bottom},
    };
    for (const AlignAction &a : aligns) {
        QAction *action = addAction(QLatin1String(a.name), tr(a.text));
        const auto alignment = a.alignment;
        connect(action, &QAction::triggered, this, [this, alignment] { m_scene->alignSelection(alignment); });
    }
    QAction *spreadH = addAction(QStringLiteral("diagramDistributeHorizontally"), tr("Distribute Horizontally"));
    connect(spreadH, &QAction::triggered, this, [this] { m_scene->distributeSelection(Qt::Horizontal); });
    QAction *spreadV = addAction(QStringLiteral("diagramDistributeVertically"), tr("Distribute Vertically"));
    connect(spreadV, &QAction::triggered, this, [this] { m_scene->distributeSelection(Qt::Vertical); });
    QAction *front = addAction(QStringLiteral("diagramBringToFront"), tr("Bring to Front"), QStringLiteral("go-top"));
    shortcut(front, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight)});
    connect(front, &QAction::triggered, m_scene, &DiagramScene::bringToFront);
    QAction *back = addAction(QStringLiteral("diagramSendToBack"), tr("Send to Back"), QStringLiteral("go-bottom"));
    shortcut(back, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft)});
    connect(back, &QAction::triggered, m_scene, &DiagramScene::sendToBack);
    QAction *group = addAction(QStringLiteral("diagramGroup"), tr("Group"), QStringLiteral("object-group"));
    shortcut(group, {QKeySequence(Qt::CTRL | Qt::Key_G)});
    connect(group, &QAction::triggered, m_scene, &DiagramScene::groupSelection);
    QAction *snap = addAction(QStringLiteral("diagramSnap"), tr("Snap to Grid"), QStringLiteral("snap-to-grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapsToGrid());
    connect(snap, &QAction::toggled, m_scene, &DiagramScene::setSnapToGrid);

    using Diagrams::ArrowHeads;
    using Diagrams::Routing;
    auto *arrowGroup = new QActionGroup(this);
    const QPair<const char *, ArrowHeads> arrowActions[] = {{"diagramArrowNone", ArrowHeads::None},
                                                            {"diagramArrowEnd", ArrowHeads::End},
                                                            {"diagramArrowBoth", ArrowHeads::Both}};
    const QStringList arrowTexts{tr("No Arrowheads"), tr("Arrowhead at the End"), tr("Arrowheads at Both Ends")};
    for (int i = 0; i < 3; ++i) {
        QAction *a = addAction(QLatin1String(arrowActions[i].first), arrowTexts.at(i));
        a->setCheckable(true);
        arrowGroup->addAction(a);
        const ArrowHeads arrows = arrowActions[i].second;
        connect(a, &QAction::triggered, this, [this, arrows] { m_scene->setSelectedArrowHeads(arrows); });
    }
    auto *routingGroup = new QActionGroup(this);
    QAction *straight = addAction(QStringLiteral("diagramRoutingStraight"), tr("Straight Line"));
    QAction *orthogonal = addAction(QStringLiteral("diagramRoutingOrthogonal"), tr("Right-Angled Line"));
    for (QAction *a : {straight, orthogonal}) {
        a->setCheckable(true);
        routingGroup->addAction(a);
    }
    connect(straight, &QAction::triggered, this, [this] { m_scene->setSelectedRouting(Routing::Straight); });
    connect(orthogonal, &QAction::triggered, this, [this] { m_scene->setSelectedRouting(Routing::Orthogonal); });
    QAction *dashed = addAction(QStringLiteral("diagramDashed"), tr("Dashed Line"));
    dashed->setCheckable(true);
    connect(dashed, &QAction::triggered, this, [this](bool on) { m_scene->setSelectedDashed(on); });

    struct ExportAction
    {
        const char *name;
        const char *text;
        const char *suffix;
        bool selection;
    };
    const ExportAction exports[] = {
        {"diagramExportPng", QT_TR_NOOP("Export as PNG…"), "png", false},
        {"diagramExportSvg", QT_TR_NOOP("Export as SVG…"), "svg", false},
        {"diagramExportPdf", QT_TR_NOOP("Export as PDF…"), "pdf", false},
        {"diagramExportSelectionPng", QT_TR_NOOP("Export Selection as PNG…"), "png", true},
        {"diagramExportSelectionSvg", QT_TR_NOOP("Export Selection as SVG…"), "svg", true},
        {"diagramExportSelectionPdf", QT_TR_NOOP("Export Selection as PDF…"), "pdf", true},
    };
    for (const ExportAction &e : exports) {
        QAction *action = addAction(QLatin1String(e.name), tr(e.text));
        const QString suffix = QLatin1String(e.suffix);
        const bool selection = e.selection;
        connect(action, &QAction::triggered, this, [this, suffix, selection] { exportWithDialog(suffix, selection); });
    }
    QAction *copyFlow = addAction(QStringLiteral("diagramCopyMermaidFlowchart"), tr("Copy Mermaid Flowchart"));
    connect(copyFlow, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(mermaid(false)); });
    QAction *copyArch = addAction(QStringLiteral("diagramCopyMermaidArchitecture"), tr("Copy Mermaid Architecture"));
    connect(copyArch, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(mermaid(true)); });
    QAction *saveFlow = addAction(QStringLiteral("diagramSaveMermaidFlowchart"), tr("Save Mermaid Flowchart…"));
    connect(saveFlow, &QAction::triggered, this, [this] { saveMermaidWithDialog(false); });
    QAction *saveArch = addAction(QStringLiteral("diagramSaveMermaidArchitecture"), tr("Save Mermaid Architecture…"));
    connect(saveArch, &QAction::triggered, this, [this] { saveMermaidWithDialog(true); });

    QAction *keep = addAction(QStringLiteral("diagramKeepVersion"), tr("Keep Version…"), QStringLiteral("document-save-as"));
    keep->setToolTip(tr("Keep a named copy of the diagram as it is now"));
    connect(keep, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Keep Version"), tr("Name of this version:"), QLineEdit::Normal,
            QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), &ok);
        if (!ok)
            return;
        if (const auto kept = takeSnapshot(name); !kept)
            QMessageBox::warning(this, tr("Keep Version"), kept.errorMessage());
    });
}

void DiagramsWorkspace::buildToolBar()
{
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramSelectMode")));
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramConnectMode")));
    m_toolBar->addSeparator();
    auto menuButton = [this](const QString &name, const QString &text, const QStringList &actions) {
        auto *button = new QToolButton(m_toolBar);
        button->setObjectName(name);
        button->setText(text);
        button->setAccessibleName(text);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        for (const QString &a : actions) {
            if (a.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(m_actions.value(a));
        }
        button->setMenu(menu);
        m_toolBar->addWidget(button);
        return button;
    };
    menuButton(QStringLiteral("diagramArrangeButton"), tr("Arrange"),
               {QStringLiteral("diagramAlignLeft"), QStringLiteral("diagramAlignCentre"), QStringLiteral("diagramAlignRight"),
                QString(), QStringLiteral("diagramAlignTop"), QStringLiteral("diagramAlignMiddle"),
                QStringLiteral("diagramAlignBottom"), QString(), QStringLiteral("diagramDistributeHorizontally"),
                QStringLiteral("diagramDistributeVertically"), QString(), QStringLiteral("diagramBringToFront"),
                QStringLiteral("diagramSendToBack")});
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramGroup")));
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramSnap")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramZoomOut")));
    m_zoomLabel = new QLabel(QStringLiteral("100%"));
    m_zoomLabel->setObjectName(QStringLiteral("diagramZoomLabel"));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramZoomIn")));
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramZoomFit")));
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramZoomReset")));
    m_toolBar->addSeparator();
    menuButton(QStringLiteral("diagramExportButton"), tr("Export"),
               {QStringLiteral("diagramExportPng"), QStringLiteral("diagramExportSvg"), QStringLiteral("diagramExportPdf"),
                QString(), QStringLiteral("diagramExportSelectionPng"), QStringLiteral("diagramExportSelectionSvg"),
                QStringLiteral("diagramExportSelectionPdf"), QString(), QStringLiteral("diagramCopyMermaidFlowchart"),
                QStringLiteral("diagramCopyMermaidArchitecture"), QStringLiteral("diagramSaveMermaidFlowchart"),
                QStringLiteral("diagramSaveMermaidArchitecture")});
    m_toolBar->addAction(m_actions.value(QStringLiteral("diagramKeepVersion")));
}

void DiagramsWorkspace::populateNewMenu()
{
    m_newMenu->clear();
    QAction *empty = m_newMenu->addAction(tr("Empty Diagram…"));
    empty->setObjectName(QStringLiteral("diagramNewEmpty"));
    connect(empty, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New Diagram"), tr("Title:"), QLineEdit::Normal,
                                                    tr("Untitled diagram"), &ok);
        if (ok)
            createDiagram(title);
    });
    m_newMenu->addSection(tr("From a classic design"));
    const auto templates = Diagrams::DiagramTemplates::all();
    for (const auto &t : templates) {
        QAction *action = m_newMenu->addAction(t.title);
        action->setObjectName(QStringLiteral("diagramNewTemplate-") + t.id);
        action->setToolTip(t.description);
        action->setStatusTip(t.description);
        const QString id = t.id;
        const QString title = t.title;
        connect(action, &QAction::triggered, this, [this, id, title] { createDiagram(title, id); });
    }
}

void DiagramsWorkspace::reloadList(qint64 select)
{
    const auto list = m_repository.list();
    m_diagramList->clear();
    if (!list) {
        m_saveStatus.markFailed(list.errorMessage());
        return;
    }
    for (const auto &d : list.value())
        m_diagramList->addItem(d.title, d.id);
    const int index = m_diagramList->findData(select);
    if (index >= 0)
        m_diagramList->setCurrentIndex(index);
}

Result<qint64> DiagramsWorkspace::createDiagram(const QString &title, const QString &templateId)
{
    DiagramDocument document;
    if (!templateId.isEmpty()) {
        auto t = Diagrams::DiagramTemplates::find(templateId);
        if (!t)
            return t.error();
        document = t->document;
    }
    saveNow();
    const auto created = m_repository.create(title, document, now());
    if (!created) {
        QMessageBox::warning(this, tr("New Diagram"), created.errorMessage());
        return created.error();
    }
    reloadList(created->id);
    openDiagram(created->id);
    QTimer::singleShot(0, m_view, [this] { m_view->zoomToFit(); });
    return created->id;
}

bool DiagramsWorkspace::openDiagram(qint64 id)
{
    saveNow();
    m_loading = true;
    m_undoStack->clear();
    const auto diagram = m_repository.load(id);
    m_current = Diagrams::DiagramSummary{};
    const int index = m_diagramList->findData(id);
    if (index >= 0)
        m_diagramList->setCurrentIndex(index);
    if (!diagram) {
        // Keep the id so the damaged diagram can still be renamed, restored or deleted.
        m_current.id = index >= 0 ? id : 0;
        m_current.title = index >= 0 ? m_diagramList->itemText(index) : QString();
        m_scene->setDocument(DiagramDocument{});
        m_scene->setReadOnly(true);
        showProblem(diagram.errorMessage());
        m_loading = false;
        updateActions();
        return false;
    }
    m_current = diagram->summary;
    m_scene->setReadOnly(false);
    m_scene->setDocument(diagram->document);
    m_problem.clear();
    showCanvas();
    m_loading = false;
    updateActions();
    m_view->zoomToFit();
    return true;
}

void DiagramsWorkspace::showProblem(const QString &message)
{
    m_problem = message;
    m_problemLabel->setText(message);
    m_centre->setCurrentWidget(m_problemLabel);
}

void DiagramsWorkspace::showCanvas()
{
    m_centre->setCurrentWidget(m_view);
}

QString DiagramsWorkspace::problem() const
{
    return m_problem;
}

void DiagramsWorkspace::scheduleSave()
{
    if (!m_current.id || m_scene->isReadOnly())
        return;
    m_dirty = true;
    m_saveStatus.markPending();
    m_saveTimer->start();
}

bool DiagramsWorkspace::saveNow()
{
    if (!m_dirty)
        return true;
    m_saveTimer->stop();
    m_dirty = false;
    const Status saved = m_repository.save(m_current.id, m_scene->document(), now());
    if (!saved) {
        m_saveStatus.markFailed(tr("The diagram \"%1\" was not saved: %2 The canvas still has your changes; "
                                   "free some disk space or choose Keep Version to try again.")
                                    .arg(m_current.title, saved.errorMessage()));
        m_dirty = true; // try again with the next edit or Keep Version
        return false;
    }
    m_saveStatus.markSaved();
    return true;
}

Status DiagramsWorkspace::renameCurrent(const QString &title)
{
    if (!m_current.id)
        return Error{tr("No diagram is open."), 0};
    const Status renamed = m_repository.rename(m_current.id, title, now());
    if (!renamed)
        return renamed;
    reloadList(m_current.id);
    m_current.title = m_diagramList->currentText();
    return {};
}

Status DiagramsWorkspace::removeCurrent()
{
    if (!m_current.id)
        return Error{tr("No diagram is open."), 0};
    m_saveTimer->stop();
    m_dirty = false;
    const Status removed = m_repository.remove(m_current.id);
    if (!removed)
        return removed;
    m_current = Diagrams::DiagramSummary{};
    reloadList(0);
    if (m_diagramList->count() > 0) {
        openDiagram(m_diagramList->itemData(0).toLongLong());
    } else {
        m_undoStack->clear();
        m_scene->setDocument(DiagramDocument{});
        showProblem(tr("No diagrams yet. Choose New to start from a classic design or an empty canvas."));
        updateActions();
    }
    return {};
}

Status DiagramsWorkspace::linkCurrentToQuestion(std::optional<qint64> questionId)
{
    if (!m_current.id)
        return Error{tr("No diagram is open."), 0};
    const Status linked = m_repository.linkQuestion(m_current.id, questionId, now());
    if (linked)
        m_current.questionId = questionId;
    updateQuestionButton();
    return linked;
}

void DiagramsWorkspace::updateQuestionButton()
{
    QString text = tr("Link to Question…");
    if (m_current.questionId) {
        Questions::QuestionRepository questions(m_store.db());
        const auto question = questions.load(*m_current.questionId);
        if (question)
            text = tr("Question: %1").arg(QFontMetrics(font()).elidedText(question->title, Qt::ElideRight, 260));
    }
    m_questionButton->setText(text);
}

void DiagramsWorkspace::chooseQuestion()
{
    if (!m_current.id)
        return;
    Questions::QuestionRepository questions(m_store.db());
    const auto all = questions.search(Questions::SearchQuery::fromString(QString()), 5000, now());
    if (!all) {
        QMessageBox::warning(this, tr("Link to Question"), all.errorMessage());
        return;
    }
    QStringList titles{tr("(No question)")};
    QVector<qint64> ids{0};
    int current = 0;
    for (const auto &q : all.value()) {
        titles << q.title;
        ids << q.id;
        if (m_current.questionId && *m_current.questionId == q.id)
            current = int(ids.size()) - 1;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Link to Question"), tr("The question this diagram answers:"), titles, current, false, &ok);
    if (!ok)
        return;
    const qint64 id = ids.value(int(titles.indexOf(chosen)));
    if (const Status s = linkCurrentToQuestion(id ? std::optional<qint64>(id) : std::nullopt); !s)
        QMessageBox::warning(this, tr("Link to Question"), s.errorMessage());
}

Result<Diagrams::DiagramSnapshot> DiagramsWorkspace::takeSnapshot(const QString &name)
{
    if (!m_current.id)
        return Error{tr("No diagram is open."), 0};
    if (!saveNow())
        return Error{tr("The diagram could not be saved, so no version was kept."), 0};
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
        openDiagram(m_current.id);
        return {};
    }
    m_scene->commit(tr("Restore Version"), document.value());
    return {};
}

void DiagramsWorkspace::populateVersionsMenu()
{
    m_versionsMenu->clear();
    m_versionsMenu->addAction(m_actions.value(QStringLiteral("diagramKeepVersion")));
    if (!m_current.id)
        return;
    const auto snapshots = m_repository.snapshots(m_current.id);
    if (!snapshots || snapshots->isEmpty()) {
        QAction *none = m_versionsMenu->addAction(snapshots ? tr("No versions kept yet") : snapshots.errorMessage());
        none->setEnabled(false);
        return;
    }
    m_versionsMenu->addSection(tr("Kept versions"));
    for (const auto &snapshot : snapshots.value()) {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(snapshot.createdAt), QLocale::ShortFormat);
        QMenu *sub = m_versionsMenu->addMenu(QStringLiteral("%1 (%2)").arg(snapshot.name, when));
        QAction *view = sub->addAction(tr("View…"));
        connect(view, &QAction::triggered, this, [this, snapshot] { viewSnapshot(snapshot); });
        QAction *restore = sub->addAction(tr("Restore"));
        connect(restore, &QAction::triggered, this, [this, snapshot] {
            if (const Status s = restoreSnapshot(snapshot.id); !s)
                QMessageBox::warning(this, tr("Restore Version"), s.errorMessage());
        });
    }
}

void DiagramsWorkspace::viewSnapshot(const Diagrams::DiagramSnapshot &snapshot)
{
    const auto document = m_repository.loadSnapshot(snapshot.id);
    if (!document) {
        QMessageBox::warning(this, tr("View Version"), document.errorMessage());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Version \"%1\" of %2").arg(snapshot.name, m_current.title));
    dialog.resize(900, 640);
    auto *layout = new QVBoxLayout(&dialog);
    QUndoStack previewStack;
    DiagramScene preview(&previewStack);
    preview.setDocument(document.value());
    preview.setReadOnly(true);
    auto *view = new DiagramView(&preview, &dialog);
    view->setObjectName(QStringLiteral("diagramVersionView"));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("diagramRestoreVersion"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    QTimer::singleShot(0, view, [view] { view->zoomToFit(); });
    if (dialog.exec() == QDialog::Accepted) {
        if (const Status s = restoreSnapshot(snapshot.id); !s)
            QMessageBox::warning(this, tr("Restore Version"), s.errorMessage());
    }
    preview.setDocument(DiagramDocument{});
}

DiagramDocument DiagramsWorkspace::exportedDocument(bool selectionOnly) const
{
    if (!selectionOnly)
        return m_scene->document();
    QSet<QString> ids = m_scene->selectedNodeIds();
    for (const QString &id : m_scene->selectedNodeIds())
        ids.unite(m_scene->document().descendants(id));
    return m_scene->document().subset(ids);
}

Status DiagramsWorkspace::exportTo(const QString &path, bool selectionOnly)
{
    const DiagramDocument document = exportedDocument(selectionOnly);
    if (document.nodes.isEmpty())
        return Error{selectionOnly ? tr("Select the items to export first.") : tr("The diagram is empty."), 0};
    return DiagramExporter::exportToFile(document, path, 2.0, m_current.title);
}

QString DiagramsWorkspace::mermaid(bool architecture, bool selectionOnly) const
{
    const DiagramDocument document = exportedDocument(selectionOnly);
    return architecture ? Diagrams::MermaidExport::architecture(document) : Diagrams::MermaidExport::flowchart(document);
}

void DiagramsWorkspace::exportWithDialog(const QString &suffix, bool selectionOnly)
{
    const QString filter = suffix == QLatin1String("png") ? tr("PNG images (*.png)")
        : suffix == QLatin1String("svg")                  ? tr("SVG drawings (*.svg)")
                                                          : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), m_current.title + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (const Status s = exportTo(path, selectionOnly); !s)
        QMessageBox::warning(this, tr("Export Diagram"), s.errorMessage());
}

void DiagramsWorkspace::saveMermaidWithDialog(bool architecture)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mermaid"), m_current.title + QStringLiteral(".mmd"),
                                                tr("Mermaid files (*.mmd *.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mermaid(architecture).toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save Mermaid"), tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void DiagramsWorkspace::showContextMenu(const QPoint &pos)
{
    if (!m_current.id || m_scene->isReadOnly())
        return;
    QGraphicsItem *item = m_view->itemAt(pos);
    if (item && !item->isSelected() && (item->flags() & QGraphicsItem::ItemIsSelectable)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QMenu menu(this);
    auto add = [&](const char *name) { menu.addAction(m_actions.value(QLatin1String(name))); };
    if (!m_scene->selectedEdgeIds().isEmpty()) {
        add("diagramEditLabel");
        menu.addSeparator();
        add("diagramArrowNone");
        add("diagramArrowEnd");
        add("diagramArrowBoth");
        menu.addSeparator();
        add("diagramRoutingStraight");
        add("diagramRoutingOrthogonal");
        add("diagramDashed");
        menu.addSeparator();
        add("diagramDelete");
    } else if (!m_scene->selectedNodeIds().isEmpty()) {
        add("diagramEditLabel");
        add("diagramCopy");
        add("diagramDuplicate");
        add("diagramGroup");
        menu.addSeparator();
        add("diagramBringToFront");
        add("diagramSendToBack");
        menu.addSeparator();
        add("diagramDelete");
    } else {
        add("diagramPaste");
        add("diagramSelectAll");
        add("diagramZoomFit");
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DiagramsWorkspace::updateActions()
{
    const bool open = m_current.id != 0;
    const bool editable = open && !m_scene->isReadOnly();
    const QSet<QString> nodes = m_scene->selectedNodeIds();
    const QSet<QString> edges = m_scene->selectedEdgeIds();
    auto enable = [this](const char *name, bool on) {
        if (QAction *a = m_actions.value(QLatin1String(name)))
            a->setEnabled(on);
    };
    for (const char *name : {"diagramCopy", "diagramCut", "diagramDuplicate", "diagramGroup", "diagramBringToFront",
                             "diagramSendToBack"})
        enable(name, editable && !nodes.isEmpty());
    enable("diagramCut", editable && !nodes.isEmpty());
    enable("diagramDelete", editable && (!nodes.isEmpty() || !edges.isEmpty()));
    enable("diagramEditLabel", editable && nodes.size() + edges.size() == 1);
    for (const char *name : {"diagramAlignLeft", "diagramAlignCentre", "diagramAlignRight", "diagramAlignTop",
                             "diagramAlignMiddle", "diagramAlignBottom"})
        enable(name, editable && nodes.size() >= 2);
    enable("diagramDistributeHorizontally", editable && nodes.size() >= 3);
    enable("diagramDistributeVertically", editable && nodes.size() >= 3);
    for (const char *name : {"diagramArrowNone", "diagramArrowEnd", "diagramArrowBoth", "diagramRoutingStraight",
                             "diagramRoutingOrthogonal", "diagramDashed"})
        enable(name, editable && !edges.isEmpty());
    for (const char *name : {"diagramPaste", "diagramSelectAll", "diagramSelectMode", "diagramConnectMode"})
        enable(name, editable);
    for (const char *name : {"diagramExportPng", "diagramExportSvg", "diagramExportPdf", "diagramCopyMermaidFlowchart",
                             "diagramCopyMermaidArchitecture", "diagramSaveMermaidFlowchart",
                             "diagramSaveMermaidArchitecture"})
        enable(name, open && !m_scene->document().nodes.isEmpty());
    for (const char *name : {"diagramExportSelectionPng", "diagramExportSelectionSvg", "diagramExportSelectionPdf"})
        enable(name, open && !nodes.isEmpty());
    enable("diagramKeepVersion", editable);
    if (edges.size() >= 1) {
        const auto *edge = m_scene->document().edge(*edges.begin());
        if (edge) {
            using Diagrams::ArrowHeads;
            m_actions.value(QStringLiteral("diagramArrowNone"))->setChecked(edge->arrows == ArrowHeads::None);
            m_actions.value(QStringLiteral("diagramArrowEnd"))->setChecked(edge->arrows == ArrowHeads::End);
            m_actions.value(QStringLiteral("diagramArrowBoth"))->setChecked(edge->arrows == ArrowHeads::Both);
            m_actions.value(QStringLiteral("diagramRoutingStraight"))->setChecked(edge->routing == Diagrams::Routing::Straight);
            m_actions.value(QStringLiteral("diagramRoutingOrthogonal"))->setChecked(edge->routing == Diagrams::Routing::Orthogonal);
            m_actions.value(QStringLiteral("diagramDashed"))->setChecked(edge->dashed);
        }
    }
    m_palette->setEnabled(editable);
    m_renameButton->setEnabled(open);
    m_deleteButton->setEnabled(open);
    m_questionButton->setEnabled(open);
    m_versionsButton->setEnabled(open);
    updateQuestionButton();
}

} // namespace Starloop::Gui
