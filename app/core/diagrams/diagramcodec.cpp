#include "core/diagrams/diagramcodec.h"

#include <QJsonDocument>

namespace Starloop::Diagrams {

using Portability::jsonValue;
using Portability::Kind;

namespace {

// A stored document is JSON text: in the file it is a JSON object when it parses as one, else
// the text itself.
QJsonValue documentValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    return text;
}

QString documentText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace

QJsonObject DiagramCodec::toJson(const DiagramRecord &record)
{
    QJsonArray snapshots;
    for (const DiagramRecord::Snapshot &snapshot : record.snapshots)
        snapshots.append(QJsonObject {{QStringLiteral("name"), snapshot.name},
            {QStringLiteral("document"), documentValue(snapshot.document)},
            {QStringLiteral("created_at"), snapshot.createdAt}});
    return QJsonObject {{QStringLiteral("uid"), record.uid}, {QStringLiteral("title"), record.title},
        {QStringLiteral("question_uid"), jsonValue(record.questionUid)},
        {QStringLiteral("document"), documentValue(record.document)},
        {QStringLiteral("created_at"), record.createdAt}, {QStringLiteral("updated_at"), record.updatedAt},
        {QStringLiteral("snapshots"), snapshots}};
}

DiagramRecord DiagramCodec::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    DiagramRecord record;
    record.uid = r.text("uid");
    record.title = r.text("title");
    record.questionUid = r.optionalText("question_uid");
    record.document = documentText(r.value("document"));
    record.createdAt = r.integer("created_at");
    record.updatedAt = r.integer("updated_at");
    for (const QJsonValue &value : r.array("snapshots")) {
        const Portability::JsonRecord snapshot(value.toObject());
        record.snapshots.append(DiagramRecord::Snapshot {
            snapshot.text("name"), documentText(snapshot.value("document")), snapshot.integer("created_at")});
    }
    return record;
}

Status DiagramCodec::validate(const QJsonObject &json, const QString &path)
{
    Portability::RecordCheck check(json, path);
    check.fields(
        {{"uid", Kind::Text}, {"title", Kind::Text}, {"question_uid", Kind::Text}, {"document", Kind::Any},
            {"created_at", Kind::Integer}, {"updated_at", Kind::Integer}, {"snapshots", Kind::Array}},
        {"question_uid"});
    const QJsonArray snapshots = json.value(QStringLiteral("snapshots")).toArray();
    for (int i = 0; i < snapshots.size() && check.ok(); ++i) {
        const QString snapshotPath = QStringLiteral("%1.snapshots[%2]").arg(path).arg(i);
        if (!snapshots.at(i).isObject())
            return Error {Portability::RecordCheck::tr("%1 must be an object").arg(snapshotPath)};
        const Status snapshot
            = Portability::RecordCheck(snapshots.at(i).toObject(), snapshotPath)
                  .fields({{"name", Kind::Text}, {"document", Kind::Any}, {"created_at", Kind::Integer}})
                  .status();
        if (!snapshot)
            return snapshot;
    }
    return check.status();
}

} // namespace Starloop::Diagrams
