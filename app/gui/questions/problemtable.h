// ProblemTable: the Coding section as a practice site lists it: one row per problem with its
// pattern, level, the last attempt, its result and when it is due for review, sortable by each
// column and filtered by title, pattern or "unsolved only". N jumps to the next problem never
// solved (in the order shown); Enter or a double click opens the problem.
#pragma once

#include "core/coding/problemlist.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class ProblemFilter;
class ProblemTableModel;

class ProblemTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { Title, Pattern, Level, LastAttempt, Result, Due, ColumnCount };

    explicit ProblemTable(Storage::Database &db, QWidget *parent = nullptr);

    void refresh(); // reads the list again (attempts and reviews change elsewhere)
    int rowCount() const; // rows shown (after the filters)
    qint64 questionIdAt(int row) const; // of a shown row
    int currentRow() const;
    // Selects the next unsolved problem after the current row, in the order shown; returns its
    // question id (0 when every problem shown is solved).
    qint64 selectNextUnsolved();
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void problemOpened(qint64 questionId);
    void closeRequested();
    void failed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();

    Storage::Database &m_db;
    ProblemTableModel *m_model;
    ProblemFilter *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_pattern;
    QCheckBox *m_unsolvedOnly;
    QLabel *m_summary;
};

} // namespace Starloop::Gui
