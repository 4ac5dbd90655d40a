#include "core/portability/dataexport.h"

#include "core/portability/exportsections.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Starloop::Portability {

Result<QByteArray> DataExport::toJson(Storage::Database &db)
{
    QJsonObject root {
        {QStringLiteral("format"), QStringLiteral("starloop-export")},
        {QStringLiteral("version"), ExportVersion},
    };
    for (const ExportSection &section : ExportSection::all()) {
        const Result<QJsonArray> records = section.exportAll(db);
        if (!records)
            return Error {QCoreApplication::translate("Starloop::Portability::DataExport",
                              "The export could not read the database: %1")
                              .arg(records.errorMessage()),
                records.error().code};
        root.insert(QLatin1String(section.name), records.value());
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Starloop::Portability
