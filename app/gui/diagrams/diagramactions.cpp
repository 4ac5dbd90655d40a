#include "gui/diagrams/diagramactions.h"

#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramview.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>
#include <QToolButton>

namespace Starloop::Gui {

namespace {

using Diagrams::ArrowHeads;
using Diagrams::Routing;

const QStringList &alignNames()
{
    static const QStringList names {QStringLiteral("diagramAlignLeft"), QStringLiteral("diagramAlignCentre"),
        QStringLiteral("diagramAlignRight"), QStringLiteral("diagramAlignTop"),
        QStringLiteral("diagramAlignMiddle"), QStringLiteral("diagramAlignBottom")};
    return names;
}

const QStringList &connectorNames()
{
    static const QStringList names {QStringLiteral("diagramArrowNone"), QStringLiteral("diagramArrowEnd"),
        QStringLiteral("diagramArrowBoth"), QStringLiteral("diagramRoutingStraight"),
        QStringLiteral("diagramRoutingOrthogonal"), QStringLiteral("diagramDashed")};
    return names;
}

} // namespace

DiagramActions::DiagramActions(DiagramScene *scene, DiagramView *view, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_view(view)
{
    buildModes();
    buildClipboard();
    buildZoom();
    buildArrange();
    buildConnectorStyle();
    connect(m_view, &DiagramView::zoomChanged, this, [this](double factor) {
        if (m_zoomLabel)
            m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(factor * 100)));
    });
}

QAction *DiagramActions::add(const QString &objectName, const QString &text, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(iconName.startsWith(QLatin1Char(':')) ? QIcon(iconName) : QIcon::fromTheme(iconName));
    m_actions.insert(objectName, action);
    return action;
}

void DiagramActions::addShortcut(QAction *action, const QList<QKeySequence> &keys)
{
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
}

void DiagramActions::buildModes()
{
    auto *modes = new QActionGroup(this);
    QAction *select = add(QStringLiteral("diagramSelectMode"), tr("Select"), QStringLiteral("edit-select"));
    select->setCheckable(true);
    select->setChecked(true);
    select->setToolTip(tr("Select and move (V)"));
    QAction *connectMode
        = add(QStringLiteral("diagramConnectMode"), tr("Connect"), QStringLiteral("draw-connector"));
    connectMode->setCheckable(true);
    connectMode->setToolTip(tr("Drag from one item to another to connect them (C)"));
    modes->addAction(select);
    modes->addAction(connectMode);
    addShortcut(select, {QKeySequence(Qt::Key_V)});
    addShortcut(connectMode, {QKeySequence(Qt::Key_C)});
    connect(select, &QAction::triggered, this, [this] { m_scene->setMode(DiagramScene::Mode::Select); });
    connect(
        connectMode, &QAction::triggered, this, [this] { m_scene->setMode(DiagramScene::Mode::Connect); });
    connect(m_scene, &DiagramScene::modeChanged, this, [select, connectMode](DiagramScene::Mode mode) {
        select->setChecked(mode == DiagramScene::Mode::Select);
        connectMode->setChecked(mode == DiagramScene::Mode::Connect);
    });
}

