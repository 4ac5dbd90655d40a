// FsrsFormulas: FSRS-6's memory model written once, for any number type, so that the scheduler
// (Fsrs, on double) and the optimizer (FsrsOptimizer, on a number that carries its gradient)
// run the same formulas. Not a public API: use Fsrs. The formulas are listed in fsrs.h.
//
// T needs +, -, *, /, comparison through value(), and exp / log / pow found by argument-dependent
// lookup (std:: for double):
//
//   FsrsFormulas::Model<double> model(weights);
//   model.retrievability(4, 2.3065)            -> 0.8579...
//   model.next(std::nullopt, 3, 0)              -> {S 2.3065, D 2.1181}
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace Starloop::Practice::FsrsFormulas {

constexpr int ParameterCount = 21;
constexpr double MinimumStability = 0.001; // ts-fsrs S_MIN
constexpr double MaximumStability = 36500;
constexpr double MinimumInitialStability = 0.1;

inline double value(double x)
{
    return x;
}

template<typename T> struct State
{
    T stability;
    T difficulty;
};

template<typename T> T clampTo(const T &x, double low, double high)
{
    if (value(x) < low)
        return T(low);
    if (value(x) > high)
        return T(high);
    return x;
}

template<typename T> T smaller(const T &a, const T &b)
{
    return value(b) < value(a) ? b : a;
}

template<typename T> T larger(const T &a, const T &b)
{
    return value(a) < value(b) ? b : a;
}

template<typename T> class Model
{
public:
    using Weights = std::array<T, ParameterCount>;

    explicit Model(const Weights &w)
        : m_w(w)
    {
        using std::exp;
        using std::log;
        // factor = 0.9^(-1 / w20) - 1, so that R(S, S) = 0.9 whatever the decay.
        m_factor = exp(log(T(0.9)) / (T(0.0) - m_w[20])) - T(1.0);
    }

    const Weights &weights() const { return m_w; }
    const T &factor() const { return m_factor; }

    // R(t, S) = (1 + factor * t / S)^-w20
    T retrievability(const T &elapsedDays, const T &stability) const
    {
        using std::pow;
        return pow(T(1.0) + m_factor * elapsedDays / stability, T(0.0) - m_w[20]);
    }

    // The days after which R falls to `retention`: S / factor * (retention^(-1 / w20) - 1).
    T intervalFor(const T &stability, double retention) const
    {
        using std::exp;
        using std::log;
        return stability / m_factor * (exp(T(std::log(retention)) / (T(0.0) - m_w[20])) - T(1.0));
    }

    T initialStability(int grade) const { return larger(m_w[grade - 1], T(MinimumInitialStability)); }
    // Not clamped: mean reversion aims at D0(Easy) as it is.
    T initialDifficulty(int grade) const
    {
        using std::exp;
        return m_w[4] - exp(T(double(grade - 1)) * m_w[5]) + T(1.0);
    }

    T nextDifficulty(const T &d, int grade) const
    {
        const T delta = T(0.0) - m_w[6] * T(double(grade - 3));
        const T damped = d + delta * (T(10.0) - d) / T(9.0); // linear damping: slower near 10
        return clampTo(m_w[7] * initialDifficulty(4) + (T(1.0) - m_w[7]) * damped, 1.0, 10.0);
    }

    T recallStability(const T &d, const T &s, const T &r, int grade) const
    {
        using std::exp;
        using std::pow;
        const T hardPenalty = grade == 2 ? m_w[15] : T(1.0);
        const T easyBonus = grade == 4 ? m_w[16] : T(1.0);
        const T growth = exp(m_w[8]) * (T(11.0) - d) * pow(s, T(0.0) - m_w[9])
            * (exp((T(1.0) - r) * m_w[10]) - T(1.0)) * hardPenalty * easyBonus;
        return clampTo(s * (T(1.0) + growth), MinimumStability, MaximumStability);
    }

    // After a lapse: never above S / e^(w17 * w18), what a same-day Again would leave.
    T forgetStability(const T &d, const T &s, const T &r) const
    {
        using std::exp;
        using std::pow;
        const T forgotten = clampTo(m_w[11] * pow(d, T(0.0) - m_w[12]) * (pow(s + T(1.0), m_w[13]) - T(1.0))
                * exp((T(1.0) - r) * m_w[14]),
            MinimumStability, MaximumStability);
        const T ceiling = larger(s / exp(m_w[17] * m_w[18]), T(MinimumStability));
        return smaller(ceiling, forgotten);
    }

    // A second review on the same day: S * S^-w19 * e^(w17 * (G - 3 + w18)), never lower for G > 1.
    T shortTermStability(const T &s, int grade) const
    {
        using std::exp;
        using std::pow;
        T increase = pow(s, T(0.0) - m_w[19]) * exp(m_w[17] * (T(double(grade - 3)) + m_w[18]));
        if (grade >= 2)
            increase = larger(increase, T(1.0));
        return clampTo(s * increase, MinimumStability, MaximumStability);
    }

    // The state after a review `elapsedDays` whole days after the previous one (0: same day).
    // `r` is the retrievability at the time of the review (see retrievability()).
    State<T> next(const std::optional<State<T>> &state, int grade, double elapsedDays, const T &r) const
    {
        if (!state)
            return {initialStability(grade), clampTo(initialDifficulty(grade), 1.0, 10.0)};
        const T &s = state->stability;
        const T &d = state->difficulty;
        T stability = elapsedDays <= 0 ? shortTermStability(s, grade)
            : grade == 1               ? forgetStability(d, s, r)
                                       : recallStability(d, s, r, grade);
        return {stability, nextDifficulty(d, grade)};
    }

private:
    Weights m_w;
    T m_factor;
};

} // namespace Starloop::Practice::FsrsFormulas
