// OptimizerJob: runs FsrsOptimizer::fit on a thread of its own and reports back on the thread
// that owns the job (the window's), so a fit of thousands of reviews never blocks the window.
// The log is read by the caller first (ReviewHistory::load: milliseconds) and handed over by
// value; the job never touches the database. Deleting the job cancels a fit in progress and
// waits for the thread.
//
//   auto *job = new OptimizerJob(this);
//   connect(job, &OptimizerJob::progressed, bar, [bar](int percent, double loss) { bar->setValue(percent);
//   }); connect(job, &OptimizerJob::finished, this, [](const FitReport &report) {
//       // report.lossBefore / lossAfter to show; adopt report.parameters when report.improved
//   });
//   connect(job, &OptimizerJob::failed, this, [](const QString &message) { ... });
//   job->start(ReviewHistory::load(db).value(), config.parameters);
//   job->cancel();                                     // failed("The fit was cancelled.") follows
#pragma once

#include "core/practice/fsrsoptimizer.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Starloop::Practice {

class OptimizerJob : public QObject
{
    Q_OBJECT
public:
    explicit OptimizerJob(QObject *parent = nullptr);
    ~OptimizerJob() override;

    // Starts a fit; false (and nothing started) while one is still running.
    bool start(const QVector<ItemHistory> &log, const Fsrs::Parameters &startParameters,
        const FitOptions &options = FitOptions());
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressed(int percent, double loss);
    void finished(const Starloop::Practice::FitReport &report);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Starloop::Practice

Q_DECLARE_METATYPE(Starloop::Practice::FitReport)
