#include "core/sync/syncledger.h"

#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

namespace Starloop::Sync {

using Storage::readSetting;
using Storage::Statement;
using Storage::writeSetting;

namespace {

QString siblingsText(const QVector<Sibling> &siblings)
{
    if (siblings.isEmpty())
        return QString();
    QJsonArray list;
    for (const Sibling &sibling : siblings)
        list.append(QJsonObject {{QStringLiteral("version"), sibling.version.toJson()},
            {QStringLiteral("deleted"), sibling.deleted}, {QStringLiteral("origin"), sibling.origin},
            {QStringLiteral("record"), sibling.record}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QVector<Sibling> siblingsFrom(const QString &text)
{
    QVector<Sibling> siblings;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject json = value.toObject();
        siblings << Sibling {
            VersionVector::fromJson(json.value(QStringLiteral("version"))).value_or(VersionVector()),
            json.value(QStringLiteral("deleted")).toBool(), json.value(QStringLiteral("origin")).toString(),
            json.value(QStringLiteral("record")).toObject()};
    }
    return siblings;
}

QString jsonText(const QJsonObject &json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

const QString DeviceIdKey = QStringLiteral("sync.device_id");
const QString DeviceNameKey = QStringLiteral("sync.device_name");
const QString CounterKey = QStringLiteral("sync.counter");
const QString SequenceKey = QStringLiteral("sync.sequence");
const QString ChecksumKey = QStringLiteral("sync.checksum");
const QString LastFolderKey = QStringLiteral("sync.last_folder");
const QString ConsentKey = QStringLiteral("sync.consent");
const QString LastRoundKey = QStringLiteral("sync.last_round_at");
const QString CoveredKey = QStringLiteral("sync.covered."); // + the device id

qint64 number(Storage::Database &db, const QString &key)
{
    return readSetting(db, key).value_or(QStringLiteral("0")).toLongLong();
}

} // namespace

SyncLedger::SyncLedger(Storage::Database &db)
    : m_db(db)
{ }

QString SyncLedger::deviceId()
{
    if (const auto id = readSetting(m_db, DeviceIdKey); id && !id->isEmpty())
        return *id;
    return renewDeviceId();
}

QString SyncLedger::renewDeviceId()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    writeSetting(m_db, DeviceIdKey, id);
    writeSetting(m_db, SequenceKey, QStringLiteral("0"));
    writeSetting(m_db, ChecksumKey, QString());
    return id;
}

QString SyncLedger::deviceName()
{
    const QString name = readSetting(m_db, DeviceNameKey).value_or(QString()).trimmed();
    if (!name.isEmpty())
        return name;
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("Starloop") : host;
}

void SyncLedger::setDeviceName(const QString &name)
{
    writeSetting(m_db, DeviceNameKey, name.trimmed());
}

qint64 SyncLedger::nextCounter()
{
    const qint64 next = number(m_db, CounterKey) + 1;
    writeSetting(m_db, CounterKey, QString::number(next));
    return next;
}

qint64 SyncLedger::lastSequence()
{
    return number(m_db, SequenceKey);
}

QString SyncLedger::lastChecksum()
{
    return readSetting(m_db, ChecksumKey).value_or(QString());
}

void SyncLedger::setLastFile(qint64 sequence, const QString &checksum)
{
    writeSetting(m_db, SequenceKey, QString::number(sequence));
    writeSetting(m_db, ChecksumKey, checksum);
}

QString SyncLedger::lastFolder()
{
    return readSetting(m_db, LastFolderKey).value_or(QString());
}

void SyncLedger::setLastFolder(const QString &folder)
{
    writeSetting(m_db, LastFolderKey, folder);
}

std::optional<bool> SyncLedger::consent()
{
    if (const auto allowed = readSetting(m_db, ConsentKey); allowed && !allowed->isEmpty())
        return *allowed == QLatin1String("1");
    return std::nullopt;
}

void SyncLedger::setConsent(bool allowed)
{
    writeSetting(m_db, ConsentKey, allowed ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<qint64> SyncLedger::lastRoundAt()
{
    if (const auto at = readSetting(m_db, LastRoundKey))
        return at->toLongLong();
    return std::nullopt;
}

void SyncLedger::setLastRoundAt(qint64 at)
{
    writeSetting(m_db, LastRoundKey, QString::number(at));
}

QHash<QString, LedgerEntry> SyncLedger::entries(const QString &section)
{
    Statement st(m_db,
        "SELECT key, version, hash, deleted, origin, kept, current, siblings FROM sync_records WHERE section "
        "= ?1");
    st.bind(1, section);
    QHash<QString, LedgerEntry> entries;
    while (st.step())
        entries.insert(st.text(0),
            LedgerEntry {VersionVector::fromText(st.text(1)), st.text(2), st.integer(3) != 0, st.text(4),
                QJsonDocument::fromJson(st.text(5).toUtf8()).object(), VersionVector::fromText(st.text(6)),
                siblingsFrom(st.text(7))});
    return entries;
}

void SyncLedger::put(const QString &section, const QString &key, const LedgerEntry &entry)
{
    Statement st(m_db,
        "INSERT INTO sync_records(section, key, version, hash, deleted, origin, kept, current, siblings) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(section, key) DO UPDATE SET version = excluded.version, hash = excluded.hash, "
        "deleted = excluded.deleted, origin = excluded.origin, kept = excluded.kept, current = "
        "excluded.current, "
        "siblings = excluded.siblings");
    st.bind(1, section).bind(2, key).bind(3, entry.version.toText()).bind(4, entry.hash);
    st.bind(5, entry.deleted).bind(6, entry.origin).bind(7, jsonText(entry.kept));
    st.bind(8, entry.current.toText()).bind(9, siblingsText(entry.siblings)).run();
}

bool SyncLedger::isApplied(const QString &device, qint64 sequence, qint64 size)
{
    Statement st(m_db, "SELECT 1 FROM sync_applied WHERE device = ?1 AND sequence = ?2 AND size = ?3");
    st.bind(1, device).bind(2, sequence).bind(3, size);
    return st.step();
}

bool SyncLedger::isApplied(const QString &checksum)
{
    Statement st(m_db, "SELECT 1 FROM sync_applied WHERE checksum = ?1");
    st.bind(1, checksum);
    return st.step();
}

void SyncLedger::markApplied(const QString &checksum, const QString &device, qint64 sequence, qint64 size)
{
    Statement st(
        m_db, "INSERT OR IGNORE INTO sync_applied(checksum, device, sequence, size) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, checksum).bind(2, device).bind(3, sequence).bind(4, size).run();
}

QSet<qint64> SyncLedger::appliedSequences(const QString &device)
{
    Statement st(m_db, "SELECT sequence FROM sync_applied WHERE device = ?1");
    st.bind(1, device);
    QSet<qint64> sequences;
    while (st.step())
        sequences.insert(st.int64(0));
    return sequences;
}

qint64 SyncLedger::coveredSequence(const QString &device)
{
    return number(m_db, CoveredKey + device);
}

void SyncLedger::setCoveredSequence(const QString &device, qint64 sequence)
{
    if (sequence > coveredSequence(device))
        writeSetting(m_db, CoveredKey + device, QString::number(sequence));
}

void SyncLedger::sawDevice(const QString &id, const QString &name, qint64 fileAt, qint64 now)
{
    Statement st(m_db,
        "INSERT INTO sync_devices(device, name, last_file_at, seen_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(device) DO UPDATE SET name = excluded.name, "
        "last_file_at = max(last_file_at, excluded.last_file_at), seen_at = excluded.seen_at");
    st.bind(1, id).bind(2, name).bind(3, fileAt).bind(4, now).run();
}

QVector<PeerDevice> SyncLedger::devices()
{
    Statement st(
        m_db, "SELECT device, name, last_file_at, seen_at FROM sync_devices ORDER BY seen_at DESC, name");
    QVector<PeerDevice> devices;
    while (st.step())
        devices << PeerDevice {st.text(0), st.text(1), st.int64(2), st.int64(3)};
    return devices;
}

QVector<PendingChange> SyncLedger::pending()
{
    Statement st(
        m_db, "SELECT section, key, version, origin, record FROM sync_pending ORDER BY section, key");
    QVector<PendingChange> changes;
    while (st.step())
        changes << PendingChange {st.text(0), st.text(1), VersionVector::fromText(st.text(2)), st.text(3),
            QJsonDocument::fromJson(st.text(4).toUtf8()).object()};
    return changes;
}

void SyncLedger::putPending(const PendingChange &change)
{
    Statement st(m_db,
        "INSERT INTO sync_pending(section, key, version, origin, record) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(section, key) DO UPDATE SET version = excluded.version, origin = excluded.origin, "
        "record = excluded.record");
    st.bind(1, change.section).bind(2, change.key).bind(3, change.version.toText()).bind(4, change.origin);
    st.bind(5, QString::fromUtf8(QJsonDocument(change.record).toJson(QJsonDocument::Compact))).run();
}

void SyncLedger::dropPending(const QString &section, const QString &key)
{
    Statement st(m_db, "DELETE FROM sync_pending WHERE section = ?1 AND key = ?2");
    st.bind(1, section).bind(2, key).run();
}

} // namespace Starloop::Sync
