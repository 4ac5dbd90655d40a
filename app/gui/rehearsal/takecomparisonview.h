// TakeComparisonView: two recorded takes of the same story side by side: each take's waveform
// with its moves and pauses, a table of their figures (length, speaking share, S/T/A/R shares,
// long pauses) and the differences worth saying (Rehearsal::TakeComparison). Opened from the
// practice history (Compare Takes…) for the selected take and the one before it.
//
// Built only with Qt Multimedia (FileAnalysis).
#pragma once

#include "core/rehearsal/recordinglinks.h"
#include "core/rehearsal/takecomparison.h"

#include <QWidget>

#include <array>

class QLabel;
class QTableWidget;

namespace Starloop::Storage {
class Database;
}
namespace Starloop::Studio {
class FileAnalysis;
}

namespace Starloop::Gui {

class WaveformView;

class TakeComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit TakeComparisonView(QWidget *parent = nullptr);

    // `first` is the earlier take; the names head the columns ("Take of 3 Dec, 10:02").
    void compare(const Rehearsal::RecordingLink &first, const QString &firstName,
        const Rehearsal::RecordingLink &second, const QString &secondName);
    bool isReady() const { return m_ready; }
    const Rehearsal::TakeComparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }

    // A dialog comparing practice log entries `first` and `second` (a message box when one has
    // no recording or its file is gone).
    static void openForSessions(Storage::Database &db, qint64 first, const QString &firstName, qint64 second,
        const QString &secondName, QWidget *parent);

Q_SIGNALS:
    void compared();

private:
    void analysed(int take);
    void fill();

    std::array<Rehearsal::RecordingLink, 2> m_links;
    std::array<Rehearsal::SpokenTimings, 2> m_timings;
    std::array<bool, 2> m_done {};
    std::array<Studio::FileAnalysis *, 2> m_analyses {};
    std::array<WaveformView *, 2> m_waves {};
    std::array<QLabel *, 2> m_names {};
    Rehearsal::TakeComparison m_comparison;
    bool m_ready = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Starloop::Gui
