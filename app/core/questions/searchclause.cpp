#include "core/questions/searchclause.h"

#include "core/storage/statement.h"

namespace Starloop::Questions {

namespace {

// "prefix matches id or name": lp:own matches "ownership", lp:"earn tr" matches "Earn Trust".
QString prefixCondition(SearchClause &clause, const QString &column, const QString &value)
{
    const QString p = clause.param(value);
    return QStringLiteral("substr(lower(%1), 1, length(%2)) = %2").arg(column, p);
}

} // namespace

QString SearchClause::param(const Bind &value)
{
    binds.push_back(value);
    return QStringLiteral("?%1").arg(qulonglong(binds.size()));
}

void SearchClause::bindTo(Storage::Statement &st) const
{
    int index = 0;
    for (const Bind &value : binds) {
        ++index;
        if (const auto *text = std::get_if<QString>(&value))
            st.bind(index, *text);
        else
            st.bind(index, std::get<qint64>(value));
    }
}

SearchClause SearchClause::build(const SearchQuery &query, qint64 nowSecs, StateJoin state)
{
    SearchClause clause;
    QStringList conditions {QStringLiteral("q.retired = 0")};
    const QString match = query.matchExpression();
    const QString stateJoin = state == StateJoin::Always || query.starred || query.due
        ? QStringLiteral(" LEFT JOIN question_state s ON s.question_id = q.id")
        : QString();
    if (!match.isEmpty()) {
        clause.usesFts = true;
        clause.from
            = QStringLiteral("questions_fts JOIN questions q ON q.id = questions_fts.rowid") + stateJoin;
        conditions << QStringLiteral("questions_fts MATCH %1").arg(clause.param(match));
    } else {
        clause.from = QStringLiteral("questions q") + stateJoin;
        const QString exclusion = query.exclusionExpression();
        if (!exclusion.isEmpty())
            conditions << QStringLiteral(
                "q.id NOT IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH %1)")
                              .arg(clause.param(exclusion));
    }
    for (const QString &principle : query.principles) {
        const QString byId = prefixCondition(clause, QStringLiteral("p.id"), principle);
        const QString byName = prefixCondition(clause, QStringLiteral("p.name"), principle);
        conditions << QStringLiteral(
            "q.id IN (SELECT qp.question_id FROM question_principles qp JOIN principles p "
            "ON p.id = qp.principle_id WHERE %1 OR %2)")
                          .arg(byId, byName);
    }
    for (const QString &tag : query.tags)
        conditions << QStringLiteral("q.id IN (SELECT question_id FROM question_tags WHERE %1)")
                          .arg(prefixCondition(clause, QStringLiteral("tag"), tag));
    auto anyOf = [&](const QStringList &values, const QString &column) {
        QStringList alternatives;
        for (const QString &value : values)
            alternatives << prefixCondition(clause, column, value);
        if (!alternatives.isEmpty())
            conditions << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    };
    anyOf(query.levels, QStringLiteral("q.level"));
    anyOf(query.sections, QStringLiteral("q.section"));
    anyOf(query.patterns, QStringLiteral("q.pattern"));
    if (query.starred)
        conditions << QStringLiteral("s.starred = 1");
    if (query.due)
        conditions << QStringLiteral("s.due_at <= %1").arg(clause.param(nowSecs));
    if (query.mine)
        conditions << QStringLiteral("q.origin = 'user'");
    clause.where = conditions.join(QLatin1String(" AND "));
    return clause;
}

} // namespace Starloop::Questions
