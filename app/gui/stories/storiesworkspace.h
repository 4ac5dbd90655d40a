// StoriesWorkspace: the Stories workspace. Left, the story list (search, sort, principle
// filter, New / Duplicate / Delete); centre, the STAR editor; right, the principle tags and the
// live checks. A second tab shows coverage: how many stories back each of the 16 principles.
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

namespace Starloop::Gui {

class ChecksPanel;
class CoverageView;
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
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    void activate() override;

    qint64 currentStoryId() const { return m_currentId; }
    // Writes pending text now; false (and SaveStatus failed) when the database refused it.
    bool saveNow();

public Q_SLOTS:
    void newStory();
    void duplicateStory();
    void deleteStory();
    // Shows the stories tagged with `principleId` (empty: all) on the Stories tab.
    void showPrinciple(const QString &principleId);

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
    void reportFailure(const QString &what, const QString &message);
    qint64 now() const;

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

    QTimer m_saveTimer;
    QTimer m_checkTimer;
    qint64 m_currentId = 0;
    bool m_dirty = false;
    bool m_reloading = false;
    QSet<qint64> m_failureStories; // by id, as last saved
};

} // namespace Starloop::Gui
