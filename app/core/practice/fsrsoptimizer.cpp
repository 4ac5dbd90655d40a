#include "core/practice/fsrsoptimizer.h"

#include "core/practice/fsrsformulas.h"

#include <array>
#include <cmath>

namespace Starloop::Practice {

namespace {

constexpr int N = Fsrs::ParameterCount;

// A number with its gradient with respect to the 21 parameters (forward-mode differentiation).
struct Dual
{
    double v = 0;
    double d[N] = {}; // a plain array: cheap even in a debug build

    Dual() = default;
    Dual(double value) // NOLINT(google-explicit-constructor): constants mix with duals
        : v(value)
    { }
};

double value(const Dual &x)
{
    return x.v;
}

Dual scaled(const Dual &a, double v, double factor)
{
    Dual r(v);
    for (int i = 0; i < N; ++i)
        r.d[i] = a.d[i] * factor;
    return r;
}

Dual operator+(const Dual &a, const Dual &b)
{
    Dual r(a.v + b.v);
    for (int i = 0; i < N; ++i)
        r.d[i] = a.d[i] + b.d[i];
    return r;
}

Dual operator-(const Dual &a, const Dual &b)
{
    Dual r(a.v - b.v);
    for (int i = 0; i < N; ++i)
        r.d[i] = a.d[i] - b.d[i];
    return r;
}

Dual operator*(const Dual &a, const Dual &b)
{
    Dual r(a.v * b.v);
    for (int i = 0; i < N; ++i)
        r.d[i] = a.d[i] * b.v + b.d[i] * a.v;
    return r;
}

Dual operator/(const Dual &a, const Dual &b)
{
    Dual r(a.v / b.v);
    const double inverseSquare = 1.0 / (b.v * b.v);
    for (int i = 0; i < N; ++i)
        r.d[i] = (a.d[i] * b.v - b.d[i] * a.v) * inverseSquare;
    return r;
}

Dual exp(const Dual &a)
{
    const double e = std::exp(a.v);
    return scaled(a, e, e);
}

Dual log(const Dual &a)
{
    return scaled(a, std::log(a.v), 1.0 / a.v);
}

Dual pow(const Dual &base, const Dual &exponent)
{
    // d(b^e) = b^e * (e' * ln b + e * b' / b), for b > 0 (every base in FSRS is positive).
    const double p = std::pow(base.v, exponent.v);
    const double lnBase = std::log(base.v);
    Dual r(p);
    for (int i = 0; i < N; ++i)
        r.d[i] = p * (exponent.d[i] * lnBase + exponent.v * base.d[i] / base.v);
    return r;
}

constexpr double Epsilon = 1e-7;
constexpr double Pi = 3.14159265358979323846;

// Each review's (grade, days since the previous one), per item.
struct Sequence
{
    QVector<std::pair<int, int>> reviews;
};

QVector<Sequence> sequencesOf(const QVector<ItemHistory> &log)
{
    QVector<Sequence> sequences;
    sequences.reserve(log.size());
    for (const ItemHistory &item : log) {
        Sequence sequence;
        for (int i = 0; i < item.reviews.size(); ++i) {
            const int days = i == 0
                ? 0
                : ReviewHistory::calendarDays(item.reviews[i - 1].reviewedAt, item.reviews[i].reviewedAt);
            sequence.reviews.append({static_cast<int>(item.reviews[i].rating), days});
        }
        if (sequence.reviews.size() > 1)
            sequences.append(sequence);
    }
    return sequences;
}

// The summed log loss over the counted reviews and how many there were.
template<typename T>
std::pair<T, int> summedLoss(
    const QVector<Sequence> &sequences, const typename FsrsFormulas::Model<T>::Weights &w)
{
    const FsrsFormulas::Model<T> model(w);
    T total(0.0);
    int counted = 0;
    for (const Sequence &sequence : sequences) {
        std::optional<FsrsFormulas::State<T>> state;
        for (const auto &[grade, days] : sequence.reviews) {
            T r(1.0);
            if (state) {
                r = model.retrievability(T(double(days)), state->stability);
                if (days > 0) {
                    using std::log;
                    const T p = FsrsFormulas::clampTo(r, Epsilon, 1.0 - Epsilon);
                    total = total - (grade > 1 ? log(p) : log(T(1.0) - p));
                    ++counted;
                }
            }
            state = model.next(state, grade, days, r);
        }
    }
    return {total, counted};
}

std::array<Dual, N> dualWeights(const Fsrs::Parameters &p)
{
    std::array<Dual, N> w;
    for (int i = 0; i < N; ++i) {
        w[i] = Dual(p[i]);
        w[i].d[i] = 1.0;
    }
    return w;
}

double meanLoss(const QVector<Sequence> &sequences, const Fsrs::Parameters &p)
{
    const auto [total, counted] = summedLoss<double>(sequences, p);
    return counted > 0 ? total / counted : 0.0;
}

} // namespace

int FsrsOptimizer::reviewCount(const QVector<ItemHistory> &log)
{
    int count = 0;
    for (const ItemHistory &item : log)
        count += static_cast<int>(item.reviews.size());
    return count;
}

double FsrsOptimizer::logLoss(const QVector<ItemHistory> &log, const Fsrs::Parameters &parameters)
{
    return meanLoss(sequencesOf(log), Fsrs::clamped(parameters));
}

Result<FitReport> FsrsOptimizer::fit(const QVector<ItemHistory> &log, const Fsrs::Parameters &start,
    const FitOptions &options, const Progress &progress)
{
    FitReport report;
    report.reviews = reviewCount(log);
    if (report.reviews < options.minimumReviews) {
        return Error {
            tr("Fitting the scheduler to your reviews needs at least %1 reviews; there are %2 so far.")
                .arg(options.minimumReviews)
                .arg(report.reviews)};
    }
    const QVector<Sequence> sequences = sequencesOf(log);
    Fsrs::Parameters p = Fsrs::clamped(start);
    const Fsrs::Parameters low = Fsrs::lowerBounds();
    const Fsrs::Parameters high = Fsrs::upperBounds();
    report.countedReviews = summedLoss<double>(sequences, p).second;
    if (report.countedReviews == 0)
        return Error {tr("None of the reviews comes a day or more after an earlier one: nothing to fit.")};
    report.lossBefore = meanLoss(sequences, p);
    report.lossAfter = report.lossBefore;
    report.parameters = p;

    // Adam, with bias correction; the step shrinks along a cosine to a tenth of the start.
    constexpr double Beta1 = 0.9;
    constexpr double Beta2 = 0.999;
    std::array<double, N> m {};
    std::array<double, N> v {};
    const int steps = std::max(1, options.steps);
    for (int step = 1; step <= steps; ++step) {
        const auto [total, counted] = summedLoss<Dual>(sequences, dualWeights(p));
        const double loss = total.v / counted;
        if (loss < report.lossAfter) {
            report.lossAfter = loss;
            report.parameters = p;
        }
        const double rate
            = options.learningRate * (0.1 + 0.45 * (1.0 + std::cos(Pi * (step - 1) / double(steps))));
        for (int i = 0; i < N; ++i) {
            const double g = total.d[i] / counted;
            m[i] = Beta1 * m[i] + (1 - Beta1) * g;
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            const double mHat = m[i] / (1 - std::pow(Beta1, step));
            const double vHat = v[i] / (1 - std::pow(Beta2, step));
            p[i] = std::clamp(p[i] - rate * mHat / (std::sqrt(vHat) + 1e-8), low[i], high[i]);
        }
        report.steps = step;
        if (progress && !progress(double(step) / steps, report.lossAfter))
            return Error {tr("The fit was cancelled.")};
    }
    const double last = meanLoss(sequences, p);
    if (last < report.lossAfter) {
        report.lossAfter = last;
        report.parameters = p;
    }
    report.improved = report.lossAfter < report.lossBefore * (1.0 - MinimumImprovement);
    return report;
}

} // namespace Starloop::Practice
