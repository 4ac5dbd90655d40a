// StoryEditor: the centre of the Stories workspace, one story's text: title, when it happened,
// role / team, Situation, Task, Action, Result, reflection and the short (30-60 second) version.
// Each long field is a wrapping QPlainTextEdit with its own undo history; edited() tells the
// workspace to autosave. Loading a story never emits edited(). Below the text, "Questions this
// story answers": the linked questions, with Link / Unlink requests the workspace turns into
// undoable steps.
#pragma once

#include "core/stories/story.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QPlainTextEdit;

namespace Starloop::Gui {

class StoryEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StoryEditor(QWidget *parent = nullptr);

    void setStory(const Stories::Story &story);
    // The loaded story with the text as it is in the widgets now.
    Stories::Story story() const;
    qint64 storyId() const { return m_story.id; }
    void focusTitle();
    // The linked questions as (id, title), in the order to show them.
    void setLinkedQuestions(const QVector<QPair<qint64, QString>> &questions);
    QListWidget *questionList() const { return m_questions; }

Q_SIGNALS:
    void edited();
    void linkQuestionRequested();
    void unlinkQuestionRequested(qint64 questionId);

private:
    void addTextField(QString Stories::Story::*member, const QString &objectName, const QString &label,
        const QString &hint, int minimumHeight);
    void updateShortTiming();
    void createQuestionSection();
    void updateQuestionButtons();

    // A long text of the story and the field that edits it, in the order shown.
    struct TextField
    {
        QString Stories::Story::*member;
        QPlainTextEdit *edit;
    };

    Stories::Story m_story;
    bool m_loading = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_happenedOn = nullptr;
    QLineEdit *m_role = nullptr;
    QVector<TextField> m_texts; // Situation, Task, Action, Result, reflection, short version
    QPlainTextEdit *m_shortVersion = nullptr;
    QLabel *m_shortTiming = nullptr;
    QWidget *m_form = nullptr;
    QListWidget *m_questions = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_unlinkButton = nullptr;
};

} // namespace Starloop::Gui
