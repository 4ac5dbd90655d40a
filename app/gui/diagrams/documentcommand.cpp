#include "gui/diagrams/documentcommand.h"

#include "gui/diagrams/diagramscene.h"

namespace Starloop::Gui {

DocumentCommand::DocumentCommand(DiagramScene *scene, const QString &text, Diagrams::DocumentDelta delta)
    : QUndoCommand(text)
    , m_scene(scene)
    , m_delta(std::move(delta))
{ }

void DocumentCommand::redo()
{
    if (m_scene)
        m_scene->applyDelta(m_delta, true);
}

void DocumentCommand::undo()
{
    if (m_scene)
        m_scene->applyDelta(m_delta, false);
}

} // namespace Starloop::Gui
