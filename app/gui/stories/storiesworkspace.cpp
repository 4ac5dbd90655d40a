#include "storiesworkspace.h"

#include "checkspanel.h"
#include "coverageview.h"
#include "loopplanview.h"
#include "principlepanel.h"
#include "questionpickerdialog.h"
#include "questions/questionrepository.h"
#include "rehearsedialog.h"
#include "savestatus.h"
#include "storage/datastore.h"
#include "stories/storychecks.h"
#include "stories/storyrepository.h"
#include "storycommand.h"
#include "storyeditor.h"
#include "storyexporter.h"
#include "storylistmodel.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Starloop::Gui {

using Stories::Story;
using Stories::StorySort;

namespace {

constexpr int SaveDelayMs = 400;
constexpr int RetryDelayMs = 5000;
constexpr int CheckDelayMs = 150;

// What a create / duplicate / delete step remembers between redo and undo: the story's id
// while it exists, the whole story (text, tags, links) while it is deleted.
struct StoryStepState
{
    qint64 id = 0;
    std::optional<Story> removed;
};

} // namespace

StoriesWorkspace::StoriesWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(std::make_unique<Stories::StoryRepository>(store.db()))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("StoriesWorkspace"));
    m_undoStack->setObjectName(QStringLiteral("storiesUndoStack"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("storiesTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("storiesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPane());

    m_centre = new QStackedWidget(splitter);
    m_centre->setObjectName(QStringLiteral("storyCentre"));
    m_centre->addWidget(new EmptyState(icon(), tr("Your STAR stories"),
                                       tr("Draft Situation, Task, Action and Result for each story, tag the leadership "
                                          "principles it shows, and see which of the 16 principles still need a story. "
                                          "Press New to start."),
                                       m_centre));
    m_editor = new StoryEditor(m_centre);
    m_centre->addWidget(m_editor);
    splitter->addWidget(m_centre);
    splitter->addWidget(createRightPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({250, 620, 320});
    m_tabs->addTab(splitter, tr("&Stories"));

    m_coverage = new CoverageView(m_tabs);
    m_tabs->addTab(m_coverage, tr("&Coverage"));

    m_loopPlan = new LoopPlanView(store.db(), m_tabs);
    m_tabs->addTab(m_loopPlan, tr("&Loop Plan"));
    connect(m_loopPlan, &LoopPlanView::failed, this, &StoriesWorkspace::reportFailure);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_loopPlan) {
            saveNow();
            m_loopPlan->refresh();
        }
    });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &StoriesWorkspace::saveNow);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &StoriesWorkspace::updateChecks);
    connect(m_editor, &StoryEditor::edited, this, &StoriesWorkspace::onEdited);
    connect(m_principles, &PrinciplePanel::selectionEdited, this,
            [this](const QStringList &tagged, const QString &primary) { applyTags(tr("Change Principles"), tagged, primary); });
    connect(m_coverage, &CoverageView::principleActivated, this, &StoriesWorkspace::showPrinciple);
    connect(m_editor, &StoryEditor::linkQuestionRequested, this, &StoriesWorkspace::linkQuestion);
    connect(m_editor, &StoryEditor::unlinkQuestionRequested, this, &StoriesWorkspace::unlinkQuestion);

    const auto principles = m_repository->principles();
    if (principles) {
        m_principles->setPrinciples(principles.value());
        m_loopPlan->setPrinciples(principles.value());
        for (const Stories::Principle &p : principles.value())
            m_principleFilter->addItem(p.name, p.id);
    } else {
        reportFailure(tr("The leadership principles could not be read"), principles.errorMessage());
    }
    if (const auto failures = m_repository->failureStories())
        m_failureStories = failures.value();

    reloadList(0);
    if (m_model->rowCount() > 0)
        selectStory(m_model->idAt(0));
    else
        showStory(0);
    refreshCoverage();
}

StoriesWorkspace::~StoriesWorkspace()
{
    // The window's SaveStatus may already be gone; write what is pending without reporting.
    m_saveTimer.stop();
    if (m_dirty && m_currentId != 0)
        m_repository->save(m_editor->story(), now());
}

