#include "gui/stories/currentstory.h"

#include "core/questions/questionrepository.h"
#include "core/stories/storychecks.h"
#include "core/stories/storyrepository.h"
#include "gui/stories/checkspanel.h"
#include "gui/stories/principlepanel.h"
#include "gui/stories/storyeditor.h"
#include "gui/widgets/autosaver.h"
#include "gui/widgets/emptystate.h"

#include <QDate>
#include <QDateTime>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Starloop::Gui {

using Stories::Story;

namespace {

constexpr int CheckDelayMs = 150;

} // namespace

CurrentStory::CurrentStory(Stories::StoryRepository &repository, Storage::Database &db,
    SaveStatus &saveStatus, const QIcon &icon, QWidget *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_db(db)
{
    m_centre = new QStackedWidget(parent);
    m_centre->setObjectName(QStringLiteral("storyCentre"));
    m_centre->addWidget(new EmptyState(icon, tr("Your STAR stories"),
        tr("Draft Situation, Task, Action and Result for each story, tag the leadership "
           "principles it shows, and see which of the 16 principles still need a story. "
           "Press New to start."),
        m_centre));
    m_editor = new StoryEditor(m_centre);
    m_centre->addWidget(m_editor);
    m_sidePane = createSidePane(parent);

    m_saver = new AutoSaver(
        &saveStatus, [this] { return writeText(); }, tr("The story"), this);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &CurrentStory::updateChecks);
    connect(m_editor, &StoryEditor::edited, this, &CurrentStory::edited);
    connect(m_editor, &StoryEditor::linkQuestionRequested, this, &CurrentStory::linkQuestionRequested);
    connect(m_editor, &StoryEditor::unlinkQuestionRequested, this, &CurrentStory::unlinkQuestionRequested);
    connect(m_principles, &PrinciplePanel::selectionEdited, this, &CurrentStory::tagsEdited);
}

QWidget *CurrentStory::createSidePane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
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

QWidget *CurrentStory::centre() const
{
    return m_centre;
}

Story CurrentStory::story() const
{
    return m_editor->story();
}

bool CurrentStory::show(qint64 id)
{
    if (id == m_id && id != 0)
        return true;
    if (!saveNow())
        return false; // never drop text the database refused: stay on the story until it is written
    m_id = 0;
    if (id != 0) {
        const auto story = m_repository.load(id);
        if (story) {
            m_editor->setStory(story.value());
            m_principles->setSelection(story->principles, story->primaryPrinciple);
            m_id = id;
            refreshLinks();
        } else {
            Q_EMIT failed(tr("The story could not be opened"), story.errorMessage());
        }
    }
    m_centre->setCurrentIndex(m_id != 0 ? 1 : 0);
    m_principles->setEnabled(m_id != 0);
    m_checks->setEnabled(m_id != 0);
    if (m_id == 0)
        m_principles->setSelection({}, {});
    updateChecks();
    Q_EMIT shown(m_id);
    return true;
}

bool CurrentStory::saveNow()
{
    return m_saver->flush();
}

void CurrentStory::forget(qint64 id)
{
    if (m_id != id)
        return;
    if (m_saver->isPending())
        m_saver->discard(); // nothing left to write it to
    m_id = 0;
    Q_EMIT shown(0);
}

void CurrentStory::edited()
{
    if (m_id == 0)
        return;
    m_saver->changed();
    m_checkTimer.start();
}

Status CurrentStory::writeText()
{
    const Story story = m_editor->story();
    const qint64 when = QDateTime::currentSecsSinceEpoch();
    const Status status = m_repository.save(story, when);
    if (!status)
        return status;
    setFailureStory(story.id, Stories::StoryChecks::isFailureStory(story));
    Q_EMIT saved(story.id, story.title, when);
    return {};
}

void CurrentStory::setPrinciples(const QVector<Stories::Principle> &principles)
{
    m_principles->setPrinciples(principles);
}

void CurrentStory::setTags(const QStringList &tagged, const QString &primary)
{
    m_principles->setSelection(tagged, primary);
}

void CurrentStory::focusTitle()
{
    m_editor->focusTitle();
}

// The checks ask whether a story other than the one shown tells of a failure: two failure
// stories answer that for any story, so the stories are read until two are found (a long story
// bank need not be read to the end), and again when an edit leaves fewer known.
void CurrentStory::reloadFailureStories()
{
    if (const auto failures = m_repository.failureStories(2))
        m_failureStories = failures.value();
}

void CurrentStory::setFailureStory(qint64 id, bool failure)
{
    if (failure)
        m_failureStories.insert(id);
    else if (m_failureStories.remove(id) && m_failureStories.size() < 2)
        reloadFailureStories();
}

void CurrentStory::updateChecks()
{
    m_checkTimer.stop();
    if (m_id == 0) {
        m_checks->setChecks({});
        return;
    }
    const Story story = m_editor->story();
    QSet<qint64> others = m_failureStories;
    others.remove(story.id);
    m_checks->setChecks(Stories::StoryChecks::evaluate(story, {QDate::currentDate(), !others.isEmpty()}));
}

void CurrentStory::refreshLinks()
{
    if (m_id == 0)
        return;
    const auto story = m_repository.load(m_id);
    if (!story) {
        Q_EMIT failed(tr("The story's questions could not be read"), story.errorMessage());
        return;
    }
    const Questions::QuestionRepository questions(m_db);
    QVector<QPair<qint64, QString>> linked;
    for (const qint64 id : story->questionIds) {
        const auto question = questions.load(id);
        if (question)
            linked.append(qMakePair(id, question->title));
    }
    std::sort(linked.begin(), linked.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    m_editor->setLinkedQuestions(linked);
}

} // namespace Starloop::Gui
