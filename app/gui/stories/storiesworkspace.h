// StoriesWorkspace: the Stories workspace. Left, the story list (search, sort, principle
// filter, New / Duplicate / Delete); centre, the STAR editor; right, the principle tags and the
// live checks. A second tab shows coverage: how many stories back each of the 16 principles;
// a third plans a loop (LoopPlanView). The editor links the story to the questions it answers;
// Rehearse tells it against the clock (RehearseDialog); Export writes the bank to .md or .pdf.
//
// Text autosaves (debounced) as the user types and reports to SaveStatus; creating, duplicating,
// deleting and tagging are steps on undoStack(). All SQL is in Stories::StoryRepository.
#pragma once

#include "stories/story.h"
#include "workspace.h"

#include <QSet>
#include <QTimer>

#include <memory>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Starloop::Storage {
class DataStore;
}
namespace Starloop::Stories {
class StoryRepository;
}
namespace Starloop::Practice {
class Clock;
}

namespace Starloop::Gui {

class ChecksPanel;
class CoverageView;
class LoopPlanView;
class PrinciplePanel;
class SaveStatus;
class StoryEditor;
class StoryListModel;

class StoriesWorkspace : public Workspace
{
    Q_OBJECT
public:
    StoriesWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~StoriesWorkspace() override;
    QString title() const override { return staticTitle(); }
    QIcon icon() const override { return staticIcon(); }
    // The same, before the workspace is built (the window's sidebar and Go menu).
    static QString staticTitle();
    static QIcon staticIcon();
    QUndoStack *undoStack() const override { return m_undoStack; }
    void activate() override;

    qint64 currentStoryId() const { return m_currentId; }
    // Writes pending text now; false (and SaveStatus failed) when the database refused it.
    bool saveNow();
    // Writes the story bank to `path` (.pdf or .md); false (and SaveStatus failed) on error.
    bool exportTo(const QString &path);
    // The clock rehearsals run on (tests pass a FakeClock); it must outlive the workspace.
    void setRehearsalClock(const Practice::Clock *clock) { m_rehearsalClock = clock; }

public Q_SLOTS:
    // Shows one story in the editor (from another workspace: a question's linked stories).
    void openStory(qint64 id);
    void newStory();
    void duplicateStory();
    void deleteStory();
    // Shows the stories tagged with `principleId` (empty: all) on the Stories tab.
    void showPrinciple(const QString &principleId);
    // Opens the question picker; the chosen question is linked as an undoable step.
    void linkQuestion();
    void unlinkQuestion(qint64 questionId);
    // Opens the full-window rehearsal of the current story.
    void rehearseStory();
    // Asks where to save, as Markdown or PDF.
    void exportStories();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createListPane();
    QWidget *createRightPane();
    void reloadList(qint64 selectId);
    void selectStory(qint64 id);
    void showStory(qint64 id);
    void onEdited();
    void updateChecks();
    void refreshCoverage();
    void updateButtons();
    void applyTags(const QString &undoText, const QStringList &tagged, const QString &primary);
    bool writeTags(qint64 id, const QStringList &tagged, const QString &primary);
    void refreshLinks();
    bool writeLink(qint64 storyId, qint64 questionId, bool link);
    void reportFailure(const QString &what, const QString &message);
    qint64 now() const;

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    std::unique_ptr<Stories::StoryRepository> m_repository;
    QUndoStack *m_undoStack = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_principleFilter = nullptr;
    QListView *m_list = nullptr;
    StoryListModel *m_model = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QStackedWidget *m_centre = nullptr;
    StoryEditor *m_editor = nullptr;
    PrinciplePanel *m_principles = nullptr;
    ChecksPanel *m_checks = nullptr;
    CoverageView *m_coverage = nullptr;
    LoopPlanView *m_loopPlan = nullptr;
    QPushButton *m_rehearseButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    const Practice::Clock *m_rehearsalClock = nullptr;

    QTimer m_saveTimer;
    QTimer m_checkTimer;
    qint64 m_currentId = 0;
    bool m_dirty = false;
    bool m_reloading = false;
    QSet<qint64> m_failureStories; // by id, as last saved
};

} // namespace Starloop::Gui