QWidget *StoriesWorkspace::createListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 8, 4, 8);

    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setAccessibleName(tr("Search stories"));
    m_search->setPlaceholderText(tr("Search stories"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_sort = new QComboBox(pane);
    m_sort->setObjectName(QStringLiteral("storySort"));
    m_sort->setAccessibleName(tr("Sort stories by"));
    m_sort->addItem(tr("Recently edited"), static_cast<int>(StorySort::Updated));
    m_sort->addItem(tr("Title"), static_cast<int>(StorySort::Title));
    m_sort->addItem(tr("Most principles"), static_cast<int>(StorySort::PrincipleCount));
    m_principleFilter = new QComboBox(pane);
    m_principleFilter->setObjectName(QStringLiteral("storyPrincipleFilter"));
    m_principleFilter->setAccessibleName(tr("Show stories for principle"));
    m_principleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principleFilter->setMinimumContentsLength(8);
    m_principleFilter->addItem(tr("All principles"), QString());
    filters->addWidget(m_sort, 1);
    filters->addWidget(m_principleFilter, 1);
    layout->addLayout(filters);

    m_model = new StoryListModel(this);
    m_list = new QListView(pane);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), pane);
    m_newButton->setObjectName(QStringLiteral("newStoryButton"));
    m_newButton->setToolTip(tr("New story (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_duplicateButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), pane);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateStoryButton"));
    m_deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), pane);
    m_deleteButton->setObjectName(QStringLiteral("deleteStoryButton"));
    m_deleteButton->setToolTip(tr("Delete the story (Edit > Undo brings it back)"));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    layout->addLayout(buttons);

    auto *moreButtons = new QHBoxLayout;
    m_rehearseButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Rehearse…"), pane);
    m_rehearseButton->setObjectName(QStringLiteral("rehearseStoryButton"));
    m_rehearseButton->setToolTip(tr("Tell the story against a 4-minute clock and log the session"));
    m_exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport Stories…"), pane);
    m_exportButton->setObjectName(QStringLiteral("exportStoriesButton"));
    m_exportButton->setToolTip(tr("Save every story, grouped by principle, as Markdown or PDF"));
    moreButtons->addWidget(m_rehearseButton);
    moreButtons->addWidget(m_exportButton);
    layout->addLayout(moreButtons);
    connect(m_rehearseButton, &QPushButton::clicked, this, &StoriesWorkspace::rehearseStory);
    connect(m_exportButton, &QPushButton::clicked, this, &StoriesWorkspace::exportStories);

    auto *newAction = new QAction(tr("New Story"), this);
    newAction->setObjectName(QStringLiteral("actionNewStory"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    auto *deleteAction = new QAction(tr("Delete Story"), m_list);
    deleteAction->setObjectName(QStringLiteral("actionDeleteStory"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    connect(m_newButton, &QPushButton::clicked, this, &StoriesWorkspace::newStory);
    connect(newAction, &QAction::triggered, this, &StoriesWorkspace::newStory);
    connect(m_duplicateButton, &QPushButton::clicked, this, &StoriesWorkspace::duplicateStory);
    connect(m_deleteButton, &QPushButton::clicked, this, &StoriesWorkspace::deleteStory);
    connect(deleteAction, &QAction::triggered, this, &StoriesWorkspace::deleteStory);
    auto filterChanged = [this] {
        reloadList(m_currentId);
        if (m_model->rowOf(m_currentId) < 0 && m_model->rowCount() > 0)
            selectStory(m_model->idAt(0));
    };
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(m_sort, QOverload<int>::of(&QComboBox::currentIndexChanged), this, filterChanged);
    connect(m_principleFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_reloading)
            showStory(m_model->idAt(current.row()));
    });
    return pane;
}

QWidget *StoriesWorkspace::createRightPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("storyRightPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 8, 8);
    auto *splitter = new QSplitter(Qt::Vertical, pane);
    splitter->setChildrenCollapsible(false);
    m_principles = new PrinciplePanel(splitter);
    m_checks = new ChecksPanel(splitter);
    splitter->addWidget(m_principles);
    splitter->addWidget(m_checks);
    splitter->setSizes({380, 400});
    layout->addWidget(splitter);
    return pane;
}

QString StoriesWorkspace::staticTitle()
{
    return tr("Stories");
}

QIcon StoriesWorkspace::staticIcon()
{
    return QIcon(QStringLiteral(":/icons/stories.svg"));
}

void StoriesWorkspace::activate()
{
    refreshCoverage();
    if (m_tabs->currentWidget() == m_loopPlan)
        m_loopPlan->refresh();
}

void StoriesWorkspace::hideEvent(QHideEvent *event)
{
    saveNow();
    Workspace::hideEvent(event);
}

qint64 StoriesWorkspace::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void StoriesWorkspace::reportFailure(const QString &what, const QString &message)
{
    m_saveStatus.markFailed(tr("%1: %2").arg(what, message));
}

void StoriesWorkspace::reloadList(qint64 selectId)
{
    const auto stories = m_repository->list(m_search->text(), static_cast<StorySort>(m_sort->currentData().toInt()),
                                            m_principleFilter->currentData().toString());
    if (!stories)
        reportFailure(tr("The story list could not be read"), stories.errorMessage());
    m_reloading = true;
    m_model->setStories(stories ? stories.value() : QVector<Stories::StorySummary>());
    const int row = m_model->rowOf(selectId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_reloading = false;
    if (row >= 0 && selectId != m_currentId)
        showStory(selectId);
    updateButtons();
}

void StoriesWorkspace::selectStory(qint64 id)
{
    reloadList(id);
    if (id != 0 && m_model->rowOf(id) < 0) {
        // Filtered out (a new, empty story never matches a search): show everything again.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockFilter(m_principleFilter);
        m_search->clear();
        m_principleFilter->setCurrentIndex(0);
        reloadList(id);
    }
    if (m_model->rowOf(id) < 0)
        showStory(0);
}

void StoriesWorkspace::showStory(qint64 id)
{
    if (id == m_currentId && id != 0)
        return;
    if (!saveNow()) {
        // Never drop text the database refused: stay on the story until it is written.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(m_currentId)));
        return;
    }
    m_currentId = 0;
    m_dirty = false;
    if (id != 0) {
        const auto story = m_repository->load(id);
        if (story) {
            m_editor->setStory(story.value());
            m_principles->setSelection(story->principles, story->primaryPrinciple);
            m_currentId = id;
            refreshLinks();
        } else {
            reportFailure(tr("The story could not be opened"), story.errorMessage());
        }
    }
    m_centre->setCurrentIndex(m_currentId != 0 ? 1 : 0);
    m_principles->setEnabled(m_currentId != 0);
    m_checks->setEnabled(m_currentId != 0);
    if (m_currentId == 0)
        m_principles->setSelection({}, {});
    updateChecks();
    updateButtons();
}

void StoriesWorkspace::updateButtons()
{
    m_duplicateButton->setEnabled(m_currentId != 0);
    m_deleteButton->setEnabled(m_currentId != 0);
    m_rehearseButton->setEnabled(m_currentId != 0);
}

void StoriesWorkspace::onEdited()
{
    if (m_currentId == 0)
        return;
    m_dirty = true;
    m_saveStatus.markPending();
    m_saveTimer.start(SaveDelayMs);
    m_checkTimer.start();
}

bool StoriesWorkspace::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || m_currentId == 0)
        return true;
    const Story story = m_editor->story();
    const qint64 when = now();
    const Status status = m_repository->save(story, when);
    if (!status) {
        m_saveStatus.markFailed(tr("The story could not be saved (%1). Your text is kept in the editor and "
                                   "saving will be retried.")
                                    .arg(status.errorMessage()));
        m_saveTimer.start(RetryDelayMs);
        return false;
    }
    m_dirty = false;
    m_saveStatus.markSaved();
    m_model->updateTitle(story.id, story.title, when);
    if (Stories::StoryChecks::isFailureStory(story))
        m_failureStories.insert(story.id);
    else
        m_failureStories.remove(story.id);
    return true;
}

