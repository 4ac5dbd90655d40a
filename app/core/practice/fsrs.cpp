#include "core/practice/fsrs.h"

#include "core/practice/fsrsformulas.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Practice {

namespace {

using Model = FsrsFormulas::Model<double>;

int grade(Rating rating)
{
    return static_cast<int>(rating);
}

} // namespace

Fsrs::Parameters Fsrs::defaultParameters()
{
    return {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
}

Fsrs::Parameters Fsrs::lowerBounds()
{
    const double s = FsrsFormulas::MinimumStability;
    return {s, s, s, s, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1};
}

Fsrs::Parameters Fsrs::upperBounds()
{
    return {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};
}

Fsrs::Parameters Fsrs::clamped(const Parameters &parameters)
{
    const Parameters low = lowerBounds();
    const Parameters high = upperBounds();
    Parameters result;
    for (int i = 0; i < ParameterCount; ++i) {
        const double p = std::isfinite(parameters[i]) ? parameters[i] : defaultParameters()[i];
        result[i] = std::clamp(p, low[i], high[i]);
    }
    return result;
}

std::optional<Rating> Fsrs::ratingFromInt(int value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return static_cast<Rating>(value);
}

Fsrs::Fsrs(double requestedRetention, int maximumIntervalDays)
    : Fsrs(defaultParameters(), requestedRetention, maximumIntervalDays)
{ }

Fsrs::Fsrs(const Parameters &parameters, double requestedRetention, int maximumIntervalDays)
    : m_w(clamped(parameters))
    , m_retention(std::clamp(requestedRetention, MinimumRetention, MaximumRetention))
    , m_maximumInterval(std::max(1, maximumIntervalDays))
{ }

Fsrs Fsrs::withRetention(double requestedRetention) const
{
    return Fsrs(m_w, requestedRetention, m_maximumInterval);
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return Model(m_w).retrievability(
        std::max(0.0, elapsedDays), std::max(stability, FsrsFormulas::MinimumStability));
}

int Fsrs::intervalDays(double stability) const
{
    const double days
        = Model(m_w).intervalFor(std::max(stability, FsrsFormulas::MinimumStability), m_retention);
    return static_cast<int>(std::clamp(std::round(days), 1.0, double(m_maximumInterval)));
}

double Fsrs::initialStability(Rating rating) const
{
    return Model(m_w).initialStability(grade(rating));
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return std::clamp(Model(m_w).initialDifficulty(grade(rating)), 1.0, 10.0);
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    return Model(m_w).nextDifficulty(difficulty, grade(rating));
}

double Fsrs::recallStability(double difficulty, double stability, double retrievability, Rating rating) const
{
    return Model(m_w).recallStability(difficulty, stability, retrievability, grade(rating));
}

double Fsrs::forgetStability(double difficulty, double stability, double retrievability) const
{
    return Model(m_w).forgetStability(difficulty, stability, retrievability);
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    return Model(m_w).shortTermStability(stability, grade(rating));
}

ReviewOutcome Fsrs::review(const std::optional<MemoryState> &state, Rating rating, int elapsedDays) const
{
    const Model model(m_w);
    ReviewOutcome outcome;
    std::optional<FsrsFormulas::State<double>> previous;
    double r = 1.0;
    if (state) {
        const double s = std::isfinite(state->stability)
            ? std::clamp(state->stability, FsrsFormulas::MinimumStability, FsrsFormulas::MaximumStability)
            : FsrsFormulas::MinimumStability;
        const double d = std::isfinite(state->difficulty) ? std::clamp(state->difficulty, 1.0, 10.0) : 10.0;
        previous = FsrsFormulas::State<double> {s, d};
        r = model.retrievability(std::max(0, elapsedDays), s);
    }
    const auto next = model.next(previous, grade(rating), std::max(0, elapsedDays), r);
    outcome.state = MemoryState {next.stability, next.difficulty};
    outcome.retrievability = r;
    outcome.intervalDays = intervalDays(next.stability);
    return outcome;
}

} // namespace Starloop::Practice
