#include "core/rehearsal/wavfile.h"

#include "core/rehearsal/rehearsalerrors.h"

#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace Starloop::Rehearsal {

namespace {

constexpr qint64 HeaderBytes = 44;
constexpr quint16 FormatPcm = 1;
constexpr quint16 FormatFloat = 3;
constexpr quint16 FormatExtensible = 0xFFFE;
constexpr int PatchEverySeconds = 2;

void putU16(char *p, quint16 v)
{
    qToLittleEndian(v, p);
}

void putU32(char *p, quint32 v)
{
    qToLittleEndian(v, p);
}

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

QByteArray header(const PcmFormat &format, qint64 dataBytes)
{
    QByteArray h(HeaderBytes, '\0');
    char *p = h.data();
    const auto data = static_cast<quint32>(qMin<qint64>(dataBytes, 0xFFFFFFFFLL - 36));
    std::copy_n("RIFF", 4, p);
    putU32(p + 4, 36 + data);
    std::copy_n("WAVEfmt ", 8, p + 8);
    putU32(p + 16, 16);
    putU16(p + 20, format.sampleFormat == SampleFormat::Float ? FormatFloat : FormatPcm);
    putU16(p + 22, static_cast<quint16>(format.channels));
    putU32(p + 24, static_cast<quint32>(format.sampleRate));
    putU32(p + 28, static_cast<quint32>(format.sampleRate * format.bytesPerFrame()));
    putU16(p + 32, static_cast<quint16>(format.bytesPerFrame()));
    putU16(p + 34, static_cast<quint16>(format.bytesPerSample() * 8));
    std::copy_n("data", 4, p + 36);
    putU32(p + 40, data);
    return h;
}

// The sample format of a fmt chunk, or nullopt when Starloop cannot read it.
std::optional<SampleFormat> sampleFormatOf(quint16 tag, int bits)
{
    if (tag == FormatFloat && bits == 32)
        return SampleFormat::Float;
    if (tag != FormatPcm)
        return std::nullopt;
    switch (bits) {
    case 8:
        return SampleFormat::UInt8;
    case 16:
        return SampleFormat::Int16;
    case 32:
        return SampleFormat::Int32;
    default:
        return std::nullopt;
    }
}

} // namespace

WavWriter::~WavWriter()
{
    (void)finish();
}

Error WavWriter::writeError(const QFileDevice &file)
{
    if (file.error() == QFileDevice::ResourceError)
        return Error {tr("The disk is full: %1").arg(file.errorString()), DiskFull};
    return Error {tr("The recording could not be written to %1: %2")
                      .arg(QFileInfo(file.fileName()).fileName(), file.errorString()),
        WriteFailed};
}

Status WavWriter::open(const QString &path, const PcmFormat &format)
{
    (void)finish();
    if (!format.isValid())
        return Error {tr("The audio format is not valid."), UnreadableFile};
    m_format = format;
    m_dataBytes = 0;
    m_unpatchedBytes = 0;
    m_file.setFileName(path);
    // Unbuffered: a full disk shows on the write that hit it, not at some later flush.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
        return writeError(m_file);
    const QByteArray h = header(format, 0);
    if (m_file.write(h) != h.size()) {
        const Error error = writeError(m_file);
        m_file.close();
        return error;
    }
    return {};
}

Status WavWriter::write(const char *data, qint64 size)
{
    if (!m_file.isOpen())
        return Error {tr("The recording file is not open."), WriteFailed};
    const qint64 whole = size - size % m_format.bytesPerFrame();
    if (whole <= 0)
        return {};
    const qint64 written = m_file.write(data, whole);
    if (written != whole) {
        const Error error = writeError(m_file);
        if (written > 0)
            m_dataBytes += written - written % m_format.bytesPerFrame();
        (void)finish();
        return error;
    }
    m_dataBytes += whole;
    m_unpatchedBytes += whole;
    if (m_unpatchedBytes >= qint64(m_format.sampleRate) * m_format.bytesPerFrame() * PatchEverySeconds) {
        if (Status patched = patchHeader(); !patched) {
            m_file.close();
            return patched;
        }
    }
    return {};
}

