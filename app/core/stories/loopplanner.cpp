#include "core/stories/loopplanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Starloop::Stories {

namespace {

QStringList uncoveredBy(
    const LoopRound &round, const QStringList &storyUids, const QHash<QString, const Story *> &byUid)
{
    QSet<QString> covered;
    for (const QString &uid : storyUids) {
        if (const Story *story = byUid.value(uid))
            covered.unite(QSet<QString>(story->principles.cbegin(), story->principles.cend()));
    }
    QStringList uncovered;
    for (const QString &principle : round.principles) {
        if (!covered.contains(principle) && !uncovered.contains(principle))
            uncovered << principle;
    }
    return uncovered;
}

QHash<QString, const Story *> indexByUid(const QVector<Story> &stories)
{
    QHash<QString, const Story *> byUid;
    for (const Story &story : stories)
        byUid.insert(story.uid, &story);
    return byUid;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            list << item.toString();
    }
    return list;
}

} // namespace

int LoopPlan::gapCount() const
{
    int gaps = 0;
    for (const LoopRound &round : rounds)
        gaps += static_cast<int>(round.uncovered.size());
    return gaps;
}

QVector<LoopRound> LoopPlanner::typicalRounds()
{
    auto round = [](const QString &name, std::initializer_list<const char *> ids) {
        LoopRound r;
        r.name = name;
        for (const char *id : ids)
            r.principles << QString::fromLatin1(id);
        return r;
    };
    return {
        round(tr("Hiring manager"),
            {"ownership", "deliver-results", "hire-and-develop-the-best", "earths-best-employer"}),
        round(tr("Coding 1"), {"customer-obsession", "bias-for-action"}),
        round(tr("Coding 2"), {"dive-deep", "learn-and-be-curious", "invent-and-simplify"}),
        round(tr("System design"), {"think-big", "are-right-a-lot", "insist-on-the-highest-standards"}),
        round(tr("Bar raiser"), {"earn-trust", "have-backbone", "frugality", "broad-responsibility"}),
    };
}

LoopPlan LoopPlanner::plan(const QVector<LoopRound> &rounds, const QVector<Story> &stories)
{
    LoopPlan result;
    result.rounds = rounds;
    QVector<QSet<QString>> open; // per round: the principles still uncovered
    for (LoopRound &round : result.rounds) {
        round.storyUids.clear();
        open << QSet<QString>(round.principles.cbegin(), round.principles.cend());
    }
    QVector<bool> used(stories.size(), false);

    for (;;) {
        int bestRound = -1;
        int bestStory = -1;
        int bestGain = 0;
        bool bestPrimary = false;
        qsizetype bestBreadth = 0;
        for (int r = 0; r < result.rounds.size(); ++r) {
            if (open.at(r).isEmpty())
                continue;
            for (int s = 0; s < stories.size(); ++s) {
                if (used.at(s))
                    continue;
                const Story &story = stories.at(s);
                int gain = 0;
                for (const QString &principle : story.principles)
                    gain += open.at(r).contains(principle) ? 1 : 0;
                if (gain == 0)
                    continue;
                const bool primary = !story.primaryPrinciple.isEmpty()
                    && result.rounds.at(r).principles.contains(story.primaryPrinciple);
                const qsizetype breadth = story.principles.size();
                // Loops run round by round, then story by story, so the first candidate wins every
                // remaining tie.
                const bool better = bestRound < 0 || gain > bestGain
                    || (gain == bestGain && primary && !bestPrimary)
                    || (gain == bestGain && primary == bestPrimary && breadth < bestBreadth);
                if (better) {
                    bestRound = r;
                    bestStory = s;
                    bestGain = gain;
                    bestPrimary = primary;
                    bestBreadth = breadth;
                }
            }
        }
        if (bestRound < 0)
            break;
        used[bestStory] = true;
        const Story &chosen = stories.at(bestStory);
        result.rounds[bestRound].storyUids << chosen.uid;
        for (const QString &principle : chosen.principles)
            open[bestRound].remove(principle);
    }
    return evaluate(result, stories);
}

LoopPlan LoopPlanner::evaluate(const LoopPlan &plan, const QVector<Story> &stories)
{
    const QHash<QString, const Story *> byUid = indexByUid(stories);
    LoopPlan result = plan;
    QSet<QString> told;
    for (LoopRound &round : result.rounds) {
        QStringList kept;
        for (const QString &uid : std::as_const(round.storyUids)) {
            if (byUid.contains(uid) && !told.contains(uid)) {
                kept << uid;
                told.insert(uid);
            }
        }
        round.storyUids = kept;
        round.uncovered = uncoveredBy(round, kept, byUid);
    }
    return result;
}

QByteArray LoopPlanner::toJson(const LoopPlan &plan)
{
    QJsonArray rounds;
    for (const LoopRound &round : plan.rounds) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), round.name);
        object.insert(QStringLiteral("principles"), QJsonArray::fromStringList(round.principles));
        object.insert(QStringLiteral("stories"), QJsonArray::fromStringList(round.storyUids));
        rounds.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("rounds"), rounds);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<LoopPlan> LoopPlanner::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("The loop plan is not valid JSON.")};
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return Error {tr("The loop plan has no version.")};
    if (version > FormatVersion)
        return Error {tr("The loop plan was saved by a newer Starloop (format %1).").arg(version)};
    const QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    if (rounds.size() > MaxRounds)
        return Error {tr("A loop plan has at most %n round(s).", nullptr, MaxRounds)};
    LoopPlan plan;
    for (const QJsonValue &value : rounds) {
        const QJsonObject object = value.toObject();
        LoopRound round;
        round.name = object.value(QStringLiteral("name")).toString().trimmed();
        if (round.name.isEmpty())
            return Error {tr("Every round of the loop plan needs a name.")};
        round.principles = stringList(object.value(QStringLiteral("principles")));
        round.principles.removeDuplicates();
        round.storyUids = stringList(object.value(QStringLiteral("stories")));
        plan.rounds << round;
    }
    return plan;
}

} // namespace Starloop::Stories
