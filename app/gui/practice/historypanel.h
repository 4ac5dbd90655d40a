// HistoryPanel: the practice log. Filters by kind and period, a table of sessions (when, what,
// planned vs actual time, rating, status), the phases and notes of the selected one, and
// export of what the filters show as CSV. A rehearsal with a recording opens in the studio's
// playback view (Play Recording) and beside the take before it (Compare Takes); deleting an entry
// offers to delete its recording too.
#pragma once

#include "core/practice/practicesession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(Storage::DataStore &store, QWidget *parent = nullptr);

    void reload();
    int sessionCount() const;
    Practice::PracticeFilter filter() const;
    // Writes the filtered log to `path` (what Export CSV does after asking where).
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void showDetails();
    void exportCsv();
    void playRecording();
    void compareTakes();
    void deleteSession();

    Storage::DataStore &m_store;
    QVector<Practice::PracticeSession> m_sessions;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QTreeWidget *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_play = nullptr; // the rehearsal studio's recording of the selected session
    QPushButton *m_compare = nullptr;
    QPushButton *m_delete = nullptr;
    int m_compareWith = -1; // the other take of the selected session's story (index in m_sessions)
};

} // namespace Starloop::Gui
