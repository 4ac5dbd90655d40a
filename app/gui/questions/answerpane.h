// AnswerPane: the open question's answer and what the user does with it: the answer itself
// (Markdown, highlighted code, the reference diagram drawn inline, the search's words marked,
// find with Ctrl+F / F3), hidden in self-test until revealed and then rated, the coding
// scratchpad under it on demand, and the user's note, saved as they type.
#pragma once

#include "core/questions/question.h"
#include "core/questions/searchquery.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Questions {
class QuestionRepository;
}

namespace Starloop::Gui {

class AutoSaver;
class FindBar;
class MarkdownView;
class SaveStatus;
class ScratchpadWidget;

class AnswerPane : public QWidget
{
    Q_OBJECT
public:
    AnswerPane(Storage::DataStore &store, Questions::QuestionRepository &repository, SaveStatus &saveStatus,
        QWidget *parent = nullptr);
    ~AnswerPane() override; // saves a pending note

    void showQuestion(const Questions::Question &question, const Questions::SearchQuery &search);
    void showNoMatch();
    bool saveNote(); // writes a pending note now; false when it failed

    void setSelfTest(bool on); // hides the answer until revealed
    bool isAnswerVisible() const;
    void reveal();
    bool isRatingShown() const;
    void setRatingText(const QString &text);

    void showScratchpad(bool show);
    bool isScratchpadVisible() const;
    ScratchpadWidget *scratchpad(); // made on first use: most visits never open it
    MarkdownView *answerView() const { return m_answer; }
    void focusAnswer();
    void openFind();
    bool isReading() const; // the focus is in the answer or its find bar (Ctrl+F finds there)

Q_SIGNALS:
    void rated(int rating);
    void questionLinkActivated(const QString &uid);

private:
    QWidget *createHiddenPage();
    QWidget *createRatingBar();
    QString withReferenceDiagram(const Questions::Question &question, QString markdown);

    Storage::DataStore &m_store;
    Questions::QuestionRepository &m_repository;
    SaveStatus &m_saveStatus;
    qint64 m_questionId = 0;

    // The answer, or in self-test the page that hides it until revealed.
    QStackedWidget *m_answerStack = nullptr;
    MarkdownView *m_answer = nullptr;
    FindBar *m_findBar = nullptr;
    bool m_selfTest = false;
    QPushButton *m_revealButton = nullptr;
    // Beside a coding answer, the scratchpad; below the answer, the self-test rating.
    QSplitter *m_answerSplit = nullptr;
    ScratchpadWidget *m_scratchpad = nullptr;
    QWidget *m_ratingBar = nullptr;
    QLabel *m_ratingLabel = nullptr;
    // The user's note on the question, saved as they type.
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    AutoSaver *m_noteSaver = nullptr;
    bool m_loadingNote = false;
};

} // namespace Starloop::Gui
