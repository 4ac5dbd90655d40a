// AttemptCodec: the coding attempts of the export file (DataExport / DataImport). An
// AttemptRecord is an attempt as the file holds it: its question by uid. The codec turns
// records into JSON and back and checks a record of a file before anything is written;
// AttemptRepository reads every record and merges one in by uid (a newer updated_at wins).
//
//   {"uid": "c0ffee…", "question_uid": "code-two-sum", "language": "python",
//    "code": "def two_sum(nums, target):\n    ...", "started_at": 80, "updated_at": 90,
//    "duration_s": 600, "rating": 3, "notes": "too slow", "last_run": "{\"outcome\": …}"}
//
//   const Status valid = AttemptCodec::validate(json, QStringLiteral("attempts[0]"));
//   AttemptRepository(db).upsertByUid(AttemptCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Coding {

struct AttemptRecord
{
    QString uid;
    QString questionUid;
    QString language;
    QString code;
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    qint64 durationSecs = 0;
    std::optional<qint64> rating; // 1 to 5
    QString notes;
    QString lastRun; // RunResult::toJson() of the last run; empty when never run
};

struct AttemptCodec
{
    static QJsonObject toJson(const AttemptRecord &record);
    static AttemptRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Coding
