#include "core/practice/timersummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Starloop::Practice {

QByteArray TimerSummary::phasesToJson(const QVector<PhaseSummary> &phases)
{
    QJsonArray array;
    for (const PhaseSummary &phase : phases) {
        QJsonObject item;
        item.insert(QStringLiteral("name"), phase.name);
        item.insert(QStringLiteral("planned_s"), phase.plannedSeconds);
        item.insert(QStringLiteral("actual_s"), phase.actualSeconds);
        array.append(item);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<PhaseSummary> TimerSummary::phasesFromJson(const QByteArray &json)
{
    QVector<PhaseSummary> phases;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        PhaseSummary phase;
        phase.name = item.value(QStringLiteral("name")).toString();
        phase.plannedSeconds = item.value(QStringLiteral("planned_s")).toInt();
        phase.actualSeconds = item.value(QStringLiteral("actual_s")).toInt();
        phases.append(phase);
    }
    return phases;
}

} // namespace Starloop::Practice
