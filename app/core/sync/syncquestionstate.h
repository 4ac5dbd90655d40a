// SyncQuestionState: a question's state as the sync sends it, in two records merged on their
// own: the note ("question_notes": the text the user writes) and the rest ("question_state": the
// star and the review schedule). A rating given on one computer while the note is edited on the
// other changes one record on each side, so both changes stay and no conflict copy is made; a
// note edited on both sides is still a conflict (the later stays, the other is kept as a copy).
// The export file keeps the whole state in one record (Questions::QuestionStateCodec).
//
//   question_notes: {"question_uid":"aws-s3-durability","note_md":"eleven nines","updated_at":100}
//   question_state: the export's record without note_md
//
// Both records carry the row's updated_at, which orders concurrent versions, but a change of it
// alone is no change of a record (SyncSection::unhashedFields): a rating does not resend the
// note. Writing a record keeps the later of the two updated_at, so every device ends with the same.
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Sync {

class SyncQuestionState
{
public:
    using Merge = Portability::Merge;

    static Status validateNote(const QJsonObject &record, const QString &path);
    static Result<QJsonArray> notes(Storage::Database &db);
    static Result<Merge> importNote(Storage::Database &db, const QJsonObject &record, Merge::Rule rule);

    static Status validateSchedule(const QJsonObject &record, const QString &path);
    static Result<QJsonArray> schedules(Storage::Database &db);
    static Result<Merge> importSchedule(Storage::Database &db, const QJsonObject &record, Merge::Rule rule);
};

} // namespace Starloop::Sync
