// SchedulerSettings: the Settings dialog's "Review scheduling" box. The desired retention (how
// likely a question should still be recalled when it comes back) with what it costs: the reviews
// a day RetentionSimulator expects over the next 30 days, worked out again as the value changes.
// "Optimize my parameters" fits FSRS-6 to the user's own reviews on a thread (OptimizerJob) with
// a progress bar and Cancel, then says the loss before and after and whether the fit was adopted
// (SchedulerStore::recordFit keeps the old parameters when it is not better). The retention is
// saved by save(), when the dialog is accepted; a finished fit is recorded at once.
#pragma once

#include "core/practice/studyplan.h"
#include "core/result.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Starloop::Practice {
class OptimizerJob;
struct FitReport;
} // namespace Starloop::Practice

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class SchedulerSettings : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr double MinimumRetention = 0.80;
    static constexpr double MaximumRetention = 0.97;

    explicit SchedulerSettings(Storage::DataStore &store, QWidget *parent = nullptr);
    ~SchedulerSettings() override;

    Status save() const;
    double meanReviewsPerDay() const { return m_meanReviews; }
    bool isOptimizing() const;

Q_SIGNALS:
    void optimizationDone(); // finished, failed or cancelled

private:
    void updateWorkload();
    void optimize();
    void fitFinished(const Practice::FitReport &report);
    void fitFailed(const QString &message);
    void setRunning(bool running);

    Storage::DataStore &m_store;
    QVector<Practice::StudyItem> m_items;
    double m_savedRetention = 0.9;
    double m_meanReviews = 0;
    QDoubleSpinBox *m_retention = nullptr;
    QLabel *m_workload = nullptr;
    QPushButton *m_optimize = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    Practice::OptimizerJob *m_job = nullptr;
};

} // namespace Starloop::Gui
