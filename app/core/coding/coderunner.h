// CodeRunner: runs an attempt against a question's examples in a child process, asynchronously.
//
// The attempt and a generated harness go into a fresh temporary folder; the child runs there
// with a minimal environment (PATH, HOME = that folder), a wall-clock time limit, an output
// limit (read as it comes; the child is killed past it) and resource limits (prlimit). C++ is
// compiled first (g++, its own limits; errors come back with the compiler's first lines). When
// bubblewrap works, the child also runs in it: system read-only, only the folder writable, no
// network. The code and the saved attempt are only ever read. What is written and run per
// language is Harness's (core/coding/harness.h); reading what the child prints is RunTranscript's.
//
//   CodeRunner runner;
//   connect(&runner, &CodeRunner::finished, this, [](const RunResult &r) { ... });
//   runner.start({QStringLiteral("python"), code, CodingExamples::forQuestion(uid, "python")});
#pragma once

#include "core/coding/codingexamples.h"
#include "core/coding/runresult.h"

#include <QObject>

#include <memory>

namespace Starloop::Coding {

struct RunRequest
{
    QString language; // a Language id: "python", "cpp" or "java" run; any other is refused
    QString code;
    LanguageExamples examples;
    int timeLimitMs = 5000;
    qint64 outputLimitBytes = 1024 * 1024;
    bool allowSandbox = true; // false: skip bubblewrap even when it works (tests of the fallback)
};

class CodeRunner : public QObject
{
    Q_OBJECT
public:
    explicit CodeRunner(QObject *parent = nullptr);
    ~CodeRunner() override; // kills a run still going

    // Starts a run; a run already going is cancelled first. finished() follows (it may come
    // before start() returns when nothing can run).
    void start(const RunRequest &request);
    void cancel();
    bool isRunning() const;

    // Runs and waits (a local event loop): for tests and the command line.
    static RunResult runAndWait(const RunRequest &request);

Q_SIGNALS:
    void started();
    void finished(const Starloop::Coding::RunResult &result);

private:
    struct Run;
    void startStage(int stage, QStringList command); // Run::Stage
    void onOutput(bool standardError);
    void onExited();
    void stop(RunResult::Outcome outcome, const QString &message);

    std::unique_ptr<Run> m_run;
};

} // namespace Starloop::Coding
