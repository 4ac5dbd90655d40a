#include "media/microphonesource.h"

#include "core/rehearsal/rehearsalerrors.h"
#include "media/pcmconvert.h"

#include <QAudioSource>

namespace Starloop::Media {

Result<std::unique_ptr<MicrophoneSource>> MicrophoneSource::create(const QByteArray &deviceId)
{
    QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (!deviceId.isEmpty()) {
        device = {};
        for (const QAudioDevice &input : QMediaDevices::audioInputs()) {
            if (input.id() == deviceId)
                device = input;
        }
    }
    if (device.isNull())
        return Error {deviceId.isEmpty()
                ? tr("No microphone was found. Connect one, or rehearse without recording.")
                : tr("The chosen microphone is not connected."),
            Rehearsal::NoInputDevice};
    return std::unique_ptr<MicrophoneSource>(new MicrophoneSource(device));
}

MicrophoneSource::MicrophoneSource(const QAudioDevice &device)
    : m_device(device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(48000);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    m_format = device.isFormatSupported(wanted) ? wanted : device.preferredFormat();
    connect(&m_devices, &QMediaDevices::audioInputsChanged, this, &MicrophoneSource::checkDevicePresent);
    m_presence.setInterval(1000);
    connect(&m_presence, &QTimer::timeout, this, &MicrophoneSource::checkDevicePresent);
}

MicrophoneSource::~MicrophoneSource()
{
    stop();
}

Rehearsal::PcmFormat MicrophoneSource::format() const
{
    return toPcmFormat(m_format);
}

QString MicrophoneSource::description() const
{
    return m_device.description();
}

Status MicrophoneSource::start()
{
    if (!format().isValid())
        return Error {
            tr("The microphone offers no sound format Starloop can read."), Rehearsal::NoInputDevice};
    m_failed = false;
    m_source = std::make_unique<QAudioSource>(m_device, m_format);
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            lost(tr("The microphone stopped delivering sound."));
    });
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_source.reset();
        m_io = nullptr;
        return Error {tr("The microphone could not be opened: it may be in use by another program."),
            Rehearsal::NoInputDevice};
    }
    connect(m_io, &QIODevice::readyRead, this, &MicrophoneSource::readAvailable);
    m_presence.start();
    return {};
}

void MicrophoneSource::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray frames = m_io->readAll();
    if (!frames.isEmpty())
        Q_EMIT pcmReady(frames);
}

void MicrophoneSource::pause()
{
    if (m_source)
        m_source->suspend();
}

void MicrophoneSource::resume()
{
    if (m_source)
        m_source->resume();
}

void MicrophoneSource::stop()
{
    m_presence.stop();
    if (!m_source)
        return;
    readAvailable();
    m_io = nullptr;
    m_source->disconnect(this);
    m_source->stop();
    m_source.reset();
}

void MicrophoneSource::checkDevicePresent()
{
    if (!m_source)
        return;
    for (const QAudioDevice &input : QMediaDevices::audioInputs()) {
        if (input.id() == m_device.id())
            return;
    }
    lost(tr("The microphone “%1” was disconnected.").arg(m_device.description()));
}

void MicrophoneSource::lost(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(why, Rehearsal::InputLost);
}

} // namespace Starloop::Media
