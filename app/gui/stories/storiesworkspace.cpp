#include "gui/stories/storiesworkspace.h"

#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "gui/savestatus.h"
#include "gui/stories/coverageview.h"
#include "gui/stories/currentstory.h"
#include "gui/stories/loopplanview.h"
#include "gui/stories/questionpickerdialog.h"
#include "gui/stories/rehearsedialog.h"
#include "gui/stories/storyexporter.h"
#include "gui/stories/storylistpane.h"
#include "gui/stories/storysteps.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Starloop::Gui {

StoriesWorkspace::StoriesWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(Stories, Undo::Stack, parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(std::make_unique<Stories::StoryRepository>(store.db()))
{
    setObjectName(QStringLiteral("StoriesWorkspace"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("storiesTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("storiesSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = new StoryListPane(*m_repository, splitter);
    m_current = new CurrentStory(*m_repository, store.db(), saveStatus, icon(), this);
    m_steps = new StorySteps(*m_repository, *m_current, *m_list, undoStack(), this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_current->centre());
    splitter->addWidget(m_current->sidePane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({250, 620, 320});
    m_tabs->addTab(splitter, tr("&Stories"));

    m_coverage = new CoverageView(m_tabs);
    m_tabs->addTab(m_coverage, tr("&Coverage"));
    m_loopPlan = new LoopPlanView(store.db(), m_tabs);
    m_tabs->addTab(m_loopPlan, tr("&Loop Plan"));
    connectParts();

    const auto principles = m_repository->principles();
    if (principles) {
        m_current->setPrinciples(principles.value());
        m_loopPlan->setPrinciples(principles.value());
        m_list->setPrinciples(principles.value());
    } else {
        reportFailure(tr("The leadership principles could not be read"), principles.errorMessage());
    }
    m_current->reloadFailureStories();

    m_list->reload(0);
    if (m_list->count() > 0)
        m_list->select(m_list->idAt(0));
    else
        showStory(0);
    refreshCoverage();
}

StoriesWorkspace::~StoriesWorkspace()
{
    // The window deletes its workspaces while its SaveStatus still exists: save and report.
    saveNow();
}

void StoriesWorkspace::connectParts()
{
    // Ctrl+N anywhere in the workspace, the editor included.
    auto *newAction = new QAction(tr("New Story"), this);
    newAction->setObjectName(QStringLiteral("actionNewStory"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] { newStory(); });

    connect(m_list, &StoryListPane::storyChosen, this, &StoriesWorkspace::showStory);
    connect(m_list, &StoryListPane::newRequested, this, [this] { newStory(); });
    connect(m_list, &StoryListPane::duplicateRequested, this, &StoriesWorkspace::duplicateStory);
    connect(m_list, &StoryListPane::deleteRequested, this, &StoriesWorkspace::deleteStory);
    connect(m_list, &StoryListPane::rehearseRequested, this, &StoriesWorkspace::rehearseStory);
    connect(m_list, &StoryListPane::exportRequested, this, &StoriesWorkspace::exportStories);
    connect(m_list, &StoryListPane::failed, this, &StoriesWorkspace::reportFailure);

    connect(m_current, &CurrentStory::shown, m_list, &StoryListPane::setShownStory);
    connect(m_current, &CurrentStory::saved, m_list, &StoryListPane::updateTitle);
    connect(m_current, &CurrentStory::tagsEdited, this,
        [this](const QStringList &tagged, const QString &primary) {
            m_steps->setTags(tr("Change Principles"), tagged, primary);
        });
    connect(m_current, &CurrentStory::linkQuestionRequested, this, &StoriesWorkspace::linkQuestion);
    connect(m_current, &CurrentStory::unlinkQuestionRequested, this, &StoriesWorkspace::unlinkQuestion);
    connect(m_current, &CurrentStory::failed, this, &StoriesWorkspace::reportFailure);

    connect(m_steps, &StorySteps::storiesChanged, this, &StoriesWorkspace::refreshCoverage);
    connect(m_steps, &StorySteps::failed, this, &StoriesWorkspace::reportFailure);
    connect(m_coverage, &CoverageView::principleActivated, this, &StoriesWorkspace::showPrinciple);
    connect(m_loopPlan, &LoopPlanView::failed, this, &StoriesWorkspace::reportFailure);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_loopPlan) {
            saveNow();
            m_loopPlan->refresh();
        }
    });
}

void StoriesWorkspace::activate()
{
    refreshCoverage();
    if (m_tabs->currentWidget() == m_loopPlan)
        m_loopPlan->refresh();
}

QVariantMap StoriesWorkspace::viewState() const
{
    return {{QStringLiteral("story"), currentStoryId()}, {QStringLiteral("tab"), m_tabs->currentIndex()}};
}

void StoriesWorkspace::restoreViewState(const QVariantMap &state)
{
    const qint64 story = state.value(QStringLiteral("story")).toLongLong();
    if (story > 0 && story != currentStoryId())
        openStory(story);
    m_tabs->setCurrentIndex(state.value(QStringLiteral("tab"), m_tabs->currentIndex()).toInt());
}

void StoriesWorkspace::hideEvent(QHideEvent *event)
{
    saveNow();
    Workspace::hideEvent(event);
}

qint64 StoriesWorkspace::currentStoryId() const
{
    return m_current->id();
}

bool StoriesWorkspace::saveNow()
{
    return m_current->saveNow();
}

void StoriesWorkspace::reportFailure(const QString &what, const QString &message)
{
    m_saveStatus.markFailed(tr("%1: %2").arg(what, message));
}

void StoriesWorkspace::showStory(qint64 id)
{
    if (!m_current->show(id))
        m_list->setShownStory(m_current->id()); // its text is not saved yet: the list stays on it
}

void StoriesWorkspace::refreshCoverage()
{
    const auto coverage = m_repository->coverage();
    if (!coverage) {
        reportFailure(tr("The coverage could not be counted"), coverage.errorMessage());
        return;
    }
    m_coverage->setCoverage(coverage.value());
}

void StoriesWorkspace::newStory(const Stories::Story &draft)
{
    m_steps->create(draft);
}

void StoriesWorkspace::duplicateStory()
{
    m_steps->duplicateCurrent();
}

void StoriesWorkspace::deleteStory()
{
    m_steps->deleteCurrent();
}

void StoriesWorkspace::openStory(qint64 id)
{
    showPrinciple(QString());
    m_list->select(id);
}

void StoriesWorkspace::showPrinciple(const QString &principleId)
{
    m_tabs->setCurrentIndex(0);
    m_list->showPrinciple(principleId);
}

void StoriesWorkspace::linkQuestion()
{
    const qint64 storyId = m_current->id();
    if (storyId == 0)
        return;
    const QVector<qint64> ids = m_current->story().questionIds;
    auto *picker = new QuestionPickerDialog(m_store.db(), QSet<qint64>(ids.cbegin(), ids.cend()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker, storyId] {
        if (picker->questionId() != 0)
            m_steps->link(storyId, picker->questionId(), picker->questionTitle());
    });
    picker->open();
}

void StoriesWorkspace::unlinkQuestion(qint64 questionId)
{
    if (m_current->id() != 0 && questionId != 0)
        m_steps->unlink(m_current->id(), questionId);
}

void StoriesWorkspace::rehearseStory()
{
    if (m_current->id() == 0 || !saveNow())
        return;
    auto *dialog = new RehearseDialog(m_current->story(), m_store.db(), m_rehearsalClock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RehearseDialog::failed, this, &StoriesWorkspace::reportFailure);
    dialog->open();
}

bool StoriesWorkspace::exportTo(const QString &path)
{
    if (!saveNow())
        return false;
    const Status status = StoryExporter::exportTo(m_store.db(), path);
    if (!status) {
        reportFailure(tr("The stories could not be exported"), status.errorMessage());
        return false;
    }
    return true;
}

void StoriesWorkspace::exportStories()
{
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString pdfFilter = tr("PDF (*.pdf)");
    QString selected = markdownFilter;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Stories"), QDir::home().filePath(tr("stories.md")),
            markdownFilter + QStringLiteral(";;") + pdfFilter, &selected);
    if (path.isEmpty())
        return;
    const QString suffix = selected == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".md");
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        path += suffix;
    exportTo(path);
}

} // namespace Starloop::Gui
