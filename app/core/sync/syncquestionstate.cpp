#include "core/sync/syncquestionstate.h"

#include "core/questions/questionrepository.h"
#include "core/questions/questionstatecodec.h"

namespace Starloop::Sync {

using Portability::Kind;
using Questions::QuestionRepository;
using Questions::QuestionStateCodec;
using Questions::QuestionStateRecord;

namespace {

const QString NoteField = QStringLiteral("note_md");
const QString UidField = QStringLiteral("question_uid");
const QString UpdatedField = QStringLiteral("updated_at");

enum class Part { Note, Schedule };

// The part of a whole state record: the note with its question, or everything but the note.
QJsonObject partOf(const QJsonObject &whole, Part part)
{
    if (part == Part::Schedule) {
        QJsonObject schedule = whole;
        schedule.remove(NoteField);
        return schedule;
    }
    return QJsonObject {{UidField, whole.value(UidField)}, {NoteField, whole.value(NoteField)},
        {UpdatedField, whole.value(UpdatedField)}};
}

Result<QJsonArray> exportPart(Storage::Database &db, Part part)
{
    const auto records = QuestionRepository(db).stateRecords();
    if (!records)
        return records.error();
    QJsonArray list;
    for (const QuestionStateRecord &record : records.value())
        list.append(partOf(QuestionStateCodec::toJson(record), part));
    return list;
}

// Puts the part's fields into the question's state as it is here (a fresh state when it has
// none), keeping the later updated_at of the two.
Result<Portability::Merge> importPart(
    Storage::Database &db, const QJsonObject &record, Portability::Merge::Rule rule)
{
    QuestionRepository repository(db);
    const QString uid = record.value(UidField).toString();
    const auto current = repository.stateRecord(uid);
    if (!current)
        return current.error();
    const QJsonObject before
        = QuestionStateCodec::toJson(current.value().value_or(QuestionStateRecord {uid}));
    if (current.value() && rule == Portability::Merge::Rule::NewerWins
        && current.value()->updatedAt >= qint64(record.value(UpdatedField).toDouble()))
        return Portability::Merge {};
    QJsonObject after = before;
    for (auto it = record.begin(); it != record.end(); ++it)
        after.insert(it.key(), it.value());
    after.insert(UpdatedField,
        qMax(qint64(before.value(UpdatedField).toDouble()), qint64(record.value(UpdatedField).toDouble())));
    if (current.value() && after == before)
        return Portability::Merge {};
    return repository.upsertState(QuestionStateCodec::fromJson(after), Portability::Merge::Rule::Replace);
}

} // namespace

Status SyncQuestionState::validateNote(const QJsonObject &record, const QString &path)
{
    return Portability::RecordCheck(record, path)
        .fields({{"question_uid", Kind::Text}, {"note_md", Kind::Text}, {"updated_at", Kind::Integer}})
        .notBlank("question_uid")
        .status();
}

Result<QJsonArray> SyncQuestionState::notes(Storage::Database &db)
{
    return exportPart(db, Part::Note);
}

Result<Portability::Merge> SyncQuestionState::importNote(
    Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    return importPart(db, record, rule);
}

Status SyncQuestionState::validateSchedule(const QJsonObject &record, const QString &path)
{
    QJsonObject whole = record;
    if (!whole.contains(NoteField))
        whole.insert(NoteField, QString());
    return QuestionStateCodec::validate(whole, path);
}

Result<QJsonArray> SyncQuestionState::schedules(Storage::Database &db)
{
    return exportPart(db, Part::Schedule);
}

Result<Portability::Merge> SyncQuestionState::importSchedule(
    Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    return importPart(db, record, rule);
}

} // namespace Starloop::Sync
