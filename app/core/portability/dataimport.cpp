#include "core/portability/dataimport.h"

#include "core/portability/dataexport.h"
#include "core/portability/exportsections.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/vocabulary/catalog.h"

#include <QJsonDocument>

namespace Starloop::Portability {

namespace {

// The envelope (format, version, lists of objects), then every record by its area's codec.
Status validate(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("starloop-export"))
        return Error {DataImport::tr("this is not a Starloop export (no \"format\": \"starloop-export\")")};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!RecordCheck::matches(version, Kind::Integer))
        return Error {DataImport::tr("version must be a whole number")};
    if (version.toInt() > ExportVersion)
        return Error {DataImport::tr(
            "the file was written by a newer Starloop (export version %1; this one reads up to %2)")
                          .arg(version.toInt())
                          .arg(ExportVersion)};
    for (const ExportSection &section : ExportSection::all()) {
        const QString name = QLatin1String(section.name);
        const QJsonValue value = root.value(name);
        if (!value.isUndefined() && !value.isArray())
            return Error {DataImport::tr("%1 must be a list").arg(name)};
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return Error {
                    RecordCheck::tr("%1 must be an object").arg(QStringLiteral("%1[%2]").arg(name).arg(i))};
        }
    }
    for (const ExportSection &section : ExportSection::all()) {
        const QJsonArray array = root.value(QLatin1String(section.name)).toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(section.name)).arg(i);
            if (const Status valid = section.validate(array.at(i).toObject(), path); !valid)
                return valid;
        }
    }
    return {};
}

void count(ImportCounts &counts, Merge::Outcome outcome)
{
    switch (outcome) {
    case Merge::Outcome::Added:
        ++counts.added;
        break;
    case Merge::Outcome::Updated:
        ++counts.updated;
        break;
    case Merge::Outcome::Unchanged:
        ++counts.unchanged;
        break;
    case Merge::Outcome::Skipped:
        break;
    }
}

} // namespace

bool ImportReport::hasChanges() const
{
    for (const ImportCounts *c :
        {&questions, &states, &reviews, &stories, &diagrams, &sessions, &searches, &attempts}) {
        if (c->added || c->updated)
            return true;
    }
    return false;
}

QString ImportReport::summary() const
{
    QStringList lines;
    auto line = [&](const char *what, const ImportCounts &c) {
        lines << QCoreApplication::translate("ImportReport", "%1: %2 new, %3 updated, %4 unchanged")
                     .arg(QCoreApplication::translate("ImportReport", what))
                     .arg(c.added)
                     .arg(c.updated)
                     .arg(c.unchanged);
    };
    line(QT_TRANSLATE_NOOP("ImportReport", "Your questions"), questions);
    line(QT_TRANSLATE_NOOP("ImportReport", "Notes, stars and review state"), states);
    line(QT_TRANSLATE_NOOP("ImportReport", "Review history"), reviews);
    line(QT_TRANSLATE_NOOP("ImportReport", "Stories"), stories);
    line(QT_TRANSLATE_NOOP("ImportReport", "Diagrams"), diagrams);
    line(QT_TRANSLATE_NOOP("ImportReport", "Practice sessions"), sessions);
    line(QT_TRANSLATE_NOOP("ImportReport", "Saved searches"), searches);
    line(QT_TRANSLATE_NOOP("ImportReport", "Coding attempts"), attempts);
    return lines.join(QLatin1Char('\n'));
}

Result<DataImport> DataImport::parse(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {tr("The file is not valid JSON (%1 at byte %2). Nothing was imported.")
                          .arg(error.errorString())
                          .arg(error.offset)};
    if (!doc.isObject())
        return Error {tr("The file is not a Starloop export. Nothing was imported.")};
    if (const Status valid = validate(doc.object()); !valid)
        return Error {tr("The file cannot be imported: %1. Nothing was imported.").arg(valid.errorMessage())};
    DataImport import;
    import.m_root = doc.object();
    return import;
}

Result<ImportReport> DataImport::preview(Storage::Database &db, qint64 nowSecs) const
{
    return run(db, nowSecs, false);
}

Result<ImportReport> DataImport::apply(Storage::Database &db, qint64 nowSecs) const
{
    return run(db, nowSecs, true);
}

Result<ImportReport> DataImport::run(Storage::Database &db, qint64 nowSecs, bool commit) const
{
    Q_UNUSED(nowSecs)
    const QString failed = tr("The import failed and was undone");
    return Storage::guarded(failed, [&]() -> Result<ImportReport> {
        ImportReport report;
        Storage::Transaction tx(db);
        for (const ExportSection &section : ExportSection::mergeOrder()) {
            for (const QJsonValue &record : m_root.value(QLatin1String(section.name)).toArray()) {
                const Result<Merge> merged = section.import(db, record.toObject(), Merge::Rule::NewerWins);
                if (!merged) // the transaction rolls back
                    return Error {
                        QStringLiteral("%1: %2").arg(failed, merged.errorMessage()), merged.error().code};
                count(report.*section.counts, merged->outcome);
                report.warnings << merged->warnings;
            }
        }
        if (commit)
            tx.commit();
        return report;
    });
}

} // namespace Starloop::Portability
