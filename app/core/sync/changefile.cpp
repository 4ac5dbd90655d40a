#include "core/sync/changefile.h"

#include "core/portability/jsonrecord.h"
#include "core/sync/syncsections.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Starloop::Sync {

using Portability::Kind;
using Portability::RecordCheck;

namespace {

const QByteArray ChangesLead = "\"changes\":";

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject changeJson(const Change &change)
{
    QJsonObject json {{QStringLiteral("section"), change.section}, {QStringLiteral("key"), change.key},
        {QStringLiteral("version"), change.version.toJson()}, {QStringLiteral("by"), change.by}};
    if (change.sequence > 0)
        json.insert(QStringLiteral("sequence"), double(change.sequence));
    if (change.record)
        json.insert(QStringLiteral("record"), *change.record);
    else
        json.insert(QStringLiteral("deleted"), true);
    return json;
}

// One change of the list: its envelope, then its record by the area's own check.
Result<Change> readChange(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Error {RecordCheck::tr("%1 must be an object").arg(path)};
    const QJsonObject json = value.toObject();
    RecordCheck check(json, path);
    check.fields(
        {{"section", Kind::Text}, {"key", Kind::Text}, {"version", Kind::Object}, {"by", Kind::Text}});
    if (!check.ok())
        return Error {check.problem()};
    Change change;
    change.section = json.value(QStringLiteral("section")).toString();
    change.key = json.value(QStringLiteral("key")).toString();
    change.by = json.value(QStringLiteral("by")).toString();
    const SyncSection *section = SyncSection::find(change.section);
    if (!section)
        return Error {
            ChangeFile::tr("%1.section: \"%2\" is not a list this Starloop knows").arg(path, change.section)};
    const auto version = VersionVector::fromJson(json.value(QStringLiteral("version")));
    if (!version || version->isEmpty())
        return Error {ChangeFile::tr("%1.version must map device ids to counters").arg(path)};
    change.version = *version;
    check.optionalFields({{"sequence", Kind::Integer}});
    if (!check.ok())
        return Error {check.problem()};
    change.sequence = qint64(json.value(QStringLiteral("sequence")).toDouble());
    if (json.value(QStringLiteral("deleted")).toBool()) {
        if (change.key.isEmpty())
            return Error {ChangeFile::tr("%1.key is empty").arg(path)};
        return change;
    }
    const QString recordPath = path + QStringLiteral(".record");
    if (!json.value(QStringLiteral("record")).isObject())
        return Error {RecordCheck::tr("%1 must be an object").arg(recordPath)};
    const QJsonObject record = json.value(QStringLiteral("record")).toObject();
    if (const Status valid = section->validate(record, recordPath); !valid)
        return valid.error();
    if (section->key(record) != change.key)
        return Error {ChangeFile::tr("%1.key does not match its record").arg(path)};
    change.record = record;
    return change;
}

} // namespace

QByteArray ChangeFile::toJson() const
{
    QJsonArray list;
    for (const Change &change : changes)
        list.append(changeJson(change));
    const QByteArray body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    QJsonObject header {{QStringLiteral("format"), QStringLiteral("starloop-sync")},
        {QStringLiteral("version"), snapshot ? 2 : 1}, {QStringLiteral("device"), device},
        {QStringLiteral("name"), name}, {QStringLiteral("sequence"), double(sequence)},
        {QStringLiteral("written_at"), double(writtenAt)}, {QStringLiteral("count"), int(changes.size())},
        {QStringLiteral("checksum"), sha256(body)}};
    if (snapshot)
        header.insert(QStringLiteral("snapshot"), true);
    return "{\"header\":" + QJsonDocument(header).toJson(QJsonDocument::Compact) + ",\n" + ChangesLead + body
        + "}\n";
}