void StoriesWorkspace::updateChecks()
{
    m_checkTimer.stop();
    if (m_currentId == 0) {
        m_checks->setChecks({});
        return;
    }
    const Story story = m_editor->story();
    QSet<qint64> others = m_failureStories;
    others.remove(story.id);
    m_checks->setChecks(Stories::StoryChecks::evaluate(story, {QDate::currentDate(), !others.isEmpty()}));
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

void StoriesWorkspace::newStory()
{
    if (!saveNow())
        return;
    auto state = std::make_shared<StoryStepState>();
    auto redo = [this, state] {
        if (state->removed) {
            const auto restored = m_repository->restore(*state->removed);
            if (!restored) {
                reportFailure(tr("The story could not be restored"), restored.errorMessage());
                return false;
            }
            state->id = restored.value();
        } else {
            const auto created = m_repository->create(Story{}, now());
            if (!created) {
                reportFailure(tr("The story could not be created"), created.errorMessage());
                return false;
            }
            state->id = created->id;
        }
        selectStory(state->id);
        refreshCoverage();
        return true;
    };
    auto undo = [this, state] {
        if (m_currentId == state->id && !saveNow())
            return false;
        const int row = m_model->rowOf(state->id);
        const auto removed = m_repository->remove(state->id);
        if (!removed) {
            reportFailure(tr("The story could not be removed"), removed.errorMessage());
            return false;
        }
        state->removed = removed.value();
        if (m_currentId == state->id)
            m_currentId = 0;
        reloadList(0);
        selectStory(m_model->idAt(qMin(row, m_model->rowCount() - 1)));
        refreshCoverage();
        return true;
    };
    m_undoStack->push(new StoryCommand(tr("New Story"), redo, undo));
    if (m_currentId != 0)
        m_editor->focusTitle();
}

void StoriesWorkspace::duplicateStory()
{
    if (m_currentId == 0 || !saveNow())
        return;
    auto state = std::make_shared<StoryStepState>();
    const qint64 sourceId = m_currentId;
    auto redo = [this, state, sourceId] {
        const auto copy = state->removed ? m_repository->restore(*state->removed)
                                         : [&]() -> Result<qint64> {
                                               const auto story = m_repository->duplicate(sourceId, now());
                                               if (!story)
                                                   return story.error();
                                               return story->id;
                                           }();
        if (!copy) {
            reportFailure(tr("The story could not be duplicated"), copy.errorMessage());
            return false;
        }
        state->id = copy.value();
        if (const auto failures = m_repository->failureStories())
            m_failureStories = failures.value();
        selectStory(state->id);
        refreshCoverage();
        return true;
    };
    auto undo = [this, state, sourceId] {
        if (m_currentId == state->id && !saveNow())
            return false;
        const auto removed = m_repository->remove(state->id);
        if (!removed) {
            reportFailure(tr("The copy could not be removed"), removed.errorMessage());
            return false;
        }
        state->removed = removed.value();
        m_failureStories.remove(state->id);
        if (m_currentId == state->id)
            m_currentId = 0;
        selectStory(m_repository->load(sourceId) ? sourceId : 0); // back to the original
        refreshCoverage();
        return true;
    };
    m_undoStack->push(new StoryCommand(tr("Duplicate Story"), redo, undo));
}

void StoriesWorkspace::deleteStory()
{
    if (m_currentId == 0 || !saveNow())
        return;
    auto state = std::make_shared<StoryStepState>();
    state->id = m_currentId;
    const QString title = m_editor->story().title.simplified().left(40);
    auto redo = [this, state] {
        if (m_currentId == state->id && !saveNow())
            return false;
        const int row = m_model->rowOf(state->id);
        const auto removed = m_repository->remove(state->id);
        if (!removed) {
            reportFailure(tr("The story could not be deleted"), removed.errorMessage());
            return false;
        }
        state->removed = removed.value();
        m_failureStories.remove(state->id);
        if (m_currentId == state->id)
            m_currentId = 0;
        reloadList(0);
        if (m_model->rowCount() > 0)
            selectStory(m_model->idAt(qBound(0, row, m_model->rowCount() - 1)));
        else
            showStory(0);
        refreshCoverage();
        return true;
    };
    auto undo = [this, state] {
        const auto restored = m_repository->restore(*state->removed);
        if (!restored) {
            reportFailure(tr("The story could not be restored"), restored.errorMessage());
            return false;
        }
        state->id = restored.value();
        if (Stories::StoryChecks::isFailureStory(*state->removed))
            m_failureStories.insert(state->id);
        selectStory(state->id);
        refreshCoverage();
        return true;
    };
    m_undoStack->push(new StoryCommand(title.isEmpty() ? tr("Delete Story") : tr("Delete “%1”").arg(title), redo, undo));
}

void StoriesWorkspace::applyTags(const QString &undoText, const QStringList &tagged, const QString &primary)
{
    if (m_currentId == 0)
        return;
    const auto before = m_repository->load(m_currentId);
    if (!before) {
        reportFailure(tr("The story could not be read"), before.errorMessage());
        return;
    }
    const qint64 id = m_currentId;
    const QStringList oldTags = before->principles;
    const QString oldPrimary = before->primaryPrinciple;
    if (oldTags == tagged && oldPrimary == primary)
        return;
    m_undoStack->push(new StoryCommand(
        undoText, [this, id, tagged, primary] { return writeTags(id, tagged, primary); },
        [this, id, oldTags, oldPrimary] { return writeTags(id, oldTags, oldPrimary); }));
}

bool StoriesWorkspace::writeTags(qint64 id, const QStringList &tagged, const QString &primary)
{
    Status status = m_repository->setPrinciples(id, tagged, now());
    if (status)
        status = m_repository->setPrimary(id, primary, now());
    const auto stored = m_repository->load(id);
    if (id == m_currentId && stored)
        m_principles->setSelection(stored->principles, stored->primaryPrinciple);
    if (!status) {
        reportFailure(tr("The principles could not be saved"), status.errorMessage());
        return false;
    }
    if (id == m_currentId)
        reloadList(id); // the principle count (and maybe the order) changed
    else
        selectStory(id);
    refreshCoverage();
    return true;
}

void StoriesWorkspace::openStory(qint64 id)
{
    showPrinciple(QString());
    selectStory(id);
}

void StoriesWorkspace::showPrinciple(const QString &principleId)
{
    m_tabs->setCurrentIndex(0);
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    const int index = m_principleFilter->findData(principleId);
    if (index == m_principleFilter->currentIndex()) {
        reloadList(m_currentId);
        if (m_model->rowOf(m_currentId) < 0 && m_model->rowCount() > 0)
            selectStory(m_model->idAt(0));
    } else {
        m_principleFilter->setCurrentIndex(qMax(0, index)); // reloads through currentIndexChanged
    }
}

void StoriesWorkspace::refreshLinks()
{
    if (m_currentId == 0)
        return;
    const auto story = m_repository->load(m_currentId);
    if (!story) {
        reportFailure(tr("The story's questions could not be read"), story.errorMessage());
        return;
    }
    const Questions::QuestionRepository questions(m_store.db());
    QVector<QPair<qint64, QString>> linked;
    for (const qint64 id : story->questionIds) {
        const auto question = questions.load(id);
        if (question)
            linked.append(qMakePair(id, question->title));
    }
    std::sort(linked.begin(), linked.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    m_editor->setLinkedQuestions(linked);
}

bool StoriesWorkspace::writeLink(qint64 storyId, qint64 questionId, bool link)
{
    const Status status = link ? m_repository->linkQuestion(storyId, questionId)
                               : m_repository->unlinkQuestion(storyId, questionId);
    if (!status) {
        reportFailure(link ? tr("The question could not be linked") : tr("The link could not be removed"),
                      status.errorMessage());
        return false;
    }
    if (storyId != m_currentId)
        selectStory(storyId);
    refreshLinks();
    return true;
}

void StoriesWorkspace::linkQuestion()
{
    if (m_currentId == 0)
        return;
    const QVector<qint64> ids = m_editor->story().questionIds;
    auto *picker = new QuestionPickerDialog(m_store.db(), QSet<qint64>(ids.cbegin(), ids.cend()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 storyId = m_currentId;
    connect(picker, &QDialog::accepted, this, [this, picker, storyId] {
        const qint64 questionId = picker->questionId();
        if (questionId == 0)
            return;
        QString title = picker->questionTitle().simplified();
        if (title.size() > 40) // keep the Edit menu short: whole words, then an ellipsis
            title = title.left(title.lastIndexOf(QLatin1Char(' '), 40)).trimmed() + QStringLiteral("…");
        m_undoStack->push(new StoryCommand(
            tr("Link “%1”").arg(title), [this, storyId, questionId] { return writeLink(storyId, questionId, true); },
            [this, storyId, questionId] { return writeLink(storyId, questionId, false); }));
    });
    picker->open();
}

void StoriesWorkspace::unlinkQuestion(qint64 questionId)
{
    if (m_currentId == 0 || questionId == 0)
        return;
    const qint64 storyId = m_currentId;
    m_undoStack->push(new StoryCommand(
        tr("Unlink Question"), [this, storyId, questionId] { return writeLink(storyId, questionId, false); },
        [this, storyId, questionId] { return writeLink(storyId, questionId, true); }));
}

void StoriesWorkspace::rehearseStory()
{
    if (m_currentId == 0 || !saveNow())
        return;
    auto *dialog = new RehearseDialog(m_editor->story(), m_store.db(), m_rehearsalClock, this);
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
    QString path = QFileDialog::getSaveFileName(this, tr("Export Stories"), QDir::home().filePath(tr("stories.md")),
                                                markdownFilter + QStringLiteral(";;") + pdfFilter, &selected);
    if (path.isEmpty())
        return;
    const QString suffix = selected == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".md");
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        path += suffix;
    exportTo(path);
}

} // namespace Starloop::Gui
