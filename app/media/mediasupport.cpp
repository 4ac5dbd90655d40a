#include "media/mediasupport.h"

#include "media/interviewervoice.h"

#if defined(STARLOOP_HAVE_MULTIMEDIA)
#include "media/recordingsink.h"

#include <QMediaDevices>
#endif

namespace Starloop::Media {

bool MediaSupport::hasMicrophone()
{
#if defined(STARLOOP_HAVE_MULTIMEDIA)
    return !QMediaDevices::audioInputs().isEmpty();
#else
    return false;
#endif
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
