// Fsrs: review scheduling with FSRS-6 (Free Spaced Repetition Scheduler): 21 parameters, reviews
// on the same day, and a decay (w20) that a fit to the user's own log may change. Checked against
// ts-fsrs 5.x, the reference implementation (tests/data/fsrs: the vectors and how they were made).
//
// A memory state is (stability S: days until recall probability falls to 90%, difficulty D: 1..10).
// Grades G: 1 again, 2 hard, 3 good, 4 easy. t is whole calendar days since the previous review.
//
//   retrievability   R(t, S) = (1 + F * t / S) ^ -w20,   F = 0.9 ^ (-1 / w20) - 1
//   interval         I(S)    = S / F * (r ^ (-1 / w20) - 1)   r = requested retention,
//                              rounded to whole days, at least 1, at most maximumIntervalDays
//   first review     S0(G)   = max(w[G-1], 0.1)      D0(G) = w4 - e^(w5 * (G - 1)) + 1, clamped to 1..10
//   difficulty       D'      = w7 * D0(4) + (1 - w7) * (D - w6 * (G - 3) * (10 - D) / 9), clamped
//   same day (t = 0) S'      = S * S^-w19 * e^(w17 * (G - 3 + w18))   (at least S for G > 1)
//   recalled (G>1)   S'      = S * (e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
//                                   * (G = Hard ? w15 : 1) * (G = Easy ? w16 : 1) + 1)
//   forgotten (G=1)  S'      = min(S / e^(w17 * w18), w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)))
//   S is kept within 0.001..36500.
//
// The new difficulty uses the rating with the old D; stability uses the old D and the R at the
// time of the review. With the requested retention of 0.9 the interval is S rounded, whatever w20:
//
//   Fsrs fsrs;                                                   // the FSRS-6 defaults
//   fsrs.review(std::nullopt, Rating::Good, 0)                -> S 2.3065, D 2.1181, interval 2 days
//   fsrs.review(MemoryState{2.3065, 2.1181}, Rating::Good, 2)  -> R 0.9095, S 10.9643, D 2.1112, 11 days
//   fsrs.review(MemoryState{2.3065, 2.1181}, Rating::Again, 0) -> same day: S 0.7751, D 7.3945, 1 day
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
    static constexpr int ParameterCount = 21;
    using Parameters = std::array<double, ParameterCount>;
    static constexpr double DefaultRetention = 0.9;
    static constexpr double MinimumRetention = 0.70;
    static constexpr double MaximumRetention = 0.99;
    static constexpr int DefaultMaximumIntervalDays = 36500;

    // FSRS-6's defaults (fitted by its authors on many users' logs), as ts-fsrs 5.x has them.
    static Parameters defaultParameters();
    // FSRS-6's bounds for each parameter (a fit keeps within them); clamped() applies them.
    static Parameters lowerBounds();
    static Parameters upperBounds();
    static Parameters clamped(const Parameters &parameters);
    // A rating outside 1..4 gives nullopt.
    static std::optional<Rating> ratingFromInt(int value);

    // requestedRetention is kept within MinimumRetention..MaximumRetention; parameters are clamped.
    explicit Fsrs(
        double requestedRetention = DefaultRetention, int maximumIntervalDays = DefaultMaximumIntervalDays);
    Fsrs(const Parameters &parameters, double requestedRetention = DefaultRetention,
        int maximumIntervalDays = DefaultMaximumIntervalDays);

    // The state after a review `elapsedDays` calendar days after the previous one (0: the same
    // day; ignored for a first review). A damaged stored state is brought back into range.
    ReviewOutcome review(const std::optional<MemoryState> &state, Rating rating, int elapsedDays) const;

    double retrievability(double elapsedDays, double stability) const;
    int intervalDays(double stability) const;
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double retrievability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;

    // The same parameters asking for another retention.
    Fsrs withRetention(double requestedRetention) const;
    double requestedRetention() const { return m_retention; }
    int maximumIntervalDays() const { return m_maximumInterval; }
    const Parameters &parameters() const { return m_w; }
    double decay() const { return m_w[20]; }

private:
    Parameters m_w;
    double m_retention;
    int m_maximumInterval;
};

} // namespace Starloop::Practice
