// Toolchain: which local compilers and interpreters "Run examples" can use (python3, g++, javac)
// and whether bubblewrap can sandbox them on this machine. Answers are worked out once per
// process: the first call may start python3 and bwrap for a moment.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Starloop::Coding {

struct Interpreter
{
    QString executable; // the real binary (a pyenv shim resolved), empty when missing
    QStringList readOnlyPaths; // folders the sandbox must show (its installation prefix)
    bool isValid() const { return !executable.isEmpty(); }
};

// A JDK: javac and the java launcher beside it, both resolved past /usr/bin's alternatives links.
struct JavaTools
{
    QString compiler;
    QString runtime;
    QStringList readOnlyPaths; // the JDK's folder when it lives outside the system folders
    bool isValid() const { return !compiler.isEmpty() && !runtime.isEmpty(); }
};

class Toolchain
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Coding::Toolchain)
public:
    // True when examples in `language` (a Language id: "python") can run here: Python with
    // python3, C++ with g++, Java with a JDK (Languages::requiredProgram()).
    static bool canRun(const QString &language);
    // Empty when `language` can run here; otherwise what is missing, for the Run button.
    static QString missingReason(const QString &language);

    static Interpreter python();
    static JavaTools java();
    static QString findProgram(const QString &name); // on PATH, empty when missing

    // bubblewrap found and able to start a process here (checked once).
    static bool sandboxWorks();
    static QString sandboxProblem(); // why not, when sandboxWorks() is false
    // The bwrap arguments that show the system read-only and `folder` writable, then `command`.
    static QStringList sandboxArguments(const QString &folder, const QStringList &readOnlyExtras);
};

} // namespace Starloop::Coding
