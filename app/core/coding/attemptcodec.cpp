#include "core/coding/attemptcodec.h"

namespace Starloop::Coding {

using Portability::jsonValue;
using Portability::Kind;

QJsonObject AttemptCodec::toJson(const AttemptRecord &record)
{
    return QJsonObject {{QStringLiteral("uid"), record.uid},
        {QStringLiteral("question_uid"), record.questionUid}, {QStringLiteral("language"), record.language},
        {QStringLiteral("code"), record.code}, {QStringLiteral("started_at"), record.startedAt},
        {QStringLiteral("updated_at"), record.updatedAt}, {QStringLiteral("duration_s"), record.durationSecs},
        {QStringLiteral("rating"), jsonValue(record.rating)}, {QStringLiteral("notes"), record.notes},
        {QStringLiteral("last_run"), record.lastRun}};
}

AttemptRecord AttemptCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return AttemptRecord {r.text("uid"), r.text("question_uid"), r.text("language"), r.text("code"),
        r.integer("started_at"), r.integer("updated_at"), r.integer("duration_s"),
        r.optionalInteger("rating"), r.text("notes"), r.text("last_run")};
}

Status AttemptCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields({{"uid", Kind::Text}, {"question_uid", Kind::Text}, {"language", Kind::Text},
                    {"code", Kind::Text}, {"started_at", Kind::Integer}, {"updated_at", Kind::Integer},
                    {"duration_s", Kind::Integer}, {"rating", Kind::Integer}, {"notes", Kind::Text},
                    {"last_run", Kind::Text}},
            {"rating"})
        .range("rating", 1, 5)
        .status();
}

} // namespace Starloop::Coding
