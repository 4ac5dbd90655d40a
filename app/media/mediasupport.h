// MediaSupport: what the rehearsal studio can do on this machine, and in words why not, so the
// GUI can show the studio, a reduced one, or the text-only rehearsal with a clear message.
//
//   MediaSupport::canRecord()         -> false in the Qt 5 build; recordingUnavailableReason()
//                                        -> "This build of Starloop uses Qt 5; ..."
//   MediaSupport::hasMicrophone()     -> false on a machine without one; noMicrophoneReason()
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
    // Recording, playback and analysis of compressed files: Qt Multimedia is there.
    static bool canRecord();
    static QString recordingUnavailableReason(); // empty when canRecord()
    // A microphone is connected now.
    static bool hasMicrophone();
    static QString noMicrophoneReason(); // empty when hasMicrophone()
    // The interviewer can speak: Qt TextToSpeech with an engine that has a voice. Starts an
    // engine to find out (tens of milliseconds): ask once, or keep an InterviewerVoice.
    static bool canSpeak();
    static QString speechUnavailableReason(); // empty when canSpeak()
    // The format a recording from the microphone is saved in: "Ogg Opus", "MPEG-4 AAC", "FLAC" or
    // "WAV" (empty when recording is not possible).
    static QString recordingFormat();
};

} // namespace Starloop::Media
