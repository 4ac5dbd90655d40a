#include "heavyuser.h"

#include "core/practice/reviewhistory.h"
#include "core/practice/schedulerstore.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "core/vocabulary/catalog.h"
#include "generators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVector>

#include <algorithm>

namespace Starloop::Test {

using Storage::Statement;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Year = 365 * Day;

struct QuestionRef
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString section;
    bool bank = false;
};

QVector<QuestionRef> liveQuestions(Storage::Database &db)
{
    QVector<QuestionRef> questions;
    Statement st(
        db, "SELECT id, uid, title, section, origin = 'bank' FROM questions WHERE retired = 0 ORDER BY id");
    while (st.step())
        questions << QuestionRef {st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0};
    return questions;
}

QVector<QuestionRef> inSection(const QVector<QuestionRef> &questions, const char *section)
{
    QVector<QuestionRef> found;
    for (const QuestionRef &q : questions) {
        if (q.bank && q.section == QLatin1String(section))
            found << q;
    }
    return found;
}

// A moment within the year of use, later moments a little more likely (use grows).
qint64 momentInYear(Dice &dice, qint64 nowSecs)
{
    const qint64 back = std::min(qint64(dice.below(quint32(Year))), qint64(dice.below(quint32(Year))));
    return nowSecs - back;
}

// The user's own questions were written over the year, not all at the epoch.
void spreadOwnQuestions(Storage::Database &db, qint64 nowSecs)
{
    Statement st(db,
        "UPDATE questions SET created_at = ?1 - (id * 7919) % ?2, updated_at = ?1 - (id * 7919) % ?2 + "
        "(id * 104729) % ?3 WHERE origin = 'user'");
    st.bind(1, nowSecs - 30 * Day).bind(2, Year - 30 * Day).bind(3, 30 * Day).run();
}

// A note on every bank question, and a star on some.
void writeNotes(Storage::Database &db, TextGenerator &text, Dice &dice, const QVector<QuestionRef> &questions,
    qint64 nowSecs)
{
    Statement note(db,
        "INSERT INTO question_state(question_id, starred, note_md, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(question_id) DO UPDATE SET starred = excluded.starred, note_md = excluded.note_md, "
        "updated_at = excluded.updated_at");
    for (const QuestionRef &q : questions) {
        if (!q.bank)
            continue;
        const QString body = QStringLiteral("**%1**\n\n- %2\n- %3\n\n%4")
                                 .arg(text.sentence(3, 6), text.sentence(6, 14), text.sentence(6, 14),
                                     text.paragraphs(1 + int(dice.below(2))));
        note.bind(1, q.id).bind(2, dice.chance(15)).bind(3, body).bind(4, momentInYear(dice, nowSecs)).run();
    }
}

