#include "gui/stories/storycommand.h"

#include <utility>

namespace Starloop::Gui {

StoryCommand::StoryCommand(const QString &text, Step redo, Step undo)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{ }

void StoryCommand::redo()
{
    if (!m_redo())
        setObsolete(true);
}

void StoryCommand::undo()
{
    if (!m_undo())
        setObsolete(true);
}

} // namespace Starloop::Gui