Status WavWriter::patchHeader()
{
    const qint64 end = HeaderBytes + m_dataBytes;
    const QByteArray h = header(m_format, m_dataBytes);
    const bool ok = m_file.seek(0) && m_file.write(h) == h.size() && m_file.seek(end);
    m_unpatchedBytes = 0;
    return ok ? Status() : Status(writeError(m_file));
}

Status WavWriter::finish()
{
    if (!m_file.isOpen())
        return {};
    // A frame cut by a failed write is dropped, so the data is whole frames.
    Status status = patchHeader();
    if (status && !m_file.resize(HeaderBytes + m_dataBytes))
        status = writeError(m_file);
    m_file.close();
    return status;
}

Status WavWriter::writeAll(const QString &path, const PcmAudio &audio)
{
    WavWriter writer;
    if (Status opened = writer.open(path, audio.format); !opened)
        return opened;
    if (Status written = writer.write(audio.data); !written)
        return written;
    return writer.finish();
}

Status WavReader::open(const QString &path)
{
    m_file.close();
    m_format = {};
    m_dataBytes = m_readBytes = 0;
    m_file.setFileName(path);
    if (!QFileInfo::exists(path))
        return Error {tr("The recording %1 is no longer there.").arg(path), FileMissing};
    if (!m_file.open(QIODevice::ReadOnly))
        return Error {
            tr("The recording %1 could not be opened: %2").arg(path, m_file.errorString()), UnreadableFile};
    const Error notWav {
        tr("%1 is not a WAV file Starloop can read (PCM or float).").arg(path), UnreadableFile};
    const QByteArray riff = m_file.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return notWav;
    bool haveFormat = false;
    for (;;) {
        const QByteArray chunk = m_file.read(8);
        if (chunk.size() < 8)
            return notWav;
        const quint32 size = u32(chunk.constData() + 4);
        if (chunk.startsWith("data")) {
            if (!haveFormat)
                return notWav;
            const qint64 available = m_file.size() - m_file.pos();
            // A recording cut short (or streamed with a 0 or 0xFFFFFFFF size) holds what is there.
            const qint64 declared = (size == 0 || size == 0xFFFFFFFFu) ? available : qint64(size);
            m_dataBytes = qMin(declared, available);
            m_dataBytes -= m_dataBytes % m_format.bytesPerFrame();
            return {};
        }
        if (chunk.startsWith("fmt ")) {
            const QByteArray fmt = m_file.read(size + (size & 1));
            if (fmt.size() < 16)
                return notWav;
            quint16 tag = u16(fmt.constData());
            if (tag == FormatExtensible && fmt.size() >= 26)
                tag = u16(fmt.constData() + 24);
            const auto sampleFormat = sampleFormatOf(tag, u16(fmt.constData() + 14));
            m_format = PcmFormat {int(u32(fmt.constData() + 4)), int(u16(fmt.constData() + 2)),
                sampleFormat.value_or(SampleFormat::Int16)};
            if (!sampleFormat || !m_format.isValid())
                return notWav;
            haveFormat = true;
        } else if (!m_file.seek(m_file.pos() + size + (size & 1))) {
            return notWav;
        }
    }
}

QByteArray WavReader::read(qint64 maxBytes)
{
    const qint64 frame = m_format.bytesPerFrame();
    const qint64 wanted = qMin(maxBytes, m_dataBytes - m_readBytes);
    if (!m_file.isOpen() || frame <= 0 || wanted < frame)
        return {};
    QByteArray bytes = m_file.read(wanted - wanted % frame);
    bytes.truncate(bytes.size() - bytes.size() % frame);
    m_readBytes += bytes.size();
    if (bytes.isEmpty())
        m_readBytes = m_dataBytes; // the file shrank underneath: stop here
    return bytes;
}

Result<PcmAudio> WavReader::readAll(const QString &path)
{
    WavReader reader;
    if (Status opened = reader.open(path); !opened)
        return opened.error();
    PcmAudio audio {reader.format(), reader.read(reader.dataBytes())};
    return audio;
}

} // namespace Starloop::Rehearsal
