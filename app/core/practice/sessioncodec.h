// SessionCodec: the practice log of the export file (DataExport / DataImport). A SessionRecord
// is a practice session as the file holds it, its phases as stored (JSON). The codec turns
// records into JSON and back and checks a record of a file before anything is written;
// PracticeLog reads every record and adds one whose uid it does not have (a session is never
// edited after the fact, so one it has is kept).
//
//   {"uid": "5b7d…", "kind": "system-design", "ref": "sd-url-shortener", "title": "URL shortener",
//    "started_at": 70, "planned_s": 3600, "actual_s": 3720,
//    "phases": [{"name": "Clarify", "planned_s": 300, "actual_s": 340}], "rating": 3,
//    "notes": "ran over", "status": "finished", "recording": "rehearsal-2026-11-23-120000-5b7d1a2c.ogg",
//    "marks": [{"kind": "task", "ms": 31000}]}
//
// "recording" is the name the log stores (a file in the recordings folder beside the database,
// which ExportArchive carries), "marks" the S/T/A/R moves and probes set while speaking; files
// written before rehearsals were recorded lack both, and read as no recording.
//
//   const Status valid = SessionCodec::validate(json, QStringLiteral("practice_sessions[0]"));
//   PracticeLog(db).insertByUid(SessionCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Practice {

struct SessionRecord
{
    QString uid;
    QString kind;
    QString ref;
    QString title;
    qint64 startedAt = 0;
    qint64 plannedSeconds = 0;
    qint64 actualSeconds = 0;
    QString phases; // as stored: a JSON list
    std::optional<qint64> rating;
    QString notes;
    QString status; // "finished", "interrupted" or "running"
    QString recording; // as stored: a file name in the recordings folder, or '' for none
    QString marks = QStringLiteral("[]"); // as stored: a JSON list (core/rehearsal/rehearsalmarks.h)
};

struct SessionCodec
{
    static QJsonObject toJson(const SessionRecord &record);
    static SessionRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Practice
