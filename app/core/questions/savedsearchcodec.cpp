#include "core/questions/savedsearchcodec.h"

namespace Starloop::Questions {

using Portability::Kind;

QJsonObject SavedSearchCodec::toJson(const SavedSearchRecord &record)
{
    return QJsonObject {{QStringLiteral("name"), record.name}, {QStringLiteral("query"), record.query}};
}

SavedSearchRecord SavedSearchCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return SavedSearchRecord {r.text("name"), r.text("query")};
}

Status SavedSearchCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields({{"name", Kind::Text}, {"query", Kind::Text}})
        .status();
}

} // namespace Starloop::Questions
