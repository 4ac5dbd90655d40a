#include "core/coding/toolchain.h"

#include "core/vocabulary/language.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Starloop::Coding {

namespace {

struct SandboxProbe
{
    bool works = false;
    QString problem;
};

SandboxProbe probeSandbox()
{
    const QString bwrap = Toolchain::findProgram(QStringLiteral("bwrap"));
    if (bwrap.isEmpty())
        return {false, Toolchain::tr("not sandboxed: install bubblewrap")};
    QTemporaryDir folder;
    if (!folder.isValid())
        return {false, Toolchain::tr("not sandboxed: no temporary folder for the check")};
    const QString trueProgram = Toolchain::findProgram(QStringLiteral("true"));
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(bwrap, Toolchain::sandboxArguments(folder.path(), {}) << trueProgram);
    if (!probe.waitForFinished(5000)) {
        probe.kill();
        probe.waitForFinished(1000);
        return {
            false, Toolchain::tr("not sandboxed: bubblewrap did not start (%1)").arg(probe.errorString())};
    }
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        const QString why
            = QString::fromLocal8Bit(probe.readAll()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return {false, Toolchain::tr("not sandboxed: bubblewrap cannot start here (%1)").arg(why)};
    }
    return {true, QString()};
}

const SandboxProbe &sandbox()
{
    static const SandboxProbe probe = probeSandbox();
    return probe;
}

Interpreter findPython()
{
    const QString found = Toolchain::findProgram(Languages::requiredProgram(Language::Python));
    if (found.isEmpty())
        return {};
    // Ask the interpreter where it really lives: PATH may hold a pyenv shim, which needs HOME
    // and PYENV_ROOT that the runner's minimal environment does not carry.
    QProcess ask;
    ask.start(found,
        {QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-c"),
            QStringLiteral("import sys; print(sys.executable); print(sys.base_prefix)")});
    if (!ask.waitForFinished(10000) || ask.exitCode() != 0) {
        ask.kill();
        ask.waitForFinished(1000);
        return {};
    }
    const QStringList lines
        = QString::fromLocal8Bit(ask.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || !QFileInfo(lines.first()).isExecutable())
        return {};
    Interpreter python;
    python.executable = lines.first().trimmed();
    const QString prefix = lines.value(1).trimmed();
    static const QStringList system {QStringLiteral("/usr"), QStringLiteral("/bin"), QStringLiteral("/lib")};
    bool underSystem = false;
    for (const QString &root : system)
        underSystem = underSystem || prefix == root || prefix.startsWith(root + QLatin1Char('/'));
    if (!prefix.isEmpty() && !underSystem)
        python.readOnlyPaths << prefix;
    return python;
}

bool underSystemFolders(const QString &path)
{
    static const QStringList system {
        QStringLiteral("/usr"), QStringLiteral("/bin"), QStringLiteral("/lib"), QStringLiteral("/etc")};
    for (const QString &root : system) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

JavaTools findJava()
{
    const QString javac = Toolchain::findProgram(Languages::requiredProgram(Language::Java));
    if (javac.isEmpty())
        return {};
    const QFileInfo compiler(QFileInfo(javac).canonicalFilePath());
    const QFileInfo runtime(compiler.absolutePath() + QStringLiteral("/java"));
    if (!compiler.isExecutable() || !runtime.isExecutable())
        return {};
    JavaTools java;
    java.compiler = compiler.filePath();
    java.runtime = runtime.filePath();
    const QString home = QFileInfo(compiler.absolutePath()).absolutePath(); // <jdk>/bin/javac -> <jdk>
    if (!underSystemFolders(home))
        java.readOnlyPaths << home;
    return java;
}

} // namespace

bool Toolchain::canRun(const QString &language)
{
    return missingReason(language).isEmpty();
}

QString Toolchain::missingReason(const QString &language)
{
    switch (Languages::fromId(language)) {
    case Language::Python:
        return python().isValid() ? QString()
                                  : tr("Running Python examples needs python3, which is not installed.");
    case Language::Cpp:
        return !findProgram(Languages::requiredProgram(Language::Cpp)).isEmpty()
            ? QString()
            : tr("Running C++ examples needs g++, which is not installed.");
    case Language::Java:
        return java().isValid()
            ? QString()
            : tr("Running Java examples needs javac (a JDK, e.g. the default-jdk-headless "
                 "package), which is not installed.");
    case Language::Other:
        break;
    }
    return tr("Running examples works for Python, C++ and Java; %1 is for writing and diffing.")
        .arg(Languages::displayName(language));
}

Interpreter Toolchain::python()
{
    static const Interpreter interpreter = findPython();
    return interpreter;
}

JavaTools Toolchain::java()
{
    static const JavaTools tools = findJava();
    return tools;
}

QString Toolchain::findProgram(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) // a desktop session may start us with a short PATH
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found;
}

bool Toolchain::sandboxWorks()
{
    return sandbox().works;
}

QString Toolchain::sandboxProblem()
{
    return sandbox().problem;
}

QStringList Toolchain::sandboxArguments(const QString &folder, const QStringList &readOnlyExtras)
{
    QStringList args;
    // The system read-only; nothing of the user's (home, other temporary files) is visible.
    static const QStringList system {QStringLiteral("/usr"), QStringLiteral("/bin"), QStringLiteral("/sbin"),
        QStringLiteral("/lib"), QStringLiteral("/lib32"), QStringLiteral("/lib64"), QStringLiteral("/etc")};
    for (const QString &path : system)
        args << QStringLiteral("--ro-bind-try") << path << path;
    for (const QString &path : readOnlyExtras)
        args << QStringLiteral("--ro-bind") << path << path;
    args << QStringLiteral("--tmpfs") << QStringLiteral("/tmp");
    args << QStringLiteral("--bind") << folder << folder;
    args << QStringLiteral("--dev") << QStringLiteral("/dev") << QStringLiteral("--proc")
         << QStringLiteral("/proc");
    args << QStringLiteral("--unshare-all") << QStringLiteral("--die-with-parent")
         << QStringLiteral("--new-session");
    args << QStringLiteral("--chdir") << folder;
    return args;
}

} // namespace Starloop::Coding
