// SavedSearchCodec: the searches the user saved by name, in the export file (DataExport /
// DataImport). The codec turns records into JSON and back and checks a record of a file before
// anything is written; SearchHistory reads every record and merges one in by name (the file's
// query replaces a different one).
//
//   {"name": "hard aws", "query": "section:aws level:advanced"}
//
//   const Status valid = SavedSearchCodec::validate(json, QStringLiteral("saved_searches[0]"));
//   SearchHistory(db).upsertSaved(SavedSearchCodec::fromJson(json));
#pragma once

#include "core/portability/jsonrecord.h"

namespace Starloop::Questions {

struct SavedSearchRecord
{
    QString name;
    QString query;
};

struct SavedSearchCodec
{
    static QJsonObject toJson(const SavedSearchRecord &record);
    static SavedSearchRecord fromJson(const QJsonObject &json); // of a record that validate() passed
    static Status validate(const QJsonObject &json, const QString &path);
};

} // namespace Starloop::Questions
