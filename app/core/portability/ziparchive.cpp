#include "core/portability/ziparchive.h"

#include <QFile>
#include <QtEndian>

#include <array>
#include <limits>

namespace Starloop::Portability {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndSize = 22;
constexpr quint16 VersionNeeded = 20; // 2.0: stored entries, folders
constexpr quint16 VersionMadeBy = (3 << 8) | 20; // Unix, 2.0: the mode in the external attributes
constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 Encrypted = 0x0001;
constexpr quint16 DosDate1980 = (0 << 9) | (1 << 5) | 1; // the entries carry no time of their own
constexpr quint32 RegularFileMode = 0100644u << 16;
constexpr qint64 MaxSize = std::numeric_limits<quint32>::max();
constexpr qint64 ChunkSize = 1 << 16;

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

} // namespace

quint32 crc32(quint32 crc, const char *data, qint64 size)
{
    const auto &table = crcTable();
    crc = ~crc;
    for (qint64 i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return ~crc;
}

ZipWriter::ZipWriter(QIODevice &out)
    : m_out(out)
{ }

Status ZipWriter::written(qint64 expected, qint64 actual)
{
    if (actual == expected)
        return {};
    return Error {tr("The archive could not be written: %1").arg(m_out.errorString())};
}

Status ZipWriter::begin(const QString &name, quint32 crc, qint64 size, Entry *entry)
{
    if (m_finished)
        return Error {tr("The archive is already closed.")};
    entry->name = name.toUtf8();
    if (size > MaxSize || m_out.pos() > MaxSize || m_entries.size() >= 0xffff || entry->name.size() > 0xffff)
        return Error {tr("The archive would be larger than 4 GiB or hold too many files; "
                         "export fewer recordings.")};
    entry->crc = crc;
    entry->size = quint32(size);
    entry->offset = quint32(m_out.pos());
    QByteArray header;
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, Utf8Names);
    put16(header, 0); // stored
    put16(header, 0); // time
    put16(header, DosDate1980);
    put32(header, entry->crc);
    put32(header, entry->size);
    put32(header, entry->size);
    put16(header, quint16(entry->name.size()));
    put16(header, 0); // no extra field
    header.append(entry->name);
    return written(header.size(), m_out.write(header));
}

Status ZipWriter::addData(const QString &name, const QByteArray &data)
{
    Entry entry;
    if (Status status = begin(name, crc32(0, data.constData(), data.size()), data.size(), &entry); !status)
        return status;
    if (Status status = written(data.size(), m_out.write(data)); !status)
        return status;
    m_entries.append(entry);
    return {};
}

Status ZipWriter::addFile(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1 could not be read: %2").arg(path, file.errorString())};
    quint32 crc = 0;
    qint64 size = 0;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), ChunkSize)) > 0; size += n)
        crc = crc32(crc, chunk.constData(), n);
    Entry entry;
    if (Status status = begin(name, crc, size, &entry); !status)
        return status;
    if (!file.seek(0))
        return Error {tr("%1 could not be read: %2").arg(path, file.errorString())};
    qint64 copied = 0;
    quint32 copiedCrc = 0;
    for (qint64 n; (n = file.read(chunk.data(), ChunkSize)) > 0; copied += n) {
        copiedCrc = crc32(copiedCrc, chunk.constData(), n);
        if (Status status = written(n, m_out.write(chunk.constData(), n)); !status)
            return status;
    }
    if (copied != size || copiedCrc != crc)
        return Error {tr("%1 changed while it was being archived.").arg(path)};
    m_entries.append(entry);
    return {};
}

Status ZipWriter::finish()
{
    if (m_finished)
        return {};
    const qint64 directoryStart = m_out.pos();
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, CentralHeaderSignature);
        put16(directory, VersionMadeBy);
        put16(directory, VersionNeeded);
        put16(directory, Utf8Names);
        put16(directory, 0); // stored
        put16(directory, 0);
        put16(directory, DosDate1980);
        put32(directory, entry.crc);
        put32(directory, entry.size);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, RegularFileMode);
        put32(directory, entry.offset);
        directory.append(entry.name);
    }
    if (directoryStart + directory.size() > MaxSize)
        return Error {tr("The archive would be larger than 4 GiB; export fewer recordings.")};
    const auto directorySize = quint32(directory.size());
    put32(directory, EndSignature);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, quint16(m_entries.size()));
    put16(directory, quint16(m_entries.size()));
    put32(directory, directorySize);
    put32(directory, quint32(directoryStart));
    put16(directory, 0); // comment
    m_finished = true;
    return written(directory.size(), m_out.write(directory));
}

