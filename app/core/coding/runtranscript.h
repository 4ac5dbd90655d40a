// RunTranscript: what a run's child prints, read as it comes, and the RunResult made of it once the
// child has ended. A harness reports one line per event on standard output, prefixed by the run's
// token so that the program's own prints cannot pass for results:
//
//   @starloop-<uuid> {"case": 0, "actual": "[0, 1]", "passed": true}
//   @starloop-<uuid> {"load": "syntax", "line": 3, "message": "invalid syntax"}   (Python only)
//   @starloop-<uuid> {"done": true}
//
// Any other line is the program's own output, kept short and shown with the result. The process,
// its limits and when to stop it are CodeRunner's.
#pragma once

#include "core/coding/runresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Starloop::Coding {

class RunTranscript
{
public:
    // How the child ended, for result().
    struct Ending
    {
        RunResult::Outcome stoppedAs = RunResult::Outcome::NotRun; // the runner stopped it: TimedOut ...
        QString stopMessage;
        QString startError; // not empty: the child did not start
        bool compiling = false; // the compiler ended, not the program
        bool crashed = false; // killed by a signal
        int exitCode = 0;
        QString folder; // the run's folder, left out of compiler messages
        qint64 elapsedMs = 0;
    };

    // `token`: the prefix of result lines; `pending`: the result so far (cases not run, sandbox).
    RunTranscript(QByteArray token, RunResult pending);

    void addCompilerOutput(const QByteArray &bytes); // either channel: only the first lines matter
    void compiled(); // the compiler's messages are done with: the program runs next
    void addOutput(const QByteArray &bytes); // standard output: result lines and the program's own
    void addErrorOutput(const QByteArray &bytes);
    qint64 outputBytes() const { return m_outputBytes; } // what the program printed, both channels

    RunResult result(const Ending &ending) const;

private:
    void readEvent(const QByteArray &line);
    RunResult compileErrorResult(RunResult result, const Ending &ending) const;

    QByteArray m_token;
    RunResult m_result;
    QByteArray m_pendingLine;
    QByteArray m_programOutput; // what the program printed itself (kept short)
    QByteArray m_errorOutput;
    qint64 m_outputBytes = 0;
    bool m_done = false;
    QJsonObject m_loadError;
};

} // namespace Starloop::Coding
