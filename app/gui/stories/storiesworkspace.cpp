#include "storiesworkspace.h"

#include "savestatus.h"
#include "widgets/emptystate.h"

#include <QVBoxLayout>

namespace Starloop::Gui {

StoriesWorkspace::StoriesWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("StoriesWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Your STAR stories"), tr("Draft Situation, Task, Action and Result for each story, tag the leadership principles it shows, and see which of the 16 principles still need a story."), this));
}

QString StoriesWorkspace::title() const
{
    return tr("Stories");
}

QIcon StoriesWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/stories.svg"));
}

} // namespace Starloop::Gui
