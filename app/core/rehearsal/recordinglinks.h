// RecordingLinks: the practice log's link to rehearsal recordings (practice_sessions.recording
// and .marks, schema 7). Recordings live in <database folder>/recordings/ and are stored by
// file name, so a database moved together with its recordings folder keeps its links.
//
//   RecordingLinks links(store.db());
//   const QString path = links.newRecordingPath(sessionId, QStringLiteral("ogg")).value();
//   ... record into path ...
//   links.attach(sessionId, path, marks);
//   links.link(sessionId)      -> RecordingLink {path, marks, exists: false} when the file was
//                                 deleted outside Starloop: reported, never an error
//   links.removeSession(id)    -> RemovedSession {recordingPath}: the GUI offers to delete it
//
// Kept apart from PracticeLog (which owns the other columns) while the practice log is being
// refactored; the two can merge once it lands.
#pragma once

#include "core/rehearsal/rehearsalmarks.h"
#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Rehearsal {

struct RecordingLink
{
    qint64 sessionId = 0;
    QString stored; // as in the column: a file name inside recordings/, or an absolute path
    QString path; // absolute
    QVector<RehearsalMark> marks;
    bool exists = false; // false: the file was deleted or moved outside Starloop
};

struct RemovedSession
{
    qint64 sessionId = 0;
    QString recordingPath; // empty when the session had no recording
    bool recordingExists = false;
};

class RecordingLinks
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::RecordingLinks)
public:
    explicit RecordingLinks(Storage::Database &db);

    // <database folder>/recordings; empty for an in-memory database.
    QString recordingsFolder() const;
    // A fresh path in the recordings folder for session `sessionId` (the folder is created):
    // "rehearsal-2026-11-23-120000-3f2a9c1e.ogg". NoDatabaseFolder for an in-memory database.
    Result<QString> newRecordingPath(qint64 sessionId, const QString &suffix) const;

    // Links `path` (absolute, usually from newRecordingPath) and `marks` to the session.
    Status attach(qint64 sessionId, const QString &path, const QVector<RehearsalMark> &marks);
    Status setMarks(qint64 sessionId, const QVector<RehearsalMark> &marks);
    // Forgets the link (the file is not touched): after the user deleted the file, or gave up
    // on a missing one. The marks stay.
    Status detach(qint64 sessionId);

    // nullopt when the session has no recording; an error only when the session is gone or
    // the database cannot be read.
    Result<std::optional<RecordingLink>> link(qint64 sessionId) const;
    // Every session with a recording, newest first.
    Result<QVector<RecordingLink>> links() const;
    // Those whose file is gone.
    Result<QVector<RecordingLink>> missing() const;

    // Deletes the practice session; reports its recording (left on disk) so the GUI can offer
    // to delete it with deleteRecording().
    Result<RemovedSession> removeSession(qint64 sessionId);
    // Deletes a recording file; a file already gone is fine.
    static Status deleteRecording(const QString &path);

    // The absolute path of a stored value.
    QString resolve(const QString &stored) const;

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Rehearsal