void writeStories(Storage::Database &db, TextGenerator &text, Dice &dice, int count, quint32 seed,
    const QVector<QuestionRef> &behavioral, qint64 nowSecs)
{
    const QStringList &principles = Catalog::principleIds();
    const char *const roles[] = {"Backend engineer, Payments", "SDE II, Search", "Tech lead, Checkout",
        "On-call owner, Platform", "Intern, Data pipeline", "Senior engineer, Identity"};
    Statement insert(db,
        "INSERT INTO stories(uid, title, situation, task, action, result, reflection, short_version, "
        "happened_on, role, primary_principle, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    Statement tag(db, "INSERT OR IGNORE INTO story_principles(story_id, principle_id) VALUES (?1, ?2)");
    Statement link(db, "INSERT OR IGNORE INTO story_questions(story_id, question_id) VALUES (?1, ?2)");
    for (int i = 0; i < count; ++i) {
        const qint64 created = momentInYear(dice, nowSecs);
        const QString primary = principles.at(int(dice.below(quint32(principles.size()))));
        insert.bind(1, QStringLiteral("heavy-story-%1-%2").arg(seed).arg(i)).bind(2, text.sentence(4, 9));
        insert.bind(3, text.paragraphs(1)).bind(4, text.sentence(10, 24)).bind(5, text.paragraphs(2));
        insert.bind(6, text.paragraphs(1) + QStringLiteral(" Latency fell by %1%.").arg(10 + i % 80));
        insert.bind(7, text.sentence(8, 16)).bind(8, dice.chance(60) ? text.sentence(20, 40) : QString());
        insert.bind(9, QStringLiteral("20%1-%2").arg(18 + i % 8).arg(1 + i % 12, 2, 10, QLatin1Char('0')));
        insert.bind(10, QLatin1String(dice.pick(roles))).bind(11, primary);
        insert.bind(12, created).bind(13, created + qint64(dice.below(quint32(nowSecs - created + 1)))).run();
        const qint64 id = db.lastInsertRowId();
        tag.bind(1, id).bind(2, primary).run();
        for (int p = dice.between(0, 2); p > 0; --p)
            tag.bind(1, id).bind(2, principles.at(int(dice.below(quint32(principles.size()))))).run();
        if (!behavioral.isEmpty() && dice.chance(40))
            link.bind(1, id).bind(2, behavioral.at(int(dice.below(quint32(behavioral.size())))).id).run();
    }
}

void writeDiagrams(Storage::Database &db, TextGenerator &text, Dice &dice, int count, quint32 seed,
    const QVector<QuestionRef> &designs, qint64 nowSecs)
{
    Statement insert(db,
        "INSERT INTO diagrams(uid, title, question_id, document, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement snapshot(
        db, "INSERT INTO diagram_snapshots(diagram_id, name, document, created_at) VALUES (?1, ?2, ?3, ?4)");
    const char *const versions[] = {"Before requirements", "High-level design", "Deep dive: storage",
        "Before caching", "After review", "Mock loop round"};
    for (int i = 0; i < count; ++i) {
        const int nodes = dice.between(6, 60);
        const quint32 documentSeed = seed * 7919u + quint32(i);
        const qint64 created = momentInYear(dice, nowSecs);
        const qint64 updated = created + qint64(dice.below(quint32(nowSecs - created + 1)));
        const bool linked = !designs.isEmpty() && dice.chance(40);
        const QuestionRef *question
            = linked ? &designs.at(int(dice.below(quint32(designs.size())))) : nullptr;
        insert.bind(1, QStringLiteral("heavy-diagram-%1-%2").arg(seed).arg(i));
        insert.bind(2, question ? QStringLiteral("My design: %1").arg(question->title) : text.sentence(2, 5));
        if (question)
            insert.bind(3, question->id);
        else
            insert.bind(3, nullptr);
        insert.bind(4, QString::fromUtf8(generateDiagram(nodes, documentSeed).toJson()));
        insert.bind(5, created).bind(6, updated).run();
        const qint64 id = db.lastInsertRowId();
        // Versions kept on the way: smaller drawings of the same design.
        const int kept = dice.between(0, 4);
        for (int v = 0; v < kept; ++v) {
            const int partial = std::max(1, nodes * (v + 1) / (kept + 1));
            snapshot.bind(1, id).bind(2, QLatin1String(versions[v % 6]));
            snapshot.bind(3, QString::fromUtf8(generateDiagram(partial, documentSeed).toJson()));
            snapshot.bind(4, created + (updated - created) * (v + 1) / (kept + 1)).run();
        }
    }
}

struct ReviewItem
{
    bool story = false;
    qint64 id = 0;
    int count = 0;
};

// When an item reviewed `count` times was reviewed, oldest first: as a user who keeps up with
// the queue, first some time in the year, then at growing intervals, the last in the past week.
QVector<qint64> reviewTimes(Dice &dice, int count, qint64 nowSecs)
{
    if (count == 1)
        return {nowSecs - qint64(dice.below(quint32(Year)))};
    const qint64 first = nowSecs - dice.between(30, 365) * Day + dice.between(0, int(Day));
    const qint64 last = nowSecs - dice.between(0, 6) * Day - dice.between(0, int(Day) / 2);
    const double step = double(last - first) / (double(count) * (count - 1) / 2);
    QVector<qint64> times;
    times.reserve(count);
    for (int r = 0; r < count; ++r)
        times << first + qint64(step * (double(r) * (r + 1) / 2));
    return times;
}

// `count` reviews spread over most questions and some stories (reviewTimes());
// then the FSRS states and due dates replayed from the log (as SchedulerStore does), so the first
// start finds them current.
void writeReviews(
    Storage::Database &db, Dice &dice, int count, const QVector<QuestionRef> &questions, qint64 nowSecs)
{
    QVector<ReviewItem> items;
    for (const QuestionRef &q : questions) {
        if (dice.chance(70))
            items << ReviewItem {false, q.id, {}};
    }
    Statement stories(db, "SELECT id FROM stories ORDER BY id");
    while (stories.step()) {
        if (dice.chance(40))
            items << ReviewItem {true, stories.int64(0), {}};
    }
    if (items.isEmpty())
        return;
    for (int i = 0; i < count; ++i) {
        // Skewed towards the front: some items are reviewed far more often (hard ones).
        const quint32 a = dice.below(quint32(items.size()));
        const quint32 b = dice.below(quint32(items.size()));
        ++items[int(dice.chance(50) ? std::min(a, b) : a)].count;
    }
    Statement log(db,
        "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
        "VALUES (?1, ?2, ?3, ?4, ?5, NULL)");
    Statement state(db,
        "INSERT INTO question_state(question_id, last_rating, reviews, lapses, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(question_id) DO UPDATE SET last_rating = "
        "excluded.last_rating, "
        "reviews = excluded.reviews, lapses = excluded.lapses, updated_at = max(updated_at, "
        "excluded.updated_at)");
    const QString question = QStringLiteral("question");
    const QString story = QStringLiteral("story");
    for (const ReviewItem &item : items) {
        if (item.count == 0)
            continue;
        const QVector<qint64> times = reviewTimes(dice, item.count, nowSecs);
        int lapses = 0;
        int rating = 3;
        for (int r = 0; r < times.size(); ++r) {
            const quint32 roll = dice.below(100);
            rating = roll < 10 ? 1 : roll < 25 ? 2 : roll < 85 ? 3 : 4;
            lapses += r > 0 && rating == 1 ? 1 : 0;
            const double elapsed = r > 0 ? double(times.at(r) - times.at(r - 1)) / Day : 0.0;
            log.bind(1, item.story ? story : question).bind(2, item.id).bind(3, rating);
            log.bind(4, times.at(r)).bind(5, elapsed).run();
        }
        if (!item.story) {
            state.bind(1, item.id).bind(2, rating).bind(3, int(times.size())).bind(4, lapses);
            state.bind(5, times.last()).run();
        }
    }
    const Practice::SchedulerConfig scheduler;
    Practice::ReviewHistory::writeReplayedStates(db, scheduler.fsrs());
    Storage::writeSetting(db, QString::fromLatin1(Practice::SchedulerStore::StatesKey),
        Practice::SchedulerStore::fingerprint(scheduler));
}

QByteArray phasesJson(Dice &dice, const QStringList &names, int plannedTotal, int *actualTotal)
{
    QJsonArray phases;
    *actualTotal = 0;
    for (const QString &name : names) {
        const int planned = plannedTotal / int(names.size());
        const int actual = std::max(10, planned + dice.between(-planned / 3, planned / 3));
        *actualTotal += actual;
        phases.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("planned_s"), planned},
            {QStringLiteral("actual_s"), actual}});
    }
    return QJsonDocument(phases).toJson(QJsonDocument::Compact);
}

