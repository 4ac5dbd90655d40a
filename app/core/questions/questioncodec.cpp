#include "core/questions/questioncodec.h"

#include "core/vocabulary/catalog.h"

namespace Starloop::Questions {

using Portability::Kind;

QJsonObject QuestionCodec::toJson(const OwnQuestionRecord &record)
{
    return QJsonObject {{QStringLiteral("uid"), record.uid}, {QStringLiteral("section"), record.section},
        {QStringLiteral("level"), record.level}, {QStringLiteral("title"), record.title},
        {QStringLiteral("prompt_md"), record.promptMd}, {QStringLiteral("answer_md"), record.answerMd},
        {QStringLiteral("tags"), QJsonArray::fromStringList(record.tags)},
        {QStringLiteral("principles"), QJsonArray::fromStringList(record.principles)},
        {QStringLiteral("created_at"), record.createdAt}, {QStringLiteral("updated_at"), record.updatedAt}};
}

OwnQuestionRecord QuestionCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return OwnQuestionRecord {r.text("uid"), r.text("section"), r.text("level"), r.text("title"),
        r.text("prompt_md"), r.text("answer_md"), r.integer("created_at"), r.integer("updated_at"),
        r.textList("tags"), r.textList("principles")};
}

Status QuestionCodec::validate(const QJsonObject &json, const QString &path)
{
    return Portability::RecordCheck(json, path)
        .fields({{"uid", Kind::Text}, {"section", Kind::Text}, {"level", Kind::Text}, {"title", Kind::Text},
            {"prompt_md", Kind::Text}, {"answer_md", Kind::Text}, {"tags", Kind::Array},
            {"principles", Kind::Array}, {"created_at", Kind::Integer}, {"updated_at", Kind::Integer}})
        .oneOf("section", Catalog::sections())
        .oneOf("level", Catalog::levels())
        .textList("tags")
        .textList("principles", &Catalog::principleIds())
        .notBlank("title")
        .status();
}

} // namespace Starloop::Questions
