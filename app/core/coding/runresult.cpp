#include "core/coding/runresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace Starloop::Coding {

namespace {

constexpr std::array<RunResult::Outcome, 8> AllOutcomes {
    RunResult::Outcome::NotRun,
    RunResult::Outcome::Passed,
    RunResult::Outcome::Failed,
    RunResult::Outcome::CompileError,
    RunResult::Outcome::TimedOut,
    RunResult::Outcome::OutputLimit,
    RunResult::Outcome::Crashed,
    RunResult::Outcome::Unavailable,
};

} // namespace

int RunResult::passedCount() const
{
    return int(std::count_if(cases.cbegin(), cases.cend(), [](const CaseResult &c) { return c.passed; }));
}

QString RunResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotRun:
        return QStringLiteral("not-run");
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::CompileError:
        return QStringLiteral("compile-error");
    case Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case Outcome::OutputLimit:
        return QStringLiteral("output-limit");
    case Outcome::Crashed:
        return QStringLiteral("crashed");
    case Outcome::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QString();
}

QString RunResult::toJson() const
{
    if (outcome == Outcome::NotRun)
        return QString();
    QJsonArray rows;
    for (const CaseResult &c : cases) {
        rows.append(QJsonObject {{QStringLiteral("call"), c.call}, {QStringLiteral("expected"), c.expected},
            {QStringLiteral("actual"), c.actual}, {QStringLiteral("passed"), c.passed},
            {QStringLiteral("ran"), c.ran}});
    }
    const QJsonObject object {{QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("message"), message}, {QStringLiteral("details"), details},
        {QStringLiteral("sandboxed"), sandboxed}, {QStringLiteral("sandboxNote"), sandboxNote},
        {QStringLiteral("elapsedMs"), elapsedMs}, {QStringLiteral("cases"), rows}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RunResult RunResult::fromJson(const QString &json)
{
    RunResult result;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString name = object.value(QStringLiteral("outcome")).toString();
    for (const Outcome outcome : AllOutcomes) {
        if (outcomeName(outcome) == name)
            result.outcome = outcome;
    }
    if (result.outcome == Outcome::NotRun)
        return result;
    result.message = object.value(QStringLiteral("message")).toString();
    result.details = object.value(QStringLiteral("details")).toString();
    result.sandboxed = object.value(QStringLiteral("sandboxed")).toBool();
    result.sandboxNote = object.value(QStringLiteral("sandboxNote")).toString();
    result.elapsedMs = qint64(object.value(QStringLiteral("elapsedMs")).toDouble());
    const QJsonArray rows = object.value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        CaseResult c;
        c.call = row.value(QStringLiteral("call")).toString();
        c.expected = row.value(QStringLiteral("expected")).toString();
        c.actual = row.value(QStringLiteral("actual")).toString();
        c.passed = row.value(QStringLiteral("passed")).toBool();
        c.ran = row.value(QStringLiteral("ran")).toBool();
        result.cases << c;
    }
    return result;
}

} // namespace Starloop::Coding
