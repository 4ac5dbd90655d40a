// DiagramCodec: the diagrams of the export file (DataExport / DataImport), with their kept
// versions. A DiagramRecord is a diagram as the file holds it: its question by uid, its document
// as stored. The codec turns records into JSON and back (a document that is a JSON object is
// written as one, anything else as text) and checks a record of a file before anything is
// written; DiagramRepository reads every record and merges one in by uid (a newer updated_at wins).
//
//   {"uid": "9a1e…", "title": "Checkout", "question_uid": "sd-url-shortener",
//    "document": {"version": 1, "nodes": [...], "edges": [...]}, "created_at": 50,
//    "updated_at": 60, "snapshots": [{"name": "before deep dive", "document": {...}, "created_at": 55}]}
//
//   const Status valid = DiagramCodec::validate(json, QStringLiteral("diagrams[0]"));
//   DiagramRepository(db).upsertByUid(DiagramCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Diagrams {

struct DiagramRecord
{
    struct Snapshot
    {
        QString name;
        QString document; // as stored: JSON text
        qint64 createdAt = 0;
    };
    QString uid;
    QString title;
    std::optional<QString> questionUid;
    QString document; // as stored: JSON text
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QVector<Snapshot> snapshots; // oldest first
};

struct DiagramCodec
{
    static QJsonObject toJson(const DiagramRecord &record);
    static DiagramRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Diagrams
