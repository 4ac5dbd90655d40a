// StoryListPane: the left pane of the Stories workspace. The search field, the sort and principle
// filter, the story list, and the buttons that act on the list (New, Duplicate, Delete, Rehearse,
// Export). It reads the list from StoryRepository; what the buttons do is the workspace's.
//
// The workspace tells the pane which story the editor shows (setShownStory); the pane asks for
// another one with storyChosen() when the user picks a row, or when a filter hides the shown one.
//
//   pane->select(id);             // lists it (clearing the search and filter if they hide it);
//                                 // storyChosen(id), or storyChosen(0) when it does not exist
//   pane->showPrinciple("ownership");   // the stories tagged Ownership
#pragma once

#include "core/stories/story.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace Starloop::Stories {
class StoryRepository;
}

namespace Starloop::Gui {

class StoryListModel;

class StoryListPane : public QWidget
{
    Q_OBJECT
public:
    StoryListPane(Stories::StoryRepository &repository, QWidget *parent = nullptr);

    void setPrinciples(const QVector<Stories::Principle> &principles);
    // Re-reads the list with the search and filter as they are, `selectId`'s row current;
    // storyChosen(selectId) when it is listed and not the shown story.
    void reload(qint64 selectId);
    // Lists `id` (showing every story again when the search or filter hides it) and chooses it;
    // storyChosen(0) when it is not in the list.
    void select(qint64 id);
    // The stories tagged with `principleId` (empty: all), the search cleared.
    void showPrinciple(const QString &principleId);
    // The story the editor shows (0: none): its row is current, and the buttons follow it.
    void setShownStory(qint64 id);
    // After an autosave: the row's title and time, without reordering the list.
    void updateTitle(qint64 id, const QString &title, qint64 updatedAt);

    int count() const;
    int rowOf(qint64 id) const; // -1 when not listed
    qint64 idAt(int row) const; // 0 outside the list

Q_SIGNALS:
    void storyChosen(qint64 id);
    void newRequested();
    void duplicateRequested();
    void deleteRequested();
    void rehearseRequested();
    void exportRequested();
    void failed(const QString &what, const QString &message);

private:
    void createButtons(QVBoxLayout *layout);
    void filterChanged();

    Stories::StoryRepository &m_repository;
    StoryListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_principleFilter = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_rehearseButton = nullptr;
    qint64 m_shownId = 0;
    bool m_reloading = false;
};

} // namespace Starloop::Gui
