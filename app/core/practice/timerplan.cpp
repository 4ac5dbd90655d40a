#include "core/practice/timerplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <utility>

namespace Starloop::Practice {

namespace {

constexpr int Minute = 60;

// A whole number of seconds in [minimum, maximum], or -1. JSON numbers are doubles; Qt 5.15 has
// no QJsonValue::toInteger, and "300.5" or "1e30" must not be truncated into something valid.
int wholeSeconds(const QJsonValue &value, int minimum, int maximum)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < minimum || number > maximum)
        return -1;
    return static_cast<int>(number);
}

Error invalid(const QString &why)
{
    return Error {TimerPlan::tr("This timer plan cannot be read: %1").arg(why)};
}

} // namespace

TimerPlan::TimerPlan(QString id, QString name, QVector<TimerPhase> phases, int warningAtSeconds)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_phases(std::move(phases))
    , m_warningAtSeconds(warningAtSeconds)
{ }

TimerPlan TimerPlan::leadershipAnswer()
{
    return TimerPlan(QStringLiteral("leadership-answer"), tr("Leadership answer (4 min)"),
        {{tr("Answer"), 4 * Minute}}, 3 * Minute);
}

TimerPlan TimerPlan::codingRound()
{
    return TimerPlan(QStringLiteral("coding-45"), tr("Coding round (45 min)"),
        {{tr("Clarify"), 5 * Minute}, {tr("Approach"), 5 * Minute}, {tr("Code"), 25 * Minute},
            {tr("Test"), 7 * Minute}, {tr("Wrap-up"), 3 * Minute}});
}

TimerPlan TimerPlan::systemDesign()
{
    return TimerPlan(QStringLiteral("system-design-60"), tr("System design (60 min)"),
        {{tr("Clarify requirements"), 5 * Minute}, {tr("Estimate"), 5 * Minute},
            {tr("High-level design"), 15 * Minute}, {tr("Deep dive"), 25 * Minute},
            {tr("Wrap-up"), 10 * Minute}});
}

TimerPlan TimerPlan::systemDesignShort()
{
    return TimerPlan(QStringLiteral("system-design-45"), tr("System design (45 min)"),
        {{tr("Clarify requirements"), 5 * Minute}, {tr("Estimate"), 3 * Minute},
            {tr("High-level design"), 12 * Minute}, {tr("Deep dive"), 20 * Minute},
            {tr("Wrap-up"), 5 * Minute}});
}

TimerPlan TimerPlan::phoneScreen()
{
    return TimerPlan(QStringLiteral("phone-screen-60"), tr("Phone screen (60 min)"),
        {{tr("Introduction"), 5 * Minute}, {tr("Behavioral"), 15 * Minute}, {tr("Coding"), 35 * Minute},
            {tr("Your questions"), 5 * Minute}});
}

TimerPlan TimerPlan::stopwatch()
{
    return TimerPlan(QStringLiteral("stopwatch"), tr("Stopwatch"), {});
}

QVector<TimerPlan> TimerPlan::presets()
{
    return {
        leadershipAnswer(), codingRound(), systemDesign(), systemDesignShort(), phoneScreen(), stopwatch()};
}

int TimerPlan::totalSeconds() const
{
    int total = 0;
    for (const TimerPhase &p : m_phases)
        total += p.seconds;
    return total;
}

QJsonObject TimerPlan::toJsonObject() const
{
    QJsonArray phases;
    for (const TimerPhase &p : m_phases) {
        QJsonObject item;
        item.insert(QStringLiteral("name"), p.name);
        item.insert(QStringLiteral("seconds"), p.seconds);
        phases.append(item);
    }
    QJsonObject object;
    object.insert(QStringLiteral("version"), FormatVersion);
    object.insert(QStringLiteral("id"), m_id);
    object.insert(QStringLiteral("name"), m_name);
    object.insert(QStringLiteral("warningAtSeconds"), m_warningAtSeconds);
    object.insert(QStringLiteral("phases"), phases);
    return object;
}

QByteArray TimerPlan::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<TimerPlan> TimerPlan::fromJsonObject(const QJsonObject &object)
{
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isUndefined() && wholeSeconds(version, 1, FormatVersion) < 0)
        return invalid(TimerPlan::tr("it was written by a newer Starloop or is damaged."));

    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(TimerPlan::tr("it has no name."));
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isUndefined() && !id.isString())
        return invalid(TimerPlan::tr("its id is not text."));

    const QJsonValue phasesValue = object.value(QStringLiteral("phases"));
    if (!phasesValue.isArray())
        return invalid(TimerPlan::tr("it has no list of phases."));
    const QJsonArray phasesArray = phasesValue.toArray();
    if (phasesArray.size() > MaxPhases)
        return invalid(TimerPlan::tr("it has more than %1 phases.").arg(MaxPhases));

    QVector<TimerPhase> phases;
    qint64 total = 0;
    for (const QJsonValue &item : phasesArray) {
        const QJsonObject p = item.toObject();
        const QString phaseName = p.value(QStringLiteral("name")).toString().trimmed();
        if (!item.isObject() || phaseName.isEmpty())
            return invalid(TimerPlan::tr("phase %1 has no name.").arg(phases.size() + 1));
        const int seconds = wholeSeconds(p.value(QStringLiteral("seconds")), 1, MaxPhaseSeconds);
        if (seconds < 0)
            return invalid(
                TimerPlan::tr("phase \"%1\" needs a length of 1 second to 24 hours.").arg(phaseName));
        phases.append(TimerPhase {phaseName, seconds});
        total += seconds;
    }

    int warningAt = 0;
    const QJsonValue warning = object.value(QStringLiteral("warningAtSeconds"));
    if (!warning.isUndefined()) {
        warningAt = wholeSeconds(warning, 0, MaxPhaseSeconds * MaxPhases);
        if (warningAt < 0 || (warningAt > 0 && warningAt >= total))
            return invalid(TimerPlan::tr("its warning is not within the plan."));
    }
    return TimerPlan(id.toString(), name.toString().trimmed(), phases, warningAt);
}

Result<TimerPlan> TimerPlan::fromJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(error.errorString() + QLatin1Char('.'));
    if (!document.isObject())
        return invalid(TimerPlan::tr("it is not a JSON object."));
    return fromJsonObject(document.object());
}

bool TimerPlan::operator==(const TimerPlan &other) const
{
    return m_id == other.m_id && m_name == other.m_name && m_phases == other.m_phases
        && m_warningAtSeconds == other.m_warningAtSeconds;
}

} // namespace Starloop::Practice
