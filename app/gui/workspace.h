// Workspace: one of the four rooms of the main window (Questions, Stories, Diagrams, Practice).
// The window only knows this interface; workspaces never reach into each other's widgets.
//
//   auto *stories = new StoriesWorkspace(store, saveStatus);   // a Workspace of kind Stories
//   stories->title();                       // "Stories", as titleOf(Workspace::Stories)
//   undoGroup->addStack(stories->undoStack());
#pragma once

#include <QIcon>
#include <QVariantMap>
#include <QWidget>

class QUndoStack;

namespace Starloop::Gui {

class Workspace : public QWidget
{
    Q_OBJECT
public:
    // In sidebar order.
    enum Kind { Questions, Stories, Diagrams, Practice };
    static constexpr int KindCount = Practice + 1;

    Kind kind() const { return m_kind; }
    QString title() const { return titleOf(m_kind); }
    QIcon icon() const { return iconOf(m_kind); }
    // The same, before the workspace is built (the window's sidebar and Go menu). iconOf()
    // parses an SVG file at each call: keep the icon.
    static QString titleOf(Kind kind);
    static QIcon iconOf(Kind kind);

    // The stack Edit > Undo / Redo act on while this workspace is shown (nullptr: none).
    QUndoStack *undoStack() const { return m_undoStack; }
    // Called when the workspace becomes the visible one.
    virtual void activate() { }
    // What the user is looking at (open item, search, modes), so a reload after a sync or an
    // import can put it back: viewState() of the old workspace, restoreViewState() on the new.
    virtual QVariantMap viewState() const { return {}; }
    virtual void restoreViewState(const QVariantMap &state) { Q_UNUSED(state) }

protected:
    enum class Undo { None, Stack };
    // Undo::Stack makes undoStack(), owned by the workspace.
    Workspace(Kind kind, Undo undo, QWidget *parent);

private:
    const Kind m_kind;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Starloop::Gui
