#include "core/coding/codingexamples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must run outside any namespace; the examples live in a static library.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace Starloop::Coding {

namespace {

const QString ResourceFolder = QStringLiteral(":/examples");

} // namespace

Result<LanguageExamples> CodingExamples::parse(const QByteArray &json, const QString &language)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {
            CodingExamples::tr("Not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!document.isObject())
        return Error {CodingExamples::tr("The examples file must hold a JSON object.")};
    const QJsonObject languageObject = document.object().value(language).toObject();
    LanguageExamples examples;
    examples.setup = languageObject.value(QStringLiteral("setup")).toString();
    const QJsonArray cases = languageObject.value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &value : cases) {
        const QJsonObject object = value.toObject();
        ExampleCase example;
        example.call = object.value(QStringLiteral("call")).toString();
        example.expected = object.value(QStringLiteral("expected")).toString();
        example.sorted = object.value(QStringLiteral("compare")).toString() == QLatin1String("sorted");
        if (example.call.trimmed().isEmpty() || example.expected.trimmed().isEmpty())
            return Error {CodingExamples::tr("Case %1 of %2 needs a \"call\" and an \"expected\".")
                              .arg(examples.cases.size() + 1)
                              .arg(language)};
        examples.cases << example;
    }
    return examples;
}

LanguageExamples CodingExamples::forQuestion(const QString &questionUid, const QString &language)
{
    initExampleResources();
    QFile file(ResourceFolder + QLatin1Char('/') + questionUid + QStringLiteral(".json"));
    if (questionUid.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = parse(file.readAll(), language);
    return parsed ? parsed.value() : LanguageExamples {};
}

QStringList CodingExamples::questionUids()
{
    initExampleResources();
    QStringList uids;
    const QStringList names
        = QDir(ResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        uids << name.chopped(5);
    return uids;
}

} // namespace Starloop::Coding
