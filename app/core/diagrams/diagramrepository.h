// DiagramRepository: the SQL behind the Diagrams workspace (tables diagrams and
// diagram_snapshots). Diagrams are listed, created from a template or empty, loaded, autosaved,
// renamed, linked to a question and removed; snapshots are taken by hand, listed, loaded and
// restored. A document that fails validation is reported with a message, never half-loaded, and
// the rest of the database stays usable. It also reads and merges diagrams for the export file
// (records(), upsertByUid(); DiagramCodec turns them into JSON).
//
//   DiagramRepository repo(store.db());
//   auto created = repo.create(tr("Checkout"), DiagramDocument{}, now);
//   repo.save(created->id, document, now);            // the autosave
//   auto snap = repo.takeSnapshot(created->id, QStringLiteral("before caching"), now);
//   auto old = repo.loadSnapshot(snap->id);           // the document as it was
#pragma once

#include "core/diagrams/diagram.h"
#include "core/diagrams/diagramcodec.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Diagrams {

class DiagramRepository
{
public:
    explicit DiagramRepository(Storage::Database &db);

    // Every diagram, by title (case-insensitive), without documents.
    Result<QVector<DiagramSummary>> list() const;
    Result<QVector<DiagramSummary>> diagramsForQuestion(qint64 questionId) const;

    // Stores a new diagram with a fresh uid; a blank title becomes "Untitled diagram".
    Result<DiagramSummary> create(const QString &title, const DiagramDocument &document, qint64 nowSecs);
    // The diagram with its document; an error naming the diagram when the document is corrupt.
    Result<Diagram> load(qint64 id) const;
    // The diagram whose title is `title` (exactly, else ignoring case when only one matches).
    Result<Diagram> loadByTitle(const QString &title) const;

    // Writes the document (the autosave); updated_at moves only when it changed.
    Status save(qint64 id, const DiagramDocument &document, qint64 nowSecs);
    Status rename(qint64 id, const QString &title, qint64 nowSecs);
    // Links the diagram to a question, or unlinks it with std::nullopt.
    Status linkQuestion(qint64 id, std::optional<qint64> questionId, qint64 nowSecs);
    // Deletes the diagram and its snapshots.
    Status remove(qint64 id);

    Result<DiagramSnapshot> takeSnapshot(qint64 diagramId, const QString &name, qint64 nowSecs);
    // Newest first.
    Result<QVector<DiagramSnapshot>> snapshots(qint64 diagramId) const;
    Result<DiagramDocument> loadSnapshot(qint64 snapshotId) const;
    // Makes the snapshot's document the diagram's document again; returns it.
    Result<DiagramDocument> restoreSnapshot(qint64 diagramId, qint64 snapshotId, qint64 nowSecs);
    Status removeSnapshot(qint64 snapshotId);

    // Every diagram as the export file holds it, by uid.
    Result<QVector<DiagramRecord>> records() const;
    // Adds the diagram, or replaces the one with its uid (and its versions) when the record's
    // updated_at is newer; a link to a question this database lacks is dropped with a warning.
    // Runs inside the caller's transaction (DataImport's).
    Result<Portability::Merge> upsertByUid(
        const DiagramRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Diagrams
