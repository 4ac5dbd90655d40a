#include "core/practice/leeches.h"

#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>

namespace Starloop::Practice {

namespace {

// What ReviewHistory::replay() counts, without the scheduling: lapses and Agains in a row depend
// on the grades alone. `first`: the item's first review, which is no lapse.
void tally(ReplayedState &replayed, Rating rating, bool first)
{
    const bool again = rating == Rating::Again;
    replayed.lapses += again && !first ? 1 : 0;
    replayed.consecutiveLapses = again ? replayed.consecutiveLapses + 1 : 0;
}

Leech leechOf(ItemKind kind, qint64 id, const ReplayedState &replayed)
{
    return Leech {kind, id, replayed.lapses, replayed.consecutiveLapses,
        kind == ItemKind::Story ? Leech::Suggestion::RewriteStory : Leech::Suggestion::RewriteNote};
}

} // namespace

bool Leeches::isLeech(const ReplayedState &replayed)
{
    return replayed.lapses >= LapseThreshold || replayed.consecutiveLapses >= ConsecutiveThreshold;
}

QVector<Leech> Leeches::detect(const QVector<ItemHistory> &log)
{
    QVector<Leech> leeches;
    for (const ItemHistory &item : log) {
        ReplayedState replayed;
        for (int i = 0; i < item.reviews.size(); ++i)
            tally(replayed, item.reviews.at(i).rating, i == 0);
        if (isLeech(replayed))
            leeches.append(leechOf(item.kind, item.id, replayed));
    }
    return leeches;
}

// The review log in ReviewHistory::read()'s order, counted as it is read: a heavy user's
// 100,000 reviews are not copied into per-item lists only to be counted.
QVector<Leech> Leeches::scan(Storage::Database &db)
{
    Storage::Statement st(db,
        "SELECT item_kind = 'story', item_id, rating FROM reviews "
        "WHERE item_kind IN ('question', 'story') ORDER BY item_kind, item_id, reviewed_at, id");
    QVector<Leech> leeches;
    ItemKind kind = ItemKind::Question;
    qint64 id = 0;
    int reviews = 0; // of the current item, with a known grade
    ReplayedState replayed;
    auto finishItem = [&] {
        if (reviews > 0 && isLeech(replayed))
            leeches.append(leechOf(kind, id, replayed));
    };
    while (st.step()) {
        const ItemKind rowKind = st.int64(0) != 0 ? ItemKind::Story : ItemKind::Question;
        const qint64 rowId = st.int64(1);
        if (reviews == 0 || rowKind != kind || rowId != id) {
            finishItem();
            kind = rowKind;
            id = rowId;
            reviews = 0;
            replayed = ReplayedState();
        }
        const std::optional<Rating> rating = Fsrs::ratingFromInt(st.integer(2));
        if (!rating)
            continue;
        tally(replayed, *rating, reviews == 0);
        ++reviews;
    }
    finishItem();
    return leeches;
}

Result<QVector<Leech>> Leeches::find(Storage::Database &db)
{
    return Storage::guarded(
        QCoreApplication::translate("ReviewHistory", "The review history could not be read"),
        [&]() -> Result<QVector<Leech>> { return scan(db); });
}

} // namespace Starloop::Practice