ZipReader::ZipReader(ZipReader &&) noexcept = default;
ZipReader &ZipReader::operator=(ZipReader &&) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::open(const QString &path)
{
    ZipReader zip;
    zip.m_path = path;
    zip.m_file = std::make_unique<QFile>(path);
    QFile &file = *zip.m_file;
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1 could not be read: %2").arg(path, file.errorString())};
    const QString notZip = tr("%1 is not a zip archive, or it is damaged.").arg(path);
    // The end record sits in the last 22 bytes, or before a comment of up to 64 KiB.
    const qint64 tailSize = qMin<qint64>(file.size(), EndSize + 0xffff);
    if (tailSize < EndSize || !file.seek(file.size() - tailSize))
        return Error {notZip};
    const QByteArray tail = file.read(tailSize);
    qsizetype end = -1;
    for (qsizetype at = tail.size() - EndSize; at >= 0 && end < 0; --at)
        if (get32(tail, at) == EndSignature)
            end = at;
    if (end < 0)
        return Error {notZip};
    const quint16 count = get16(tail, end + 10);
    const quint32 directorySize = get32(tail, end + 12);
    const quint32 directoryOffset = get32(tail, end + 16);
    if (get16(tail, end + 4) != 0 || get16(tail, end + 8) != count)
        return Error {tr("%1 is split over several files, which is not supported.").arg(path)};
    if (count == 0xffff || directoryOffset == 0xffffffff)
        return Error {tr("%1 is a Zip64 archive, which is not supported.").arg(path)};
    if (qint64(directoryOffset) + directorySize > file.size() || !file.seek(directoryOffset))
        return Error {notZip};
    const QByteArray directory = file.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return Error {notZip};
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > directory.size() || get32(directory, at) != CentralHeaderSignature)
            return Error {notZip};
        const quint16 flags = get16(directory, at + 8);
        const quint16 nameLength = get16(directory, at + 28);
        const qsizetype next
            = at + CentralHeaderSize + nameLength + get16(directory, at + 30) + get16(directory, at + 32);
        if (next > directory.size())
            return Error {notZip};
        Entry entry;
        const QByteArray name = directory.mid(at + CentralHeaderSize, nameLength);
        entry.name = (flags & Utf8Names) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        entry.stored = get16(directory, at + 10) == 0 && !(flags & Encrypted)
            && get32(directory, at + 20) == get32(directory, at + 24);
        entry.crc = get32(directory, at + 16);
        entry.size = get32(directory, at + 24);
        entry.headerOffset = get32(directory, at + 42);
        zip.m_entries.append(entry);
        at = next;
    }
    return zip;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &entry : m_entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

Result<qint64> ZipReader::dataOffset(const Entry &entry) const
{
    if (!entry.stored)
        return Error {tr("%1 in %2 is compressed or encrypted; only archives written by Starloop "
                         "(or stored without compression) can be read.")
                          .arg(entry.name, m_path)};
    QByteArray header;
    if (m_file->seek(entry.headerOffset))
        header = m_file->read(LocalHeaderSize);
    if (header.size() != LocalHeaderSize || get32(header, 0) != LocalHeaderSignature)
        return Error {tr("%1 is not a zip archive, or it is damaged.").arg(m_path)};
    const qint64 offset
        = qint64(entry.headerOffset) + LocalHeaderSize + get16(header, 26) + get16(header, 28);
    if (offset + entry.size > m_file->size())
        return Error {tr("%1 in %2 is cut short.").arg(entry.name, m_path)};
    return offset;
}

Result<QByteArray> ZipReader::read(const Entry &entry, qint64 limit) const
{
    if (entry.size > limit)
        return Error {tr("%1 in %2 is too large to read.").arg(entry.name, m_path)};
    const Result<qint64> offset = dataOffset(entry);
    if (!offset)
        return offset.error();
    if (!m_file->seek(offset.value()))
        return Error {tr("%1 could not be read: %2").arg(m_path, m_file->errorString())};
    QByteArray data = m_file->read(entry.size);
    if (data.size() != qsizetype(entry.size) || crc32(0, data.constData(), data.size()) != entry.crc)
        return Error {tr("%1 in %2 is damaged (its checksum does not match).").arg(entry.name, m_path)};
    return data;
}

Status ZipReader::extract(const Entry &entry, QIODevice &out) const
{
    const Result<qint64> offset = dataOffset(entry);
    if (!offset)
        return offset.error();
    if (!m_file->seek(offset.value()))
        return Error {tr("%1 could not be read: %2").arg(m_path, m_file->errorString())};
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    quint32 crc = 0;
    qint64 left = entry.size;
    while (left > 0) {
        const qint64 n = m_file->read(chunk.data(), qMin(left, ChunkSize));
        if (n <= 0)
            return Error {tr("%1 in %2 is cut short.").arg(entry.name, m_path)};
        crc = crc32(crc, chunk.constData(), n);
        if (out.write(chunk.constData(), n) != n)
            return Error {tr("%1 could not be written: %2").arg(entry.name, out.errorString())};
        left -= n;
    }
    if (crc != entry.crc)
        return Error {tr("%1 in %2 is damaged (its checksum does not match).").arg(entry.name, m_path)};
    return {};
}

} // namespace Starloop::Portability
