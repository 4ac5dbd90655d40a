#include "questionsworkspace.h"

#include "savestatus.h"
#include "widgets/emptystate.h"

#include <QVBoxLayout>

namespace Starloop::Gui {

QuestionsWorkspace::QuestionsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("QuestionsWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(icon(), tr("Question bank"), tr("Search and study the bundled questions."), this));
}

QString QuestionsWorkspace::title() const
{
    return tr("Questions");
}

QIcon QuestionsWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/questions.svg"));
}

} // namespace Starloop::Gui
