// LoopGoalEditor: where the user says when the interviews are (a phone screen, an onsite loop, or
// both) and how many hours a week they can study. It checks what it is given before anyone saves
// it: a date not after today or zero hours gets a sentence saying what to change, and the fields
// keep what was typed.
//
//   editor->setGoal(StudyGoalStore(db).load().value(), today);
//   connect(editor, &LoopGoalEditor::goalAccepted, this, [&](const StudyGoal &goal) { save(goal); });
#pragma once

#include "core/practice/studygoalstore.h"

#include <QDate>
#include <QFrame>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace Starloop::Gui {

class LoopGoalEditor : public QFrame
{
    Q_OBJECT
public:
    explicit LoopGoalEditor(QWidget *parent = nullptr);

    void setGoal(const Practice::StudyGoal &goal, const QDate &today);
    // The goal in the fields, or nullopt with `message` saying what is wrong.
    std::optional<Practice::StudyGoal> goal(QString *message) const;
    void showError(const QString &message);

Q_SIGNALS:
    void goalAccepted(const Starloop::Practice::StudyGoal &goal);

private:
    void accept();

    QDate m_today;
    QCheckBox *m_phone = nullptr;
    QDateEdit *m_phoneDate = nullptr;
    QCheckBox *m_onsite = nullptr;
    QDateEdit *m_onsiteDate = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Starloop::Gui
