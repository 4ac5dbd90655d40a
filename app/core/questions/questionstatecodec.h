// QuestionStateCodec: the user's state on each question in the export file (DataExport /
// DataImport): star, note and review schedule, the question by uid. The codec turns records
// into JSON and back and checks a record of a file before anything is written;
// QuestionRepository reads every record and merges one in (a newer updated_at wins; the state
// of a question this database lacks is skipped).
//
//   {"question_uid": "aws-s3-durability", "starred": true, "note_md": "eleven nines",
//    "last_rating": 3, "reviews": 2, "lapses": 0, "stability": 3.7, "difficulty": 5.1,
//    "last_review_at": 100, "due_at": 400, "updated_at": 100}
//
//   const Status valid = QuestionStateCodec::validate(json, QStringLiteral("question_state[0]"));
//   QuestionRepository(db).upsertState(QuestionStateCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Questions {

struct QuestionStateRecord
{
    QString questionUid;
    bool starred = false;
    QString noteMd;
    std::optional<qint64> lastRating;
    qint64 reviews = 0;
    qint64 lapses = 0;
    std::optional<double> stability;
    std::optional<double> difficulty;
    std::optional<qint64> lastReviewAt;
    std::optional<qint64> dueAt;
    qint64 updatedAt = 0;
};

struct QuestionStateCodec
{
    static QJsonObject toJson(const QuestionStateRecord &record);
    static QuestionStateRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Questions
