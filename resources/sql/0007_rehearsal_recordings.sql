-- Starloop schema, version 7: a practice session can keep the audio of a rehearsal, in
-- <database folder>/recordings/, and the marks set while speaking (the S/T/A/R moves, the
-- interviewer's probes). Maintained by core/rehearsal/recordinglinks.cpp.

-- A file name inside recordings/ (or an absolute path); '' when the session has no recording.
ALTER TABLE practice_sessions ADD COLUMN recording TEXT NOT NULL DEFAULT '';
-- JSON, core/rehearsal/rehearsalmarks.h: [{"kind":"task","ms":31000}, ...]
ALTER TABLE practice_sessions ADD COLUMN marks TEXT NOT NULL DEFAULT '[]';
CREATE INDEX practice_sessions_recorded ON practice_sessions(started_at) WHERE recording <> '';
