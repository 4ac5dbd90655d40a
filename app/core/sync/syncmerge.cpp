#include "core/sync/syncmerge.h"

#include "core/sync/syncconflicts.h"
#include "core/sync/syncsections.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Starloop::Sync {

using Portability::Merge;

namespace {

qint64 updatedAt(const QJsonObject &record)
{
    return qint64(record.value(QStringLiteral("updated_at")).toDouble());
}

// The fields that name what a record hangs on: a review's story or question, a note's question,
// a drill's diagram.
const char *const ParentFields[] = {"item_uid", "question_uid", "diagram_uid"};

bool hangsOn(const QJsonObject &record, const QString &key)
{
    for (const char *field : ParentFields) {
        if (record.value(QLatin1String(field)).toString() == key)
            return true;
    }
    return false;
}

} // namespace

SyncMerge::SyncMerge(
    Storage::Database &db, SyncLedger &ledger, QString deviceId, QString deviceName, SyncReport &report)
    : m_db(db)
    , m_ledger(ledger)
    , m_deviceId(std::move(deviceId))
    , m_deviceName(std::move(deviceName))
    , m_report(report)
{ }

QString SyncMerge::hashOf(const QJsonObject &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(record).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
                                   .toHex());
}

Result<QHash<QString, QJsonObject>> SyncMerge::read(const SyncSection &section)
{
    const Result<QJsonArray> records = section.exportAll(m_db);
    if (!records)
        return records.error();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &value : records.value()) {
        const QJsonObject record = value.toObject();
        byKey.insert(section.key(record), record);
    }
    return byKey;
}

Result<QVector<Change>> SyncMerge::collectLocalChanges()
{
    QVector<Change> changes;
    auto number = [&](const SyncSection &section, const QString &key, LedgerEntry entry,
                      const std::optional<QJsonObject> &json) {
        entry.version.bump(m_deviceId, m_ledger.nextCounter());
        entry.origin = m_deviceName;
        entry.deleted = !json;
        entry.hash = json ? section.hash(*json) : QString();
        entry.current = entry.version; // made on top of everything seen: the others are settled
        entry.siblings.clear();
        record(section, key, entry);
        changes << Change {section.name, key, entry.version, m_deviceName, json};
        ++m_report.sentBySection[section.name];
    };
    for (const SyncSection &section : SyncSection::all()) {
        SectionState &state = m_sections[section.name];
        state.ledger = m_ledger.entries(section.name);
        Result<QHash<QString, QJsonObject>> current = read(section);
        if (!current)
            return current.error();
        state.current = std::move(current.value());
        QStringList edited, deleted;
        for (auto it = state.current.cbegin(); it != state.current.cend(); ++it) {
            const auto entry = state.ledger.constFind(it.key());
            if (entry == state.ledger.cend() || entry->deleted || entry->hash != section.hash(it.value()))
                edited << it.key();
        }
        // Reviews are only added, and a question's state goes with its question: neither is
        // deleted on its own.
        for (auto it = state.ledger.cbegin(); section.remove && it != state.ledger.cend(); ++it) {
            if (!it->deleted && !state.current.contains(it.key()))
                deleted << it.key();
        }
        edited.sort();
        deleted.sort();
        for (const QString &key : std::as_const(edited))
            number(section, key, state.ledger.value(key), state.current.value(key));
        for (const QString &key : std::as_const(deleted))
            number(section, key, state.ledger.value(key), std::nullopt);
    }
    m_report.sent = int(changes.size());
    return changes;
}

Status SyncMerge::apply(const QVector<Change> &changes)
{
    for (const SyncSection &section : SyncSection::all()) {
        for (const Change &change : changes) {
            if (change.section != section.name)
                continue;
            if (const Status applied = applyOne(section, change); !applied)
                return applied;
        }
    }
    return {};
}

