// StoryCommand: one undoable step of the Stories workspace (new, duplicate, delete, tag change,
// question link / unlink), made of two functions that do and undo it through StoryRepository.
// A step whose function fails (the database refused) marks itself obsolete, so the undo stack
// drops it instead of offering to undo something that never happened.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace Starloop::Gui {

class StoryCommand : public QUndoCommand
{
public:
    using Step = std::function<bool()>; // true when the step was applied

    StoryCommand(const QString &text, Step redo, Step undo);
    void redo() override;
    void undo() override;

private:
    Step m_redo;
    Step m_undo;
};

} // namespace Starloop::Gui
