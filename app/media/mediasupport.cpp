#include "media/mediasupport.h"

#include "media/interviewervoice.h"

#if defined(STARLOOP_HAVE_MULTIMEDIA)
#include "media/recordingsink.h"

#include <QMediaDevices>
#endif

namespace Starloop::Media {

bool MediaSupport::canRecord()
{
#if defined(STARLOOP_HAVE_MULTIMEDIA)
    return true;
#else
    return false;
#endif
}

QString MediaSupport::recordingUnavailableReason()
{
#if defined(STARLOOP_HAVE_MULTIMEDIA)
    return {};
#elif QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    return tr("This build of Starloop uses Qt 5; recording and playing back rehearsals needs the Qt 6 "
              "build with Qt Multimedia. Text-only rehearsal works as before.");
#else
    return tr("This build of Starloop was made without Qt Multimedia (qt6-multimedia-dev), so it cannot "
              "record or play back rehearsals. Text-only rehearsal works as before.");
#endif
}

bool MediaSupport::hasMicrophone()
{
#if defined(STARLOOP_HAVE_MULTIMEDIA)
    return !QMediaDevices::audioInputs().isEmpty();
#else
    return false;
#endif
}

QString MediaSupport::noMicrophoneReason()
{
    if (!canRecord())
        return recordingUnavailableReason();
    if (hasMicrophone())
        return {};
    return tr("No microphone was found. Connect one to record, analyse a WAV recording instead, or "
              "rehearse without recording.");
}

bool MediaSupport::canSpeak()
{
    return InterviewerVoice().isAvailable();
}

QString MediaSupport::speechUnavailableReason()
{
    return InterviewerVoice().unavailableReason();
}

QString MediaSupport::recordingFormat()
{
#if defined(STARLOOP_HAVE_MULTIMEDIA)
    if (const auto format = EncoderSink::bestFormat())
        return format->name;
    return tr("WAV");
#else
    return {};
#endif
}

} // namespace Starloop::Media
