#include "core/practice/reviewcodec.h"

namespace Starloop::Practice {

using Portability::jsonValue;
using Portability::Kind;

QJsonObject ReviewCodec::toJson(const ReviewRecord &record)
{
    return QJsonObject {{QStringLiteral("item_kind"), record.itemKind},
        {QStringLiteral("item_uid"), record.itemUid}, {QStringLiteral("rating"), record.rating},
        {QStringLiteral("reviewed_at"), record.reviewedAt},
        {QStringLiteral("elapsed_days"), jsonValue(record.elapsedDays)},
        {QStringLiteral("interval_days"), jsonValue(record.intervalDays)}};
}

ReviewRecord ReviewCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return ReviewRecord {r.text("item_kind"), r.text("item_uid"), r.integer("rating"),
        r.integer("reviewed_at"), r.optionalNumber("elapsed_days"), r.optionalNumber("interval_days")};
}

Status ReviewCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields({{"item_kind", Kind::Text}, {"item_uid", Kind::Text}, {"rating", Kind::Integer},
                    {"reviewed_at", Kind::Integer}, {"elapsed_days", Kind::Number},
                    {"interval_days", Kind::Number}},
            {"elapsed_days", "interval_days"})
        .oneOf("item_kind", {QStringLiteral("question"), QStringLiteral("story")})
        .range("rating", 1, 4)
        .status();
}

} // namespace Starloop::Practice
