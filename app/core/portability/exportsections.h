// The lists of the export file and the area that owns each: its name in the file, its codec's
// check of one record, its export (the repository's records, written by the codec) and its merge
// of one record (read by the codec, merged by uid by the repository), and where the import's
// report counts it. DataExport and DataImport only walk this table; the fields of every list are
// known to its area's codec and repository alone.
//
//   for (const ExportSection &section : ExportSection::all())      // the file's order
//       root.insert(QLatin1String(section.name), section.exportAll(db).value());
//   for (const ExportSection &section : ExportSection::mergeOrder()) // stories before their reviews
//       section.import(db, record, Merge::Rule::NewerWins);
#pragma once

#include "core/portability/dataimport.h"
#include "core/portability/jsonrecord.h"

#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Portability {

struct ExportSection
{
    const char *name; // "stories"
    ImportCounts ImportReport::*counts;
    Status (*validate)(const QJsonObject &record, const QString &path);
    Result<QJsonArray> (*exportAll)(Storage::Database &db);
    Result<Merge> (*import)(Storage::Database &db, const QJsonObject &record, Merge::Rule rule);

    static const QVector<ExportSection> &all(); // in the file's order
    // Questions before the state and the links that name them, stories before their reviews.
    static const QVector<ExportSection> &mergeOrder();
};

} // namespace Starloop::Portability
