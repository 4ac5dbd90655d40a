#include "core/portability/exportarchive.h"

#include "core/portability/dataexport.h"
#include "core/rehearsal/recordinglinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Starloop::Portability {

namespace {

constexpr qint64 MaxDocumentSize = qint64(512) << 20;

// A name a recording may have inside the recordings folder: no folders, nothing hidden.
bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':'));
}

} // namespace

bool ExportArchive::isArchive(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

Result<ArchiveWritten> ExportArchive::write(Storage::Database &db, const QString &path)
{
    const Result<QByteArray> json = DataExport::toJson(db);
    if (!json)
        return json.error();
    const Rehearsal::RecordingLinks recordings(db);
    const auto links = recordings.links();
    if (!links)
        return links.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("%1 could not be written: %2").arg(path, file.errorString())};
    ZipWriter zip(file);
    if (Status status = zip.addData(QLatin1String(DocumentName), json.value()); !status)
        return status.error();
    ArchiveWritten written;
    QStringList added;
    for (const Rehearsal::RecordingLink &link : links.value()) {
        if (!link.exists || !isPlainFileName(link.stored)) {
            ++written.leftOut;
            continue;
        }
        if (added.contains(link.stored))
            continue;
        if (Status status = zip.addFile(QLatin1String(RecordingsFolder) + link.stored, link.path); !status)
            return status.error();
        added.append(link.stored);
        ++written.recordings;
    }
    if (Status status = zip.finish(); !status)
        return status.error();
    if (!file.commit())
        return Error {tr("%1 could not be written: %2").arg(path, file.errorString())};
    return written;
}

Result<ExportArchive> ExportArchive::open(const QString &path)
{
    Result<ZipReader> zip = ZipReader::open(path);
    if (!zip)
        return zip.error();
    ExportArchive archive(std::move(zip.value()));
    const ZipReader::Entry *document = archive.m_zip.find(QLatin1String(DocumentName));
    if (!document)
        return Error {tr("%1 is a zip archive but not a Starloop export: it has no %2. Nothing was imported.")
                          .arg(path, QLatin1String(DocumentName))};
    Result<QByteArray> json = archive.m_zip.read(*document, MaxDocumentSize);
    if (!json)
        return Error {tr("%1 Nothing was imported.").arg(json.errorMessage())};
    archive.m_json = std::move(json.value());
    const QString folder = QLatin1String(RecordingsFolder);
    for (const ZipReader::Entry &entry : archive.m_zip.entries()) {
        if (!entry.name.startsWith(folder) || entry.name.size() == folder.size())
            continue; // other files, and the folder itself
        ZipReader::Entry recording = entry;
        recording.name = entry.name.mid(folder.size());
        if (!isPlainFileName(recording.name))
            return Error {tr("%1 holds a recording with a name Starloop will not write: %2. Nothing was "
                             "imported.")
                              .arg(path, entry.name)};
        archive.m_recordings.append(recording);
    }
    return archive;
}

QString RecordingsRestored::summary() const
{
    return ExportArchive::tr("Recordings: %1 new, %2 already here").arg(added).arg(alreadyHere);
}

RecordingsRestored ExportArchive::previewRecordings(Storage::Database &db) const
{
    const QDir folder(Rehearsal::RecordingLinks(db).recordingsFolder());
    RecordingsRestored preview;
    for (const ZipReader::Entry &recording : m_recordings)
        ++(QFileInfo::exists(folder.filePath(recording.name)) ? preview.alreadyHere : preview.added);
    return preview;
}

Result<RecordingsRestored> ExportArchive::restoreRecordings(Storage::Database &db) const
{
    RecordingsRestored restored;
    if (m_recordings.isEmpty())
        return restored;
    const QString folderPath = Rehearsal::RecordingLinks(db).recordingsFolder();
    if (folderPath.isEmpty())
        return Error {tr("Recordings need a database file to sit beside; this database is in memory.")};
    if (!QDir().mkpath(folderPath))
        return Error {tr("The folder for recordings could not be created: %1").arg(folderPath)};
    const QDir folder(folderPath);
    for (const ZipReader::Entry &recording : m_recordings) {
        const QString target = folder.filePath(recording.name);
        if (QFileInfo::exists(target)) {
            ++restored.alreadyHere;
            continue;
        }
        ZipReader::Entry entry = recording;
        entry.name = QLatin1String(RecordingsFolder) + recording.name;
        QSaveFile file(target);
        Status copied = file.open(QIODevice::WriteOnly)
            ? m_zip.extract(entry, file)
            : Status(Error {tr("%1 could not be written: %2").arg(target, file.errorString())});
        if (copied && !file.commit())
            copied = Error {tr("%1 could not be written: %2").arg(target, file.errorString())};
        if (!copied) {
            file.cancelWriting();
            restored.warnings.append(copied.errorMessage());
            continue;
        }
        ++restored.added;
    }
    return restored;
}

Result<ImportFile> ImportFile::read(const QString &path)
{
    ImportFile result;
    if (ExportArchive::isArchive(path)) {
        Result<ExportArchive> archive = ExportArchive::open(path);
        if (!archive)
            return archive.error();
        result.json = archive->json();
        result.archive.emplace(std::move(archive.value()));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1 could not be read: %2").arg(path, file.errorString())};
    result.json = file.readAll();
    return result;
}

} // namespace Starloop::Portability
