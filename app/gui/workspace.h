// Workspace: one of the four rooms of the main window (Questions, Stories, Diagrams, Practice).
// The window only knows this interface; workspaces never reach into each other's widgets.
#pragma once

#include <QIcon>
#include <QWidget>

class QUndoStack;

namespace Starloop::Gui {

class Workspace : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The stack Edit > Undo / Redo act on while this workspace is shown (nullptr: none).
    virtual QUndoStack *undoStack() const { return nullptr; }
    // Called when the workspace becomes the visible one.
    virtual void activate() { }
};

} // namespace Starloop::Gui
