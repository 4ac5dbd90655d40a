// QuestionsWorkspace: the Questions workspace, a shell of three parts: the search pane (search as
// you type, filters, matches), the header and answer pane of the open question (highlighted
// answer, self-test, stars, notes, the scratchpad for coding and design questions), and the
// table of coding problems. It opens what the search selects and routes the rest to the window.
#pragma once

#include "core/questions/question.h"
#include "core/questions/questionrepository.h"
#include "gui/workspace.h"

class QStackedWidget;
class QUndoStack;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Stories {
struct Story;
}

namespace Starloop::Gui {

class AnswerPane;
class ProblemTable;
class QuestionHeader;
class SaveStatus;
class SearchPane;

class QuestionsWorkspace : public Workspace
{
    Q_OBJECT
public:
    QuestionsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    ~QuestionsWorkspace() override;
    void activate() override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    // For tests and other workspaces: what is shown.
    QString searchText() const;
    void setSearchText(const QString &text); // runs the search at once
    int resultCount() const;
    qint64 currentQuestionId() const { return m_current.id; }
    bool isAnswerVisible() const;
    void openQuestion(qint64 id);
    bool isScratchpadVisible() const;
    void showProblemTable(bool show);
    bool isProblemTableShown() const;
    ProblemTable *problemTable() const { return m_problems; }
    // Opens the next coding problem never solved (in pattern order); false when none is left.
    bool openNextUnsolved();

public Q_SLOTS:
    // Opens a coding or object-oriented-design question with its scratchpad showing (the
    // timer's coding preset starts a round here).
    void openScratchpad(qint64 questionId);

Q_SIGNALS:
    void practiceRequested(qint64 questionId, const QString &title, int minutes);
    // The user clicked one of the stories / diagrams linked to the open question.
    void storyRequested(qint64 storyId);
    void diagramRequested(qint64 diagramId);
    // "Open reference diagram" (templateId set) or "Start from a blank canvas" (empty).
    void newDiagramRequested(const QString &templateId, qint64 questionId, const QString &title);
    // "Use as a starting point": a story from the worked example's parts, tagged and linked.
    void storyDraftRequested(const Starloop::Stories::Story &draft);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void connectParts();
    void showCurrent();
    void showNoMatch();
    void refreshLinks();
    void setScratchpadShown(bool show);
    void rate(int rating);
    void setStarred(bool starred);
    void addOwnQuestion();
    void deleteOwnQuestion();
    void requestStoryDraft();
    void reportFailure(const QString &message);
    qint64 now() const;

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    Questions::QuestionRepository m_repository;
    Questions::Question m_current;
    QStackedWidget *m_pages = nullptr;
    SearchPane *m_search = nullptr;
    QuestionHeader *m_header = nullptr;
    AnswerPane *m_answer = nullptr;
    ProblemTable *m_problems = nullptr;
    quint32 m_linksVersion = 0; // the file's data version when the links were last read
};

} // namespace Starloop::Gui
