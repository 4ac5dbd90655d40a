#include "core/coding/runtranscript.h"

#include "core/coding/coderunner.h"
#include "core/coding/harness.h"

#include <QJsonDocument>

namespace Starloop::Coding {

namespace {

constexpr qint64 KeptOutputBytes = 8 * 1024;
constexpr int LongestResultLine = 64 * 1024;

void appendKept(QByteArray &kept, const QByteArray &more)
{
    if (kept.size() < KeptOutputBytes)
        kept += more.left(KeptOutputBytes - kept.size());
}

} // namespace

RunTranscript::RunTranscript(QByteArray token, RunResult pending)
    : m_token(std::move(token))
    , m_result(std::move(pending))
{ }

void RunTranscript::addCompilerOutput(const QByteArray &bytes)
{
    appendKept(m_errorOutput, bytes);
}

void RunTranscript::compiled()
{
    m_errorOutput.clear();
}

void RunTranscript::addErrorOutput(const QByteArray &bytes)
{
    m_outputBytes += bytes.size();
    appendKept(m_errorOutput, bytes);
}

void RunTranscript::addOutput(const QByteArray &bytes)
{
    m_outputBytes += bytes.size();
    m_pendingLine += bytes;
    int newline;
    while ((newline = m_pendingLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingLine.left(newline);
        m_pendingLine.remove(0, newline + 1);
        if (line.startsWith(QByteArray(m_token + ' ')))
            readEvent(line.mid(m_token.size() + 1));
        else if (!line.isEmpty())
            appendKept(m_programOutput, line + '\n');
    }
    // A line this long is the program's own output, not a result: keep memory bounded.
    if (m_pendingLine.size() > LongestResultLine) {
        appendKept(m_programOutput, m_pendingLine);
        m_pendingLine.clear();
    }
}

void RunTranscript::readEvent(const QByteArray &line)
{
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    if (event.contains(QStringLiteral("case"))) {
        const int index = event.value(QStringLiteral("case")).toInt();
        if (index >= 0 && index < m_result.cases.size()) {
            CaseResult &row = m_result.cases[index];
            row.actual = event.value(QStringLiteral("actual")).toString();
            row.passed = event.value(QStringLiteral("passed")).toBool();
            row.ran = true;
        }
    } else if (event.contains(QStringLiteral("load"))) {
        m_loadError = event;
    } else if (event.value(QStringLiteral("done")).toBool()) {
        m_done = true;
    }
}

RunResult RunTranscript::result(const Ending &ending) const
{
    const QString errors = QString::fromUtf8(m_errorOutput).trimmed();
    const QString printed = QString::fromUtf8(m_programOutput).trimmed();
    RunResult result = m_result;
    result.elapsedMs = ending.elapsedMs;
    if (ending.stoppedAs != RunResult::Outcome::NotRun) {
        result.outcome = ending.stoppedAs;
        result.message = ending.stopMessage;
        result.details = printed.left(2000);
    } else if (!ending.startError.isEmpty()) {
        result.outcome = RunResult::Outcome::Unavailable;
        result.message = CodeRunner::tr("The run could not start: %1").arg(ending.startError);
    } else if (ending.compiling) {
        result = compileErrorResult(result, ending);
    } else if (!m_loadError.isEmpty()) {
        if (m_loadError.value(QStringLiteral("load")).toString() == QLatin1String("syntax")) {
            result.outcome = RunResult::Outcome::CompileError;
            result.message = CodeRunner::tr("The code does not compile: line %1: %2")
                                 .arg(m_loadError.value(QStringLiteral("line")).toInt())
                                 .arg(m_loadError.value(QStringLiteral("message")).toString());
        } else {
            result.outcome = RunResult::Outcome::Crashed;
            result.message = CodeRunner::tr("The code stopped with an error before the examples ran: %1")
                                 .arg(m_loadError.value(QStringLiteral("message")).toString());
        }
        result.details = printed;
    } else if (m_done) {
        const int passed = result.passedCount();
        result.outcome
            = passed == result.cases.size() ? RunResult::Outcome::Passed : RunResult::Outcome::Failed;
        result.message = CodeRunner::tr("%1 of %2 examples passed.").arg(passed).arg(result.cases.size());
        result.details = printed;
    } else {
        result.outcome = RunResult::Outcome::Crashed;
        const QString how = ending.crashed ? CodeRunner::tr("it was killed: a crash or a resource limit")
                                           : CodeRunner::tr("exit code %1").arg(ending.exitCode);
        result.message = CodeRunner::tr("The program ended before the examples finished (%1).").arg(how);
        result.details = QString(errors + QLatin1Char('\n') + printed).trimmed().left(4000);
    }
    if (result.details.isEmpty() && !errors.isEmpty())
        result.details = errors.left(4000);
    return result;
}

// The compiler's first lines, without the temporary folder in every path.
RunResult RunTranscript::compileErrorResult(RunResult result, const Ending &ending) const
{
    const QStringList lines = QString::fromUtf8(m_errorOutput)
                                  .trimmed()
                                  .replace(ending.folder + QLatin1Char('/'), QString())
                                  .split(QLatin1Char('\n'));
    QString first;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("error")) && first.isEmpty())
            first = line.trimmed();
    }
    result.outcome = RunResult::Outcome::CompileError;
    // An error in the generated harness means a call of the examples found nothing to call.
    if (Harness::isAboutHarness(first))
        result.message
            = CodeRunner::tr("The examples cannot call your code; check the names and parameters the "
                             "question asks for: %1")
                  .arg(first);
    else
        result.message
            = CodeRunner::tr("The code does not compile: %1")
                  .arg(first.isEmpty() ? CodeRunner::tr("exit code %1").arg(ending.exitCode) : first);
    result.details = lines.mid(0, 12).join(QLatin1Char('\n'));
    return result;
}

} // namespace Starloop::Coding
