// StoriesWorkspace: the Stories workspace, a shell of three tabs. "Stories": the story list
// (StoryListPane), the STAR editor and, on the right, the principle tags and the live checks
// (CurrentStory); "Coverage": how many stories back each of the 16 principles (CoverageView);
// "Loop Plan" (LoopPlanView). The editor links the story to the questions it answers; Rehearse
// tells it against the clock (RehearseDialog); Export writes the bank to .md or .pdf.
//
// Text autosaves (debounced, through AutoSaver) as the user types and reports to SaveStatus;
// creating, duplicating, deleting, tagging and linking are steps on undoStack() (StorySteps).
// All SQL is in Stories::StoryRepository.
#pragma once

#include "core/stories/story.h"
#include "gui/workspace.h"

#include <memory>

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

class CoverageView;
class CurrentStory;
class LoopPlanView;
class SaveStatus;
class StoryListPane;
class StorySteps;

class StoriesWorkspace : public Workspace
{
    Q_OBJECT
public:
    StoriesWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~StoriesWorkspace() override;
    void activate() override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    qint64 currentStoryId() const;
    // Writes pending text now; false (and SaveStatus failed) when the database refused it.
    bool saveNow();
    // Writes the story bank to `path` (.pdf or .md); false (and SaveStatus failed) on error.
    bool exportTo(const QString &path);
    // The clock rehearsals run on (tests pass a FakeClock); it must outlive the workspace.
    void setRehearsalClock(const Practice::Clock *clock) { m_rehearsalClock = clock; }

public Q_SLOTS:
    // Shows one story in the editor (from another workspace: a question's linked stories).
    void openStory(qint64 id);
    // A new story, empty or started from `draft` (a worked example's parts, tagged and linked).
    void newStory(const Starloop::Stories::Story &draft = {});
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
    void connectParts();
    void showStory(qint64 id);
    void refreshCoverage();
    void reportFailure(const QString &what, const QString &message);

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    std::unique_ptr<Stories::StoryRepository> m_repository;

    QTabWidget *m_tabs = nullptr;
    StoryListPane *m_list = nullptr;
    CurrentStory *m_current = nullptr;
    StorySteps *m_steps = nullptr;
    CoverageView *m_coverage = nullptr;
    LoopPlanView *m_loopPlan = nullptr;
    const Practice::Clock *m_rehearsalClock = nullptr;
};

} // namespace Starloop::Gui
