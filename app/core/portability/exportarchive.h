// ExportArchive: "Export with Recordings", the export file and the rehearsal recordings it links
// to, in one zip:
//
//   starloop-export.json          DataExport's document, as a plain export writes it
//   recordings/<file name>        each recording still on disk, under the name the log stores
//
// Importing the zip merges the document as DataImport does and copies into this database's
// recordings folder each recording it does not have yet; a file already there is never replaced.
// Recordings the log links to but that are gone, or kept outside the recordings folder, are
// left out and counted.
//
//   const auto written = ExportArchive::write(db, path);   // written->recordings, ->leftOut
//   auto archive = ExportArchive::open(path);              // refused: "... is not a zip archive"
//   auto import = DataImport::parse(archive->json());
//   const auto restored = archive->restoreRecordings(db); // restored->added, ->warnings
#pragma once

#include "core/portability/ziparchive.h"

#include <QStringList>

#include <optional>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Portability {

struct ArchiveWritten
{
    int recordings = 0; // in the archive
    int leftOut = 0; // linked, but missing or outside the recordings folder
};

struct RecordingsRestored
{
    int added = 0; // or, in a preview, to be added
    int alreadyHere = 0;
    QStringList warnings; // a recording that could not be copied, and why

    QString summary() const; // "Recordings: 2 new, 1 already here"
};

class ExportArchive
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::ExportArchive)

public:
    static constexpr char DocumentName[] = "starloop-export.json";
    static constexpr char RecordingsFolder[] = "recordings/";

    // True when the file starts as a zip does; anything else is read as a JSON export.
    static bool isArchive(const QString &path);
    static Result<ArchiveWritten> write(Storage::Database &db, const QString &path);
    static Result<ExportArchive> open(const QString &path);

    const QByteArray &json() const { return m_json; }
    int recordingCount() const { return int(m_recordings.size()); }
    // What restoreRecordings() would do: the recordings this database's folder does not have yet.
    RecordingsRestored previewRecordings(Storage::Database &db) const;
    Result<RecordingsRestored> restoreRecordings(Storage::Database &db) const;

private:
    explicit ExportArchive(ZipReader zip)
        : m_zip(std::move(zip))
    { }

    ZipReader m_zip;
    QByteArray m_json;
    QVector<ZipReader::Entry> m_recordings; // their names without the folder
};

// What an import reads from the file the user chose: a zip's document and its recordings, or the
// bytes of a JSON export.
struct ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::ImportFile)

public:
    QByteArray json;
    std::optional<ExportArchive> archive;

    static Result<ImportFile> read(const QString &path);
};

} // namespace Starloop::Portability
