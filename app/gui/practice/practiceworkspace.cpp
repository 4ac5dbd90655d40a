#include "practiceworkspace.h"

#include "savestatus.h"
#include "widgets/emptystate.h"

#include <QVBoxLayout>

namespace Starloop::Gui {

PracticeWorkspace::PracticeWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("PracticeWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Timed practice"), tr("Run the loop's clocks: 3-4 minutes per leadership answer, 45 minutes per coding round, 45-60 minutes per system design."), this));
}

QString PracticeWorkspace::title() const
{
    return tr("Practice");
}

QIcon PracticeWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/practice.svg"));
}

} // namespace Starloop::Gui
