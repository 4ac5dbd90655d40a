// ReviewCodec: the review history of the export file (DataExport / DataImport). A ReviewRecord
// is one graded recall of a question or a story, the item by uid. The codec turns records into
// JSON and back and checks a record of a file before anything is written; ReviewRepository
// reads every record and adds one it does not have yet (same item, time and grade).
//
//   {"item_kind": "question", "item_uid": "aws-s3-durability", "rating": 3,
//    "reviewed_at": 100, "elapsed_days": 0, "interval_days": 4}
//
//   const Status valid = ReviewCodec::validate(json, QStringLiteral("reviews[0]"));
//   ReviewRepository(db).insertUnlessKnown(ReviewCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Practice {

struct ReviewRecord
{
    QString itemKind; // "question" or "story"
    QString itemUid;
    qint64 rating = 0; // 1 (again) to 4 (easy)
    qint64 reviewedAt = 0;
    std::optional<double> elapsedDays;
    std::optional<double> intervalDays;
};

struct ReviewCodec
{
    static QJsonObject toJson(const ReviewRecord &record);
    static ReviewRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Practice
