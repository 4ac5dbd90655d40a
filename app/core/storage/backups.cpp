#include "core/storage/backups.h"

#include "core/storage/database.h"
#include "core/storage/datastore.h"
#include "core/storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

namespace Starloop::Storage {

namespace {

const char StampFormat[] = "yyyyMMdd-HHmmss";

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_baseName = info.completeBaseName();
    m_folder = info.absolutePath() + QLatin1Char('/') + m_baseName + QStringLiteral("-backups");
}

QVector<Backups::Entry> Backups::list() const
{
    QVector<Entry> entries;
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.sqlite$").arg(QRegularExpression::escape(m_baseName)));
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime taken = QDateTime::fromString(match.captured(1), QString::fromLatin1(StampFormat));
        taken.setTimeZone(QTimeZone::utc());
        entries.append(Entry {file.absoluteFilePath(), taken, file.size()});
    }
    return entries;
}

Result<QString> Backups::takeDailyIfDue(Database &db, const QDateTime &now, int keep)
{
    const QVector<Entry> entries = list();
    if (!entries.isEmpty() && entries.first().takenAt.secsTo(now) < 24 * 3600)
        return QString();
    return takeNow(db, now, keep);
}

Result<QString> Backups::takeNow(Database &db, const QDateTime &now, int keep)
{
    if (!QDir().mkpath(m_folder))
        return Error {tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder))};
    const QString target = m_folder + QLatin1Char('/') + m_baseName + QLatin1Char('-')
        + now.toUTC().toString(QString::fromLatin1(StampFormat)) + QStringLiteral(".sqlite");
    const Status written = guarded(tr("The backup could not be written"), [&]() -> Status {
        backupVerified(db, target);
        return {};
    });
    if (!written)
        return written.error();
    prune(keep);
    return target;
}

void Backups::prune(int keep) const
{
    const QVector<Entry> entries = list();
    for (int i = qMax(1, keep); i < entries.size(); ++i)
        QFile::remove(entries.at(i).path);
}

Status Backups::restore(const QString &backupPath, const QString &databasePath)
{
    const FileInspection inspection = inspectFile(backupPath);
    if (inspection.failure != OpenFailure::None || !inspection.exists
        || inspection.applicationId != DataStore::ApplicationId)
        return Error {tr("%1 is not a usable Starloop backup; nothing was changed.").arg(backupPath)};
    try {
        auto copy = Database::open(backupPath, Database::Access::ReadOnly);
        if (copy->scalarText("PRAGMA quick_check") != QLatin1String("ok"))
            return Error {tr("%1 fails its integrity check; nothing was changed.").arg(backupPath)};
    } catch (const StorageError &error) {
        return Error {tr("%1 cannot be read (%2); nothing was changed.").arg(backupPath, error.message())};
    }
    const QString aside = databasePath + QStringLiteral(".before-restore.bak");
    QFile::remove(aside);
    if (QFile::exists(databasePath) && !QFile::copy(databasePath, aside))
        return Error {tr("Cannot keep a copy of the current file at %1; nothing was changed.").arg(aside)};
    const QString partial = databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial))
        return Error {tr("Cannot copy %1; nothing was changed.").arg(backupPath)};
    // The WAL and shared-memory files belong to the old contents.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath);
    if (!QFile::rename(partial, databasePath))
        return Error {tr("Cannot put the backup in place; your previous file is at %1.").arg(aside)};
    return {};
}

DailyBackup::DailyBackup(QString databasePath, int keep, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_keep(keep)
{ }

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::start(const QDateTime &now)
{
    wait();
    m_thread = QThread::create([this, now, path = m_databasePath, keep = m_keep] {
        QString error;
        Result<QString> taken = QString();
        const Status opened = guarded(Backups::tr("The backup could not be written"), [&]() -> Status {
            auto db = Database::open(path, Database::Access::ReadOnly);
            taken = Backups(path).takeDailyIfDue(*db, now, keep);
            return {};
        });
        if (!opened)
            error = opened.errorMessage();
        else if (!taken)
            error = taken.errorMessage();
        const QString written = taken ? taken.value() : QString();
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, written, error] { Q_EMIT finished(written, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("Daily backup"));
    m_thread->start(QThread::LowPriority);
}

void DailyBackup::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Starloop::Storage
