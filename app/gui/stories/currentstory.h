// CurrentStory: the story the Stories workspace shows, and the widgets that show it. The centre
// (an empty page, or the StoryEditor with the story's text and linked questions) and the right
// pane (PrinciplePanel, ChecksPanel) are made here for the workspace's splitter.
//
// Text autosaves through AutoSaver as the user types (SaveStatus says pending / saved / failed,
// a refused save is retried); the live checks are evaluated after a short pause. A story is never
// left with text the database refused: show() declines to switch until it is written.
//
//   CurrentStory current(repository, store.db(), saveStatus, workspace);
//   splitter->addWidget(current.centre());
//   splitter->addWidget(current.sidePane());
//   if (!current.show(id)) ...    // the old story's text could not be saved: still shown
//   current.saveNow();            // the owner flushes on hide and in its destructor
#pragma once

#include "core/result.h"
#include "core/stories/story.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class QIcon;
class QStackedWidget;
class QWidget;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Stories {
class StoryRepository;
}

namespace Starloop::Gui {

class AutoSaver;
class ChecksPanel;
class PrinciplePanel;
class SaveStatus;
class StoryEditor;

class CurrentStory : public QObject
{
    Q_OBJECT
public:
    // The widgets are made as children of `parent` (the workspace), until a layout adopts them.
    CurrentStory(Stories::StoryRepository &repository, Storage::Database &db, SaveStatus &saveStatus,
        const QIcon &icon, QWidget *parent);

    QWidget *centre() const;
    QWidget *sidePane() const { return m_sidePane; }
    StoryEditor *editor() const { return m_editor; }

    qint64 id() const { return m_id; }
    // The story with the text as it is on screen.
    Stories::Story story() const;
    // Shows story `id` (0: the empty page). False, and the current story stays, when its pending
    // text could not be saved.
    bool show(qint64 id);
    // Writes pending text now; false (and SaveStatus failed) when the database refused it.
    bool saveNow();
    // The story was removed underneath: nothing is shown until the next show().
    void forget(qint64 id);

    void setPrinciples(const QVector<Stories::Principle> &principles);
    // The tags as stored (after an undoable change).
    void setTags(const QStringList &tagged, const QString &primary);
    void refreshLinks();
    void focusTitle();

    // The stories telling of a failure, for the "one failure story" check.
    void reloadFailureStories();
    void setFailureStory(qint64 id, bool failure);

Q_SIGNALS:
    void shown(qint64 id); // show() or forget() changed the story on screen (0: none)
    void saved(qint64 id, const QString &title, qint64 updatedAt);
    void tagsEdited(const QStringList &tagged, const QString &primary);
    void linkQuestionRequested();
    void unlinkQuestionRequested(qint64 questionId);
    void failed(const QString &what, const QString &message);

private:
    QWidget *createSidePane(QWidget *parent);
    void edited();
    Status writeText();
    void updateChecks();

    Stories::StoryRepository &m_repository;
    Storage::Database &m_db;
    QStackedWidget *m_centre = nullptr;
    StoryEditor *m_editor = nullptr;
    QWidget *m_sidePane = nullptr;
    PrinciplePanel *m_principles = nullptr;
    ChecksPanel *m_checks = nullptr;
    AutoSaver *m_saver = nullptr;
    QTimer m_checkTimer;
    qint64 m_id = 0;
    QSet<qint64> m_failureStories; // by id, as last saved; two at most (reloadFailureStories())
};

} // namespace Starloop::Gui
