#include "core/coding/coderunner.h"

#include "core/coding/harness.h"
#include "core/coding/runtranscript.h"
#include "core/coding/toolchain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/types.h>
#endif

namespace Starloop::Coding {

namespace {

#ifdef Q_OS_LINUX
// Every process `pid` started, and those they started, as /proc lists them.
QVector<qint64> descendantsOf(qint64 pid)
{
    QVector<qint64> found;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            const qint64 id = child.trimmed().toLongLong();
            if (id > 0 && !found.contains(id)) {
                found << id;
                found << descendantsOf(id);
            }
        }
    }
    return found;
}
#endif

// Stops a run for good: the sandbox and everything in it, not only its outer process. bwrap
// runs the attempt under a process of its own (the PID namespace's first process); killing only
// the outer one could leave that one behind, asleep, for as long as the machine runs.
void killTree(QProcess *process)
{
#ifdef Q_OS_LINUX
    const qint64 pid = process->processId();
    if (pid > 0) {
        for (const qint64 id : descendantsOf(pid))
            ::kill(pid_t(id), SIGKILL);
    }
#endif
    process->kill();
}

constexpr int CompileTimeLimitMs = 60000;
constexpr qint64 CompileMemoryLimit = 4096LL * 1024 * 1024;
constexpr qint64 FileSizeLimit = 16 * 1024 * 1024;
constexpr qint64 MemoryLimit = 2048LL * 1024 * 1024;

QString sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString secondsText(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

// Writes the plan's files and folders into `folder`; false when one could not be written.
bool writePlan(const QString &folder, const RunPlan &plan)
{
    for (const auto &[name, bytes] : plan.files) {
        QFile file(folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return false;
    }
    for (const QString &name : plan.folders) {
        if (!QDir(folder).mkdir(name))
            return false;
    }
    return true;
}

} // namespace

struct CodeRunner::Run
{
    enum class Stage { Compile, Execute };
    RunRequest request;
    QTemporaryDir folder;
    QString path; // the folder, canonical
    QByteArray token;
    RunPlan plan; // its executeCommand runs after a successful compile
    RunTranscript transcript {QByteArray(), RunResult()};
    bool sandboxed = false;
    Stage stage = Stage::Execute;
    QPointer<QProcess> process;
    QTimer *limit = nullptr;
    QElapsedTimer clock;
    RunResult::Outcome stoppedAs = RunResult::Outcome::NotRun;
    QString stopMessage;
};

CodeRunner::CodeRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RunResult>(); // queued connections and QSignalSpy in Qt 5
}

CodeRunner::~CodeRunner()
{
    cancel();
}

bool CodeRunner::isRunning() const
{
    return m_run && m_run->process;
}

void CodeRunner::cancel()
{
    if (!m_run)
        return;
    if (m_run->process) {
        QProcess *process = m_run->process;
        process->disconnect(this);
        killTree(process);
        process->waitForFinished(2000);
        delete process;
    }
    m_run.reset();
}

void CodeRunner::start(const RunRequest &request)
{
    cancel();
    RunResult result;
    for (const ExampleCase &example : request.examples.cases)
        result.cases << CaseResult {example.call, example.expected, QString(), false, false};
    auto refuse = [&](const QString &message, RunResult::Outcome outcome = RunResult::Outcome::Unavailable) {
        result.outcome = outcome;
        result.message = message;
        Q_EMIT finished(result);
    };

    const QString missing = Toolchain::missingReason(request.language);
    if (!missing.isEmpty())
        return refuse(missing);
    if (request.examples.isEmpty())
        return refuse(tr("This question has no examples to run."));

    auto run = std::make_unique<Run>();
    run->request = request;
    run->token = "@starloop-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    if (!run->folder.isValid())
        return refuse(tr("No temporary folder for the run: %1").arg(run->folder.errorString()));
    run->path = QFileInfo(run->folder.path()).canonicalFilePath();
    run->plan = Harness::plan(
        Languages::fromId(request.language), request.code, request.examples, run->path, run->token);
    if (!run->plan.refusal.isEmpty())
        return refuse(run->plan.refusal, RunResult::Outcome::CompileError);
    if (!writePlan(run->path, run->plan))
        return refuse(tr("The run's files could not be written to %1.").arg(run->path));

    result.sandboxed = request.allowSandbox && Toolchain::sandboxWorks();
    if (!result.sandboxed)
        result.sandboxNote
            = request.allowSandbox ? Toolchain::sandboxProblem() : tr("not sandboxed: turned off");
    run->sandboxed = result.sandboxed;
    run->transcript = RunTranscript(run->token, result);
    m_run = std::move(run);
    m_run->clock.start();
    if (m_run->plan.compileCommand.isEmpty()) {
        startStage(int(Run::Stage::Execute), m_run->plan.executeCommand);
    } else {
        startStage(int(Run::Stage::Compile), m_run->plan.compileCommand);
    }
    Q_EMIT started();
}

