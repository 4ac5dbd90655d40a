// DocumentCommand: the one undo step of the Diagrams canvas. It carries the DocumentDelta of an
// edit (add, move, connect, relabel, delete, paste, align, restore a version ...) and hands it
// to the scene forwards on redo and backwards on undo, so the document and the items change
// together and undo gives back an equal document.
#pragma once

#include "core/diagrams/documentdelta.h"

#include <QPointer>
#include <QUndoCommand>

namespace Starloop::Gui {

class DiagramScene;

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(DiagramScene *scene, const QString &text, Diagrams::DocumentDelta delta);
    void redo() override;
    void undo() override;

private:
    QPointer<DiagramScene> m_scene;
    Diagrams::DocumentDelta m_delta;
};

} // namespace Starloop::Gui
