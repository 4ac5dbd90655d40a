// QuestionDialog: "Add a question of your own": the question, its section, level and tags, and
// an answer in Markdown. draft() is what the repository stores.
#pragma once

#include "core/questions/question.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Starloop::Gui {

class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuestionDialog(QWidget *parent = nullptr);
    Questions::QuestionDraft draft() const;

private:
    QLineEdit *m_title;
    QComboBox *m_section;
    QComboBox *m_level;
    QLineEdit *m_tags;
    QPlainTextEdit *m_answer;
};

} // namespace Starloop::Gui
