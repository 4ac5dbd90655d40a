// QuestionCodec: the user's own questions in the export file (DataExport / DataImport); bank
// questions are never copied, only referred to by uid. An OwnQuestionRecord is an own question
// as the file holds it. The codec turns records into JSON and back and checks a record of a file
// before anything is written; QuestionRepository reads every record and merges one in by uid (a
// newer updated_at wins; a uid a bank question has is skipped).
//
//   {"uid": "my-0b6f…", "section": "aws", "level": "advanced", "title": "How do we shard orders?",
//    "prompt_md": "", "answer_md": "By customer.", "tags": ["sharding"],
//    "principles": ["dive-deep"], "created_at": 10, "updated_at": 20}
//
//   const Status valid = QuestionCodec::validate(json, QStringLiteral("questions[0]"));
//   QuestionRepository(db).upsertOwn(QuestionCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Questions {

struct OwnQuestionRecord
{
    QString uid;
    QString section;
    QString level;
    QString title;
    QString promptMd;
    QString answerMd;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QStringList tags; // sorted
    QStringList principles; // sorted by id
};

struct QuestionCodec
{
    static QJsonObject toJson(const OwnQuestionRecord &record);
    static OwnQuestionRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Questions
