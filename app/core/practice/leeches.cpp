#include "core/practice/leeches.h"

namespace Starloop::Practice {

bool Leeches::isLeech(const ReplayedState &replayed)
{
    return replayed.lapses >= LapseThreshold || replayed.consecutiveLapses >= ConsecutiveThreshold;
}

QVector<Leech> Leeches::detect(const QVector<ItemHistory> &log)
{
    QVector<Leech> leeches;
    for (const ItemHistory &item : log) {
        // What ReviewHistory::replay() counts, without the scheduling: lapses and Agains in a row
        // depend on the grades alone.
        ReplayedState replayed;
        for (int i = 0; i < item.reviews.size(); ++i) {
            const bool again = item.reviews.at(i).rating == Rating::Again;
            replayed.lapses += again && i > 0 ? 1 : 0;
            replayed.consecutiveLapses = again ? replayed.consecutiveLapses + 1 : 0;
        }
        if (!isLeech(replayed))
            continue;
        leeches.append(Leech {item.kind, item.id, replayed.lapses, replayed.consecutiveLapses,
            item.kind == ItemKind::Story ? Leech::Suggestion::RewriteStory : Leech::Suggestion::RewriteNote});
    }
    return leeches;
}

Result<QVector<Leech>> Leeches::find(Storage::Database &db)
{
    auto log = ReviewHistory::load(db);
    if (!log)
        return log.error();
    return detect(log.value());
}

} // namespace Starloop::Practice
