// FsrsOptimizer: fits FSRS-6's 21 parameters to the user's own review log, as the FSRS optimizer
// does: it minimises the log loss of the predicted recall R against what happened (recalled =
// rated Hard, Good or Easy), by Adam on the full log with a cosine-decaying step, clamping every
// parameter to FSRS-6's bounds after each step. Gradients are exact (forward-mode automatic
// differentiation through the same formulas the scheduler runs, FsrsFormulas).
//
// A review counts toward the loss when it is not an item's first and comes at least a day after
// the previous one (on the same day R is 1 by definition); every review moves the state. No
// randomness: the same log and start give the same fit. The best parameters seen are kept, so
// the loss after is never above the loss before; `improved` says whether the fit is better by
// at least a relative MinimumImprovement, and the caller keeps its parameters when it is not.
//
//   FitOptions options;                                   // 300 steps, needs 400 reviews
//   auto report = FsrsOptimizer::fit(ReviewHistory::load(db).value(), Fsrs::defaultParameters(),
//                                    options, [](double done, double loss) { return !cancelled; });
//   report->lossBefore, report->lossAfter   -> 0.3391, 0.3120
//   if (report->improved) { config.parameters = report->parameters; SchedulerStore(db).save(config); }
//
// Runs for seconds on a large log: call it on a worker thread (OptimizerJob does).
#pragma once

#include "core/practice/fsrs.h"
#include "core/practice/reviewhistory.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

namespace Starloop::Practice {

struct FitReport
{
    Fsrs::Parameters parameters = Fsrs::defaultParameters(); // the best found
    double lossBefore = 0; // mean log loss per counted review, at the start parameters
    double lossAfter = 0; // at `parameters`
    int reviews = 0; // reviews in the log
    int countedReviews = 0; // reviews the loss is taken over
    int steps = 0; // steps run
    bool improved = false;
};

struct FitOptions
{
    int steps = 300;
    double learningRate = 0.04;
    int minimumReviews = 400; // about what Anki asks for
};

class FsrsOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::FsrsOptimizer)
public:
    static constexpr double MinimumImprovement = 1e-4;

    // Called after each step with the fraction done (0..1) and the current loss; return false to stop.
    using Progress = std::function<bool(double done, double loss)>;

    // Errors: too few reviews (says how many there are and how many are needed), or cancelled.
    static Result<FitReport> fit(const QVector<ItemHistory> &log, const Fsrs::Parameters &start,
        const FitOptions &options = FitOptions(), const Progress &progress = Progress());

    // The mean log loss of `parameters` on `log` (reviews counted as above); 0 for an empty log.
    static double logLoss(const QVector<ItemHistory> &log, const Fsrs::Parameters &parameters);
    static int reviewCount(const QVector<ItemHistory> &log);
};

} // namespace Starloop::Practice
