#include "core/practice/leeches.h"

namespace Starloop::Practice {

bool Leeches::isLeech(const ReplayedState &replayed)
{
    return replayed.lapses >= LapseThreshold || replayed.consecutiveLapses >= ConsecutiveThreshold;
}

QVector<Leech> Leeches::detect(const QVector<ItemHistory> &log, const Fsrs &fsrs)
{
    QVector<Leech> leeches;
    for (const ItemHistory &item : log) {
        const ReplayedState replayed = ReviewHistory::replay(fsrs, item.reviews);
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
