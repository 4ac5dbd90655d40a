#include "gui/workspace.h"

#include <QUndoStack>

namespace Starloop::Gui {

Workspace::Workspace(Kind kind, Undo undo, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    if (undo == Undo::Stack)
        m_undoStack = new QUndoStack(this);
}

QString Workspace::titleOf(Kind kind)
{
    switch (kind) {
    case Questions:
        return tr("Questions");
    case Stories:
        return tr("Stories");
    case Diagrams:
        return tr("Diagrams");
    case Practice:
        return tr("Practice");
    }
    return {};
}

QIcon Workspace::iconOf(Kind kind)
{
    static const char *const IconFiles[KindCount]
        = {":/icons/questions.svg", ":/icons/stories.svg", ":/icons/diagrams.svg", ":/icons/practice.svg"};
    return QIcon(QLatin1String(IconFiles[kind]));
}

} // namespace Starloop::Gui
