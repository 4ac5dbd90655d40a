// SearchPane: the left half of Questions. The search box (with the syntax help, the recent and
// saved searches, the problem list and "add a question"), the filters with their counts, and the
// list of matches, which reads only the rows it shows (ResultModel). It says which question is
// selected; what is shown of it is the answer pane's job.
#pragma once

#include "core/questions/questionrepository.h"
#include "core/questions/searchhistory.h"
#include "core/questions/searchquery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Questions {
class FacetCounter;
}

namespace Starloop::Gui {

class FacetTree;
class ResultModel;

class SearchPane : public QWidget
{
    Q_OBJECT
public:
    SearchPane(Storage::Database &db, Questions::QuestionRepository &repository, QWidget *parent = nullptr);

    QString searchText() const;
    void setSearchText(const QString &text); // runs the search at once
    void runSearch();
    int resultCount() const;
    int currentRow() const;
    void selectRow(int row); // selects and scrolls to it (out of range: nothing)
    bool selectQuestion(qint64 questionId); // false when it is not listed
    void reloadRow(qint64 questionId); // its star or title changed
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    QListView *resultList() const { return m_results; }

Q_SIGNALS:
    void questionSelected(qint64 questionId);
    void nothingFound();
    void addQuestionRequested();
    void problemListRequested();
    void answerFocusRequested(); // Enter in the search box or the list
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSearchRow();
    QToolButton *createSyntaxButton();
    QToolButton *createHistoryButton();
    void fillHistoryMenu();
    void saveCurrentSearch();
    void refreshFacets();
    void countFacetsHere();
    void showFacets(const Questions::Facets &facets);
    qint64 now() const;

    Questions::QuestionRepository &m_repository;
    Questions::SearchHistory m_history;
    Questions::SearchQuery m_query; // what the result list shows
    Questions::FacetCounter *m_facetCounter = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_historyButton = nullptr;
    FacetTree *m_facets = nullptr;
    QListView *m_results = nullptr;
    ResultModel *m_model = nullptr;
    QLabel *m_resultCount = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_historyTimer = nullptr;
    bool m_facetsPainted = false; // the filters have been on screen: counts may be made
    bool m_facetsPending = false; // counts were asked for before that
};

} // namespace Starloop::Gui