void DiagramActions::buildClipboard()
{
    QAction *copy = add(QStringLiteral("diagramCopy"), tr("Copy"), QStringLiteral("edit-copy"));
    addShortcut(copy, QKeySequence::keyBindings(QKeySequence::Copy));
    connect(copy, &QAction::triggered, this, [this] {
        if (QMimeData *mime = m_scene->copySelection())
            QGuiApplication::clipboard()->setMimeData(mime);
    });
    QAction *cut = add(QStringLiteral("diagramCut"), tr("Cut"), QStringLiteral("edit-cut"));
    addShortcut(cut, QKeySequence::keyBindings(QKeySequence::Cut));
    connect(cut, &QAction::triggered, this, [this] {
        if (QMimeData *mime = m_scene->copySelection()) {
            QGuiApplication::clipboard()->setMimeData(mime);
            m_scene->deleteSelection();
        }
    });
    QAction *paste = add(QStringLiteral("diagramPaste"), tr("Paste"), QStringLiteral("edit-paste"));
    addShortcut(paste, QKeySequence::keyBindings(QKeySequence::Paste));
    connect(paste, &QAction::triggered, this,
        [this] { m_scene->paste(QGuiApplication::clipboard()->mimeData()); });
    QAction *duplicate
        = add(QStringLiteral("diagramDuplicate"), tr("Duplicate"), QStringLiteral("edit-copy"));
    addShortcut(duplicate, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(duplicate, &QAction::triggered, m_scene, &DiagramScene::duplicateSelection);
    QAction *remove = add(QStringLiteral("diagramDelete"), tr("Delete"), QStringLiteral("edit-delete"));
    addShortcut(remove, {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, m_scene, &DiagramScene::deleteSelection);
    QAction *selectAll
        = add(QStringLiteral("diagramSelectAll"), tr("Select All"), QStringLiteral("edit-select-all"));
    addShortcut(selectAll, QKeySequence::keyBindings(QKeySequence::SelectAll));
    connect(selectAll, &QAction::triggered, this, [this] {
        const auto items = m_scene->items();
        for (QGraphicsItem *item : items) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    QAction *label = add(QStringLiteral("diagramEditLabel"), tr("Edit Label"), QStringLiteral("edit-rename"));
    addShortcut(label, {QKeySequence(Qt::Key_F2)});
    connect(label, &QAction::triggered, this, [this] {
        QSet<QString> ids = m_scene->selectedNodeIds();
        ids.unite(m_scene->selectedEdgeIds());
        if (ids.size() == 1)
            m_scene->editLabel(*ids.begin());
    });
}

void DiagramActions::buildZoom()
{
    QAction *zoomIn = add(QStringLiteral("diagramZoomIn"), tr("Zoom In"), QStringLiteral("zoom-in"));
    addShortcut(zoomIn, QKeySequence::keyBindings(QKeySequence::ZoomIn));
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    QAction *zoomOut = add(QStringLiteral("diagramZoomOut"), tr("Zoom Out"), QStringLiteral("zoom-out"));
    addShortcut(zoomOut, QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    QAction *fit = add(QStringLiteral("diagramZoomFit"), tr("Fit"), QStringLiteral("zoom-fit-best"));
    fit->setToolTip(tr("Zoom to fit the whole diagram (Ctrl+Shift+0)"));
    addShortcut(fit, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)});
    connect(fit, &QAction::triggered, m_view, &DiagramView::zoomToFit);
    QAction *actual = add(QStringLiteral("diagramZoomReset"), tr("100%"), QStringLiteral("zoom-original"));
    actual->setToolTip(tr("Actual size (Ctrl+0)"));
    addShortcut(actual, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(actual, &QAction::triggered, m_view, &DiagramView::resetZoom);
}

void DiagramActions::buildArrange()
{
    using Alignment = DiagramScene::Alignment;
    const char *const alignTexts[]
        = {QT_TR_NOOP("Align Left"), QT_TR_NOOP("Align Centres Horizontally"), QT_TR_NOOP("Align Right"),
            QT_TR_NOOP("Align Top"), QT_TR_NOOP("Align Centres Vertically"), QT_TR_NOOP("Align Bottom")};
    const Alignment alignments[] = {Alignment::Left, Alignment::HorizontalCentre, Alignment::Right,
        Alignment::Top, Alignment::VerticalCentre, Alignment::Bottom};
    for (int i = 0; i < alignNames().size(); ++i) {
        QAction *action = add(alignNames().at(i), tr(alignTexts[i]));
        const Alignment alignment = alignments[i];
        connect(action, &QAction::triggered, this, [this, alignment] { m_scene->alignSelection(alignment); });
    }
    QAction *spreadH = add(QStringLiteral("diagramDistributeHorizontally"), tr("Distribute Horizontally"));
    connect(spreadH, &QAction::triggered, this, [this] { m_scene->distributeSelection(Qt::Horizontal); });
    QAction *spreadV = add(QStringLiteral("diagramDistributeVertically"), tr("Distribute Vertically"));
    connect(spreadV, &QAction::triggered, this, [this] { m_scene->distributeSelection(Qt::Vertical); });
    QAction *front
        = add(QStringLiteral("diagramBringToFront"), tr("Bring to Front"), QStringLiteral("go-top"));
    addShortcut(front, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight)});
    connect(front, &QAction::triggered, m_scene, &DiagramScene::bringToFront);
    QAction *back = add(QStringLiteral("diagramSendToBack"), tr("Send to Back"), QStringLiteral("go-bottom"));
    addShortcut(back, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft)});
    connect(back, &QAction::triggered, m_scene, &DiagramScene::sendToBack);
    QAction *group = add(QStringLiteral("diagramGroup"), tr("Group"), QStringLiteral("object-group"));
    addShortcut(group, {QKeySequence(Qt::CTRL | Qt::Key_G)});
    connect(group, &QAction::triggered, m_scene, &DiagramScene::groupSelection);
    QAction *snap = add(QStringLiteral("diagramSnap"), tr("Snap to Grid"), QStringLiteral("snap-to-grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapsToGrid());
    connect(snap, &QAction::toggled, m_scene, &DiagramScene::setSnapToGrid);
}

void DiagramActions::buildConnectorStyle()
{
    auto *arrowGroup = new QActionGroup(this);
    const char *const arrowTexts[] = {QT_TR_NOOP("No Arrowheads"), QT_TR_NOOP("Arrowhead at the End"),
        QT_TR_NOOP("Arrowheads at Both Ends")};
    const ArrowHeads arrows[] = {ArrowHeads::None, ArrowHeads::End, ArrowHeads::Both};
    for (int i = 0; i < 3; ++i) {
        QAction *a = add(connectorNames().at(i), tr(arrowTexts[i]));
        a->setCheckable(true);
        arrowGroup->addAction(a);
        const ArrowHeads heads = arrows[i];
        connect(a, &QAction::triggered, this, [this, heads] { m_scene->setSelectedArrowHeads(heads); });
    }
    auto *routingGroup = new QActionGroup(this);
    QAction *straight = add(QStringLiteral("diagramRoutingStraight"), tr("Straight Line"));
    QAction *orthogonal = add(QStringLiteral("diagramRoutingOrthogonal"), tr("Right-Angled Line"));
    for (QAction *a : {straight, orthogonal}) {
        a->setCheckable(true);
        routingGroup->addAction(a);
    }
    connect(straight, &QAction::triggered, this, [this] { m_scene->setSelectedRouting(Routing::Straight); });
    connect(
        orthogonal, &QAction::triggered, this, [this] { m_scene->setSelectedRouting(Routing::Orthogonal); });
    QAction *dashed = add(QStringLiteral("diagramDashed"), tr("Dashed Line"));
    dashed->setCheckable(true);
    connect(dashed, &QAction::triggered, this, [this](bool on) { m_scene->setSelectedDashed(on); });
    QAction *clearBends = add(QStringLiteral("diagramClearBends"), tr("Remove Bend Points"));
    connect(clearBends, &QAction::triggered, this, [this] {
        Diagrams::DiagramDocument after = m_scene->document();
        for (const QString &id : m_scene->selectedEdgeIds()) {
            if (Diagrams::DiagramEdge *edge = after.edge(id))
                edge->waypoints.clear();
        }
        m_scene->commit(tr("Remove Bend Points"), after);
    });
}

QList<QAction *> DiagramActions::named(const QStringList &objectNames) const
{
    QList<QAction *> actions;
    for (const QString &name : objectNames)
        actions << (name.isEmpty() ? nullptr : m_actions.value(name));
    return actions;
}

QToolButton *DiagramActions::addMenuButton(
    QToolBar *toolBar, const QString &objectName, const QString &text, const QList<QAction *> &actions)
{
    auto *button = new QToolButton(toolBar);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(text);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    button->setMenu(menu);
    toolBar->addWidget(button);
    return button;
}

void DiagramActions::addToToolBar(QToolBar *toolBar)
{
    toolBar->addActions(named({QStringLiteral("diagramSelectMode"), QStringLiteral("diagramConnectMode")}));
    toolBar->addSeparator();
    addMenuButton(toolBar, QStringLiteral("diagramArrangeButton"), tr("Arrange"),
        named(alignNames().mid(0, 3) + QStringList {QString()} + alignNames().mid(3)
            + QStringList {QString(), QStringLiteral("diagramDistributeHorizontally"),
                QStringLiteral("diagramDistributeVertically"), QString(),
                QStringLiteral("diagramBringToFront"), QStringLiteral("diagramSendToBack")}));
    toolBar->addActions(named({QStringLiteral("diagramGroup"), QStringLiteral("diagramSnap")}));
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("diagramZoomOut")));
    m_zoomLabel = new QLabel(QStringLiteral("100%"), toolBar);
    m_zoomLabel->setObjectName(QStringLiteral("diagramZoomLabel"));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    toolBar->addWidget(m_zoomLabel);
    toolBar->addActions(named({QStringLiteral("diagramZoomIn"), QStringLiteral("diagramZoomFit"),
        QStringLiteral("diagramZoomReset")}));
}

