#include "core/rehearsal/recordinglinks.h"

#include "core/rehearsal/rehearsalerrors.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Starloop::Rehearsal {

using Storage::Statement;

namespace {

const char LinkColumns[] = "SELECT id, recording, marks FROM practice_sessions ";

RecordingLink readLink(const Statement &st, const RecordingLinks &links)
{
    RecordingLink link;
    link.sessionId = st.int64(0);
    link.stored = st.text(1);
    link.path = links.resolve(link.stored);
    link.marks = marksFromJson(st.text(2).toUtf8());
    link.exists = QFileInfo(link.path).isFile();
    return link;
}

bool isInMemory(const QString &path)
{
    return path.isEmpty() || path == QLatin1String(":memory:") || path.contains(QLatin1String("mode=memory"));
}

} // namespace

RecordingLinks::RecordingLinks(Storage::Database &db)
    : m_db(db)
{ }

QString RecordingLinks::recordingsFolder() const
{
    if (isInMemory(m_db.path()))
        return {};
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("recordings"));
}

QString RecordingLinks::resolve(const QString &stored) const
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored))
        return stored;
    return QDir(recordingsFolder()).filePath(stored);
}

Result<QString> RecordingLinks::newRecordingPath(qint64 sessionId, const QString &suffix) const
{
    const QString folder = recordingsFolder();
    if (folder.isEmpty())
        return Error {tr("Recordings need a database file to sit beside; this database is in memory."),
            NoDatabaseFolder};
    if (!QDir().mkpath(folder))
        return Error {tr("The folder for recordings could not be created: %1").arg(folder), WriteFailed};
    const Result<QString> uid
        = Storage::guarded(tr("The practice session could not be read"), [&]() -> Result<QString> {
              Statement st(m_db, "SELECT uid FROM practice_sessions WHERE id = ?1");
              st.bind(1, sessionId);
              if (!st.step())
                  return Error {tr("The practice session no longer exists.")};
              return st.text(0);
          });
    if (!uid)
        return uid.error();
    const QString stem = QStringLiteral("rehearsal-%1-%2")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")),
                                 uid.value().left(8));
    QString path = QDir(folder).filePath(stem + QLatin1Char('.') + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(suffix));
    return path;
}

Status RecordingLinks::attach(qint64 sessionId, const QString &path, const QVector<RehearsalMark> &marks)
{
    const QFileInfo file(path);
    const bool inFolder = !recordingsFolder().isEmpty() && file.absoluteDir() == QDir(recordingsFolder());
    const QString stored = inFolder ? file.fileName() : file.absoluteFilePath();
    return Storage::guarded(tr("The recording could not be linked to the practice session"), [&]() -> Status {
        Statement st(m_db, "UPDATE practice_sessions SET recording = ?2, marks = ?3 WHERE id = ?1");
        st.bind(1, sessionId).bind(2, stored).bind(3, QString::fromUtf8(marksToJson(marks))).run();
        if (m_db.changes() == 0)
            return Error {tr("The practice session no longer exists.")};
        return {};
    });
}

Status RecordingLinks::setMarks(qint64 sessionId, const QVector<RehearsalMark> &marks)
{
    return Storage::guarded(tr("The marks could not be saved"), [&]() -> Status {
        Statement st(m_db, "UPDATE practice_sessions SET marks = ?2 WHERE id = ?1");
        st.bind(1, sessionId).bind(2, QString::fromUtf8(marksToJson(marks))).run();
        if (m_db.changes() == 0)
            return Error {tr("The practice session no longer exists.")};
        return {};
    });
}

Status RecordingLinks::detach(qint64 sessionId)
{
    return Storage::guarded(tr("The recording could not be unlinked"), [&]() -> Status {
        Statement st(m_db, "UPDATE practice_sessions SET recording = '' WHERE id = ?1");
        st.bind(1, sessionId).run();
        return {};
    });
}

Result<std::optional<RecordingLink>> RecordingLinks::link(qint64 sessionId) const
{
    return Storage::guarded(
        tr("The recording's link could not be read"), [&]() -> Result<std::optional<RecordingLink>> {
            const QByteArray sql = QByteArray(LinkColumns) + "WHERE id = ?1";
            Statement st(m_db, sql.constData());
            st.bind(1, sessionId);
            if (!st.step())
                return Error {tr("The practice session no longer exists.")};
            if (st.text(1).isEmpty())
                return std::optional<RecordingLink>();
            return std::optional<RecordingLink>(readLink(st, *this));
        });
}

Result<QVector<RecordingLink>> RecordingLinks::links() const
{
    return Storage::guarded(
        tr("The recordings could not be listed"), [&]() -> Result<QVector<RecordingLink>> {
            const QByteArray sql
                = QByteArray(LinkColumns) + "WHERE recording <> '' ORDER BY started_at DESC, id DESC";
            Statement st(m_db, sql.constData());
            QVector<RecordingLink> result;
            while (st.step())
                result.append(readLink(st, *this));
            return result;
        });
}

Result<QVector<RecordingLink>> RecordingLinks::missing() const
{
    Result<QVector<RecordingLink>> all = links();
    if (!all)
        return all;
    QVector<RecordingLink> gone;
    for (const RecordingLink &link : all.value()) {
        if (!link.exists)
            gone.append(link);
    }
    return gone;
}

Result<RemovedSession> RecordingLinks::removeSession(qint64 sessionId)
{
    return Storage::guarded(tr("The practice session could not be deleted"), [&]() -> Result<RemovedSession> {
        Statement find(m_db, "SELECT recording FROM practice_sessions WHERE id = ?1");
        find.bind(1, sessionId);
        if (!find.step())
            return Error {tr("The practice session no longer exists.")};
        RemovedSession removed;
        removed.sessionId = sessionId;
        removed.recordingPath = resolve(find.text(0));
        removed.recordingExists
            = !removed.recordingPath.isEmpty() && QFileInfo(removed.recordingPath).isFile();
        Statement st(m_db, "DELETE FROM practice_sessions WHERE id = ?1");
        st.bind(1, sessionId).run();
        return removed;
    });
}

Status RecordingLinks::deleteRecording(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return Error {tr("The recording %1 could not be deleted: %2").arg(path, file.errorString()), WriteFailed};
}

} // namespace Starloop::Rehearsal
