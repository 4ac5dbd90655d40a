#include "core/practice/optimizerjob.h"

#include <QMetaObject>
#include <QThread>

namespace Starloop::Practice {

OptimizerJob::OptimizerJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Starloop::Practice::FitReport>();
}

OptimizerJob::~OptimizerJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

bool OptimizerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void OptimizerJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool OptimizerJob::start(
    const QVector<ItemHistory> &log, const Fsrs::Parameters &startParameters, const FitOptions &options)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancel;
    // The destructor waits for the thread, so `job` outlives it; results cross back as queued
    // calls on the job, which run on its thread, and not at all once it is gone.
    OptimizerJob *job = this;
    m_thread = QThread::create([job, cancelled, log, startParameters, options]() {
        int lastPercent = -1;
        const auto progress = [&](double done, double loss) {
            const int percent = static_cast<int>(done * 100);
            if (percent != lastPercent) {
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    job, [job, percent, loss]() { Q_EMIT job->progressed(percent, loss); },
                    Qt::QueuedConnection);
            }
            return !cancelled->load();
        };
        const Result<FitReport> report = FsrsOptimizer::fit(log, startParameters, options, progress);
        QMetaObject::invokeMethod(
            job,
            [job, report]() {
                if (report)
                    Q_EMIT job->finished(report.value());
                else
                    Q_EMIT job->failed(report.errorMessage());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace Starloop::Practice
