// Toolchain: which local compilers and interpreters "Run examples" can use (python3, g++, javac)
// and whether bubblewrap can sandbox them on this machine. Answers are worked out once per
// process: the first call may start python3 and bwrap for a moment.
#pragma once

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
public:
    // "python", "cpp", "java": the languages the editor offers first.
    static QStringList languages();
    static QString languageName(const QString &language); // "python" -> "Python"
    static QString fileExtension(const QString &language); // "python" -> "py"

    // The program a language needs ("python3", "g++", "javac").
    static QString requiredProgram(const QString &language);
    // True when examples in `language` can run here (Python with python3, C++ with g++, Java with a JDK).
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
