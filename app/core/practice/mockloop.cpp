#include "core/practice/mockloop.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/vocabulary/section.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <random>
#include <tuple>

namespace Starloop::Practice {

using Storage::Statement;

namespace {

struct Candidate
{
    MockQuestion question;
    Section section = Section::Leadership; // question.section's
    quint32 randomKey = 0;
    int leastCoverage = std::numeric_limits<int>::max(); // stories behind its least-covered principle
};

// What the planner works from: every question it may ask, and how many stories back each principle.
struct Pool
{
    QVector<Candidate> candidates;
    QSet<qint64> used;
    QSet<QString> askedPrinciples;

    // The best unused candidate from `sections` (earlier sections preferred after due-ness),
    // or nullptr when there is none.
    const Candidate *pick(const QVector<Section> &sections, bool leadership)
    {
        const Candidate *best = nullptr;
        auto key = [&](const Candidate &c) {
            int asked = 0;
            for (const QString &principle : c.question.principles)
                asked += askedPrinciples.contains(principle) ? 1 : 0;
            const bool fresh = c.question.principles.isEmpty() || asked < c.question.principles.size();
            return std::make_tuple(c.question.due ? 0 : 1, leadership ? (fresh ? 0 : 1) : 0,
                leadership ? c.leastCoverage : 0, int(sections.indexOf(c.section)), c.randomKey,
                c.question.id);
        };
        for (const Candidate &c : std::as_const(candidates)) {
            if (used.contains(c.question.id) || !sections.contains(c.section))
                continue;
            if (!best || key(c) < key(*best))
                best = &c;
        }
        if (best) {
            used.insert(best->question.id);
            for (const QString &principle : best->question.principles)
                askedPrinciples.insert(principle);
        }
        return best;
    }

    QVector<MockQuestion> pickMany(const QVector<Section> &sections, bool leadership, int count)
    {
        QVector<MockQuestion> picked;
        for (int i = 0; i < count; ++i) {
            if (const Candidate *c = pick(sections, leadership))
                picked << c->question;
        }
        return picked;
    }
};

Pool loadPool(Storage::Database &db, quint32 seed, qint64 nowSecs)
{
    QHash<QString, int> coverage;
    {
        Statement st(db,
            "SELECT p.id, (SELECT count(*) FROM story_principles sp WHERE sp.principle_id = p.id) "
            "FROM principles p");
        while (st.step())
            coverage.insert(st.text(0), st.integer(1));
    }
    Pool pool;
    std::mt19937 random(seed);
    Statement st(db,
        "SELECT q.id, q.uid, q.title, q.section, "
        "COALESCE(s.due_at IS NOT NULL AND s.due_at <= ?1, 0), "
        "(SELECT group_concat(qp.principle_id, ',') FROM question_principles qp "
        " WHERE qp.question_id = q.id) "
        "FROM questions q LEFT JOIN question_state s ON s.question_id = q.id "
        "WHERE q.retired = 0 AND q.section IN ('coding', 'ood', 'system-design', 'leadership') "
        "ORDER BY q.id");
    st.bind(1, nowSecs);
    while (st.step()) {
        Candidate c;
        c.question.id = st.int64(0);
        c.question.uid = st.text(1);
        c.question.title = st.text(2);
        c.question.section = st.text(3);
        c.section
            = Sections::fromId(c.question.section).value_or(Section::Leadership); // one of the four asked for
        c.question.due = st.integer(4) != 0;
        const QString principles = st.text(5);
        if (!principles.isEmpty())
            c.question.principles = principles.split(QLatin1Char(','));
        c.question.principles.sort();
        for (const QString &principle : std::as_const(c.question.principles))
            c.leastCoverage = std::min(c.leastCoverage, coverage.value(principle, 0));
        c.randomKey = static_cast<quint32>(random());
        pool.candidates << c;
    }
    return pool;
}

} // namespace

int MockLoop::questionCount() const
{
    int count = 0;
    for (const MockRound &round : rounds)
        count += int(round.questions.size());
    return count;
}

MockLoopPlanner::MockLoopPlanner(Storage::Database &db)
    : m_db(db)
{ }

TimerPlan MockLoopPlanner::roundPlan(MockRound::Kind kind, const QVector<MockQuestion> &questions)
{
    switch (kind) {
    case MockRound::Kind::PhoneScreen:
        return TimerPlan::phoneScreen();
    case MockRound::Kind::Coding:
        return TimerPlan::codingRound();
    case MockRound::Kind::SystemDesign:
        return TimerPlan::systemDesign();
    case MockRound::Kind::Behavioral:
    case MockRound::Kind::BarRaiser:
        break;
    }
    // Two or three leadership stories with follow-ups: about 15 minutes each.
    QVector<TimerPhase> phases {{tr("Introductions"), 5 * 60}};
    const int count = std::max<int>(1, int(questions.size()));
    for (int i = 0; i < count; ++i)
        phases << TimerPhase {tr("Story %1").arg(i + 1), 15 * 60};
    phases << TimerPhase {tr("Your questions"), 5 * 60};
    const bool barRaiser = kind == MockRound::Kind::BarRaiser;
    TimerPlan plan(barRaiser ? QStringLiteral("mock-bar-raiser") : QStringLiteral("mock-behavioral"),
        barRaiser ? tr("Bar raiser") : tr("Behavioral round"), phases);
    return plan;
}

Result<MockLoop> MockLoopPlanner::plan(Kind kind, quint32 seed, qint64 nowSecs, int behavioralRounds) const
{
    auto loaded = Storage::guarded(tr("The questions for a mock loop could not be read"),
        [&]() -> Result<Pool> { return loadPool(m_db, seed, nowSecs); });
    if (!loaded)
        return loaded.error();
    Pool pool = std::move(loaded.value());

    const QVector<Section> leadership {Section::Leadership};
    MockLoop loop;
    auto addRound
        = [&loop](MockRound::Kind roundKind, const QString &name, const QVector<MockQuestion> &questions) {
              MockRound round;
              round.kind = roundKind;
              round.name = name;
              round.questions = questions;
              round.plan = roundPlan(roundKind, questions);
              loop.rounds << round;
          };

    if (kind == Kind::PhoneScreen) {
        loop.name = tr("Phone screen");
        QVector<MockQuestion> questions = pool.pickMany(leadership, true, LeadershipQuestionsPerRound);
        questions << pool.pickMany({Section::Coding, Section::Ood}, false, 1);
        addRound(MockRound::Kind::PhoneScreen, tr("Phone screen"), questions);
        return loop;
    }

    loop.name = tr("Onsite loop");
    addRound(
        MockRound::Kind::Coding, tr("Coding 1"), pool.pickMany({Section::Coding, Section::Ood}, false, 1));
    addRound(
        MockRound::Kind::Coding, tr("Coding 2"), pool.pickMany({Section::Ood, Section::Coding}, false, 1));
    addRound(
        MockRound::Kind::SystemDesign, tr("System design"), pool.pickMany({Section::SystemDesign}, false, 1));
    const int behavioral = std::clamp(behavioralRounds, int(MinBehavioralRounds), int(MaxBehavioralRounds));
    for (int i = 0; i < behavioral; ++i)
        addRound(MockRound::Kind::Behavioral, tr("Behavioral %1").arg(i + 1),
            pool.pickMany(leadership, true, LeadershipQuestionsPerRound));
    addRound(MockRound::Kind::BarRaiser, tr("Bar raiser"),
        pool.pickMany(leadership, true, LeadershipQuestionsPerRound));
    return loop;
}

} // namespace Starloop::Practice
