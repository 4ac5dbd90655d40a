#include "core/storage/healthcheck.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Starloop::Storage {

HealthReport HealthCheck::run(Database &db)
{
    HealthReport report;
    try {
        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok"))
                report.problems << tr("integrity: %1").arg(line);
        }
        Statement foreignKeys(db, "PRAGMA foreign_key_check");
        while (foreignKeys.step())
            report.problems << tr("foreign key: row %1 of %2 points at a missing %3")
                                   .arg(foreignKeys.int64(1))
                                   .arg(foreignKeys.text(0), foreignKeys.text(2));
    } catch (const StorageError &error) {
        report.problems << tr("integrity check could not run: %1").arg(error.message());
        return report;
    }
    try {
        // rank = 1 also compares the index with the content table.
        db.exec("INSERT INTO questions_fts(questions_fts, rank) VALUES ('integrity-check', 1)");
    } catch (const StorageError &error) {
        report.problems << tr("search index: %1 (rebuild it from Tools)").arg(error.message());
    }
    try {
        report.questions = static_cast<int>(db.scalarInt("SELECT count(*) FROM questions WHERE retired = 0"));
    } catch (const StorageError &error) {
        report.problems << error.message();
    }
    return report;
}

} // namespace Starloop::Storage