Status SyncMerge::applyOne(const SyncSection &section, const Change &change)
{
    SectionState &state = m_sections[section.name];
    const auto known = state.ledger.constFind(change.key);
    LedgerEntry local;
    QVector<Candidate> all;
    if (known != state.ledger.cend()) {
        local = *known;
        const VersionVector::Order order = change.version.compare(local.version);
        if (order == VersionVector::Order::Before || order == VersionVector::Order::Equal) {
            m_ledger.dropPending(section.name, change.key); // stale: this device has seen it
            return {};
        }
        all << Candidate {local.current.isEmpty() ? local.version : local.current, local.deleted,
            local.origin, state.current.value(change.key), Candidate::InPlace};
        for (const Sibling &sibling : std::as_const(local.siblings))
            all << Candidate {
                sibling.version, sibling.deleted, sibling.origin, sibling.record, Candidate::Aside};
    }
    all << Candidate {change.version, !change.record, change.by, change.record.value_or(QJsonObject()),
        Candidate::Incoming};

    // The versions no other one has seen: the same set on every device that has seen the same
    // versions, whatever order they came in, so every device picks the same winner.
    QVector<Candidate> open;
    for (const Candidate &candidate : std::as_const(all)) {
        bool seen = false;
        for (const Candidate &other : std::as_const(all))
            seen = seen || candidate.version.compare(other.version) == VersionVector::Order::Before;
        if (!seen)
            open << candidate;
    }
    const int chosen = winner(section, open);
    const Candidate &win = open.at(chosen);
    if (win.from != Candidate::InPlace) {
        const Result<bool> installed = install(section, change.key, win);
        if (!installed)
            return installed.error();
        if (!installed.value()) { // refers to what is not here
            if (win.from != Candidate::Incoming)
                return {};
            if (!parentDeleted(win.record)) { // not here yet: tried again next round
                m_ledger.putPending(
                    PendingChange {section.name, change.key, change.version, change.by, win.record});
                return {};
            }
        }
    }
    m_ledger.dropPending(section.name, change.key);

    LedgerEntry next;
    next.version = local.version.merged(change.version);
    next.current = win.version;
    next.deleted = win.deleted;
    next.origin = win.origin;
    next.hash = win.deleted ? QString() : section.hash(win.record);
    next.kept = section.remove || win.deleted ? QJsonObject() : win.record;
    for (int i = 0; i < open.size(); ++i) {
        const Candidate &other = open.at(i);
        if (i == chosen)
            continue;
        next.siblings << Sibling {other.version, other.deleted, other.origin, other.record};
        if (!win.deleted && !other.deleted && !section.textFields.isEmpty()
            && section.textDiffers(other.record, win.record)) {
            if (const Status kept = keepConflict(section, change.key, other.record, other.origin); !kept)
                return kept;
        }
    }
    const bool cameBack = section.remove && !win.deleted && win.from != Candidate::InPlace && local.deleted
        && known != state.ledger.cend();
    record(section, change.key, next);
    return cameBack ? restoreDependents(change.key) : Status();
}

// The winner among versions no other has seen: a deletion when every one is (or, for conflict
// copies, when any one is: a dismissal), otherwise the edit with the latest updated_at, the
// SHA-1 of the records breaking a tie; an edit beats a deletion it did not see.
int SyncMerge::winner(const SyncSection &section, const QVector<Candidate> &open)
{
    int best = -1;
    for (int i = 0; i < open.size(); ++i) {
        const Candidate &c = open.at(i);
        if (section.dismissalWins && c.deleted)
            return i;
        if (c.deleted)
            continue;
        if (best < 0)
            best = i;
        const Candidate &b = open.at(best);
        if (updatedAt(c.record) != updatedAt(b.record) ? updatedAt(c.record) > updatedAt(b.record)
                                                       : hashOf(c.record) > hashOf(b.record))
            best = i;
    }
    if (best >= 0)
        return best;
    best = 0;
    for (int i = 1; i < open.size(); ++i) {
        if (open.at(i).version.toText() > open.at(best).version.toText())
            best = i;
    }
    return best;
}

// Puts the winning version in place: writes its record or deletes the one here. False when the
// record refers to something this file does not have (its area skipped it).
Result<bool> SyncMerge::install(const SyncSection &section, const QString &key, const Candidate &win)
{
    SectionState &state = m_sections[section.name];
    if (win.deleted) {
        if (section.remove && state.current.contains(key)) {
            if (const Status removed = section.remove(m_db, key); !removed)
                return removed.error();
            ++m_report.received;
            ++m_report.receivedBySection[section.name];
            // What went with it (a story's reviews, a question's state and attempts) is gone too.
            for (const SyncSection &other : SyncSection::all()) {
                if (other.name == section.name)
                    continue;
                Result<QHash<QString, QJsonObject>> current = read(other);
                if (!current)
                    return current.error();
                m_sections[other.name].current = std::move(current.value());
            }
        }
        state.current.remove(key);
        return true;
    }
    const Result<Merge> merged = section.import(m_db, win.record, Merge::Rule::Replace);
    if (!merged)
        return merged.error();
    if (merged->outcome == Merge::Outcome::Skipped)
        return false;
    if (merged->outcome != Merge::Outcome::Unchanged) {
        ++m_report.received;
        ++m_report.receivedBySection[section.name];
    }
    state.current.insert(key, win.record);
    state.touched.insert(key);
    return true;
}

