#include "media/wavfilesource.h"

#include <QFileInfo>

namespace Starloop::Media {

namespace {

constexpr int RealTimeTickMs = 20;
constexpr int FastChunkMs = 100;

} // namespace

WavFileSource::WavFileSource(const QString &path, Pace pace, QObject *parent)
    : PcmSource(parent)
    , m_path(path)
    , m_pace(pace)
{
    m_timer.setInterval(pace == Pace::RealTime ? RealTimeTickMs : 0);
    connect(&m_timer, &QTimer::timeout, this, &WavFileSource::deliver);
}

Rehearsal::PcmFormat WavFileSource::format() const
{
    if (m_opened)
        return m_reader.format();
    // Before start(): read the header only, so a Recorder can set up its analysis.
    Rehearsal::WavReader probe;
    return probe.open(m_path) ? probe.format() : Rehearsal::PcmFormat {};
}

QString WavFileSource::description() const
{
    return QFileInfo(m_path).fileName();
}

Status WavFileSource::start()
{
    if (Status opened = m_reader.open(m_path); !opened)
        return opened;
    m_opened = true;
    m_playedMsBeforePause = 0;
    m_clock.start();
    m_timer.start();
    return {};
}

void WavFileSource::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_playedMsBeforePause += m_clock.elapsed();
}

void WavFileSource::resume()
{
    if (!m_opened || m_timer.isActive() || m_reader.atEnd())
        return;
    m_clock.start();
    m_timer.start();
}

void WavFileSource::stop()
{
    m_timer.stop();
}

void WavFileSource::deliver()
{
    const Rehearsal::PcmFormat f = m_reader.format();
    qint64 wantedMs = FastChunkMs;
    if (m_pace == Pace::RealTime)
        wantedMs = m_playedMsBeforePause + m_clock.elapsed() - m_reader.positionMs();
    const QByteArray frames = m_reader.read(f.framesForMs(qMax<qint64>(0, wantedMs)) * f.bytesPerFrame());
    if (!frames.isEmpty())
        Q_EMIT pcmReady(frames);
    if (m_reader.atEnd()) {
        m_timer.stop();
        Q_EMIT ended();
    }
}

} // namespace Starloop::Media
