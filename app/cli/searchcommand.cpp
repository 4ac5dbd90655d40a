#include "cli/searchcommand.h"

#include "core/questions/questionrepository.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Starloop::Cli {

namespace {

QString withoutMarkers(QString text, const QString &open, const QString &close)
{
    text.replace(QChar(Questions::MatchStart), open);
    text.replace(QChar(Questions::MatchEnd), close);
    return text;
}

} // namespace

QString SearchCommand::summary() const
{
    return QCoreApplication::translate(
        "SearchCommand", "Search the questions, e.g. search \"dynamo* lp:dive-deep\".");
}

int SearchCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("query"),
        QStringLiteral("Words, \"phrases\", -exclusions and filters "
                       "(lp:, tag:, level:, section:, is:starred, is:due, is:mine)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most <n> results (default 20)."),
        QStringLiteral("n"), QStringLiteral("20")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 1) {
        *context.err << QStringLiteral("--limit needs a positive number\n");
        return 2;
    }

    const auto data = context.openData();
    if (!data)
        return 2;
    const auto query
        = Questions::SearchQuery::fromString(parser.positionalArguments().join(QLatin1Char(' ')));
    Questions::QuestionRepository repository(data->store->db());
    // As the window does: rank the ids, then read and mark the rows (decorate).
    auto results = repository.search(
        query, limit, QDateTime::currentSecsSinceEpoch(), Questions::QuestionRepository::Rows::IdsFirst);
    if (!results) {
        *context.err << results.errorMessage() << '\n';
        return 2;
    }
    if (const Status decorated = repository.decorate(query, results.value()); !decorated) {
        *context.err << decorated.errorMessage() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &r : results.value()) {
            array.append(QJsonObject {{QStringLiteral("uid"), r.uid},
                {QStringLiteral("title"), withoutMarkers(r.title, QString(), QString())},
                {QStringLiteral("section"), r.section}, {QStringLiteral("level"), r.level},
                {QStringLiteral("snippet"),
                    withoutMarkers(r.snippet, QStringLiteral("["), QStringLiteral("]"))}});
        }
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const auto &r : results.value()) {
        *context.out << r.uid << '\t' << withoutMarkers(r.title, QString(), QString()) << '\t' << r.section
                     << '\t' << withoutMarkers(r.snippet, QStringLiteral("["), QStringLiteral("]")) << '\n';
    }
    if (results->isEmpty())
        *context.err << QCoreApplication::translate("SearchCommand", "No questions match.") << '\n';
    return 0;
}

} // namespace Starloop::Cli
