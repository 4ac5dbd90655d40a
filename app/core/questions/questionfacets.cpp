// QuestionRepository's facets: the counts beside each filter of the Questions workspace.
#include "core/questions/questionrepository.h"

#include "core/questions/searchclause.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/vocabulary/catalog.h"

#include <QHash>

#include <algorithm>

namespace Starloop::Questions {

using Storage::guarded;
using Storage::Statement;

Result<Facets> QuestionRepository::facets(const SearchQuery &query, qint64 nowSecs, int groups) const
{
    return guarded(tr("Counting the filters failed"), [&]() -> Result<Facets> {
        Facets facets;
        auto grouped = [&](const QString &keyExpr, const QString &extraJoin, int limit,
                           QVector<FacetCount> &into, auto labelOf) {
            // Each row of the FROM is one question (and one tag or principle of it), so count(*)
            // counts questions.
            SearchClause clause = SearchClause::build(query, nowSecs, SearchClause::StateJoin::WhenFiltered);
            const QString sql = QStringLiteral("SELECT %1 AS k, count(*) AS n FROM %2 %3 WHERE %4 "
                                               "GROUP BY k ORDER BY n DESC, k LIMIT %5")
                                    .arg(keyExpr, clause.from, extraJoin, clause.where)
                                    .arg(limit);
            Statement st(m_db, sql.toUtf8().constData());
            clause.bindTo(st);
            while (st.step())
                into << FacetCount {st.text(0), labelOf(st.text(0)), st.integer(1)};
        };
        if (groups & Facets::Sections)
            grouped(QStringLiteral("q.section"), QString(), 20, facets.sections, &Catalog::sectionName);
        if (groups & Facets::Levels)
            grouped(QStringLiteral("q.level"), QString(), 10, facets.levels, &Catalog::levelName);
        if (groups & Facets::Patterns) {
            SearchClause clause = SearchClause::build(query, nowSecs, SearchClause::StateJoin::WhenFiltered);
            const QString sql
                = QStringLiteral("SELECT q.pattern, count(*) FROM %1 WHERE %2 AND q.pattern <> '' "
                                 "AND q.uid NOT LIKE 'pattern-%' GROUP BY q.pattern")
                      .arg(clause.from, clause.where.isEmpty() ? QStringLiteral("1") : clause.where);
            Statement st(m_db, sql.toUtf8().constData());
            clause.bindTo(st);
            while (st.step())
                facets.patterns << FacetCount {st.text(0), Catalog::patternName(st.text(0)), st.integer(1)};
            std::sort(
                facets.patterns.begin(), facets.patterns.end(), [](const FacetCount &a, const FacetCount &b) {
                    return Catalog::patternIds().indexOf(a.key) < Catalog::patternIds().indexOf(b.key);
                });
        }
        if (groups & Facets::Principles) {
            QHash<QString, QString> principleNames;
            Statement names(m_db, "SELECT id, name FROM principles");
            while (names.step())
                principleNames.insert(names.text(0), names.text(1));
            grouped(QStringLiteral("qp.principle_id"),
                QStringLiteral("JOIN question_principles qp ON qp.question_id = q.id"), 20, facets.principles,
                [&](const QString &id) { return principleNames.value(id, id); });
        }
        if (groups & Facets::Tags)
            grouped(QStringLiteral("qt.tag"),
                QStringLiteral("JOIN question_tags qt ON qt.question_id = q.id"), 30, facets.tags,
                [](const QString &tag) { return tag; });
        // Put sections and levels in their natural order rather than by count.
        auto byCatalog = [](QVector<FacetCount> &list, const QStringList &order) {
            std::sort(list.begin(), list.end(), [&](const FacetCount &a, const FacetCount &b) {
                return order.indexOf(a.key) < order.indexOf(b.key);
            });
        };
        byCatalog(facets.sections, Catalog::sections());
        byCatalog(facets.levels, Catalog::levels());

        if (!(groups & Facets::Status))
            return facets;
        SearchClause clause = SearchClause::build(query, nowSecs);
        const QString statusSql
            = QStringLiteral("SELECT count(*), COALESCE(sum(s.starred = 1), 0), "
                             "COALESCE(sum(s.due_at <= %1), 0), COALESCE(sum(q.origin = 'user'), 0) "
                             "FROM %2 WHERE %3")
                  .arg(clause.param(nowSecs), clause.from, clause.where);
        Statement st(m_db, statusSql.toUtf8().constData());
        clause.bindTo(st);
        if (st.step()) {
            facets.total = st.integer(0);
            facets.starred = st.integer(1);
            facets.due = st.integer(2);
            facets.mine = st.integer(3);
        }
        return facets;
    });
}

} // namespace Starloop::Questions
