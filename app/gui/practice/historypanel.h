// HistoryPanel: the practice log. Filters by kind and period, a table of sessions (when, what,
// planned vs actual time, rating, status), the phases and notes of the selected one, and
// export of what the filters show as CSV. The table reads the log a page at a time: the first
// page when the filters change, the next when the list is scrolled (or the keyboard moves) to
// the end of what was read, so a year of sessions shows as fast as a week; the summary counts
// every session the filters match. A rehearsal with a recording opens in the studio's
// playback view (Play Recording) and beside the take before it (Compare Takes); deleting an entry
// offers to delete its recording too.
#pragma once

#include "core/practice/practicesession.h"

#include <QWidget>

#include <optional>

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
    int sessionCount() const; // every session the filters match, read or not
    int sessionsRead() const; // the rows in the table so far
    Practice::PracticeFilter filter() const;
    // Writes the filtered log to `path` (what Export CSV does after asking where).
    bool exportTo(const QString &path, QString *error = nullptr) const;

    static constexpr int Page = 100; // sessions read at once

private:
    void readMore(); // the next page of the log into the table
    void readMoreIfAtEnd();
    void findTakeToCompare(const Practice::PracticeSession &selected);
    void showDetails();
    void exportCsv();
    void playRecording();
    void compareTakes();
    void deleteSession();

    Storage::DataStore &m_store;
    QVector<Practice::PracticeSession> m_sessions; // the pages read so far, newest first
    Practice::PracticeFilter m_filter; // what m_sessions were read with
    int m_total = 0; // sessions the filter matches
    bool m_columnsFitted = false; // fitted to the first rows shown, then kept
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QTreeWidget *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_play = nullptr; // the rehearsal studio's recording of the selected session
    QPushButton *m_compare = nullptr;
    QPushButton *m_delete = nullptr;
    // The other take of the selected session's story, when one has a recording.
    std::optional<Practice::PracticeSession> m_compareWith;
};

} // namespace Starloop::Gui
