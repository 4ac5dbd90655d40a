#include "core/sync/syncconflicts.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "core/sync/syncledger.h"
#include "core/sync/syncmerge.h"
#include "core/sync/syncsections.h"

#include <QCryptographicHash>
#include <QHash>

#include <QJsonArray>
#include <QJsonDocument>

namespace Starloop::Sync {

using Portability::Kind;
using Portability::Merge;
using Storage::guarded;
using Storage::Statement;

namespace {

// The name a text field goes by in the window.
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Title")},
        {QStringLiteral("prompt_md"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Prompt")},
        {QStringLiteral("answer_md"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Answer")},
        {QStringLiteral("situation"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Situation")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Task")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Action")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Result")},
        {QStringLiteral("reflection"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Reflection")},
        {QStringLiteral("short_version"),
            QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Short version")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Diagram")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Code")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Notes")},
        {QStringLiteral("note_md"), QT_TRANSLATE_NOOP("Starloop::Sync::SyncConflicts", "Note")}};
    const char *name = names.value(field);
    return name ? SyncConflicts::tr(name) : field;
}

} // namespace

SyncConflicts::SyncConflicts(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<SyncConflict>> SyncConflicts::list() const
{
    return guarded(tr("The conflict copies could not be read"), [&]() -> Result<QVector<SyncConflict>> {
        Statement st(m_db,
            "SELECT c.uid, c.section, c.key, coalesce(q.title, c.label), c.device, c.changed_at, c.record "
            "FROM sync_conflicts c LEFT JOIN questions q ON q.uid = c.label "
            "AND c.section IN ('question_notes', 'question_state', 'attempts') "
            "ORDER BY c.changed_at DESC, c.uid");
        QVector<SyncConflict> conflicts;
        while (st.step())
            conflicts << SyncConflict {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                st.int64(5), QJsonDocument::fromJson(st.text(6).toUtf8()).object()};
        return conflicts;
    });
}

Result<int> SyncConflicts::count() const
{
    return guarded(tr("The conflict copies could not be read"),
        [&]() -> Result<int> { return int(m_db.scalarInt("SELECT count(*) FROM sync_conflicts")); });
}

Status SyncConflicts::dismiss(const QString &uid)
{
    return guarded(tr("The conflict copy could not be dismissed"), [&]() -> Status {
        Statement st(m_db, "DELETE FROM sync_conflicts WHERE uid = ?1");
        st.bind(1, uid).run();
        return {};
    });
}

Result<QJsonObject> SyncConflicts::current(const SyncConflict &conflict) const
{
    const SyncSection *section = SyncSection::find(conflict.section);
    if (!section)
        return QJsonObject();
    const Result<QJsonArray> records = section->exportAll(m_db);
    if (!records)
        return records.error();
    for (const QJsonValue &record : records.value()) {
        if (section->key(record.toObject()) == conflict.key)
            return record.toObject();
    }
    return QJsonObject();
}

Status SyncConflicts::useCopy(const SyncConflict &conflict, qint64 nowSecs)
{
    const SyncSection *section = SyncSection::find(conflict.section);
    if (!section)
        return Error {tr("This conflict copy belongs to a list this Starloop does not know.")};
    return guarded(tr("The conflict copy could not be used"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        const Result<QJsonObject> now = current(conflict);
        if (!now)
            return now.error();
        // The text in place becomes a copy in turn, from this device.
        if (!now->isEmpty() && section->textDiffers(now.value(), conflict.record)) {
            const SyncConflict replaced {uidFor(section->name, conflict.key, now.value()), section->name,
                conflict.key, section->label(now.value()), SyncLedger(m_db).deviceName(),
                now->value(QStringLiteral("updated_at")).toVariant().toLongLong(), now.value()};
            if (const Result<Merge> kept = add(replaced, Merge::Rule::Replace); !kept)
                return kept.error();
        }
        // A deleted record comes back as the copy has it.
        QJsonObject record = now->isEmpty() ? conflict.record : now.value();
        for (const QString &field : section->textFields)
            record.insert(field, conflict.record.value(field));
        record.insert(QStringLiteral("updated_at"), double(nowSecs));
        const Result<Merge> written = section->import(m_db, record, Merge::Rule::Replace);
        if (!written)
            return written.error();
        if (written->outcome == Merge::Outcome::Skipped)
            return Error {written->warnings.join(QLatin1Char(' '))};
        if (const Status dismissed = dismiss(conflict.uid); !dismissed)
            return dismissed;
        tx.commit();
        return {};
    });
}

Result<Merge> SyncConflicts::add(const SyncConflict &conflict, Merge::Rule /*rule: a copy never changes*/)
{
    return guarded(tr("The conflict copy could not be kept"), [&]() -> Result<Merge> {
        Statement st(m_db,
            "INSERT OR IGNORE INTO sync_conflicts(uid, section, key, label, device, changed_at, record) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st.bind(1, conflict.uid).bind(2, conflict.section).bind(3, conflict.key).bind(4, conflict.label);
        st.bind(5, conflict.device).bind(6, conflict.changedAt);
        st.bind(7, QString::fromUtf8(QJsonDocument(conflict.record).toJson(QJsonDocument::Compact))).run();
        return m_db.changes() > 0 ? Merge::written(false) : Merge {};
    });
}

QString SyncConflicts::uidFor(const QString &section, const QString &key, const QJsonObject &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        (section + QLatin1Char('/') + key + QLatin1Char('/') + SyncMerge::hashOf(record)).toUtf8(),
        QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(32));
}

QJsonObject SyncConflicts::toJson(const SyncConflict &conflict)
{
    return QJsonObject {{QStringLiteral("uid"), conflict.uid}, {QStringLiteral("section"), conflict.section},
        {QStringLiteral("key"), conflict.key}, {QStringLiteral("label"), conflict.label},
        {QStringLiteral("device"), conflict.device}, {QStringLiteral("changed_at"), conflict.changedAt},
        {QStringLiteral("record"), conflict.record}};
}

SyncConflict SyncConflicts::fromJson(const QJsonObject &json)
{
    const Portability::JsonRecord r(json);
    return SyncConflict {r.text("uid"), r.text("section"), r.text("key"), r.text("label"), r.text("device"),
        r.integer("changed_at"), r.value("record").toObject()};
}

Status SyncConflicts::validate(const QJsonObject &json, const QString &path)
{
    Portability::RecordCheck check(json, path);
    check.fields({{"uid", Kind::Text}, {"section", Kind::Text}, {"key", Kind::Text}, {"label", Kind::Text},
        {"device", Kind::Text}, {"changed_at", Kind::Integer}, {"record", Kind::Object}});
    if (!check.ok())
        return check.status();
    const SyncSection *section = SyncSection::find(json.value(QStringLiteral("section")).toString());
    if (!section || section->textFields.isEmpty())
        return Error {
            Portability::RecordCheck::tr("%1.section is not one that keeps conflict copies").arg(path)};
    return section->validate(
        json.value(QStringLiteral("record")).toObject(), path + QStringLiteral(".record"));
}

QString SyncConflicts::readable(const QJsonObject &record, const QString &section)
{
    const SyncSection *known = SyncSection::find(section);
    if (!known)
        return QString();
    QStringList parts;
    for (const QString &field : known->textFields) {
        const QJsonValue value = record.value(field);
        const QString text = value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
        parts << QStringLiteral("%1:\n%2").arg(fieldName(field), text);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace Starloop::Sync
