#include "gui/stories/storysteps.h"

#include "core/stories/storychecks.h"
#include "core/stories/storyrepository.h"
#include "gui/stories/currentstory.h"
#include "gui/stories/storycommand.h"
#include "gui/stories/storylistpane.h"

#include <QDateTime>
#include <QUndoStack>

#include <optional>

namespace Starloop::Gui {

using Stories::Story;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

// What a create / duplicate / delete step remembers between redo and undo: the story's id
// while it exists, the whole story (text, tags, links) while it is deleted.
struct StorySteps::State
{
    qint64 id = 0;
    std::optional<Story> removed;
};

StorySteps::StorySteps(Stories::StoryRepository &repository, CurrentStory &current, StoryListPane &list,
    QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_current(current)
    , m_list(list)
    , m_undoStack(undoStack)
{ }

bool StorySteps::restore(State &state, const QString &failure)
{
    const auto restored = m_repository.restore(*state.removed);
    if (!restored) {
        Q_EMIT failed(failure, restored.errorMessage());
        return false;
    }
    state.id = restored.value();
    m_current.setFailureStory(state.id, Stories::StoryChecks::isFailureStory(*state.removed));
    return true;
}

int StorySteps::remove(State &state, const QString &failure)
{
    if (m_current.id() == state.id && !m_current.saveNow())
        return -1;
    const int row = m_list.rowOf(state.id);
    const auto removed = m_repository.remove(state.id);
    if (!removed) {
        Q_EMIT failed(failure, removed.errorMessage());
        return -1;
    }
    state.removed = removed.value();
    m_current.setFailureStory(state.id, false);
    m_current.forget(state.id);
    return qMax(0, row);
}

// After a removal: the story now at `row` (or the last one), or the empty page.
void StorySteps::showNear(int row)
{
    m_list.reload(0);
    if (m_list.count() > 0)
        m_list.select(m_list.idAt(qBound(0, row, m_list.count() - 1)));
    else
        m_current.show(0);
    Q_EMIT storiesChanged();
}

void StorySteps::create(const Story &draft)
{
    if (!m_current.saveNow())
        return;
    auto state = std::make_shared<State>();
    auto redo = [this, state, draft] {
        if (state->removed) {
            if (!restore(*state, tr("The story could not be restored")))
                return false;
        } else {
            const auto created = m_repository.create(draft, now());
            if (!created) {
                Q_EMIT failed(tr("The story could not be created"), created.errorMessage());
                return false;
            }
            state->id = created->id;
        }
        m_list.select(state->id);
        Q_EMIT storiesChanged();
        return true;
    };
    auto undo = [this, state] {
        const int row = remove(*state, tr("The story could not be removed"));
        if (row < 0)
            return false;
        showNear(row);
        return true;
    };
    m_undoStack->push(new StoryCommand(tr("New Story"), redo, undo));
    if (m_current.id() != 0)
        m_current.focusTitle();
}

void StorySteps::duplicateCurrent()
{
    if (m_current.id() == 0 || !m_current.saveNow())
        return;
    auto state = std::make_shared<State>();
    const qint64 sourceId = m_current.id();
    auto redo = [this, state, sourceId] {
        const QString failure = tr("The story could not be duplicated");
        if (state->removed) {
            if (!restore(*state, failure))
                return false;
        } else {
            const auto copy = m_repository.duplicate(sourceId, now());
            if (!copy) {
                Q_EMIT failed(failure, copy.errorMessage());
                return false;
            }
            state->id = copy->id;
        }
        m_current.reloadFailureStories();
        m_list.select(state->id);
        Q_EMIT storiesChanged();
        return true;
    };
    auto undo = [this, state, sourceId] {
        if (remove(*state, tr("The copy could not be removed")) < 0)
            return false;
        m_list.select(m_repository.load(sourceId) ? sourceId : 0); // back to the original
        Q_EMIT storiesChanged();
        return true;
    };
    m_undoStack->push(new StoryCommand(tr("Duplicate Story"), redo, undo));
}

void StorySteps::deleteCurrent()
{
    if (m_current.id() == 0 || !m_current.saveNow())
        return;
    auto state = std::make_shared<State>();
    state->id = m_current.id();
    const QString title = m_current.story().title.simplified().left(40);
    auto redo = [this, state] {
        const int row = remove(*state, tr("The story could not be deleted"));
        if (row < 0)
            return false;
        showNear(row);
        return true;
    };
    auto undo = [this, state] {
        if (!restore(*state, tr("The story could not be restored")))
            return false;
        m_list.select(state->id);
        Q_EMIT storiesChanged();
        return true;
    };
    m_undoStack->push(
        new StoryCommand(title.isEmpty() ? tr("Delete Story") : tr("Delete “%1”").arg(title), redo, undo));
}

void StorySteps::setTags(const QString &undoText, const QStringList &tagged, const QString &primary)
{
    const qint64 id = m_current.id();
    if (id == 0)
        return;
    const auto before = m_repository.load(id);
    if (!before) {
        Q_EMIT failed(tr("The story could not be read"), before.errorMessage());
        return;
    }
    const QStringList oldTags = before->principles;
    const QString oldPrimary = before->primaryPrinciple;
    if (oldTags == tagged && oldPrimary == primary)
        return;
    m_undoStack->push(new StoryCommand(
        undoText, [this, id, tagged, primary] { return writeTags(id, tagged, primary); },
        [this, id, oldTags, oldPrimary] { return writeTags(id, oldTags, oldPrimary); }));
}

bool StorySteps::writeTags(qint64 id, const QStringList &tagged, const QString &primary)
{
    Status status = m_repository.setPrinciples(id, tagged, now());
    if (status)
        status = m_repository.setPrimary(id, primary, now());
    const auto stored = m_repository.load(id);
    if (id == m_current.id() && stored)
        m_current.setTags(stored->principles, stored->primaryPrinciple);
    if (!status) {
        Q_EMIT failed(tr("The principles could not be saved"), status.errorMessage());
        return false;
    }
    if (id == m_current.id())
        m_list.reload(id); // the principle count (and maybe the order) changed
    else
        m_list.select(id);
    Q_EMIT storiesChanged();
    return true;
}

void StorySteps::link(qint64 storyId, qint64 questionId, const QString &questionTitle)
{
    QString title = questionTitle.simplified();
    if (title.size() > 40) // keep the Edit menu short: whole words, then an ellipsis
        title = title.left(title.lastIndexOf(QLatin1Char(' '), 40)).trimmed() + QStringLiteral("…");
    m_undoStack->push(new StoryCommand(
        tr("Link “%1”").arg(title),
        [this, storyId, questionId] { return writeLink(storyId, questionId, true); },
        [this, storyId, questionId] { return writeLink(storyId, questionId, false); }));
}

void StorySteps::unlink(qint64 storyId, qint64 questionId)
{
    m_undoStack->push(new StoryCommand(
        tr("Unlink Question"), [this, storyId, questionId] { return writeLink(storyId, questionId, false); },
        [this, storyId, questionId] { return writeLink(storyId, questionId, true); }));
}

bool StorySteps::writeLink(qint64 storyId, qint64 questionId, bool link)
{
    const Status status = link ? m_repository.linkQuestion(storyId, questionId)
                               : m_repository.unlinkQuestion(storyId, questionId);
    if (!status) {
        Q_EMIT failed(link ? tr("The question could not be linked") : tr("The link could not be removed"),
            status.errorMessage());
        return false;
    }
    if (storyId != m_current.id())
        m_list.select(storyId);
    m_current.refreshLinks();
    return true;
}

} // namespace Starloop::Gui
