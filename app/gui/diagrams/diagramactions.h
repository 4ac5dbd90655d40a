// DiagramActions: what the user can do to the canvas of the Diagrams workspace, as QActions with
// their shortcuts on the view: select / connect mode, copy, cut, paste, duplicate, delete, edit
// label, select all, zoom, align, distribute, z-order, group, snap, and the style of connectors.
// It also fills the canvas tool bar with them, shows the canvas's context menu and enables what
// applies to the selection. Every action is found by its object name ("diagramAlignTop").
//
//   auto *actions = new DiagramActions(scene, view, this);
//   actions->addToToolBar(toolBar);
//   connect(scene, &QGraphicsScene::selectionChanged, this, [=] { actions->update(editable); });
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QLabel;
class QToolBar;
class QToolButton;

namespace Starloop::Gui {

class DiagramScene;
class DiagramView;

class DiagramActions : public QObject
{
    Q_OBJECT
public:
    DiagramActions(DiagramScene *scene, DiagramView *view, QObject *parent = nullptr);

    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }
    // Enables what applies to the scene's selection; `editable`: a diagram is open and not
    // read-only. The connector style actions show the style of the selected connector.
    void update(bool editable);
    // The modes, the Arrange menu, Group, Snap and the zoom controls.
    void addToToolBar(QToolBar *toolBar);
    // Right-click at `pos` (viewport coordinates): selects what is under the pointer and offers
    // what applies to it.
    void showContextMenu(const QPoint &pos);

    // A tool bar button that opens a menu of `actions` (nullptr: a separator).
    static QToolButton *addMenuButton(
        QToolBar *toolBar, const QString &objectName, const QString &text, const QList<QAction *> &actions);

private:
    QAction *add(const QString &objectName, const QString &text, const QString &iconName = QString());
    // Makes `keys` trigger `action` while the canvas has the focus.
    void addShortcut(QAction *action, const QList<QKeySequence> &keys);
    QList<QAction *> named(const QStringList &objectNames) const; // an empty name: nullptr
    void setEnabled(const QStringList &objectNames, bool enabled);
    void buildModes();
    void buildClipboard();
    void buildZoom();
    void buildArrange();
    void buildConnectorStyle();
    void showEdgeStyle();

    DiagramScene *m_scene;
    DiagramView *m_view;
    QLabel *m_zoomLabel = nullptr;
    QHash<QString, QAction *> m_actions;
};

} // namespace Starloop::Gui
