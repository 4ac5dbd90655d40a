#include "core/stories/storycodec.h"

#include "core/vocabulary/catalog.h"

namespace Starloop::Stories {

using Portability::jsonValue;
using Portability::Kind;

QJsonObject StoryCodec::toJson(const StoryRecord &record)
{
    const Story &s = record.story;
    return QJsonObject {{QStringLiteral("uid"), s.uid}, {QStringLiteral("title"), s.title},
        {QStringLiteral("situation"), s.situation}, {QStringLiteral("task"), s.task},
        {QStringLiteral("action"), s.action}, {QStringLiteral("result"), s.result},
        {QStringLiteral("reflection"), s.reflection}, {QStringLiteral("short_version"), s.shortVersion},
        {QStringLiteral("happened_on"), s.happenedOn}, {QStringLiteral("role"), s.role},
        {QStringLiteral("primary_principle"),
            s.primaryPrinciple.isEmpty() ? QJsonValue() : s.primaryPrinciple},
        {QStringLiteral("stability"), jsonValue(record.stability)},
        {QStringLiteral("difficulty"), jsonValue(record.difficulty)},
        {QStringLiteral("due_at"), jsonValue(record.dueAt)}, {QStringLiteral("created_at"), s.createdAt},
        {QStringLiteral("updated_at"), s.updatedAt},
        {QStringLiteral("principles"), QJsonArray::fromStringList(s.principles)},
        {QStringLiteral("question_uids"), QJsonArray::fromStringList(record.questionUids)}};
}

StoryRecord StoryCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    StoryRecord record;
    Story &s = record.story;
    s.uid = r.text("uid");
    s.title = r.text("title");
    s.situation = r.text("situation");
    s.task = r.text("task");
    s.action = r.text("action");
    s.result = r.text("result");
    s.reflection = r.text("reflection");
    s.shortVersion = r.text("short_version");
    s.happenedOn = r.text("happened_on");
    s.role = r.text("role");
    s.primaryPrinciple = r.optionalText("primary_principle").value_or(QString());
    s.principles = r.textList("principles");
    s.createdAt = r.integer("created_at");
    s.updatedAt = r.integer("updated_at");
    record.questionUids = r.textList("question_uids");
    record.stability = r.optionalNumber("stability");
    record.difficulty = r.optionalNumber("difficulty");
    record.dueAt = r.optionalInteger("due_at");
    return record;
}

Status StoryCodec::validate(const QJsonObject &json, const QString &path)
{
    const QStringList &principles = Catalog::principleIds();
    return Portability::RecordCheck(json, path)
        .fields(
            {{"uid", Kind::Text}, {"title", Kind::Text}, {"situation", Kind::Text}, {"task", Kind::Text},
                {"action", Kind::Text}, {"result", Kind::Text}, {"reflection", Kind::Text},
                {"short_version", Kind::Text}, {"happened_on", Kind::Text}, {"role", Kind::Text},
                {"primary_principle", Kind::Text}, {"stability", Kind::Number}, {"difficulty", Kind::Number},
                {"due_at", Kind::Integer}, {"created_at", Kind::Integer}, {"updated_at", Kind::Integer},
                {"principles", Kind::Array}, {"question_uids", Kind::Array}},
            {"primary_principle", "stability", "difficulty", "due_at"})
        .textList("principles", &principles)
        .textList("question_uids")
        .oneOf("primary_principle", principles)
        .status();
}

} // namespace Starloop::Stories