void writeSessions(Storage::Database &db, TextGenerator &text, Dice &dice, int count, quint32 seed,
    const QVector<QuestionRef> &questions, qint64 nowSecs)
{
    struct Kind
    {
        const char *id;
        int plannedSeconds;
        QStringList phases;
    };
    const Kind kinds[] = {
        {"question", 240, {QStringLiteral("Answer")}},
        {"story", 180, {QStringLiteral("Situation"), QStringLiteral("Action"), QStringLiteral("Result")}},
        {"coding", 2700,
            {QStringLiteral("Clarify"), QStringLiteral("Approach"), QStringLiteral("Code"),
                QStringLiteral("Test")}},
        {"system-design", 3600,
            {QStringLiteral("Requirements"), QStringLiteral("High-level design"), QStringLiteral("Deep dive"),
                QStringLiteral("Wrap-up")}},
        {"mock-loop", 14400,
            {QStringLiteral("Round 1"), QStringLiteral("Round 2"), QStringLiteral("Round 3")}},
        {"free", 1500, {QStringLiteral("Focus")}},
    };
    Statement insert(db,
        "INSERT INTO practice_sessions(uid, kind, ref, title, started_at, planned_s, actual_s, phases, "
        "rating, notes, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (int i = 0; i < count; ++i) {
        const quint32 roll = dice.below(100);
        const Kind &kind = kinds[roll < 45 ? 0
                : roll < 65                ? 1
                : roll < 82                ? 2
                : roll < 92                ? 3
                : roll < 95                ? 4
                                           : 5];
        const QuestionRef &q = questions.at(int(dice.below(quint32(questions.size()))));
        const bool onQuestion = qstrcmp(kind.id, "question") == 0 || qstrcmp(kind.id, "coding") == 0
            || qstrcmp(kind.id, "system-design") == 0;
        int actual = 0;
        const QByteArray phases = phasesJson(dice, kind.phases, kind.plannedSeconds, &actual);
        insert.bind(1, QStringLiteral("heavy-session-%1-%2").arg(seed).arg(i));
        insert.bind(2, QLatin1String(kind.id)).bind(3, onQuestion ? q.uid : QString());
        insert.bind(4, onQuestion ? q.title : text.sentence(2, 5)).bind(5, momentInYear(dice, nowSecs));
        insert.bind(6, kind.plannedSeconds).bind(7, actual).bind(8, QString::fromUtf8(phases));
        if (dice.chance(70))
            insert.bind(9, dice.between(1, 5));
        else
            insert.bind(9, nullptr);
        insert.bind(10, dice.chance(30) ? text.sentence(6, 20) : QString());
        insert.bind(11, dice.chance(3) ? QStringLiteral("interrupted") : QStringLiteral("finished")).run();
    }
}

