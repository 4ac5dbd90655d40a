// RunResult: what "Run examples" found: one row per example (call, expected, actual, passed),
// an overall outcome with a message a user can read, and whether the run was sandboxed.
// Kept as JSON with the attempt (attempts.last_run) so reopening an attempt shows its last run.
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace Starloop::Coding {

struct CaseResult
{
    QString call;
    QString expected;
    QString actual; // repr() of the value, or the exception ("ZeroDivisionError: ...")
    bool passed = false;
    bool ran = false; // false when the run stopped before this example
};

struct RunResult
{
    enum class Outcome {
        NotRun, // nothing yet
        Passed, // every example passed
        Failed, // ran to the end, some examples failed
        CompileError, // syntax or compile error: nothing ran
        TimedOut, // stopped at the time limit
        OutputLimit, // stopped at the output limit
        Crashed, // the program died (error while loading, signal, memory limit)
        Unavailable, // no toolchain, language not runnable, no examples
    };

    Outcome outcome = Outcome::NotRun;
    QString message; // one or two sentences for the user
    QString details; // compiler lines or the program's error output, shortened
    QVector<CaseResult> cases;
    bool sandboxed = false;
    QString sandboxNote; // why not, when not ("not sandboxed: install bubblewrap")
    qint64 elapsedMs = 0;

    int passedCount() const;
    bool isStopped() const { return outcome == Outcome::TimedOut || outcome == Outcome::OutputLimit; }
    QString toJson() const;
    static RunResult fromJson(const QString &json); // NotRun when empty or unreadable
    static QString outcomeName(Outcome outcome);
};

} // namespace Starloop::Coding

Q_DECLARE_METATYPE(Starloop::Coding::RunResult)
