// WavWriter and WavReader: RIFF/WAVE files of PCM (8, 16, 32-bit integer or 32-bit float),
// the fallback recording format and the format of the test fixtures.
//
// A recording interrupted by a crash, a full disk or a lost microphone must stay playable, so
// the writer rewrites the header's sizes every two seconds of audio, and the reader trusts the
// bytes that are there over sizes that promise more:
//
//   WavWriter w;  w.open(path, {48000, 1, SampleFormat::Int16});
//   w.write(bytes, n);            // Error{DiskFull} when the disk is full; what was written stays
//   w.finish();                   // final sizes in the header
//   WavReader::readAll(path)      -> PcmAudio {format, data}: 44-byte header skipped, any chunk
//                                    order, a declared data size past the end cut to the file
#pragma once

#include "core/rehearsal/pcmformat.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QFile>

namespace Starloop::Rehearsal {

struct PcmAudio
{
    PcmFormat format;
    QByteArray data; // interleaved whole frames
    qint64 durationMs() const { return format.durationMs(data.size()); }
};

class WavWriter
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::WavWriter)
public:
    WavWriter() = default;
    ~WavWriter(); // finishes an open file
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    // Creates (truncates) `path`. Int16, Int32, UInt8 and Float formats.
    Status open(const QString &path, const PcmFormat &format);
    // Appends whole frames. On failure the file keeps what was written before, with a header
    // that says so, and the writer is closed.
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    // Writes the final sizes and closes. Harmless when closed already.
    Status finish();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    PcmFormat format() const { return m_format; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 durationMs() const { return m_format.durationMs(m_dataBytes); }

    // One complete file in memory (tests, small fixtures).
    static Status writeAll(const QString &path, const PcmAudio &audio);
    // The error for a failed write to `file`: DiskFull when the device says so.
    static Error writeError(const QFileDevice &file);

private:
    Status patchHeader();

    QFile m_file;
    PcmFormat m_format;
    qint64 m_dataBytes = 0;
    qint64 m_unpatchedBytes = 0;
};

class WavReader
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::WavReader)
public:
    // Opens `path` and reads its header; FileMissing when the file is gone, UnreadableFile when
    // it is not a WAV file of a supported kind.
    Status open(const QString &path);
    PcmFormat format() const { return m_format; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 durationMs() const { return m_format.durationMs(m_dataBytes); }
    qint64 positionMs() const { return m_format.durationMs(m_readBytes); }
    bool atEnd() const { return m_readBytes >= m_dataBytes; }
    // Up to `maxBytes` of whole frames from the current position; empty at the end.
    QByteArray read(qint64 maxBytes);

    static Result<PcmAudio> readAll(const QString &path);

private:
    QFile m_file;
    PcmFormat m_format;
    qint64 m_dataBytes = 0;
    qint64 m_readBytes = 0;
};

} // namespace Starloop::Rehearsal
