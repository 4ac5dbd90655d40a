#include "gui/practice/schedulersettings.h"

#include "core/practice/optimizerjob.h"
#include "core/practice/retentionsimulator.h"
#include "core/practice/reviewhistory.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studybank.h"
#include "core/storage/datastore.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace Starloop::Gui {

using namespace Practice;

SchedulerSettings::SchedulerSettings(Storage::DataStore &store, QWidget *parent)
    : QGroupBox(tr("Review scheduling"), parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("schedulerSettings"));
    auto *form = new QFormLayout(this);
    const auto config = SchedulerStore(m_store.db()).load();
    m_savedRetention = config ? config->desiredRetention : Fsrs::DefaultRetention;
    if (auto items = StudyBank::load(m_store.db()))
        m_items = std::move(items).value();

    m_retention = new QDoubleSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setAccessibleName(tr("Desired retention"));
    m_retention->setRange(MinimumRetention, MaximumRetention);
    m_retention->setDecimals(2);
    m_retention->setSingleStep(0.01);
    m_retention->setValue(std::clamp(m_savedRetention, MinimumRetention, MaximumRetention));
    m_savedRetention = m_retention->value(); // save() writes only what the user changed
    m_retention->setToolTip(tr("How likely you should still recall a question when it comes back for "
                               "review. Higher means more reviews."));
    form->addRow(tr("Desired &retention:"), m_retention);
    m_workload = new QLabel(this);
    m_workload->setObjectName(QStringLiteral("retentionWorkload"));
    m_workload->setWordWrap(true);
    form->addRow(QString(), m_workload);
    connect(m_retention, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
        &SchedulerSettings::updateWorkload);

    auto *row = new QHBoxLayout;
    m_optimize = new QPushButton(tr("&Optimize My Parameters"), this);
    m_optimize->setObjectName(QStringLiteral("optimizeButton"));
    m_optimize->setToolTip(tr("Fit the scheduler's 21 FSRS-6 parameters to your own reviews. The fit "
                              "is only used when it predicts your reviews better."));
    connect(m_optimize, &QPushButton::clicked, this, &SchedulerSettings::optimize);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("optimizeProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel Fit"), this);
    m_cancel->setObjectName(QStringLiteral("optimizeCancel"));
    m_cancel->hide();
    row->addWidget(m_optimize);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch(0);
    form->addRow(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("optimizeResult"));
    m_result->setWordWrap(true);
    form->addRow(m_result);
    if (config && config->lastFit) {
        const FitRecord &fit = *config->lastFit;
        m_result->setText(tr("Last fit on %1 from %n review(s): %2.", nullptr, fit.reviews)
                              .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(fit.fittedAt).date(),
                                       QLocale::ShortFormat),
                                  fit.adopted ? tr("adopted") : tr("not better, defaults kept")));
    } else {
        m_result->setText(
            config && !config->usesDefaults() ? QString() : tr("Using FSRS-6's default parameters."));
    }

    m_job = new OptimizerJob(this);
    connect(m_job, &OptimizerJob::progressed, this, [this](int percent, double loss) {
        m_progress->setValue(percent);
        m_progress->setFormat(tr("%p% · loss %1").arg(loss, 0, 'f', 4));
    });
    connect(m_job, &OptimizerJob::finished, this, &SchedulerSettings::fitFinished);
    connect(m_job, &OptimizerJob::failed, this, &SchedulerSettings::fitFailed);
    connect(m_cancel, &QPushButton::clicked, m_job, &OptimizerJob::cancel);
    updateWorkload();
}

SchedulerSettings::~SchedulerSettings() = default; // the job (a child) cancels and waits

bool SchedulerSettings::isOptimizing() const
{
    return m_job->isRunning();
}

void SchedulerSettings::updateWorkload()
{
    const auto config = SchedulerStore(m_store.db()).load();
    const Fsrs fsrs = config ? config->fsrs() : Fsrs();
    const QVector<WorkloadDay> days
        = RetentionSimulator::simulate(m_items, QDate::currentDate(), fsrs, m_retention->value());
    m_meanReviews = RetentionSimulator::meanReviewsPerDay(days);
    double minutes = 0;
    for (const WorkloadDay &day : days)
        minutes += day.minutes;
    minutes = days.isEmpty() ? 0 : minutes / days.size();
    const QLocale locale;
    m_workload->setText(tr("About %1 reviews a day over the next %n days (%2 min a day) for what you "
                           "have learnt so far.",
        nullptr, static_cast<int>(days.size()))
                            .arg(locale.toString(m_meanReviews, 'f', 1))
                            .arg(qRound(minutes)));
}

void SchedulerSettings::optimize()
{
    const auto log = ReviewHistory::load(m_store.db());
    const auto config = SchedulerStore(m_store.db()).load();
    if (!log || !config) {
        m_result->setText(!log ? log.errorMessage() : config.errorMessage());
        return;
    }
    if (!m_job->start(log.value(), config->parameters))
        return;
    m_result->setText(tr("Fitting to your reviews…"));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    setRunning(true);
}

void SchedulerSettings::fitFinished(const FitReport &report)
{
    setRunning(false);
    const Status recorded
        = SchedulerStore(m_store.db()).recordFit(report, QDateTime::currentSecsSinceEpoch());
    if (!recorded) {
        m_result->setText(recorded.errorMessage());
    } else {
        m_result->setText(
            (report.improved ? tr("Fitted to %n review(s): loss %1 before, %2 after. The new parameters "
                                  "are adopted.",
                 nullptr, report.reviews)
                             : tr("Fitted to %n review(s): loss %1 before, %2 after. Not better, so your "
                                  "parameters are kept.",
                                 nullptr, report.reviews))
                .arg(report.lossBefore, 0, 'f', 4)
                .arg(report.lossAfter, 0, 'f', 4));
        updateWorkload();
    }
    Q_EMIT optimizationDone();
}

void SchedulerSettings::fitFailed(const QString &message)
{
    setRunning(false);
    m_result->setText(message);
    Q_EMIT optimizationDone();
}

void SchedulerSettings::setRunning(bool running)
{
    m_optimize->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

Status SchedulerSettings::save() const
{
    if (qFuzzyCompare(m_retention->value(), m_savedRetention))
        return {};
    SchedulerStore store(m_store.db());
    auto config = store.load();
    if (!config)
        return config.error();
    config->desiredRetention = m_retention->value();
    return store.save(config.value());
}

} // namespace Starloop::Gui
