// Fsrs: review scheduling with FSRS-4.5 (Free Spaced Repetition Scheduler), from its published
// formulas and default weights.
//
// A memory state is (stability S: days until recall probability falls to 90%, difficulty D: 1..10).
// With t days since the last review, DECAY = -0.5 and FACTOR = 19/81:
//
//   retrievability   R(t, S) = (1 + FACTOR * t / S) ^ DECAY
//   interval         I(S)    = S / FACTOR * (r ^ (1 / DECAY) - 1)   r = requested retention,
//                              rounded to whole days, at least 1, at most maximumIntervalDays
//   first review     S0(G)   = w[G-1]            D0(G) = w4 - (G - 3) * w5, clamped to 1..10
//   difficulty       D'      = w7 * D0(3) + (1 - w7) * (D - w6 * (G - 3)), clamped to 1..10
//   recalled (G>1)   S'      = S * (e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
//                                   * (G = Hard ? w15 : 1) * (G = Easy ? w16 : 1) + 1)
//   forgotten (G=1)  S'     = min(S, w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)))
//
// The new difficulty uses the rating with the old D; stability uses the old D and the R at the
// time of the review. Because 0.9^(1/DECAY) - 1 = 19/81 = FACTOR, with the default retention of
// 0.9 the interval is simply S rounded:
//
//   Fsrs fsrs;
//   fsrs.review(std::nullopt, Rating::Good, 0)   -> S 3.7145, D 5.1618, interval 4 days
//   fsrs.review(std::nullopt, Rating::Again, 0)  -> S 0.4872, D 7.6214 (5.1618 + 2 * 1.2298), 1 day
//   fsrs.review(MemoryState{3.7145, 5.1618}, Rating::Good, 4) -> R 0.8935, S 14.8081, 15 days
#pragma once

#include <array>
#include <optional>

namespace Starloop::Practice {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct MemoryState
{
    double stability = 0; // days
    double difficulty = 0; // 1 (easy) .. 10 (hard)
};

struct ReviewOutcome
{
    MemoryState state;
    int intervalDays = 1;
    double retrievability = 1; // the estimated recall probability at the time of this review
};

class Fsrs
{
public:
    static constexpr int WeightCount = 17;
    using Weights = std::array<double, WeightCount>;
    static constexpr double Decay = -0.5;
    static constexpr double Factor = 19.0 / 81.0;
    static constexpr double DefaultRetention = 0.9;
    static constexpr int DefaultMaximumIntervalDays = 36500;

    static Weights defaultWeights();
    // A rating outside 1..4 gives nullopt.
    static std::optional<Rating> ratingFromInt(int value);

    // requestedRetention is kept within 0.70..0.99.
    explicit Fsrs(double requestedRetention = DefaultRetention, int maximumIntervalDays = DefaultMaximumIntervalDays);
    Fsrs(const Weights &weights, double requestedRetention, int maximumIntervalDays);

    // The state after a review `elapsedDays` after the previous one (ignored for a first review).
    ReviewOutcome review(const std::optional<MemoryState> &state, Rating rating, double elapsedDays) const;

    double retrievability(double elapsedDays, double stability) const;
    int intervalDays(double stability) const;
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double retrievability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;

    double requestedRetention() const { return m_retention; }
    const Weights &weights() const { return m_w; }

private:
    Weights m_w;
    double m_retention;
    int m_maximumInterval;
};

} // namespace Starloop::Practice
