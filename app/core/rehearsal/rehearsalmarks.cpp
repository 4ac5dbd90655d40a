#include "core/rehearsal/rehearsalmarks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Starloop::Rehearsal {

namespace {

struct KindName
{
    MarkKind kind;
    const char *id;
};

constexpr KindName KindNames[] = {{MarkKind::Task, "task"}, {MarkKind::Action, "action"},
    {MarkKind::Result, "result"}, {MarkKind::Probe, "probe"}, {MarkKind::End, "end"}};

void sortByTime(QVector<RehearsalMark> &marks)
{
    std::stable_sort(marks.begin(), marks.end(),
        [](const RehearsalMark &a, const RehearsalMark &b) { return a.ms < b.ms; });
}

} // namespace

QString markKindId(MarkKind kind)
{
    for (const KindName &name : KindNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.id);
    }
    return {};
}

std::optional<MarkKind> markKindFromId(const QString &id)
{
    for (const KindName &name : KindNames) {
        if (id == QLatin1String(name.id))
            return name.kind;
    }
    return std::nullopt;
}

std::optional<MarkKind> nextStarMark(const QVector<RehearsalMark> &marks)
{
    std::optional<MarkKind> last;
    for (const RehearsalMark &mark : marks) {
        if (mark.kind == MarkKind::Task || mark.kind == MarkKind::Action || mark.kind == MarkKind::Result)
            last = std::max(last.value_or(mark.kind), mark.kind);
    }
    if (!last)
        return MarkKind::Task;
    if (*last == MarkKind::Task)
        return MarkKind::Action;
    if (*last == MarkKind::Action)
        return MarkKind::Result;
    return std::nullopt;
}

QByteArray marksToJson(const QVector<RehearsalMark> &marks)
{
    QVector<RehearsalMark> sorted = marks;
    sortByTime(sorted);
    QJsonArray array;
    for (const RehearsalMark &mark : sorted) {
        QJsonObject object {{QStringLiteral("kind"), markKindId(mark.kind)}, {QStringLiteral("ms"), mark.ms}};
        if (!mark.label.isEmpty())
            object.insert(QStringLiteral("label"), mark.label);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<RehearsalMark> marksFromJson(const QByteArray &json)
{
    QVector<RehearsalMark> marks;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const std::optional<MarkKind> kind = markKindFromId(object.value(QStringLiteral("kind")).toString());
        const QJsonValue ms = object.value(QStringLiteral("ms"));
        if (!kind || !ms.isDouble() || ms.toDouble() < 0)
            continue;
        marks.append(RehearsalMark {
            *kind, static_cast<qint64>(ms.toDouble()), object.value(QStringLiteral("label")).toString()});
    }
    sortByTime(marks);
    return marks;
}

} // namespace Starloop::Rehearsal