Status SyncMerge::keepConflict(
    const SyncSection &section, const QString &key, const QJsonObject &loser, const QString &by)
{
    const QString uid = SyncConflicts::uidFor(section.name, key, loser);
    const LedgerEntry dismissed = m_sections[QStringLiteral("sync_conflicts")].ledger.value(uid);
    if (dismissed.deleted)
        return {};
    const SyncConflict copy {uid, section.name, key, section.label(loser), by, updatedAt(loser), loser};
    const Result<Merge> added = SyncConflicts(m_db).add(copy, Merge::Rule::NewerWins);
    if (!added)
        return added.error();
    if (added->outcome == Merge::Outcome::Added) {
        ++m_report.conflicts;
        // Known to the ledger from now on, so that dismissing it before it was ever sent still
        // sends the dismissal (the other devices keep the same copy).
        const SyncSection *conflicts = SyncSection::find(QStringLiteral("sync_conflicts"));
        m_sections[conflicts->name].current.insert(uid, SyncConflicts::toJson(copy));
        if (!m_sections[conflicts->name].ledger.contains(uid))
            record(*conflicts, uid, LedgerEntry {});
    }
    return {};
}

// Whether what the record hangs on (the story of a review, the question of a note) was deleted.
bool SyncMerge::parentDeleted(const QJsonObject &record)
{
    QStringList parents;
    for (const char *field : ParentFields) {
        if (const QString parent = record.value(QLatin1String(field)).toString(); !parent.isEmpty())
            parents << parent;
    }
    for (const SyncSection &section : SyncSection::all()) {
        if (!section.remove)
            continue;
        const QHash<QString, LedgerEntry> &ledger = m_sections[section.name].ledger;
        for (const QString &parent : std::as_const(parents)) {
            const auto entry = ledger.constFind(parent);
            if (entry != ledger.cend() && entry->deleted)
                return true;
        }
    }
    return false;
}

// A record deleted here came back (an edit elsewhere beat the deletion): what went with it (its
// reviews, a question's state) is put back as it was last synced.
Status SyncMerge::restoreDependents(const QString &key)
{
    for (const SyncSection &section : SyncSection::all()) {
        if (section.remove)
            continue;
        SectionState &state = m_sections[section.name];
        for (auto it = state.ledger.cbegin(); it != state.ledger.cend(); ++it) {
            const QJsonObject &kept = it->kept;
            if (kept.isEmpty() || state.current.contains(it.key()) || !hangsOn(kept, key))
                continue;
            const Result<Merge> restored = section.import(m_db, kept, Merge::Rule::Replace);
            if (!restored)
                return restored.error();
            if (restored->outcome == Merge::Outcome::Skipped)
                continue;
            state.current.insert(it.key(), kept);
            state.touched.insert(it.key());
        }
    }
    return {};
}

void SyncMerge::record(const SyncSection &section, const QString &key, const LedgerEntry &entry)
{
    SectionState &state = m_sections[section.name];
    LedgerEntry stored = entry;
    if (!section.remove && state.current.contains(key))
        stored.kept = state.current.value(key);
    state.ledger.insert(key, stored);
    m_ledger.put(section.name, key, stored);
}

Result<QVector<Change>> SyncMerge::wholeState(qint64 sequence)
{
    QVector<Change> changes;
    for (const SyncSection &section : SyncSection::all()) {
        const Result<QHash<QString, QJsonObject>> current = read(section);
        if (!current)
            return current.error();
        const QHash<QString, LedgerEntry> ledger = m_ledger.entries(section.name);
        QStringList keys = ledger.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const LedgerEntry &entry = ledger[key];
            if (!entry.deleted && !current->contains(key))
                continue; // kept aside until what it hangs on comes back
            const VersionVector version = entry.current.isEmpty() ? entry.version : entry.current;
            std::optional<QJsonObject> record;
            if (!entry.deleted)
                record = current->value(key);
            changes << Change {section.name, key, version, entry.origin, record, sequence};
        }
    }
    return changes;
}

Status SyncMerge::finish()
{
    for (const SyncSection &section : SyncSection::all()) {
        SectionState &state = m_sections[section.name];
        if (state.touched.isEmpty())
            continue;
        const Result<QHash<QString, QJsonObject>> current = read(section);
        if (!current)
            return current.error();
        for (const QString &key : std::as_const(state.touched)) {
            const auto entry = state.ledger.find(key);
            if (entry == state.ledger.end() || entry->deleted || !current->contains(key))
                continue;
            entry->hash = section.hash(current->value(key));
            if (!section.remove)
                entry->kept = current->value(key);
            m_ledger.put(section.name, key, *entry);
        }
    }
    m_report.pending = int(m_ledger.pending().size());
    return {};
}

} // namespace Starloop::Sync
