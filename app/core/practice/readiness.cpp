#include "core/practice/readiness.h"

#include "core/vocabulary/catalog.h"

#include <QHash>

namespace Starloop::Practice {

namespace {

struct Tally
{
    int items = 0;
    int seen = 0;
    double recall = 0;
};

QVector<Readiness> readinessOf(const QStringList &order, const QHash<QString, Tally> &tallies, double target)
{
    QVector<Readiness> result;
    for (const QString &id : order) {
        const Tally tally = tallies.value(id);
        if (tally.items == 0)
            continue;
        Readiness r;
        r.id = id;
        r.items = tally.items;
        r.seen = tally.seen;
        r.coverage = double(tally.seen) / tally.items;
        r.predictedRecall = tally.seen > 0 ? tally.recall / tally.seen : 0.0;
        // A hair of tolerance: an item reviewed exactly on time is at the target, not below it.
        r.met = tally.seen > 0 && r.predictedRecall >= target - 1e-9;
        result.append(r);
    }
    return result;
}

} // namespace

double ReadinessCalculator::recallOn(const StudyItem &item, const QDate &date, const Fsrs &fsrs)
{
    if (!item.state)
        return 0.0;
    const qint64 days = item.lastReview ? std::max<qint64>(0, item.lastReview->daysTo(date)) : 0;
    return fsrs.retrievability(double(days), item.state->stability);
}

ReadinessReport ReadinessCalculator::onDate(
    const QVector<StudyItem> &items, const QDate &date, const Fsrs &fsrs)
{
    QHash<QString, Tally> sections;
    QHash<QString, Tally> principles;
    const auto count = [&](Tally &tally, const StudyItem &item, double recall) {
        ++tally.items;
        if (item.state) {
            ++tally.seen;
            tally.recall += recall;
        }
    };
    for (const StudyItem &item : items) {
        const double recall = recallOn(item, date, fsrs);
        if (!item.section.isEmpty())
            count(sections[item.section], item, recall);
        for (const QString &principle : item.principles)
            count(principles[principle], item, recall);
    }
    const double target = fsrs.requestedRetention();
    return {readinessOf(Catalog::sections(), sections, target),
        readinessOf(Catalog::principleIds(), principles, target)};
}

} // namespace Starloop::Practice
