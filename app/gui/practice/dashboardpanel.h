// DashboardPanel: progress at a glance - the streak, practice today and this month, a calendar
// heat map of practice per day, questions seen / due / mastered by section, and how many STAR
// stories back each leadership principle, and the readiness predicted for the loop date
// (ReadinessChart).
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class HeatMapWidget;
class CoverageBars;
class ReadinessChart;

class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(Storage::DataStore &store, QWidget *parent = nullptr);

    // today: the day the dashboard counts up to (tests and screenshots pass their own).
    void reload(const QDate &today = QDate::currentDate());
    int streak() const { return m_streakDays; }
    ReadinessChart *readinessChart() const { return m_readiness; }

private:
    void reloadReadiness(const QDate &today);
    QLabel *addStat(const QString &objectName, const QString &caption);

    Storage::DataStore &m_store;
    // The row of figures at the top: streak, today, 30 days, due.
    QWidget *m_statRow = nullptr;
    QLabel *m_streak = nullptr;
    int m_streakDays = 0;
    QLabel *m_today = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_due = nullptr;
    HeatMapWidget *m_heatMap = nullptr;
    QTreeWidget *m_sections = nullptr;
    CoverageBars *m_coverage = nullptr;
    QLabel *m_readinessTitle = nullptr;
    QLabel *m_readinessNote = nullptr;
    ReadinessChart *m_readiness = nullptr;
};

} // namespace Starloop::Gui
