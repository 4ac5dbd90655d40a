// DiagramTopBar: the row above the Diagrams canvas: the list of the user's diagrams, New (an
// empty canvas or a classic design from the templates), Rename…, Delete…, the question the
// diagram answers, and the Versions button. It asks with dialogs and requests; the workspace
// acts, and tells the bar what is open.
//
//   auto *bar = new DiagramTopBar(store.db(), this);
//   bar->setDiagrams(repository.list().value(), id);
//   connect(bar, &DiagramTopBar::renameRequested, this, [this](const QString &title) { ... });
#pragma once

#include "core/diagrams/diagram.h"

#include <QWidget>

class QAction;
class QComboBox;
class QMenu;
class QToolButton;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class DiagramTopBar : public QWidget
{
    Q_OBJECT
public:
    // `db` is read for the titles of questions.
    explicit DiagramTopBar(Storage::Database &db, QWidget *parent = nullptr);

    // The list, with `select` chosen in it (when it is there).
    void setDiagrams(const QVector<Diagrams::DiagramSummary> &diagrams, qint64 select);
    int diagramCount() const;
    qint64 diagramAt(int index) const;
    bool contains(qint64 id) const;
    QString titleOf(qint64 id) const; // empty when not listed
    // What is open (id 0: nothing); chooses it in the list.
    void setCurrent(const Diagrams::DiagramSummary &current);
    void setVersionsMenu(QMenu *menu);
    // A button for `action` at the end of the bar (the review panel's toggle).
    QToolButton *addActionButton(QAction *action);

Q_SIGNALS:
    void diagramChosen(qint64 id);
    void newRequested(const QString &title, const QString &templateId); // templateId empty: a blank canvas
    void renameRequested(const QString &title);
    void removeRequested();
    void questionChosen(std::optional<qint64> questionId); // std::nullopt: unlinked

private:
    QToolButton *addButton(const QString &objectName, const QString &text, const QString &accessibleName);
    void populateNewMenu();
    void chooseQuestion();
    void showQuestion();

    Storage::Database &m_db;
    Diagrams::DiagramSummary m_current;
    QComboBox *m_list;
    QMenu *m_newMenu;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
    QToolButton *m_questionButton;
    QToolButton *m_versionsButton;
};

} // namespace Starloop::Gui
