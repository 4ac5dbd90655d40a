// Leeches: items the user fails again and again. FSRS keeps bringing them back, but another
// review rarely helps: the note (or the STAR story) needs rewriting. An item is a leech after
// LapseThreshold lapses (Again after the first review), or ConsecutiveThreshold Agains in a row
// at the end of its log. Anki waits for 8 lapses over a long deck's life; a loop is weeks away,
// so Starloop flags sooner.
//
//   Leeches::find(db).value()  -> [{Question 42, lapses 4, consecutive 1, RewriteNote},
//                                  {Story 7, lapses 2, consecutive 3, RewriteStory}]
#pragma once

#include "core/practice/reviewhistory.h"

namespace Starloop::Practice {

struct Leech
{
    enum class Suggestion { RewriteNote, RewriteStory };

    ItemKind kind = ItemKind::Question;
    qint64 id = 0;
    int lapses = 0;
    int consecutiveLapses = 0;
    Suggestion suggestion = Suggestion::RewriteNote;
};

class Leeches
{
public:
    static constexpr int LapseThreshold = 4;
    static constexpr int ConsecutiveThreshold = 3;

    static bool isLeech(const ReplayedState &replayed);
    // The leeches of `log`, in its order. The grades alone decide (no scheduler is needed).
    static QVector<Leech> detect(const QVector<ItemHistory> &log);
    // The leeches of the file's review log, as detect(ReviewHistory::read(db)) finds them;
    // throws StorageError (find() returns it).
    static QVector<Leech> scan(Storage::Database &db);
    static Result<QVector<Leech>> find(Storage::Database &db);
};

} // namespace Starloop::Practice
