#include "diagramsworkspace.h"

#include "savestatus.h"
#include "widgets/emptystate.h"

#include <QVBoxLayout>

namespace Starloop::Gui {

DiagramsWorkspace::DiagramsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("DiagramsWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Architecture sketches"), tr("Sketch system designs with components, groups and connectors, keep them with the question they answer, and export them."), this));
}

QString DiagramsWorkspace::title() const
{
    return tr("Diagrams");
}

QIcon DiagramsWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/diagrams.svg"));
}

} // namespace Starloop::Gui
