#include "core/diagrams/diagramsyncrecords.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QVariant>

#include <optional>

namespace Starloop::Diagrams {

using Portability::Kind;
using Portability::RecordCheck;
using Storage::Statement;

namespace {

// Every row the statement reads, one JSON object per row named by its columns.
QJsonArray rows(Statement &st)
{
    QJsonArray list;
    while (st.step()) {
        QJsonObject row;
        for (int i = 0; i < st.columnCount(); ++i)
            row.insert(st.columnName(i), QJsonValue::fromVariant(st.value(i)));
        list.append(row);
    }
    return list;
}

// Binds the record's fields, in order, to ?1, ?2, ...
void bindFields(Statement &st, const QJsonObject &record, std::initializer_list<const char *> fields)
{
    int index = 1;
    for (const char *field : fields)
        st.bindValue(index++, record.value(QLatin1String(field)).toVariant());
}

bool exists(Storage::Database &db, const char *sql, const QString &value)
{
    Statement st(db, sql);
    st.bind(1, value);
    return st.step();
}

// The id of the drill of the record's diagram or template; nullopt when it has none here.
std::optional<qint64> drillId(Storage::Database &db, const QJsonObject &record)
{
    const QString diagram = record.value(QStringLiteral("diagram_uid")).toString();
    Statement st(db,
        diagram.isEmpty() ? "SELECT id FROM diagram_drills WHERE template_id = ?1"
                          : "SELECT id FROM diagram_drills WHERE diagram_uid = ?1");
    st.bind(1, diagram.isEmpty() ? record.value(QStringLiteral("template_id")).toString() : diagram);
    return st.step() ? std::optional<qint64>(st.int64(0)) : std::nullopt;
}

Status subjectChecked(const QJsonObject &record, const QString &path)
{
    if (record.value(QStringLiteral("diagram_uid")).toString().isEmpty()
        == record.value(QStringLiteral("template_id")).toString().isEmpty())
        return Error {DiagramSyncRecords::tr("%1 names one diagram or one template").arg(path)};
    return {};
}

const char *const DrillColumns = "stability, difficulty, reviews, lapses, last_rating, last_score, "
                                 "last_review_at, due_at, updated_at";

} // namespace

Status DiagramSyncRecords::validateDismissal(const QJsonObject &record, const QString &path)
{
    return RecordCheck(record, path)
        .fields({{"diagram_uid", Kind::Text}, {"rule_id", Kind::Text}, {"subject", Kind::Text},
            {"reason", Kind::Text}, {"updated_at", Kind::Integer}})
        .notBlank("diagram_uid")
        .notBlank("rule_id")
        .notBlank("reason")
        .status();
}

Result<QJsonArray> DiagramSyncRecords::dismissals(Storage::Database &db)
{
    return Storage::guarded(tr("The dismissed findings could not be read"), [&]() -> Result<QJsonArray> {
        Statement st(db,
            "SELECT diagram_uid, rule_id, subject, reason, dismissed_at AS updated_at "
            "FROM diagram_review_dismissals ORDER BY diagram_uid, rule_id, subject");
        return rows(st);
    });
}

Result<Portability::Merge> DiagramSyncRecords::importDismissal(
    Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    return Storage::guarded(tr("The dismissed finding could not be saved"), [&]() -> Result<Merge> {
        if (!exists(db, "SELECT 1 FROM diagrams WHERE uid = ?1",
                record.value(QStringLiteral("diagram_uid")).toString()))
            return Merge::skipped(
                tr("A dismissed finding of a diagram this file does not have was skipped."));
        Statement st(db,
            "SELECT reason, dismissed_at FROM diagram_review_dismissals WHERE diagram_uid = ?1 AND rule_id = "
            "?2 "
            "AND subject = ?3");
        bindFields(st, record, {"diagram_uid", "rule_id", "subject"});
        const bool existed = st.step();
        const qint64 at = qint64(record.value(QStringLiteral("updated_at")).toDouble());
        if (existed
            && ((st.text(0) == record.value(QStringLiteral("reason")).toString() && st.int64(1) == at)
                || (rule == Merge::Rule::NewerWins && st.int64(1) >= at)))
            return Merge {};
        Statement write(db,
            "INSERT INTO diagram_review_dismissals(diagram_uid, rule_id, subject, reason, dismissed_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(diagram_uid, rule_id, subject) DO UPDATE SET "
            "reason = excluded.reason, dismissed_at = excluded.dismissed_at");
        bindFields(write, record, {"diagram_uid", "rule_id", "subject", "reason", "updated_at"});
        write.run();
        return Merge::written(existed);
    });
}

Status DiagramSyncRecords::removeDismissal(Storage::Database &db, const QString &key)
{
    return Storage::guarded(tr("The dismissed finding could not be restored"), [&]() -> Status {
        Statement st(db,
            "DELETE FROM diagram_review_dismissals WHERE diagram_uid = ?1 AND rule_id = ?2 AND subject = ?3");
        st.bind(1, key.section(QLatin1Char('/'), 0, 0))
            .bind(2, key.section(QLatin1Char('/'), 1, 1))
            .bind(3, key.section(QLatin1Char('/'), 2))
            .run();
        return {};
    });
}

Status DiagramSyncRecords::validateDrill(const QJsonObject &record, const QString &path)
{
    const Status fields
        = RecordCheck(record, path)
              .fields({{"diagram_uid", Kind::Text}, {"template_id", Kind::Text}, {"stability", Kind::Number},
                          {"difficulty", Kind::Number}, {"reviews", Kind::Integer}, {"lapses", Kind::Integer},
                          {"last_rating", Kind::Integer}, {"last_score", Kind::Number},
                          {"last_review_at", Kind::Integer}, {"due_at", Kind::Integer},
                          {"updated_at", Kind::Integer}},
                  {"stability", "difficulty", "last_rating", "last_score", "last_review_at", "due_at"})
              .range("last_rating", 1, 4)
              .status();
    return fields ? subjectChecked(record, path) : fields;
}

Result<QJsonArray> DiagramSyncRecords::drills(Storage::Database &db)
{
    return Storage::guarded(tr("The drill schedules could not be read"), [&]() -> Result<QJsonArray> {
        const QByteArray sql = QByteArray("SELECT COALESCE(diagram_uid, '') AS diagram_uid, "
                                          "COALESCE(template_id, '') AS template_id, ")
            + DrillColumns + " FROM diagram_drills ORDER BY diagram_uid, template_id";
        Statement st(db, sql.constData());
        return rows(st);
    });
}

Result<Portability::Merge> DiagramSyncRecords::importDrill(
    Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    return Storage::guarded(tr("The drill schedule could not be saved"), [&]() -> Result<Merge> {
        const QString diagram = record.value(QStringLiteral("diagram_uid")).toString();
        if (!diagram.isEmpty() && !exists(db, "SELECT 1 FROM diagrams WHERE uid = ?1", diagram))
            return Merge::skipped(tr("The drill of a diagram this file does not have was skipped."));
        const std::optional<qint64> id = drillId(db, record);
        if (id && rule == Merge::Rule::NewerWins) {
            Statement st(db, "SELECT updated_at FROM diagram_drills WHERE id = ?1");
            st.bind(1, *id);
            if (st.step() && st.int64(0) >= qint64(record.value(QStringLiteral("updated_at")).toDouble()))
                return Merge {};
        }
        if (!id) {
            Statement insert(
                db, "INSERT INTO diagram_drills(diagram_uid, template_id, updated_at) VALUES (?1, ?2, 0)");
            insert.bindNullableText(1, diagram)
                .bindNullableText(2, record.value(QStringLiteral("template_id")).toString())
                .run();
        }
        Statement update(db,
            "UPDATE diagram_drills SET stability = ?1, difficulty = ?2, reviews = ?3, lapses = ?4, "
            "last_rating = ?5, last_score = ?6, last_review_at = ?7, due_at = ?8, updated_at = ?9 "
            "WHERE id = ?10");
        bindFields(update, record,
            {"stability", "difficulty", "reviews", "lapses", "last_rating", "last_score", "last_review_at",
                "due_at", "updated_at"});
        update.bind(10, id ? *id : db.lastInsertRowId()).run();
        return Merge::written(id.has_value());
    });
}

Status DiagramSyncRecords::validateDrillReview(const QJsonObject &record, const QString &path)
{
    const Status fields = RecordCheck(record, path)
                              .fields({{"diagram_uid", Kind::Text}, {"template_id", Kind::Text},
                                          {"rating", Kind::Integer}, {"reviewed_at", Kind::Integer},
                                          {"elapsed_days", Kind::Number}, {"interval_days", Kind::Number}},
                                  {"elapsed_days", "interval_days"})
                              .range("rating", 1, 4)
                              .status();
    return fields ? subjectChecked(record, path) : fields;
}

Result<QJsonArray> DiagramSyncRecords::drillReviews(Storage::Database &db)
{
    return Storage::guarded(tr("The drill reviews could not be read"), [&]() -> Result<QJsonArray> {
        Statement st(db,
            "SELECT COALESCE(d.diagram_uid, '') AS diagram_uid, COALESCE(d.template_id, '') AS template_id, "
            "r.rating, r.reviewed_at, r.elapsed_days, r.interval_days FROM reviews r "
            "JOIN diagram_drills d ON r.item_kind = 'diagram' AND d.id = r.item_id "
            "ORDER BY d.diagram_uid, d.template_id, r.reviewed_at, r.rating");
        return rows(st);
    });
}

Result<Portability::Merge> DiagramSyncRecords::importDrillReview(
    Storage::Database &db, const QJsonObject &record, Merge::Rule)
{
    return Storage::guarded(tr("The drill review could not be saved"), [&]() -> Result<Merge> {
        const std::optional<qint64> drill = drillId(db, record);
        if (!drill)
            return Merge::skipped(tr("A review of a drill this file does not have was skipped."));
        Statement known(db,
            "SELECT 1 FROM reviews WHERE item_kind = 'diagram' AND item_id = ?1 AND reviewed_at = ?2 "
            "AND rating = ?3");
        known.bind(1, *drill);
        known.bindValue(2, record.value(QStringLiteral("reviewed_at")).toVariant());
        known.bindValue(3, record.value(QStringLiteral("rating")).toVariant());
        if (known.step())
            return Merge {};
        Statement insert(db,
            "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days) "
            "VALUES ('diagram', ?5, ?1, ?2, ?3, ?4)");
        bindFields(insert, record, {"rating", "reviewed_at", "elapsed_days", "interval_days"});
        insert.bind(5, *drill).run();
        return Merge {Merge::Outcome::Added, {}};
    });
}

} // namespace Starloop::Diagrams
