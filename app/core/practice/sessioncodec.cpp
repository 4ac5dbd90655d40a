#include "core/practice/sessioncodec.h"

#include <QJsonDocument>

namespace Starloop::Practice {

using Portability::jsonValue;
using Portability::Kind;

QJsonObject SessionCodec::toJson(const SessionRecord &record)
{
    return QJsonObject {{QStringLiteral("uid"), record.uid}, {QStringLiteral("kind"), record.kind},
        {QStringLiteral("ref"), record.ref}, {QStringLiteral("title"), record.title},
        {QStringLiteral("started_at"), record.startedAt},
        {QStringLiteral("planned_s"), record.plannedSeconds},
        {QStringLiteral("actual_s"), record.actualSeconds},
        {QStringLiteral("phases"), QJsonDocument::fromJson(record.phases.toUtf8()).array()},
        {QStringLiteral("rating"), jsonValue(record.rating)}, {QStringLiteral("notes"), record.notes},
        {QStringLiteral("status"), record.status}, {QStringLiteral("recording"), record.recording},
        {QStringLiteral("marks"), QJsonDocument::fromJson(record.marks.toUtf8()).array()}};
}

SessionRecord SessionCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    const auto compact = [&](const char *key) {
        return QString::fromUtf8(QJsonDocument(r.array(key)).toJson(QJsonDocument::Compact));
    };
    return SessionRecord {r.text("uid"), r.text("kind"), r.text("ref"), r.text("title"),
        r.integer("started_at"), r.integer("planned_s"), r.integer("actual_s"), compact("phases"),
        r.optionalInteger("rating"), r.text("notes"), r.text("status"), r.text("recording"),
        compact("marks")};
}

Status SessionCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields({{"uid", Kind::Text}, {"kind", Kind::Text}, {"ref", Kind::Text}, {"title", Kind::Text},
                    {"started_at", Kind::Integer}, {"planned_s", Kind::Integer}, {"actual_s", Kind::Integer},
                    {"phases", Kind::Array}, {"rating", Kind::Integer}, {"notes", Kind::Text},
                    {"status", Kind::Text}},
            {"rating"})
        .optionalFields({{"recording", Kind::Text}, {"marks", Kind::Array}})
        .oneOf(
            "status", {QStringLiteral("finished"), QStringLiteral("interrupted"), QStringLiteral("running")})
        .status();
}

} // namespace Starloop::Practice
