// DuePanel: the "due today" queue. Questions whose next review has come, most overdue first;
// rating one (again / hard / good / easy) schedules its next review and takes it off the queue.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class SaveStatus;

class DuePanel : public QWidget
{
    Q_OBJECT
public:
    DuePanel(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);

    void reload();
    int count() const;
    qint64 currentQuestionId() const;
    void rate(int rating); // the selected question
    void selectQuestion(qint64 id);

Q_SIGNALS:
    void openQuestionRequested(qint64 questionId);
    void practiceRequested(qint64 questionId, const QString &title, int minutes);
    void countChanged(int count);

private:
    void updateButtons();

    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_practice = nullptr;
    QWidget *m_ratingRow = nullptr;
};

} // namespace Starloop::Gui
