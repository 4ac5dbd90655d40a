#include "core/questions/questionstatecodec.h"

namespace Starloop::Questions {

using Portability::jsonValue;
using Portability::Kind;

QJsonObject QuestionStateCodec::toJson(const QuestionStateRecord &record)
{
    return QJsonObject {{QStringLiteral("question_uid"), record.questionUid},
        {QStringLiteral("starred"), record.starred}, {QStringLiteral("note_md"), record.noteMd},
        {QStringLiteral("last_rating"), jsonValue(record.lastRating)},
        {QStringLiteral("reviews"), record.reviews}, {QStringLiteral("lapses"), record.lapses},
        {QStringLiteral("stability"), jsonValue(record.stability)},
        {QStringLiteral("difficulty"), jsonValue(record.difficulty)},
        {QStringLiteral("last_review_at"), jsonValue(record.lastReviewAt)},
        {QStringLiteral("due_at"), jsonValue(record.dueAt)},
        {QStringLiteral("updated_at"), record.updatedAt}};
}

QuestionStateRecord QuestionStateCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return QuestionStateRecord {r.text("question_uid"), r.boolean("starred"), r.text("note_md"),
        r.optionalInteger("last_rating"), r.integer("reviews"), r.integer("lapses"),
        r.optionalNumber("stability"), r.optionalNumber("difficulty"), r.optionalInteger("last_review_at"),
        r.optionalInteger("due_at"), r.integer("updated_at")};
}

Status QuestionStateCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields(
            {{"question_uid", Kind::Text}, {"starred", Kind::Boolean}, {"note_md", Kind::Text},
                {"last_rating", Kind::Integer}, {"reviews", Kind::Integer}, {"lapses", Kind::Integer},
                {"stability", Kind::Number}, {"difficulty", Kind::Number}, {"last_review_at", Kind::Integer},
                {"due_at", Kind::Integer}, {"updated_at", Kind::Integer}},
            {"last_rating", "stability", "difficulty", "last_review_at", "due_at"})
        .status();
}

} // namespace Starloop::Questions