void DiagramActions::showContextMenu(const QPoint &pos)
{
    QGraphicsItem *item = m_view->itemAt(pos);
    if (item && !item->isSelected() && (item->flags() & QGraphicsItem::ItemIsSelectable)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QStringList names;
    if (!m_scene->selectedEdgeIds().isEmpty()) {
        names = QStringList {QStringLiteral("diagramEditLabel"), QString()} + connectorNames().mid(0, 3)
            + QStringList {QString()} + connectorNames().mid(3)
            + QStringList {QStringLiteral("diagramClearBends"), QString(), QStringLiteral("diagramDelete")};
    } else if (!m_scene->selectedNodeIds().isEmpty()) {
        names = QStringList {QStringLiteral("diagramEditLabel"), QStringLiteral("diagramCopy"),
            QStringLiteral("diagramDuplicate"), QStringLiteral("diagramGroup"), QString(),
            QStringLiteral("diagramBringToFront"), QStringLiteral("diagramSendToBack"), QString(),
            QStringLiteral("diagramDelete")};
    } else {
        names = QStringList {QStringLiteral("diagramPaste"), QStringLiteral("diagramSelectAll"),
            QStringLiteral("diagramZoomFit")};
    }
    QMenu menu(m_view);
    for (QAction *action : named(names)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DiagramActions::setEnabled(const QStringList &objectNames, bool enabled)
{
    for (const QString &name : objectNames) {
        if (QAction *a = m_actions.value(name))
            a->setEnabled(enabled);
    }
}

void DiagramActions::update(bool editable)
{
    const QSet<QString> nodes = m_scene->selectedNodeIds();
    const QSet<QString> edges = m_scene->selectedEdgeIds();
    setEnabled({QStringLiteral("diagramCopy"), QStringLiteral("diagramCut"),
                   QStringLiteral("diagramDuplicate"), QStringLiteral("diagramGroup"),
                   QStringLiteral("diagramBringToFront"), QStringLiteral("diagramSendToBack")},
        editable && !nodes.isEmpty());
    setEnabled({QStringLiteral("diagramDelete")}, editable && (!nodes.isEmpty() || !edges.isEmpty()));
    setEnabled({QStringLiteral("diagramEditLabel")}, editable && nodes.size() + edges.size() == 1);
    setEnabled(alignNames(), editable && nodes.size() >= 2);
    setEnabled(
        {QStringLiteral("diagramDistributeHorizontally"), QStringLiteral("diagramDistributeVertically")},
        editable && nodes.size() >= 3);
    setEnabled(connectorNames(), editable && !edges.isEmpty());
    bool bent = false;
    for (const QString &id : edges) {
        const auto *edge = m_scene->document().edge(id);
        bent = bent || (edge && !edge->waypoints.isEmpty());
    }
    setEnabled({QStringLiteral("diagramClearBends")}, editable && bent);
    setEnabled({QStringLiteral("diagramPaste"), QStringLiteral("diagramSelectAll"),
                   QStringLiteral("diagramSelectMode"), QStringLiteral("diagramConnectMode")},
        editable);
    if (!edges.isEmpty())
        showEdgeStyle();
}

// The connector style actions show the style of the (first) selected connector.
void DiagramActions::showEdgeStyle()
{
    const auto *edge = m_scene->document().edge(*m_scene->selectedEdgeIds().begin());
    if (!edge)
        return;
    const bool checked[] = {edge->arrows == ArrowHeads::None, edge->arrows == ArrowHeads::End,
        edge->arrows == ArrowHeads::Both, edge->routing == Routing::Straight,
        edge->routing == Routing::Orthogonal, edge->dashed};
    for (int i = 0; i < connectorNames().size(); ++i)
        m_actions.value(connectorNames().at(i))->setChecked(checked[i]);
}

} // namespace Starloop::Gui
