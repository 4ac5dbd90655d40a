// AttemptsPanel: the scratchpad's side panel: the attempts at the question, newest first (when,
// language, time spent, self-rating, last run: "7 Dec 14:05 · Python · 12 min · ★★★ · 5/6 passed"),
// and the self-rating and notes of the attempt on screen. It shows; the scratchpad keeps the
// attempts and saves them.
//
//   panel->setAttempts(attempts, current.id);
//   panel->showAttempt(current); // its rating and notes, selected in the list; emits nothing
//   connect(panel, &AttemptsPanel::attemptChosen, this, [](qint64 id) { ... });
#pragma once

#include "core/coding/attempt.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace Starloop::Gui {

class AttemptsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttemptsPanel(QWidget *parent = nullptr);

    void setAttempts(const QVector<Coding::Attempt> &attempts, qint64 currentId);
    void showAttempt(const Coding::Attempt &attempt);
    // Refreshes the list's line of `attempt` (time, rating, last run); false when it is not listed.
    bool updateAttempt(const Coding::Attempt &attempt);
    static QString label(const Coding::Attempt &attempt);

Q_SIGNALS:
    void attemptChosen(qint64 id); // clicked in the list
    void ratingChanged(std::optional<int> rating); // edited by the user
    void notesChanged(const QString &notes);

private:
    QListWidget *m_list = nullptr;
    QComboBox *m_rating = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    bool m_loading = false; // showing an attempt, not editing it
};

} // namespace Starloop::Gui
