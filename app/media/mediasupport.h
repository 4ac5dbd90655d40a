// MediaSupport: what this machine offers the rehearsal studio, as the audio module and the
// interviewer's voice ask it. (The window asks Studio::Audio, which also says when the module
// itself is missing.)
//
//   MediaSupport::hasMicrophone()     -> false on a machine without one (or without Qt Multimedia)
//   MediaSupport::canSpeak()          -> false without Qt TextToSpeech or a voice (Flite)
//   MediaSupport::recordingFormat()   -> "Ogg Opus", or "WAV" when no compressed encoder works
//
// Compiled in every build; the answers come from Qt Multimedia and Qt TextToSpeech when they
// were found (STARLOOP_HAVE_MULTIMEDIA, STARLOOP_HAVE_TEXTTOSPEECH).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Starloop::Media {

class MediaSupport
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Media::MediaSupport)
public:
    // A microphone is connected now.
    static bool hasMicrophone();
    // The interviewer can speak: Qt TextToSpeech with an engine that has a voice. Starts an
    // engine to find out (tens of milliseconds): ask once, or keep an InterviewerVoice.
    static bool canSpeak();
    static QString speechUnavailableReason(); // empty when canSpeak()
    // The format a recording from the microphone is saved in: "Ogg Opus", "MPEG-4 AAC", "FLAC" or
    // "WAV" (empty when recording is not possible).
    static QString recordingFormat();
};

} // namespace Starloop::Media
