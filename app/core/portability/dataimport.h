// DataImport: reads a DataExport file back, merging by uid in one transaction.
//
// The whole file is validated before anything is written: a wrong type, a missing field, an
// unknown principle or a newer format refuses the file with a message naming the field
// ("stories[2].title must be text") and leaves the database unchanged.
// Merging: a record whose uid is new is added; one that exists is replaced when the file's
// updated_at is newer, kept otherwise; review history is added without duplicates.
// preview() runs the same merge and rolls it back, so what it reports is exactly what apply() does.
// DataImport checks the envelope (format, version, lists) and walks the lists (ExportSection);
// each record is checked and merged by its area (StoryCodec and StoryRepository, ...).
//
//   auto import = DataImport::parse(file.readAll());   // refused: "... Nothing was imported."
//   auto preview = import->preview(db, now);           // preview->summary(): "Stories: 1 new, ..."
//   auto report = import->apply(db, now);               // report->warnings: links it could not make
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Portability {

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

struct ImportReport
{
    ImportCounts questions, states, reviews, stories, diagrams, sessions, searches, attempts;
    QStringList warnings; // links to questions this database does not have, and the like
    bool hasChanges() const;
    QString summary() const; // one line per kind, for the preview dialog and the CLI
};

class DataImport
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::DataImport)

public:
    static Result<DataImport> parse(const QByteArray &json);
    Result<ImportReport> preview(Storage::Database &db, qint64 nowSecs) const;
    Result<ImportReport> apply(Storage::Database &db, qint64 nowSecs) const;

private:
    Result<ImportReport> run(Storage::Database &db, qint64 nowSecs, bool commit) const;
    QJsonObject m_root;
};

} // namespace Starloop::Portability
