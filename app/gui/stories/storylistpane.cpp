#include "gui/stories/storylistpane.h"

#include "core/stories/storyrepository.h"
#include "gui/stories/storylistmodel.h"
#include "gui/widgets/clearbutton.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Stories::StorySort;

StoryListPane::StoryListPane(Stories::StoryRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setAccessibleName(tr("Search stories"));
    m_search->setPlaceholderText(tr("Search stories"));
    enableClearButtonWithText(m_search);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("storySort"));
    m_sort->setAccessibleName(tr("Sort stories by"));
    m_sort->addItem(tr("Recently edited"), static_cast<int>(StorySort::Updated));
    m_sort->addItem(tr("Title"), static_cast<int>(StorySort::Title));
    m_sort->addItem(tr("Most principles"), static_cast<int>(StorySort::PrincipleCount));
    m_principleFilter = new QComboBox(this);
    m_principleFilter->setObjectName(QStringLiteral("storyPrincipleFilter"));
    m_principleFilter->setAccessibleName(tr("Show stories for principle"));
    m_principleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principleFilter->setMinimumContentsLength(8);
    m_principleFilter->addItem(tr("All principles"), QString());
    filters->addWidget(m_sort, 1);
    filters->addWidget(m_principleFilter, 1);
    layout->addLayout(filters);

    m_model = new StoryListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);
    createButtons(layout);

    connect(m_search, &QLineEdit::textChanged, this, &StoryListPane::filterChanged);
    connect(m_sort, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &StoryListPane::filterChanged);
    connect(m_principleFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        &StoryListPane::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!m_reloading)
                Q_EMIT storyChosen(m_model->idAt(current.row()));
        });
}

void StoryListPane::createButtons(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newStoryButton"));
    newButton->setToolTip(
        tr("New story (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_duplicateButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateStoryButton"));
    m_deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteStoryButton"));
    m_deleteButton->setToolTip(tr("Delete the story (Edit > Undo brings it back)"));
    buttons->addWidget(newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    layout->addLayout(buttons);

    auto *moreButtons = new QHBoxLayout;
    m_rehearseButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Rehearse…"), this);
    m_rehearseButton->setObjectName(QStringLiteral("rehearseStoryButton"));
    m_rehearseButton->setToolTip(tr("Tell the story against a 4-minute clock and log the session"));
    auto *exportButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport Stories…"), this);
    exportButton->setObjectName(QStringLiteral("exportStoriesButton"));
    exportButton->setToolTip(tr("Save every story, grouped by principle, as Markdown or PDF"));
    moreButtons->addWidget(m_rehearseButton);
    moreButtons->addWidget(exportButton);
    layout->addLayout(moreButtons);

    auto *deleteAction = new QAction(tr("Delete Story"), m_list);
    deleteAction->setObjectName(QStringLiteral("actionDeleteStory"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    connect(newButton, &QPushButton::clicked, this, &StoryListPane::newRequested);
    connect(m_duplicateButton, &QPushButton::clicked, this, &StoryListPane::duplicateRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &StoryListPane::deleteRequested);
    connect(deleteAction, &QAction::triggered, this, &StoryListPane::deleteRequested);
    connect(m_rehearseButton, &QPushButton::clicked, this, &StoryListPane::rehearseRequested);
    connect(exportButton, &QPushButton::clicked, this, &StoryListPane::exportRequested);
}

void StoryListPane::setPrinciples(const QVector<Stories::Principle> &principles)
{
    const QSignalBlocker blocker(m_principleFilter);
    for (const Stories::Principle &p : principles)
        m_principleFilter->addItem(p.name, p.id);
}

void StoryListPane::reload(qint64 selectId)
{
    const auto stories = m_repository.list(m_search->text(),
        static_cast<StorySort>(m_sort->currentData().toInt()), m_principleFilter->currentData().toString());
    if (!stories)
        Q_EMIT failed(tr("The story list could not be read"), stories.errorMessage());
    m_reloading = true;
    m_model->setStories(stories ? stories.value() : QVector<Stories::StorySummary>());
    const int row = m_model->rowOf(selectId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_reloading = false;
    if (row >= 0 && selectId != m_shownId)
        Q_EMIT storyChosen(selectId);
}

void StoryListPane::select(qint64 id)
{
    reload(id);
    if (id != 0 && m_model->rowOf(id) < 0) {
        // Filtered out (a new, empty story never matches a search): show everything again.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockFilter(m_principleFilter);
        m_search->clear();
        m_principleFilter->setCurrentIndex(0);
        reload(id);
    }
    if (m_model->rowOf(id) < 0)
        Q_EMIT storyChosen(0);
}

void StoryListPane::filterChanged()
{
    reload(m_shownId);
    if (m_model->rowOf(m_shownId) < 0 && m_model->rowCount() > 0)
        select(m_model->idAt(0));
}

void StoryListPane::showPrinciple(const QString &principleId)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    const int index = m_principleFilter->findData(principleId);
    if (index == m_principleFilter->currentIndex())
        filterChanged();
    else
        m_principleFilter->setCurrentIndex(qMax(0, index)); // filterChanged() through currentIndexChanged
}

void StoryListPane::setShownStory(qint64 id)
{
    m_shownId = id;
    const int row = m_model->rowOf(id);
    if (m_list->currentIndex().row() != row) { // the user's pick was refused: back to the shown story
        m_reloading = true;
        m_list->setCurrentIndex(m_model->index(row));
        m_reloading = false;
    }
    m_duplicateButton->setEnabled(id != 0);
    m_deleteButton->setEnabled(id != 0);
    m_rehearseButton->setEnabled(id != 0);
}

void StoryListPane::updateTitle(qint64 id, const QString &title, qint64 updatedAt)
{
    m_model->updateTitle(id, title, updatedAt);
}

int StoryListPane::count() const
{
    return m_model->rowCount();
}

int StoryListPane::rowOf(qint64 id) const
{
    return m_model->rowOf(id);
}

qint64 StoryListPane::idAt(int row) const
{
    return m_model->idAt(row);
}

} // namespace Starloop::Gui
