#include "core/diagrams/recalldrill.h"

#include "core/diagrams/diagramgraph.h"

#include <QRegularExpression>

#include <algorithm>

namespace Starloop::Diagrams {

namespace {

bool isNote(const DiagramNode &n)
{
    return n.kind == QLatin1String("note");
}

QSet<QString> words(const QString &label)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList parts = label.toLower().split(separators, Qt::SkipEmptyParts);
    return QSet<QString>(parts.begin(), parts.end());
}

// How well an attempt node stands for a reference node: 0 = not at all.
double pairScore(const DiagramNode &reference, const DiagramNode &attempt)
{
    const double similarity = RecallDrill::labelSimilarity(reference.label, attempt.label);
    if (reference.kind == attempt.kind)
        return 2 + similarity;
    const DiagramGraph::Role role = DiagramGraph::roleOfKind(reference.kind);
    const bool component = role != DiagramGraph::Role::Annotation && role != DiagramGraph::Role::Group;
    if (component && role == DiagramGraph::roleOfKind(attempt.kind) && similarity >= 0.5)
        return 1 + similarity;
    return 0;
}

bool insideGroupOfKind(const DiagramDocument &doc, const DiagramNode &node, const QString &groupKind)
{
    const DiagramNode *n = &node;
    for (int depth = 0; n && !n->parent.isEmpty() && depth < 64; ++depth) {
        n = doc.node(n->parent);
        if (n && n->kind == groupKind)
            return true;
    }
    return false;
}

bool connected(const DiagramDocument &doc, const QString &a, const QString &b)
{
    for (const DiagramEdge &e : doc.edges) {
        if ((e.from == a && e.to == b) || (e.from == b && e.to == a))
            return true;
    }
    return false;
}

void scoreNames(const DiagramDocument &reference, const DrillPrompt &prompt, const DiagramDocument &attempt,
    DrillScore &score)
{
    for (const DiagramNode &n : reference.nodes) {
        if (!prompt.blankedLabels.contains(n.id))
            continue;
        ++score.nodesExpected;
        const DiagramNode *typed = attempt.node(n.id);
        if (typed && RecallDrill::labelSimilarity(n.label, typed->label) >= 0.5) {
            ++score.nodesMatched;
            score.matches.insert(n.id, n.id);
        } else {
            score.missedNodes << n.id;
        }
    }
}

} // namespace

double DrillScore::fraction() const
{
    const int expected = nodesExpected + edgesExpected + placementsExpected;
    if (expected == 0)
        return 1;
    return double(nodesMatched + edgesMatched + placementsMatched) / expected;
}

int DrillScore::suggestedRating() const
{
    const double f = fraction();
    if (f < 0.4)
        return 1;
    if (f < 0.7)
        return 2;
    return f < 0.9 ? 3 : 4;
}

double RecallDrill::labelSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = words(a);
    const QSet<QString> y = words(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const int common = int(QSet<QString>(x).intersect(y).size());
    return double(common) / double(QSet<QString>(x).unite(y).size());
}

DrillPrompt RecallDrill::prepare(
    const DiagramDocument &reference, DrillScope scope, const QSet<QString> &chosen)
{
    DrillPrompt prompt;
    prompt.scope = scope;
    prompt.shown = reference;
    switch (scope) {
    case DrillScope::Everything:
    case DrillScope::KeepGroups:
        for (const DiagramNode &n : reference.nodes) {
            if (scope == DrillScope::Everything || !reference.isGroup(n.id))
                prompt.hiddenNodes.insert(n.id);
        }
        break;
    case DrillScope::Connections:
        break;
    case DrillScope::Names:
        for (DiagramNode &n : prompt.shown.nodes) {
            if (!isNote(n) && !reference.isGroup(n.id) && !n.label.trimmed().isEmpty()) {
                prompt.blankedLabels.insert(n.id);
                n.label.clear();
            }
        }
        return prompt;
    case DrillScope::Selection:
        for (const QString &id : chosen) {
            if (!reference.node(id))
                continue;
            prompt.hiddenNodes.insert(id);
            prompt.hiddenNodes.unite(reference.descendants(id));
        }
        break;
    }
    const bool everyEdge = scope != DrillScope::Selection;
    for (const DiagramEdge &e : reference.edges) {
        if (everyEdge || prompt.hiddenNodes.contains(e.from) || prompt.hiddenNodes.contains(e.to))
            prompt.hiddenEdges.insert(e.id);
    }
    prompt.shown.removeNodes(prompt.hiddenNodes, prompt.hiddenEdges);
    return prompt;
}

DrillScore RecallDrill::score(
    const DiagramDocument &reference, const DrillPrompt &prompt, const DiagramDocument &attempt)
{
    DrillScore score;
    if (prompt.scope == DrillScope::Names) {
        scoreNames(reference, prompt, attempt, score);
        return score;
    }
    QVector<const DiagramNode *> hidden;
    for (const DiagramNode &n : reference.nodes) {
        if (prompt.hiddenNodes.contains(n.id) && !isNote(n))
            hidden << &n;
    }
    QVector<const DiagramNode *> drawn;
    for (const DiagramNode &n : attempt.nodes) {
        if (!prompt.shown.node(n.id) && !isNote(n))
            drawn << &n;
    }
    // Greedy assignment, best pairs first: few dozen nodes, so all pairs are cheap.
    struct Pair
    {
        double score;
        int hidden;
        int drawn;
    };
    std::vector<Pair> pairs;
    for (int h = 0; h < hidden.size(); ++h) {
        for (int d = 0; d < drawn.size(); ++d) {
            const double s = pairScore(*hidden.at(h), *drawn.at(d));
            if (s > 0)
                pairs.push_back({s, h, d});
        }
    }
    std::stable_sort(
        pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.score > b.score; });
    QSet<int> usedDrawn;
    for (const Pair &p : pairs) {
        const QString &ref = hidden.at(p.hidden)->id;
        if (score.matches.contains(ref) || usedDrawn.contains(p.drawn))
            continue;
        score.matches.insert(ref, drawn.at(p.drawn)->id);
        usedDrawn.insert(p.drawn);
    }
    score.nodesExpected = int(hidden.size());
    score.nodesMatched = int(score.matches.size());
    for (const DiagramNode *n : std::as_const(hidden)) {
        const auto match = score.matches.constFind(n->id);
        if (match == score.matches.constEnd()) {
            score.missedNodes << n->id;
            continue;
        }
        const DiagramNode *parent = reference.node(n->parent);
        if (!parent)
            continue;
        ++score.placementsExpected;
        if (insideGroupOfKind(attempt, *attempt.node(*match), parent->kind))
            ++score.placementsMatched;
        else
            score.misplacedNodes << n->id;
    }
    for (int d = 0; d < drawn.size(); ++d) {
        if (!usedDrawn.contains(d))
            score.extraNodes << drawn.at(d)->id;
    }
    auto mapped = [&](const QString &ref) {
        return prompt.shown.node(ref) ? ref : score.matches.value(ref);
    };
    for (const DiagramEdge &e : reference.edges) {
        if (!prompt.hiddenEdges.contains(e.id))
            continue;
        const DiagramNode *from = reference.node(e.from);
        const DiagramNode *to = reference.node(e.to);
        if ((from && isNote(*from)) || (to && isNote(*to)))
            continue;
        ++score.edgesExpected;
        const QString a = mapped(e.from);
        const QString b = mapped(e.to);
        if (!a.isEmpty() && !b.isEmpty() && connected(attempt, a, b))
            ++score.edgesMatched;
        else
            score.missedEdges << e.id;
    }
    return score;
}

} // namespace Starloop::Diagrams
