#include "core/diagrams/reviewdismissal.h"

namespace Starloop::Diagrams {

QVector<ReviewDismissal> ReviewDismissal::fromJsonArray(const QJsonArray &array)
{
    QVector<ReviewDismissal> dismissals;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ReviewDismissal d;
        d.ruleId = object.value(QLatin1String("rule")).toString().trimmed();
        d.subject = object.value(QLatin1String("subject")).toString().trimmed();
        d.reason = object.value(QLatin1String("reason")).toString().trimmed();
        d.dismissedAt = static_cast<qint64>(object.value(QLatin1String("dismissed_at")).toDouble());
        if (!d.ruleId.isEmpty() && !d.reason.isEmpty())
            dismissals << d;
    }
    return dismissals;
}

QJsonArray ReviewDismissal::toJsonArray(const QVector<ReviewDismissal> &dismissals)
{
    QJsonArray array;
    for (const ReviewDismissal &d : dismissals) {
        QJsonObject object {{QStringLiteral("rule"), d.ruleId}, {QStringLiteral("reason"), d.reason}};
        if (!d.subject.isEmpty())
            object.insert(QStringLiteral("subject"), d.subject);
        if (d.dismissedAt != 0)
            object.insert(QStringLiteral("dismissed_at"), double(d.dismissedAt));
        array.append(object);
    }
    return array;
}

} // namespace Starloop::Diagrams
