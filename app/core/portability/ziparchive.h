// ZipWriter and ZipReader: the zip files of "Export with Recordings". Entries are stored, not
// compressed (the recordings are compressed audio already, and a stored entry can be read back
// without a decompressor), names are UTF-8, and sizes stay below 4 GiB (no Zip64): the writer
// refuses more, the reader refuses what it cannot read with a message that says why. Any zip
// tool opens the result; the reader reads stored entries of any tool's zip.
//
//   QSaveFile file(path);  file.open(QIODevice::WriteOnly);
//   ZipWriter zip(file);
//   zip.addData(QStringLiteral("starloop-export.json"), json);
//   zip.addFile(QStringLiteral("recordings/take.ogg"), recordingPath);
//   zip.finish();  file.commit();
//
//   auto zip = ZipReader::open(path);             // reads the central directory
//   auto json = zip->read(*zip->find(name), 64 << 20);   // CRC checked
//   zip->extract(entry, device);                  // streamed, CRC checked
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

class QFile;
class QIODevice;

namespace Starloop::Portability {

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::ZipWriter)

public:
    explicit ZipWriter(QIODevice &out);

    Status addData(const QString &name, const QByteArray &data);
    // Streams the file in (read twice: once for its checksum, once to copy it).
    Status addFile(const QString &name, const QString &path);
    // Writes the central directory; nothing may be added after it.
    Status finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    Status begin(const QString &name, quint32 crc, qint64 size, Entry *entry);
    Status written(qint64 expected, qint64 actual);

    QIODevice &m_out;
    QVector<Entry> m_entries;
    bool m_finished = false;
};

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::ZipReader)

public:
    struct Entry
    {
        QString name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 headerOffset = 0;
        bool stored = true; // false: compressed, which this reader cannot read
    };

    ZipReader(ZipReader &&) noexcept;
    ZipReader &operator=(ZipReader &&) noexcept;
    ~ZipReader();

    static Result<ZipReader> open(const QString &path);
    const QVector<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;

    // The whole entry in memory; refused when it is larger than `limit` bytes.
    Result<QByteArray> read(const Entry &entry, qint64 limit) const;
    // Copies the entry to `out`; an error when the data does not match its checksum.
    Status extract(const Entry &entry, QIODevice &out) const;

private:
    ZipReader() = default;
    Result<qint64> dataOffset(const Entry &entry) const;

    std::unique_ptr<QFile> m_file;
    QString m_path;
    QVector<Entry> m_entries;
};

// The CRC-32 of zip (and PNG, gzip) over `size` bytes, continuing from `crc`.
quint32 crc32(quint32 crc, const char *data, qint64 size);

} // namespace Starloop::Portability
