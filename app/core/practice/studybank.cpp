#include "core/practice/studybank.h"

#include "core/practice/leeches.h"
#include "core/practice/localdays.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplanner.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/vocabulary/section.h"

#include <QSet>

namespace Starloop::Practice {

using Storage::Statement;

namespace {

std::optional<QDate> localDate(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return LocalDays::dateOf(st.int64(column));
}

std::optional<MemoryState> stateOf(const Statement &st, int stability, int difficulty)
{
    if (st.isNull(stability) || st.isNull(difficulty))
        return std::nullopt;
    return MemoryState {st.real(stability), st.real(difficulty)};
}

void addQuestions(Storage::Database &db, QVector<StudyItem> &items)
{
    Statement st(db,
        "SELECT q.id, q.uid, q.title, q.section, q.level, s.stability, s.difficulty, s.last_review_at, "
        "s.due_at, (SELECT group_concat(principle_id, ' ') FROM question_principles p "
        "WHERE p.question_id = q.id) FROM questions q LEFT JOIN question_state s ON s.question_id = q.id "
        "WHERE q.retired = 0 ORDER BY q.id");
    while (st.step()) {
        StudyItem item;
        item.id = st.int64(0);
        item.uid = st.text(1);
        item.title = st.text(2);
        item.section = st.text(3);
        item.level = st.text(4);
        item.kind = Sections::fromId(item.section) == Section::Coding ? StudyItemKind::Problem
                                                                      : StudyItemKind::Question;
        item.state = stateOf(st, 5, 6);
        if (item.state) {
            item.lastReview = localDate(st, 7);
            item.due = localDate(st, 8);
        }
        item.principles = st.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        item.principles.sort();
        items.append(item);
    }
}

void addStories(Storage::Database &db, QVector<StudyItem> &items)
{
    Statement st(db,
        "SELECT s.id, s.uid, s.title, s.stability, s.difficulty, "
        "(SELECT max(reviewed_at) FROM reviews r WHERE r.item_kind = 'story' AND r.item_id = s.id), "
        "s.due_at, "
        "(SELECT group_concat(principle_id, ' ') FROM story_principles p WHERE p.story_id = s.id) "
        "FROM stories s ORDER BY s.id");
    while (st.step()) {
        StudyItem item;
        item.kind = StudyItemKind::Story;
        item.id = st.int64(0);
        item.uid = st.text(1);
        item.title = st.text(2).isEmpty() ? StudyBank::tr("Untitled story") : st.text(2);
        item.state = stateOf(st, 3, 4);
        if (item.state) {
            item.lastReview = localDate(st, 5);
            item.due = localDate(st, 6);
        }
        item.principles = st.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        item.principles.sort();
        items.append(item);
    }
}

} // namespace

Result<QVector<StudyItem>> StudyBank::load(Storage::Database &db)
{
    return Storage::guarded(
        tr("The questions and stories to plan could not be read"), [&]() -> Result<QVector<StudyItem>> {
            QVector<StudyItem> items;
            addQuestions(db, items);
            addStories(db, items);
            QSet<QPair<int, qint64>> leeches;
            for (const Leech &leech : Leeches::scan(db))
                leeches.insert({leech.kind == ItemKind::Story ? 1 : 0, leech.id});
            for (StudyItem &item : items) {
                item.learnMinutes = StudyPlanner::learnMinutes(item.kind, item.section);
                item.reviewMinutes = StudyPlanner::reviewMinutes(item.kind, item.section);
                item.leech = leeches.contains({item.kind == StudyItemKind::Story ? 1 : 0, item.id});
            }
            return items;
        });
}

Result<PlanInput> StudyBank::planInput(Storage::Database &db, const QDate &today, int minutesDoneToday)
{
    auto items = load(db);
    if (!items)
        return items.error();
    const auto goal = StudyGoalStore(db).load();
    if (!goal)
        return goal.error();
    const auto scheduler = SchedulerStore(db).load();
    if (!scheduler)
        return scheduler.error();
    PlanInput input;
    input.today = today;
    input.loops = goal->loops;
    input.minutesPerWeek = goal->minutesPerWeek;
    input.minutesDoneToday = minutesDoneToday;
    input.items = std::move(items.value());
    input.fsrs = scheduler->fsrs();
    return input;
}

} // namespace Starloop::Practice
