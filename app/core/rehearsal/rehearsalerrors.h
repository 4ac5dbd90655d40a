// The reasons a rehearsal can fail, carried in Error::code so the GUI can pick its message's
// tone (a missing file is a notice, a full disk is a warning) without parsing text.
#pragma once

namespace Starloop::Rehearsal {

enum ErrorCode {
    FileMissing = 4101, // a recording deleted or moved outside Starloop
    DiskFull, // no room left to write the recording
    WriteFailed, // any other write error (permissions, a removed drive)
    UnreadableFile, // not a WAV file Starloop can read, or damaged
    NoInputDevice, // no microphone
    InputLost, // the microphone went away while recording
    NoOutputDevice, // nothing to play a recording or a voice on
    NoDatabaseFolder, // an in-memory database: nowhere to keep recordings
};

} // namespace Starloop::Rehearsal
