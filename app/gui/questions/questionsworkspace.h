// QuestionsWorkspace: search as you type over the bank and the user's own questions, facets,
// the answer view with highlighted code, self-test (answer hidden until revealed, then rated),
// stars and autosaved notes; for coding and design questions, the scratchpad (Code button).
#pragma once

#include "questions/question.h"
#include "questions/questionrepository.h"
#include "questions/searchhistory.h"
#include "workspace.h"

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Questions {
class FacetCounter;
}

namespace Starloop::Gui {

class MarkdownView;
class ResultModel;
class SaveStatus;
class ScratchpadWidget;

class QuestionsWorkspace : public Workspace
{
    Q_OBJECT
public:
    QuestionsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~QuestionsWorkspace() override;
    QString title() const override { return staticTitle(); }
    QIcon icon() const override { return staticIcon(); }
    // The same, before the workspace is built (the window's sidebar and Go menu).
    static QString staticTitle();
    static QIcon staticIcon();
    QUndoStack *undoStack() const override { return m_undoStack; }
    void activate() override;

    // For tests and other workspaces: what is shown.
    QString searchText() const;
    void setSearchText(const QString &text); // runs the search at once
    int resultCount() const;
    qint64 currentQuestionId() const { return m_current.id; }
    bool isAnswerVisible() const;
    void openQuestion(qint64 id);
    bool isScratchpadVisible() const;

public Q_SLOTS:
    // Opens a coding or object-oriented-design question with its scratchpad showing (the
    // timer's coding preset starts a round here).
    void openScratchpad(qint64 questionId);

Q_SIGNALS:
    void practiceRequested(qint64 questionId, const QString &title, int minutes);
    // The user clicked one of the stories / diagrams linked to the open question.
    void storyRequested(qint64 storyId);
    void diagramRequested(qint64 diagramId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createSearchPane();
    QWidget *createAnswerPane();
    void runSearch();
    void refreshFacets(); // of m_query
    void showFacets(const Questions::Facets &facets);
    void countFacetsHere();
    void fillFacetGroup(QTreeWidgetItem *group, const Questions::Facets &facets);
    void toggleFilter(const QString &token);
    void showCurrentAnswer();
    void refreshLinks();
    void showNoMatch(); // the answer pane when the search finds nothing
    void showScratchpad(bool show);
    void selectRow(int row);
    void reveal();
    void rate(int rating);
    void setStarred(bool starred);
    void saveNote();
    void addOwnQuestion();
    void fillHistoryMenu();
    void saveCurrentSearch();
    void deleteOwnQuestion();
    void reportFailure(const QString &message);
    qint64 now() const;

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    Questions::QuestionRepository m_repository;
    Questions::SearchHistory m_history;
    Questions::Question m_current;
    Questions::SearchQuery m_query; // what the result list shows
    QUndoStack *m_undoStack;

    QLineEdit *m_search = nullptr;
    QToolButton *m_syntaxButton = nullptr;
    QTreeWidget *m_facets = nullptr;
    Questions::FacetCounter *m_facetCounter = nullptr;
    int m_openFacets = Questions::Facets::Sections; // Facets::Group bits: the filter groups the user has open, counted on each search
    QListView *m_results = nullptr;
    ResultModel *m_model = nullptr;
    QLabel *m_resultCount = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_historyTimer = nullptr;
    QToolButton *m_historyButton = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_links = nullptr;
    QToolButton *m_starButton = nullptr;
    QToolButton *m_selfTestButton = nullptr;
    QToolButton *m_practiceButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_codeButton = nullptr;
    ScratchpadWidget *scratchpad(); // created on first use: most visits never open it
    QSplitter *m_answerSplit = nullptr;
    ScratchpadWidget *m_scratchpad = nullptr;
    QStackedWidget *m_answerStack = nullptr;
    MarkdownView *m_answer = nullptr;
    QPushButton *m_revealButton = nullptr;
    QWidget *m_ratingBar = nullptr;
    QLabel *m_ratingLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTimer *m_noteDebounce = nullptr;
    bool m_loadingNote = false;
    quint32 m_linksVersion = 0; // the file's data version when the links were last read
};

} // namespace Starloop::Gui