void CodeRunner::startStage(int stage, QStringList command)
{
    m_run->stage = static_cast<Run::Stage>(stage);
    const bool compiling = m_run->stage == Run::Stage::Compile;
    const int timeLimitMs = compiling ? CompileTimeLimitMs : m_run->request.timeLimitMs;
    const QString prlimit = Toolchain::findProgram(QStringLiteral("prlimit"));
    if (!prlimit.isEmpty()) {
        command = QStringList {prlimit, QStringLiteral("--cpu=%1").arg(timeLimitMs / 1000 + 1),
                      QStringLiteral("--fsize=%1").arg(compiling ? 16 * FileSizeLimit : FileSizeLimit),
                      QStringLiteral("--as=%1").arg(compiling ? CompileMemoryLimit : MemoryLimit),
                      QStringLiteral("--core=0"), QStringLiteral("--")}
            + command;
    }
    if (m_run->sandboxed) {
        command = QStringList {Toolchain::findProgram(QStringLiteral("bwrap"))}
            + Toolchain::sandboxArguments(m_run->path, m_run->plan.readOnlyExtras) + command;
    }

    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_run->path);
    QProcessEnvironment environment;
    QString path = QStringLiteral("/usr/bin:/bin");
    if (!m_run->plan.executeCommand.isEmpty())
        path = QFileInfo(m_run->plan.executeCommand.first()).absolutePath() + QLatin1Char(':') + path;
    environment.insert(QStringLiteral("PATH"), path);
    environment.insert(QStringLiteral("HOME"), m_run->path);
    environment.insert(QStringLiteral("TMPDIR"), m_run->path);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(environment);
    process->setProgram(command.takeFirst());
    process->setArguments(command);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this] { onOutput(false); });
    connect(process, &QProcess::readyReadStandardError, this, [this] { onOutput(true); });
    connect(process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this, &CodeRunner::onExited);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onExited();
    });
    m_run->process = process;
    m_run->limit = new QTimer(process);
    m_run->limit->setSingleShot(true);
    m_run->limit->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    m_run->limit->setInterval(timeLimitMs);
    connect(m_run->limit, &QTimer::timeout, this, [this, compiling, timeLimitMs] {
        stop(RunResult::Outcome::TimedOut,
            compiling ? tr("Stopped after %1 s: the compiler did not finish.").arg(secondsText(timeLimitMs))
                      : tr("Stopped after %1 s: the code did not finish (an endless loop?)")
                            .arg(secondsText(timeLimitMs)));
    });
    process->start();
    m_run->limit->start();
}

void CodeRunner::stop(RunResult::Outcome outcome, const QString &message)
{
    if (!m_run || !m_run->process || m_run->stoppedAs != RunResult::Outcome::NotRun)
        return;
    m_run->stoppedAs = outcome;
    m_run->stopMessage = message;
    killTree(m_run->process); // finished() follows and ends the run
}

void CodeRunner::onOutput(bool standardError)
{
    if (!m_run || !m_run->process)
        return;
    QProcess *process = m_run->process;
    const QByteArray bytes
        = standardError ? process->readAllStandardError() : process->readAllStandardOutput();
    if (m_run->stoppedAs != RunResult::Outcome::NotRun)
        return;
    RunTranscript &transcript = m_run->transcript;
    if (m_run->stage == Run::Stage::Compile)
        transcript.addCompilerOutput(bytes);
    else if (standardError)
        transcript.addErrorOutput(bytes);
    else
        transcript.addOutput(bytes);
    if (transcript.outputBytes() > m_run->request.outputLimitBytes)
        stop(RunResult::Outcome::OutputLimit,
            tr("Stopped: the program printed more than %1").arg(sizeText(m_run->request.outputLimitBytes)));
}

void CodeRunner::onExited()
{
    if (!m_run || !m_run->process)
        return;
    QProcess *process = m_run->process;
    if (m_run->stoppedAs == RunResult::Outcome::NotRun) {
        onOutput(false); // whatever is still buffered
        onOutput(true);
    }
    const bool failedToStart = process->error() == QProcess::FailedToStart;
    const bool compiling = m_run->stage == Run::Stage::Compile;
    const bool compiled = compiling && m_run->stoppedAs == RunResult::Outcome::NotRun && !failedToStart
        && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    m_run->limit->stop();
    process->disconnect(this);
    process->deleteLater(); // we may be inside one of its signals

    if (compiled) {
        m_run->transcript.compiled();
        startStage(int(Run::Stage::Execute), m_run->plan.executeCommand);
        return;
    }

    RunTranscript::Ending ending;
    ending.stoppedAs = m_run->stoppedAs;
    ending.stopMessage = m_run->stopMessage;
    if (failedToStart)
        ending.startError = process->errorString();
    ending.compiling = compiling;
    ending.crashed = process->exitStatus() == QProcess::CrashExit;
    ending.exitCode = process->exitCode();
    ending.folder = m_run->path;
    ending.elapsedMs = m_run->clock.elapsed();
    const RunResult result = m_run->transcript.result(ending);
    m_run.reset();
    Q_EMIT finished(result);
}

RunResult CodeRunner::runAndWait(const RunRequest &request)
{
    CodeRunner runner;
    RunResult result;
    bool finishedAlready = false;
    QEventLoop loop;
    connect(&runner, &CodeRunner::finished, &loop, [&](const RunResult &r) {
        result = r;
        finishedAlready = true;
        loop.quit();
    });
    runner.start(request);
    if (!finishedAlready)
        loop.exec();
    return result;
}

} // namespace Starloop::Coding
