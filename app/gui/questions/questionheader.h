// QuestionHeader: the top of the answer pane: the question's title, what it is (section, level,
// pattern, when its facts were checked, where it comes from), its principles, the user's stories
// and diagrams linked to it, and the buttons that act on it (star, self-test, practice, code,
// reference diagram, use the worked example as a story, delete).
#pragma once

#include "core/questions/question.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Starloop::Gui {

class QuestionHeader : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionHeader(QWidget *parent = nullptr);

    // Shows `question`; `hasWorkedExample` offers "Use as a starting point".
    void showQuestion(const Questions::Question &question, bool hasWorkedExample);
    void showNoMatch();
    // Rich text links "story:ID" / "diagram:ID" to the user's stories and diagrams (empty: hidden).
    void setLinks(const QString &html);
    void setStarred(bool starred);
    bool isSelfTest() const;
    void setSelfTest(bool on); // selfTestToggled() when it changes
    bool isCodeOn() const;
    void setCodeOn(bool on);

Q_SIGNALS:
    void starToggled(bool starred);
    void selfTestToggled(bool on);
    void practiceClicked();
    void rehearseClicked(); // a behavioral question: rehearse the answer aloud
    void codeToggled(bool on);
    void deleteClicked();
    void referenceDiagramClicked();
    void blankCanvasClicked();
    void workedExampleClicked();
    void linkActivated(const QString &link);

private:
    QToolButton *addButton(const QString &name, const QString &text, const QString &tip);

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_principles = nullptr;
    QLabel *m_links = nullptr;
    // The row under the title; setQuestion() shows the buttons that apply to the question.
    struct Buttons
    {
        QToolButton *star = nullptr;
        QToolButton *selfTest = nullptr;
        QToolButton *practice = nullptr;
        QToolButton *rehearse = nullptr;
        QToolButton *code = nullptr;
        QToolButton *diagram = nullptr; // its menu: blank canvas, reference diagram
        QToolButton *example = nullptr;
        QToolButton *remove = nullptr; // own questions only
    } m_buttons;
    QAction *m_referenceAction = nullptr;
};

} // namespace Starloop::Gui
