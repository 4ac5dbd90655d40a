// StoryCodec: the stories of the export file (DataExport / DataImport). A StoryRecord is a
// story as the file holds it: linked questions by uid, the review schedule with it. The codec
// turns records into JSON and back and checks a record of a file before anything is written;
// StoryRepository reads every record and merges one in by uid (a newer updated_at wins).
//
//   {"uid": "3f2c…", "title": "The midnight rollback", "situation": "…", "task": "…",
//    "action": "…", "result": "…", "reflection": "", "short_version": "", "happened_on": "2024-03",
//    "role": "", "primary_principle": "ownership", "principles": ["bias-for-action", "ownership"],
//    "question_uids": ["lp-ownership-weekend"], "stability": null, "difficulty": null,
//    "due_at": null, "created_at": 1700000000, "updated_at": 1700000100}
//
//   const Status valid = StoryCodec::validate(json, QStringLiteral("stories[0]"));
//   StoryRepository(db).upsertByUid(StoryCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/stories/story.h"

namespace Starloop::Stories {

struct StoryRecord
{
    Story story; // its id and question ids are not part of the file
    std::optional<double> stability;
    std::optional<double> difficulty;
    std::optional<qint64> dueAt;
    QStringList questionUids; // sorted
};

struct StoryCodec
{
    static QJsonObject toJson(const StoryRecord &record);
    static StoryRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Stories
