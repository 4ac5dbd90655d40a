#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace Starloop::Practice {

namespace {

constexpr double MinimumStability = 0.01;

double clampDifficulty(double d)
{
    return std::clamp(d, 1.0, 10.0);
}

int grade(Rating rating)
{
    return static_cast<int>(rating);
}

} // namespace

Fsrs::Weights Fsrs::defaultWeights()
{
    // FSRS-4.5 defaults, as published with the algorithm.
    return {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
            0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755};
}

std::optional<Rating> Fsrs::ratingFromInt(int value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return static_cast<Rating>(value);
}

Fsrs::Fsrs(double requestedRetention, int maximumIntervalDays)
    : Fsrs(defaultWeights(), requestedRetention, maximumIntervalDays)
{
}

Fsrs::Fsrs(const Weights &weights, double requestedRetention, int maximumIntervalDays)
    : m_w(weights)
    , m_retention(std::clamp(requestedRetention, 0.70, 0.99))
    , m_maximumInterval(std::max(1, maximumIntervalDays))
{
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return std::pow(1.0 + Factor * std::max(0.0, elapsedDays) / std::max(stability, MinimumStability), Decay);
}

int Fsrs::intervalDays(double stability) const
{
    const double days = stability / Factor * (std::pow(m_retention, 1.0 / Decay) - 1.0);
    return static_cast<int>(std::clamp(std::round(days), 1.0, double(m_maximumInterval)));
}

double Fsrs::initialStability(Rating rating) const
{
    return std::max(m_w[grade(rating) - 1], MinimumStability);
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return clampDifficulty(m_w[4] - (grade(rating) - 3) * m_w[5]);
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    const double moved = difficulty - m_w[6] * (grade(rating) - 3);
    // Mean reversion towards the difficulty of a first "Good".
    return clampDifficulty(m_w[7] * initialDifficulty(Rating::Good) + (1.0 - m_w[7]) * moved);
}

double Fsrs::recallStability(double difficulty, double stability, double retrievability, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1.0;
    const double growth = std::exp(m_w[8]) * (11.0 - difficulty) * std::pow(stability, -m_w[9])
        * (std::exp(m_w[10] * (1.0 - retrievability)) - 1.0) * hardPenalty * easyBonus;
    return stability * (growth + 1.0);
}

double Fsrs::forgetStability(double difficulty, double stability, double retrievability) const
{
    const double s = m_w[11] * std::pow(difficulty, -m_w[12]) * (std::pow(stability + 1.0, m_w[13]) - 1.0)
        * std::exp(m_w[14] * (1.0 - retrievability));
    return std::min(s, stability);
}

ReviewOutcome Fsrs::review(const std::optional<MemoryState> &state, Rating rating, double elapsedDays) const
{
    ReviewOutcome outcome;
    if (!state) {
        outcome.state = MemoryState{initialStability(rating), initialDifficulty(rating)};
        outcome.retrievability = 1.0;
    } else {
        const double s = std::max(state->stability, MinimumStability);
        const double d = clampDifficulty(state->difficulty);
        const double r = retrievability(elapsedDays, s);
        const double next = rating == Rating::Again ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
        outcome.state = MemoryState{std::max(next, MinimumStability), nextDifficulty(d, rating)};
        outcome.retrievability = r;
    }
    outcome.intervalDays = intervalDays(outcome.state.stability);
    return outcome;
}

} // namespace Starloop::Practice