Result<ChangeFile> ChangeFile::parse(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {
            tr("not complete or not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
    const QJsonObject header = doc.object().value(QStringLiteral("header")).toObject();
    if (header.value(QStringLiteral("format")).toString() != QLatin1String("starloop-sync"))
        return Error {tr("not a Starloop change file")};
    RecordCheck check(header, QStringLiteral("header"));
    check.fields({{"version", Kind::Integer}, {"device", Kind::Text}, {"name", Kind::Text},
        {"sequence", Kind::Integer}, {"written_at", Kind::Integer}, {"count", Kind::Integer},
        {"checksum", Kind::Text}});
    if (!check.ok())
        return Error {check.problem()};
    if (header.value(QStringLiteral("version")).toInt() > ChangeFileVersion)
        return Error {tr("written by a newer Starloop (version %1; this one reads up to %2)")
                          .arg(header.value(QStringLiteral("version")).toInt())
                          .arg(ChangeFileVersion)};
    // The checksum covers the list exactly as written: the second line, after "changes":.
    const int lead = int(bytes.indexOf(QByteArray("\n" + ChangesLead)));
    QByteArray body = lead < 0 ? QByteArray() : bytes.mid(lead + 1 + ChangesLead.size()).trimmed();
    if (body.endsWith('}'))
        body.chop(1);
    if (sha256(body) != header.value(QStringLiteral("checksum")).toString())
        return Error {tr("its checksum does not match its contents")};
    const QJsonArray list = doc.object().value(QStringLiteral("changes")).toArray();
    if (list.size() != header.value(QStringLiteral("count")).toInt())
        return Error {tr("it holds %1 changes where its header says %2")
                          .arg(list.size())
                          .arg(header.value(QStringLiteral("count")).toInt())};
    ChangeFile file;
    file.device = header.value(QStringLiteral("device")).toString();
    file.name = header.value(QStringLiteral("name")).toString();
    file.sequence = qint64(header.value(QStringLiteral("sequence")).toDouble());
    file.writtenAt = qint64(header.value(QStringLiteral("written_at")).toDouble());
    file.snapshot = header.value(QStringLiteral("snapshot")).toBool();
    if (file.device.isEmpty() || file.sequence < 1)
        return Error {tr("its header names no device or sequence")};
    for (int i = 0; i < list.size(); ++i) {
        Result<Change> change = readChange(list.at(i), QStringLiteral("changes[%1]").arg(i));
        if (!change)
            return change.error();
        file.changes << std::move(change.value());
    }
    return file;
}

SyncFolder::SyncFolder(const QString &folder)
    : m_folder(folder)
{ }

QString SyncFolder::deviceFolder(const QString &device) const
{
    return QDir(m_folder).filePath(QStringLiteral("starloop-sync/") + device);
}

QString SyncFolder::filePath(const QString &device, qint64 sequence, bool snapshot) const
{
    return QDir(deviceFolder(device))
        .filePath((snapshot ? QStringLiteral("%1.snapshot.json") : QStringLiteral("%1.json"))
                      .arg(sequence, 8, 10, QLatin1Char('0')));
}

QVector<SyncFolder::Entry> SyncFolder::entries() const
{
    static const QRegularExpression plain(QStringLiteral("^(\\d+)\\.json$"));
    static const QRegularExpression snapshot(QStringLiteral("^(\\d+)\\.snapshot\\.json$"));
    static const QRegularExpression copy(QStringLiteral("^(\\d+)\\D.*\\.json$"));
    QVector<Entry> entries;
    const QDir root(QDir(m_folder).filePath(QStringLiteral("starloop-sync")));
    for (const QFileInfo &device : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(device.filePath());
        for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch isPlain = plain.match(file.fileName());
            const QRegularExpressionMatch isSnapshot = snapshot.match(file.fileName());
            const QRegularExpressionMatch isCopy = copy.match(file.fileName());
            if (!isPlain.hasMatch() && !isSnapshot.hasMatch() && !isCopy.hasMatch())
                continue;
            const QRegularExpressionMatch &match
                = isPlain.hasMatch() ? isPlain : (isSnapshot.hasMatch() ? isSnapshot : isCopy);
            entries << Entry {device.fileName(), file.filePath(), match.captured(1).toLongLong(), file.size(),
                !isPlain.hasMatch() && !isSnapshot.hasMatch(), isSnapshot.hasMatch()};
        }
    }
    return entries;
}

qint64 SyncFolder::highestSequence(const QString &device) const
{
    qint64 highest = 0;
    for (const Entry &entry : entries()) {
        if (entry.device == device && !entry.conflictCopy)
            highest = qMax(highest, entry.sequence);
    }
    return highest;
}

bool SyncFolder::canWrite(const QString &device) const
{
    for (const QString &path :
        {deviceFolder(device), QDir(m_folder).filePath(QStringLiteral("starloop-sync")), m_folder}) {
        const QFileInfo info(path);
        if (info.exists())
            return info.isDir() && info.isWritable();
    }
    return false;
}

Status SyncFolder::prepare(const ChangeFile &file) const
{
    const QString target = filePath(file.device, file.sequence, file.snapshot);
    if (!QDir().mkpath(deviceFolder(file.device)))
        return Error {tr("The sync folder %1 cannot be written to.").arg(QDir::toNativeSeparators(m_folder))};
    QFile part(target + QStringLiteral(".part"));
    const QByteArray bytes = file.toJson();
    bool written = part.open(QIODevice::WriteOnly | QIODevice::Truncate) && part.write(bytes) == bytes.size()
        && part.flush();
#ifdef Q_OS_UNIX
    written = written && ::fsync(part.handle()) == 0;
#endif
    if (!written) {
        const QString reason = part.errorString();
        part.close();
        part.remove();
        return Error {tr("The sync folder %1 cannot be written to: %2")
                          .arg(QDir::toNativeSeparators(m_folder), reason)};
    }
    return {};
}

Status SyncFolder::publish(const QString &device, qint64 sequence, bool snapshot) const
{
    const QString target = filePath(device, sequence, snapshot);
    const QString part = target + QStringLiteral(".part");
    if (!QFile::exists(part))
        return {};
    if (QFile::exists(target))
        QFile::remove(target);
    if (!QFile::rename(part, target))
        return Error {
            tr("The change file %1 could not be put in place.").arg(QDir::toNativeSeparators(target))};
    return {};
}

void SyncFolder::discardParts(const QString &device, qint64 keep) const
{
    const QDir dir(deviceFolder(device));
    const QString kept = QFileInfo(filePath(device, keep)).fileName() + QStringLiteral(".part");
    const QString keptSnapshot = QFileInfo(filePath(device, keep, true)).fileName() + QStringLiteral(".part");
    for (const QString &name : dir.entryList({QStringLiteral("*.part")}, QDir::Files)) {
        if (name != kept && name != keptSnapshot)
            QFile::remove(dir.filePath(name));
    }
}

} // namespace Starloop::Sync
