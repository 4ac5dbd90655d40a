// SchedulerStore: which FSRS the user's reviews are scheduled with: the 21 parameters (FSRS-6's
// defaults, or the user's own once a fit was adopted), the desired retention (Settings) and the
// outcome of the last fit. Kept in the settings table as JSON under "fsrs.scheduler":
//
//   {"version":1,"parameters":[0.212,...,0.1542],"retention":0.9,
//    "last_fit":{"at":1765000000,"reviews":812,"loss_before":0.3391,"loss_after":0.3120,"adopted":true}}
//
// Memory states and due dates are a function of the review log and this configuration. save()
// computes them all again from the log when the parameters or the retention changed, in the same
// transaction; ensureStatesCurrent() does so at open when the states were made by another
// configuration (an older Starloop's FSRS-4.5, or a file restored from elsewhere). The
// configuration the states were made with is recorded under "fsrs.statesComputedWith".
//
//   SchedulerStore store(db);
//   SchedulerConfig config = store.load().value();   // defaults when nothing was saved
//   config.desiredRetention = 0.85;
//   store.save(config);                               // due dates move; history untouched
//   ReviewRepository(db).rate(id, 3, now);            // uses config.fsrs()
//   store.recordFit(report, now);                     // after a fit: kept or adopted
#pragma once

#include "core/practice/fsrs.h"
#include "core/practice/fsrsoptimizer.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Practice {

struct FitRecord
{
    qint64 fittedAt = 0; // seconds since the epoch
    int reviews = 0; // reviews the fit learnt from
    double lossBefore = 0; // log loss of the parameters it started from
    double lossAfter = 0; // log loss of the fitted parameters
    bool adopted = false; // false: the fit was not better, the parameters were kept
};

struct SchedulerConfig
{
    Fsrs::Parameters parameters = Fsrs::defaultParameters();
    double desiredRetention = Fsrs::DefaultRetention;
    std::optional<FitRecord> lastFit;

    bool usesDefaults() const { return parameters == Fsrs::defaultParameters(); }
    Fsrs fsrs() const { return Fsrs(parameters, desiredRetention); }
};

class SchedulerStore
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::SchedulerStore)
public:
    static constexpr int FormatVersion = 1;
    static constexpr char SettingsKey[] = "fsrs.scheduler";
    static constexpr char StatesKey[] = "fsrs.statesComputedWith";

    explicit SchedulerStore(Storage::Database &db);

    // The saved configuration; the defaults when none was saved or it cannot be understood.
    Result<SchedulerConfig> load() const;
    // Saves `config` (parameters clamped to FSRS-6's bounds, retention to 0.70..0.99) and, when
    // the schedule changes, recomputes every memory state and due date from the log.
    Status save(const SchedulerConfig &config);
    // Records a finished fit (OptimizerJob::finished) as lastFit, and adopts its parameters only
    // when it improved on the current ones (report.improved); then as save().
    Status recordFit(const FitReport &report, qint64 nowSecs);
    // Recomputes the states when they were made by another configuration. Cheap when current.
    Status ensureStatesCurrent();

    // For callers already handling StorageError (ReviewRepository inside its transaction).
    static SchedulerConfig read(Storage::Database &db);
    // What identifies a schedule: "fsrs6 <parameters> r<retention>".
    static QString fingerprint(const SchedulerConfig &config);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Practice
