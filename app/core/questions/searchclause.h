// SearchClause: the FROM / WHERE that QuestionRepository's search() and facets() share, built
// from a SearchQuery, with the values it binds in order. Internal to the questions area.
//
//   SearchClause clause = SearchClause::build(SearchQuery::fromString(QStringLiteral("dyn lp:dive")), now);
//   // clause.from:  "questions_fts JOIN questions q ON q.id = questions_fts.rowid LEFT JOIN question_state s
//   …"
//   // clause.where: "q.retired = 0 AND questions_fts MATCH ?1 AND q.id IN (SELECT qp.question_id …)"
//   Statement st(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(clause.from, clause.where)…);
//   clause.bindTo(st);
#pragma once

#include "core/questions/searchquery.h"

#include <QString>
#include <QVector>

#include <variant>
#include <vector>

namespace Starloop::Storage {
class Statement;
}

namespace Starloop::Questions {

struct SearchClause
{
    // Always: the FROM joins question_state as s for the SELECT's sake. WhenFiltered: only when a
    // starred / due filter needs it (the facet counts).
    enum class StateJoin { Always, WhenFiltered };
    using Bind = std::variant<QString, qint64>;

    static SearchClause build(const SearchQuery &query, qint64 nowSecs, StateJoin state = StateJoin::Always);

    QString from;
    QString where;
    // A std::vector: GCC 14 at -O2 warns (falsely) of an uninitialised variant in QVector's append.
    std::vector<Bind> binds;
    bool usesFts = false;

    // Adds a value to bind; returns its parameter ("?3").
    QString param(const Bind &value);
    void bindTo(Storage::Statement &st) const;
};

} // namespace Starloop::Questions
