// QuestionPickerDialog: "Link a question…" - a searchable list of the behavioral questions
// (the leadership and company sections, without the principles' own pages) for the story
// editor. Typing filters with the bank's own search syntax (QuestionRepository::search);
// questions already linked are shown but cannot be picked again.
#pragma once

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class QuestionPickerDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionPickerDialog(Storage::Database &db, const QSet<qint64> &linked, QWidget *parent = nullptr);

    // The question picked (0 while none is).
    qint64 questionId() const;
    QString questionTitle() const;

private:
    void runSearch();
    void updateButtons();

    Storage::Database &m_db;
    QSet<qint64> m_linked;
    QSet<QString> m_principlePages; // uids of the principles' own pages
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Starloop::Gui
