// MicrophoneSource: a microphone as a PcmSource, through QAudioSource. It asks for 48 kHz mono
// 16-bit and takes the device's preferred format when that is refused; the analysis reads any.
// A device that disappears (unplugged, taken by the system) is reported once with failed().
// Qt 6.4 with PulseAudio drops the device from QMediaDevices::audioInputs() without emitting
// audioInputsChanged, and PulseAudio moves the stream to another source (a monitor: silence),
// so the list is also checked every second.
//
//   auto mic = MicrophoneSource::create();     // the default input; Error{NoInputDevice} if none
//   auto mic = MicrophoneSource::create(id);   // one of QMediaDevices::audioInputs()
#pragma once

#include "media/pcmsource.h"

#include <QAudioFormat>
#include <QMediaDevices>
#include <QTimer>

#include <memory>

class QAudioSource;
class QIODevice;

namespace Starloop::Media {

class MicrophoneSource : public PcmSource
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<MicrophoneSource>> create(const QByteArray &deviceId = {});
    ~MicrophoneSource() override;

    Rehearsal::PcmFormat format() const override;
    QString description() const override;
    Status start() override;
    void pause() override;
    void resume() override;
    void stop() override;
    std::optional<QAudioDevice> device() const override { return m_device; }

private:
    explicit MicrophoneSource(const QAudioDevice &device);
    void readAvailable();
    void checkDevicePresent();
    void lost(const QString &why);

    QAudioDevice m_device;
    QAudioFormat m_format;
    QMediaDevices m_devices;
    QTimer m_presence;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr; // owned by m_source
    bool m_failed = false;
};

} // namespace Starloop::Media