QString attemptCode(const QString &language, TextGenerator &text, int lines)
{
    const bool python = language == QLatin1String("python");
    const QString comment = python ? QStringLiteral("# ") : QStringLiteral("// ");
    QString code = python ? QStringLiteral("def solve(nums, target):\n")
        : language == QLatin1String("java")
        ? QStringLiteral("class Solution {\n    int solve(int[] nums, int target) {\n")
        : QStringLiteral("int solve(std::vector<int>& nums, int target) {\n");
    for (int line = 0; line < lines; ++line) {
        code += QStringLiteral("    ") + comment + text.words(6) + QLatin1Char('\n');
        code += python ? QStringLiteral("    seen = {n: i for i, n in enumerate(nums)}\n")
                       : QStringLiteral("    int total = nums.size() + target;\n");
    }
    code += python                          ? QStringLiteral("    return -1\n")
        : language == QLatin1String("java") ? QStringLiteral("        return -1;\n    }\n}\n")
                                            : QStringLiteral("    return -1;\n}\n");
    return code;
}

void writeAttempts(Storage::Database &db, TextGenerator &text, Dice &dice, int count, quint32 seed,
    const QVector<QuestionRef> &problems, qint64 nowSecs)
{
    if (problems.isEmpty())
        return;
    const QString languages[] = {QStringLiteral("python"), QStringLiteral("cpp"), QStringLiteral("java")};
    Statement insert(db,
        "INSERT INTO attempts(uid, question_id, language, code, started_at, updated_at, duration_s, rating, "
        "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (int i = 0; i < count; ++i) {
        const QString &language = languages[dice.below(3)];
        const qint64 started = momentInYear(dice, nowSecs);
        const int duration = dice.between(300, 3600);
        insert.bind(1, QStringLiteral("heavy-attempt-%1-%2").arg(seed).arg(i));
        insert.bind(2, problems.at(int(dice.below(quint32(problems.size())))).id).bind(3, language);
        insert.bind(4, attemptCode(language, text, dice.between(4, 20))).bind(5, started);
        insert.bind(6, std::min(nowSecs, started + duration)).bind(7, duration);
        if (dice.chance(60))
            insert.bind(8, dice.between(1, 5));
        else
            insert.bind(8, nullptr);
        insert.bind(9, dice.chance(40) ? text.sentence(5, 15) : QString()).run();
    }
}

} // namespace

HeavyUserSize HeavyUserSize::scaled(int factor)
{
    HeavyUserSize size;
    size.stories *= factor;
    size.diagrams *= factor;
    size.reviews *= factor;
    size.sessions *= factor;
    size.attempts *= factor;
    size.ownQuestions *= factor;
    return size;
}

void generateHeavyUser(Storage::Database &db, const HeavyUserSize &size, quint32 seed, qint64 nowSecs)
{
    generateQuestions(db, size.ownQuestions, seed);
    TextGenerator text(bankVocabulary(db), seed + 1);
    Dice dice(seed);
    {
        Storage::Transaction tx(db);
        spreadOwnQuestions(db, nowSecs);
        const QVector<QuestionRef> questions = liveQuestions(db);
        writeNotes(db, text, dice, questions, nowSecs);
        writeStories(db, text, dice, size.stories, seed, inSection(questions, "leadership"), nowSecs);
        writeDiagrams(db, text, dice, size.diagrams, seed, inSection(questions, "system-design"), nowSecs);
        tx.commit();
    }
    const QVector<QuestionRef> questions = liveQuestions(db);
    {
        Storage::Transaction tx(db);
        writeSessions(db, text, dice, size.sessions, seed, questions, nowSecs);
        writeAttempts(db, text, dice, size.attempts, seed, inSection(questions, "coding"), nowSecs);
        writeReviews(db, dice, size.reviews, questions, nowSecs);
        tx.commit();
    }
}

} // namespace Starloop::Test
