#include "core/sync/syncsections.h"

#include "core/coding/attemptrepository.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramsyncrecords.h"
#include "core/portability/exportsections.h"
#include "core/questions/questionrepository.h"
#include "core/questions/searchhistory.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/storage/database.h"
#include "core/stories/storyrepository.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncmerge.h"
#include "core/sync/syncquestionstate.h"
#include "core/sync/syncsettings.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Starloop::Sync {

namespace {

Status statusOf(const Status &status)
{
    return status;
}

template<typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// Deletes the row of `table` with this uid through its repository's own delete (which takes
// along what hangs on it); nothing to do when it is gone already.
template<typename Remove>
Status removeByUid(Storage::Database &db, const char *table, const QString &uid, Remove remove)
{
    const auto id = db.intByUid(table, "id", uid);
    if (!id)
        return {};
    return statusOf(remove(*id));
}

Status removeQuestion(Storage::Database &db, const QString &uid)
{
    return removeByUid(
        db, "questions", uid, [&](qint64 id) { return Questions::QuestionRepository(db).removeOwn(id); });
}

Status removeStory(Storage::Database &db, const QString &uid)
{
    return removeByUid(
        db, "stories", uid, [&](qint64 id) { return Stories::StoryRepository(db).remove(id); });
}

Status removeDiagram(Storage::Database &db, const QString &uid)
{
    return removeByUid(
        db, "diagrams", uid, [&](qint64 id) { return Diagrams::DiagramRepository(db).remove(id); });
}

Status removeSession(Storage::Database &db, const QString &uid)
{
    return removeByUid(db, "practice_sessions", uid,
        [&](qint64 id) { return Rehearsal::RecordingLinks(db).removeSession(id); });
}

Status removeAttempt(Storage::Database &db, const QString &uid)
{
    return removeByUid(
        db, "attempts", uid, [&](qint64 id) { return Coding::AttemptRepository(db).remove(id); });
}

Status removeSavedSearch(Storage::Database &db, const QString &name)
{
    return Questions::SearchHistory(db).remove(name);
}

Status dismissConflict(Storage::Database &db, const QString &uid)
{
    return SyncConflicts(db).dismiss(uid);
}

Result<QJsonArray> exportConflicts(Storage::Database &db)
{
    const auto conflicts = SyncConflicts(db).list();
    if (!conflicts)
        return conflicts.error();
    return Portability::jsonArray(conflicts.value(), &SyncConflicts::toJson);
}

Result<Portability::Merge> importConflict(
    Storage::Database &db, const QJsonObject &record, Portability::Merge::Rule rule)
{
    return SyncConflicts(db).add(SyncConflicts::fromJson(record), rule);
}

struct Behaviour
{
    const char *name;
    Status (*remove)(Storage::Database &db, const QString &key);
    QStringList keyFields;
    QStringList textFields;
    const char *labelField;
};

QStringList fields(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

const QVector<Behaviour> &behaviours()
{
    static const QVector<Behaviour> table {
        {"questions", &removeQuestion, fields({"uid"}), fields({"title", "prompt_md", "answer_md"}), "title"},
        {"stories", &removeStory, fields({"uid"}),
            fields({"title", "situation", "task", "action", "result", "reflection", "short_version"}),
            "title"},
        {"reviews", nullptr, fields({"item_kind", "item_uid", "reviewed_at", "rating"}), {}, "item_uid"},
        {"diagrams", &removeDiagram, fields({"uid"}), fields({"title", "document"}), "title"},
        {"practice_sessions", &removeSession, fields({"uid"}), {}, "title"},
        {"saved_searches", &removeSavedSearch, fields({"name"}), {}, "name"},
        {"attempts", &removeAttempt, fields({"uid"}), fields({"code", "notes"}), "question_uid"},
    };
    return table;
}

QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return QString();
    return QString::fromUtf8(value.isObject()
            ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// A list only the sync holds (not the export file), after the export's lists.
SyncSection syncOnly(const char *name, Status (*validate)(const QJsonObject &, const QString &),
    Result<QJsonArray> (*exportAll)(Storage::Database &),
    Result<Portability::Merge> (*import)(Storage::Database &, const QJsonObject &, Portability::Merge::Rule),
    Status (*remove)(Storage::Database &, const QString &), const QStringList &keyFields,
    const char *labelField)
{
    SyncSection section;
    section.name = QLatin1String(name);
    section.validate = validate;
    section.exportAll = exportAll;
    section.import = import;
    section.remove = remove;
    section.keyFields = keyFields;
    section.labelField = QLatin1String(labelField);
    return section;
}

} // namespace

QString SyncSection::key(const QJsonObject &record) const
{
    QStringList parts;
    for (const QString &field : keyFields)
        parts << fieldText(record.value(field));
    return parts.join(QLatin1Char('/'));
}

QString SyncSection::label(const QJsonObject &record) const
{
    return fieldText(record.value(labelField));
}

QString SyncSection::hash(const QJsonObject &record) const
{
    QJsonObject hashed = record;
    for (const QString &field : unhashedFields)
        hashed.remove(field);
    return SyncMerge::hashOf(hashed);
}

bool SyncSection::textDiffers(const QJsonObject &a, const QJsonObject &b) const
{
    for (const QString &field : textFields) {
        if (a.value(field) != b.value(field))
            return true;
    }
    return false;
}

const QVector<SyncSection> &SyncSection::all()
{
    static const QVector<SyncSection> sections = [] {
        QVector<SyncSection> list;
        for (const Portability::ExportSection &exported : Portability::ExportSection::mergeOrder()) {
            if (qstrcmp(exported.name, "question_state") == 0) {
                // In two parts, merged on their own: a rating and a note edit never conflict.
                list << syncOnly("question_state", &SyncQuestionState::validateSchedule,
                    &SyncQuestionState::schedules, &SyncQuestionState::importSchedule, nullptr,
                    fields({"question_uid"}), "question_uid");
                list << syncOnly("question_notes", &SyncQuestionState::validateNote,
                    &SyncQuestionState::notes, &SyncQuestionState::importNote, nullptr,
                    fields({"question_uid"}), "question_uid");
                list[list.size() - 2].unhashedFields = fields({"updated_at"});
                // Its records never hold the note, so it keeps no new copies; the field names the
                // text of the copies made before the state was split, so they still show and apply.
                list[list.size() - 2].textFields = fields({"note_md"});
                list.last().unhashedFields = fields({"updated_at"});
                list.last().textFields = fields({"note_md"});
            }
            for (const Behaviour &behaviour : behaviours()) {
                if (qstrcmp(behaviour.name, exported.name) != 0)
                    continue;
                SyncSection section = syncOnly(behaviour.name, exported.validate, exported.exportAll,
                    exported.import, behaviour.remove, behaviour.keyFields, behaviour.labelField);
                section.textFields = behaviour.textFields;
                list << section;
            }
        }
        // Settings that follow the user: the later change of each wins, never a conflict copy.
        list << syncOnly("settings", &SyncSettings::validate, &SyncSettings::exportAll, &SyncSettings::import,
            nullptr, fields({"key"}), "key");
        using Diagrams::DiagramSyncRecords;
        list << syncOnly("review_dismissals", &DiagramSyncRecords::validateDismissal,
            &DiagramSyncRecords::dismissals, &DiagramSyncRecords::importDismissal,
            &DiagramSyncRecords::removeDismissal, fields({"diagram_uid", "rule_id", "subject"}), "rule_id");
        // A drill and its reviews go with their diagram, like a question's state and reviews.
        list << syncOnly("diagram_drills", &DiagramSyncRecords::validateDrill, &DiagramSyncRecords::drills,
            &DiagramSyncRecords::importDrill, nullptr, fields({"diagram_uid", "template_id"}), "diagram_uid");
        list << syncOnly("drill_reviews", &DiagramSyncRecords::validateDrillReview,
            &DiagramSyncRecords::drillReviews, &DiagramSyncRecords::importDrillReview, nullptr,
            fields({"diagram_uid", "template_id", "reviewed_at", "rating"}), "diagram_uid");
        SyncSection conflicts = syncOnly("sync_conflicts", &SyncConflicts::validate, &exportConflicts,
            &importConflict, &dismissConflict, fields({"uid"}), "label");
        conflicts.dismissalWins = true;
        list << conflicts;
        return list;
    }();
    return sections;
}

const SyncSection *SyncSection::find(const QString &name)
{
    for (const SyncSection &section : all()) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

} // namespace Starloop::Sync
