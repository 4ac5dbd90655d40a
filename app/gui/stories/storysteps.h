// StorySteps: the undoable steps of the Stories workspace - create (empty or from a draft),
// duplicate, delete, change the principle tags, link and unlink a question. Each is a
// StoryCommand on the workspace's undo stack whose redo / undo write through StoryRepository,
// then show the story the step is about in the list and the editor. A deleted story is kept whole
// (text, tags, links) by its step, so undo restores it with its uid.
//
//   steps.create(draft);                      // Edit > Undo "New Story" removes it again
//   steps.setTags(tr("Change Principles"), {"ownership"}, "ownership");
#pragma once

#include "core/stories/story.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Starloop::Stories {
class StoryRepository;
}

namespace Starloop::Gui {

class CurrentStory;
class StoryListPane;

class StorySteps : public QObject
{
    Q_OBJECT
public:
    StorySteps(Stories::StoryRepository &repository, CurrentStory &current, StoryListPane &list,
        QUndoStack *undoStack, QObject *parent = nullptr);

    // Each first writes the shown story's pending text, and does nothing when that is refused.
    void create(const Stories::Story &draft);
    void duplicateCurrent();
    void deleteCurrent();
    void setTags(const QString &undoText, const QStringList &tagged, const QString &primary);
    void link(qint64 storyId, qint64 questionId, const QString &questionTitle);
    void unlink(qint64 storyId, qint64 questionId);

Q_SIGNALS:
    void storiesChanged(); // a story or its tags came or went: the coverage is out of date
    void failed(const QString &what, const QString &message);

private:
    struct State;

    bool restore(State &state, const QString &failure);
    // Removes the step's story, kept whole in `state`: the row it had in the list (0 when it was
    // not listed), or -1 when it could not be removed.
    int remove(State &state, const QString &failure);
    void showNear(int row);
    bool writeTags(qint64 id, const QStringList &tagged, const QString &primary);
    bool writeLink(qint64 storyId, qint64 questionId, bool link);

    Stories::StoryRepository &m_repository;
    CurrentStory &m_current;
    StoryListPane &m_list;
    QUndoStack *m_undoStack;
};

} // namespace Starloop::Gui
