#include "coderunner.h"

#include "toolchain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
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

// Loads the attempt, then each example in a copy of its namespace. Reports one line per event,
// prefixed by the run's token so the program's own prints cannot be mistaken for results.
const char PythonHarness[] = R"PY(import ast
import json
import sys
import traceback

TOKEN = sys.argv[1]
_out = sys.stdout


def report(event):
    _out.write("\n" + TOKEN + " " + json.dumps(event) + "\n")
    _out.flush()


def short(text, limit=2000):
    return text if len(text) <= limit else text[:limit] + "..."


def main():
    with open("cases.json", encoding="utf-8") as handle:
        spec = json.load(handle)
    namespace = {"__name__": "attempt"}
    try:
        with open("attempt.py", encoding="utf-8") as handle:
            source = handle.read()
        exec(compile(source, "attempt.py", "exec"), namespace)
    except SyntaxError as error:
        report({"load": "syntax", "line": error.lineno or 0, "message": short(str(error.msg))})
        return
    except BaseException as error:
        report({"load": "error", "message": short(type(error).__name__ + ": " + str(error)),
                "trace": short("".join(traceback.format_exception_only(type(error), error)))})
        return
    if spec.get("setup"):
        try:
            exec(compile(spec["setup"], "<examples setup>", "exec"), namespace)
        except BaseException as error:
            report({"load": "error", "message": short(type(error).__name__ + ": " + str(error))})
            return
    for index, case in enumerate(spec["cases"]):
        local = dict(namespace)
        try:
            tree = ast.parse(case["call"], "<example>", "exec")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, "<example>", "exec"), local)
            value = eval(compile(ast.Expression(last.value), "<example>", "eval"), local) if last else None
            expected = eval(case["expected"], local)
            if case.get("sorted"):
                passed = sorted(value) == sorted(expected)
            else:
                passed = value == expected
            report({"case": index, "actual": short(repr(value)), "passed": bool(passed)})
        except BaseException as error:  # noqa: BLE001 - any error is this example's result
            report({"case": index, "actual": short(type(error).__name__ + ": " + str(error)), "passed": False})
    report({"done": True})


main()
)PY";

// The C++ harness: common headers, the attempt (its own main() renamed away), a printer for
// results (int, bool, double, string, vector, pair, optional) and one block per example.
const char CppPrelude[] = R"CPP(#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <iostream>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#define main starloop_user_main
#include "attempt.cpp"
#undef main

namespace starloop {

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_pair : std::false_type {};
template <class A, class B> struct is_pair<std::pair<A, B>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

inline std::string quote(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

template <class T> std::string show(const T &value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "true" : "false";
    } else if constexpr (std::is_same_v<T, char>) {
        return std::string("'") + value + "'";
    } else if constexpr (std::is_integral_v<T>) {
        return std::to_string(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        std::ostringstream out;
        out << value;
        std::string text = out.str();
        if (text.find_first_of(".ein") == std::string::npos)
            text += ".0";
        return text;
    } else if constexpr (std::is_convertible_v<T, std::string>) {
        return quote(std::string(value));
    } else if constexpr (is_vector<T>::value) {
        std::string out = "{";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i)
                out += ", ";
            if constexpr (std::is_same_v<typename T::value_type, bool>)
                out += show(bool(value[i]));
            else
                out += show(value[i]);
        }
        return out + "}";
    } else if constexpr (is_pair<T>::value) {
        return "{" + show(value.first) + ", " + show(value.second) + "}";
    } else if constexpr (is_optional<T>::value) {
        return value ? show(*value) : std::string("nullopt");
    } else if constexpr (std::is_pointer_v<T> || std::is_null_pointer_v<T>) {
        return value ? "(pointer)" : "nullptr";
    } else {
        return "(value)";
    }
}

inline std::string json(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

inline void report(const char *token, int index, const std::string &actual, bool passed)
{
    std::cout << "\n" << token << " {\"case\": " << index << ", \"actual\": " << json(actual.substr(0, 2000))
              << ", \"passed\": " << (passed ? "true" : "false") << "}\n" << std::flush;
}

} // namespace starloop

)CPP";

// Splits "LRUCache c(2); c.put(1, 1); c.get(1)" at the semicolons outside brackets and quotes.
QStringList splitStatements(const QString &code)
{
    QStringList statements;
    QString current;
    int depth = 0;
    QChar quote;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        current += c;
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && i + 1 < code.size())
                current += code.at(++i);
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        else if (c == QLatin1Char(';') && depth == 0) {
            current.chop(1);
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// A call split for a generated lambda: every statement but the last ("a; b; "), then the last,
// whose value is the result (`empty` when the call has none).
struct SplitCall
{
    QString body;
    QString last;
};

SplitCall splitCall(const QString &call, const QString &empty)
{
    QStringList statements = splitStatements(call);
    SplitCall split;
    split.last = statements.isEmpty() ? empty : statements.takeLast();
    for (const QString &statement : std::as_const(statements))
        split.body += statement + QStringLiteral("; ");
    return split;
}

QByteArray cppHarness(const LanguageExamples &examples)
{
    QString code = QString::fromUtf8(CppPrelude);
    code += examples.setup + QStringLiteral("\n\nint main(int argc, char **argv)\n{\n"
                                            "    const char *token = argc > 1 ? argv[1] : \"\";\n");
    for (int i = 0; i < examples.cases.size(); ++i) {
        const ExampleCase &example = examples.cases.at(i);
        const SplitCall call = splitCall(example.call, QStringLiteral("0"));
        code += QStringLiteral("    try {\n"
                               "        auto starloop_actual = [&]() { %1return (%2); }();\n"
                               "        decltype(starloop_actual) starloop_expected = %3;\n")
                    .arg(call.body, call.last, example.expected);
        if (example.sorted)
            code += QStringLiteral("        std::sort(starloop_actual.begin(), starloop_actual.end());\n"
                                   "        std::sort(starloop_expected.begin(), starloop_expected.end());\n");
        code += QStringLiteral("        starloop::report(token, %1, starloop::show(starloop_actual), starloop_actual == starloop_expected);\n"
                               "    } catch (const std::exception &error) {\n"
                               "        starloop::report(token, %1, std::string(\"exception: \") + error.what(), false);\n"
                               "    } catch (...) {\n"
                               "        starloop::report(token, %1, \"exception\", false);\n"
                               "    }\n")
                    .arg(i);
    }
    code += QStringLiteral("    std::cout << \"\\n\" << token << \" {\\\"done\\\": true}\\n\" << std::flush;\n    return 0;\n}\n");
    return code.toUtf8();
}

// The Java harness: a class of its own beside the attempt's file. Results are compared by how
// they print (arrays, lists and boxed numbers alike), so int[] and List<Integer> both pass.
const char JavaPrelude[] = R"JAVA(import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StarloopHarness {
    interface Example {
        Object run() throws Throwable;
    }

    private static final java.io.PrintStream OUT = System.out;
    private static String token = "";

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static List<String> items(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); ++i)
                out.add(show(java.lang.reflect.Array.get(value, i)));
            return out;
        }
        if (value instanceof Iterable) {
            List<String> out = new ArrayList<>();
            for (Object item : (Iterable<?>) value) out.add(show(item));
            return out;
        }
        return null;
    }

    static String show(Object value) {
        if (value == null) return "null";
        if (value instanceof String) return quote((String) value);
        if (value instanceof Character) return "'" + value + "'";
        if (value instanceof Double || value instanceof Float) return Double.toString(((Number) value).doubleValue());
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long)
            return Long.toString(((Number) value).longValue());
        if (value instanceof Optional) return ((Optional<?>) value).map(StarloopHarness::show).orElse("empty");
        if (value instanceof Map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet())
                entries.add(show(entry.getKey()) + "=" + show(entry.getValue()));
            return "{" + String.join(", ", entries) + "}";
        }
        List<String> list = items(value);
        if (list != null) return "[" + String.join(", ", list) + "]";
        return String.valueOf(value);
    }

    private static String showSorted(Object value) {
        List<String> list = items(value);
        if (list == null) return show(value);
        Collections.sort(list);
        return "[" + String.join(", ", list) + "]";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static void report(int index, String actual, boolean passed) {
        if (actual.length() > 2000) actual = actual.substring(0, 2000) + "...";
        OUT.print("\n" + token + " {\"case\": " + index + ", \"actual\": " + json(actual) + ", \"passed\": " + passed + "}\n");
        OUT.flush();
    }

    private static void check(int index, Example actual, Example expected, boolean sorted) {
        try {
            Object value = actual.run();
            Object wanted = expected.run();
            String shown = show(value);
            boolean passed = sorted ? showSorted(value).equals(showSorted(wanted)) : shown.equals(show(wanted));
            report(index, shown, passed);
        } catch (Throwable error) {
            report(index, "exception: " + error, false);
        }
    }

)JAVA";

// The name the attempt's file must have: its public top-level type's, or Attempt.java.
QString javaFileName(const QString &code)
{
    static const QRegularExpression publicType(
        QStringLiteral("^public\\s+(?:(?:final|abstract|sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)"),
        QRegularExpression::MultilineOption);
    const auto match = publicType.match(code);
    return (match.hasMatch() ? match.captured(1) : QStringLiteral("Attempt")) + QStringLiteral(".java");
}

// A `package` line would put the attempt where the harness cannot see it: blank it out,
// keeping the line numbers of compiler messages right.
QString withoutPackage(QString code)
{
    static const QRegularExpression package(QStringLiteral("^\\s*package\\s+[\\w.]+\\s*;"), QRegularExpression::MultilineOption);
    return code.replace(package, QString());
}

QByteArray javaHarness(const LanguageExamples &examples)
{
    QString code = QString::fromUtf8(JavaPrelude);
    code += examples.setup + QStringLiteral("\n\n    public static void main(String[] args) {\n"
                                            "        token = args.length > 0 ? args[0] : \"\";\n");
    for (int i = 0; i < examples.cases.size(); ++i) {
        const ExampleCase &example = examples.cases.at(i);
        const SplitCall call = splitCall(example.call, QStringLiteral("null"));
        code += QStringLiteral("        check(%1, () -> { %2return (%3); }, () -> (%4), %5);\n")
                    .arg(QString::number(i), call.body, call.last, example.expected,
                         example.sorted ? QStringLiteral("true") : QStringLiteral("false"));
    }
    code += QStringLiteral("        OUT.print(\"\\n\" + token + \" {\\\"done\\\": true}\\n\");\n"
                           "        OUT.flush();\n"
                           "        System.exit(0); // threads the attempt started must not keep the run alive\n"
                           "    }\n}\n");
    return code.toUtf8();
}

// A small JVM: the address-space limit leaves no room for the default heap and class space.
QStringList javaVmOptions(const QString &prefix, const QString &heap)
{
    QStringList options;
    const QStringList all{QStringLiteral("-Xmx") + heap, QStringLiteral("-Xss16m"), QStringLiteral("-XX:+UseSerialGC"),
                                  QStringLiteral("-XX:TieredStopAtLevel=1"), QStringLiteral("-XX:CompressedClassSpaceSize=64m"),
                                  QStringLiteral("-XX:ReservedCodeCacheSize=64m"), QStringLiteral("-XX:-UsePerfData"),
                                  QStringLiteral("-Xshare:auto")};
    for (const QString &option : all)
        options << prefix + option;
    return options;
}

constexpr int CompileTimeLimitMs = 60000;
constexpr qint64 CompileMemoryLimit = 4096LL * 1024 * 1024;

constexpr qint64 KeptOutputBytes = 8 * 1024;
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void appendKept(QByteArray &kept, const QByteArray &more)
{
    if (kept.size() < KeptOutputBytes)
        kept += more.left(KeptOutputBytes - kept.size());
}

} // namespace

struct CodeRunner::Run
{
    enum class Stage { Compile, Execute };
    RunRequest request;
    QTemporaryDir folder;
    QString path; // the folder, canonical
    Stage stage = Stage::Execute;
    QStringList executeCommand; // after a successful compile
    QStringList readOnlyExtras; // for the sandbox
    QPointer<QProcess> process;
    QTimer *limit = nullptr;
    QElapsedTimer clock;
    QByteArray token;
    QByteArray pendingLine;
    QByteArray programOutput; // what the program printed itself (kept short)
    QByteArray errorOutput;
    qint64 outputBytes = 0;
    bool done = false;
    RunResult result;
    RunResult::Outcome stoppedAs = RunResult::Outcome::NotRun;
    QString stopMessage;
    QJsonObject loadError;
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
        result.cases << CaseResult{example.call, example.expected, QString(), false, false};
    auto unavailable = [&](const QString &message) {
        result.outcome = RunResult::Outcome::Unavailable;
        result.message = message;
        Q_EMIT finished(result);
    };

    const QString missing = Toolchain::missingReason(request.language);
    if (!missing.isEmpty())
        return unavailable(missing);
    if (request.examples.isEmpty())
        return unavailable(tr("This question has no examples to run."));

    auto run = std::make_unique<Run>();
    run->request = request;
    run->token = "@starloop-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    if (!run->folder.isValid())
        return unavailable(tr("No temporary folder for the run: %1").arg(run->folder.errorString()));
    const QString folder = QFileInfo(run->folder.path()).canonicalFilePath();
    run->path = folder;

    bool written = false;
    QStringList compileCommand;
    if (request.language == QLatin1String("python")) {
        QJsonArray cases;
        for (const ExampleCase &example : request.examples.cases) {
            cases.append(QJsonObject{{QStringLiteral("call"), example.call},
                                     {QStringLiteral("expected"), example.expected},
                                     {QStringLiteral("sorted"), example.sorted}});
        }
        const QJsonObject spec{{QStringLiteral("setup"), request.examples.setup}, {QStringLiteral("cases"), cases}};
        written = writeFile(folder + QStringLiteral("/attempt.py"), request.code.toUtf8())
            && writeFile(folder + QStringLiteral("/cases.json"), QJsonDocument(spec).toJson())
            && writeFile(folder + QStringLiteral("/harness.py"), QByteArray(PythonHarness));
        const Interpreter python = Toolchain::python();
        run->executeCommand = QStringList{python.executable, QStringLiteral("-I"), QStringLiteral("-S"),
                                          QStringLiteral("harness.py"), QString::fromLatin1(run->token)};
        run->readOnlyExtras = python.readOnlyPaths;
    } else if (request.language == QLatin1String("java")) {
        const QString attemptFile = javaFileName(request.code);
        if (attemptFile == QLatin1String("StarloopHarness.java")) {
            result.outcome = RunResult::Outcome::CompileError;
            result.message = tr("Rename the class StarloopHarness: the examples run in a class of that name.");
            Q_EMIT finished(result);
            return;
        }
        written = writeFile(folder + QLatin1Char('/') + attemptFile, withoutPackage(request.code).toUtf8())
            && writeFile(folder + QStringLiteral("/StarloopHarness.java"), javaHarness(request.examples))
            && QDir(folder).mkdir(QStringLiteral("classes"));
        const JavaTools java = Toolchain::java();
        compileCommand = QStringList{java.compiler} + javaVmOptions(QStringLiteral("-J"), QStringLiteral("512m"))
            + QStringList{QStringLiteral("-encoding"), QStringLiteral("UTF-8"), QStringLiteral("-nowarn"),
                          QStringLiteral("-Xmaxerrs"), QStringLiteral("10"), QStringLiteral("-d"), QStringLiteral("classes"),
                          attemptFile, QStringLiteral("StarloopHarness.java")};
        run->executeCommand = QStringList{java.runtime} + javaVmOptions(QString(), QStringLiteral("256m"))
            + QStringList{QStringLiteral("-cp"), QStringLiteral("classes"), QStringLiteral("StarloopHarness"),
                          QString::fromLatin1(run->token)};
        run->readOnlyExtras = java.readOnlyPaths;
    } else {
        written = writeFile(folder + QStringLiteral("/attempt.cpp"), request.code.toUtf8())
            && writeFile(folder + QStringLiteral("/harness.cpp"), cppHarness(request.examples));
        compileCommand = QStringList{Toolchain::findProgram(QStringLiteral("g++")), QStringLiteral("-std=c++17"),
                                     QStringLiteral("-O0"), QStringLiteral("-pipe"), QStringLiteral("-fmax-errors=10"),
                                     QStringLiteral("-o"), QStringLiteral("program"), QStringLiteral("harness.cpp")};
        run->executeCommand = QStringList{folder + QStringLiteral("/program"), QString::fromLatin1(run->token)};
    }
    if (!written)
        return unavailable(tr("The run's files could not be written to %1.").arg(folder));

    result.sandboxed = request.allowSandbox && Toolchain::sandboxWorks();
    if (!result.sandboxed)
        result.sandboxNote = request.allowSandbox ? Toolchain::sandboxProblem() : tr("not sandboxed: turned off");
    run->result = result;
    m_run = std::move(run);
    m_run->clock.start();
    if (compileCommand.isEmpty()) {
        startStage(int(Run::Stage::Execute), m_run->executeCommand);
    } else {
        startStage(int(Run::Stage::Compile), compileCommand);
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
        command = QStringList{prlimit,
                              QStringLiteral("--cpu=%1").arg(timeLimitMs / 1000 + 1),
                              QStringLiteral("--fsize=%1").arg(compiling ? 16 * FileSizeLimit : FileSizeLimit),
                              QStringLiteral("--as=%1").arg(compiling ? CompileMemoryLimit : MemoryLimit),
                              QStringLiteral("--core=0"),
                              QStringLiteral("--")}
            + command;
    }
    if (m_run->result.sandboxed) {
        command = QStringList{Toolchain::findProgram(QStringLiteral("bwrap"))}
            + Toolchain::sandboxArguments(m_run->path, m_run->readOnlyExtras) + command;
    }

    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_run->path);
    QProcessEnvironment environment;
    QString path = QStringLiteral("/usr/bin:/bin");
    if (!m_run->executeCommand.isEmpty())
        path = QFileInfo(m_run->executeCommand.first()).absolutePath() + QLatin1Char(':') + path;
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
                       : tr("Stopped after %1 s: the code did not finish (an endless loop?)").arg(secondsText(timeLimitMs)));
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
    const QByteArray bytes = standardError ? process->readAllStandardError() : process->readAllStandardOutput();
    if (m_run->stoppedAs != RunResult::Outcome::NotRun)
        return;
    if (m_run->stage == Run::Stage::Compile) { // the compiler's messages: only the first ones matter
        appendKept(m_run->errorOutput, bytes);
        return;
    }
    m_run->outputBytes += bytes.size();
    if (standardError) {
        appendKept(m_run->errorOutput, bytes);
    } else {
        m_run->pendingLine += bytes;
        int newline;
        while ((newline = m_run->pendingLine.indexOf('\n')) >= 0) {
            const QByteArray line = m_run->pendingLine.left(newline);
            m_run->pendingLine.remove(0, newline + 1);
            if (!line.startsWith(QByteArray(m_run->token + ' '))) {
                if (!line.isEmpty())
                    appendKept(m_run->programOutput, line + '\n');
                continue;
            }
            const QJsonObject event = QJsonDocument::fromJson(line.mid(m_run->token.size() + 1)).object();
            if (event.contains(QStringLiteral("case"))) {
                const int index = event.value(QStringLiteral("case")).toInt();
                if (index >= 0 && index < m_run->result.cases.size()) {
                    CaseResult &row = m_run->result.cases[index];
                    row.actual = event.value(QStringLiteral("actual")).toString();
                    row.passed = event.value(QStringLiteral("passed")).toBool();
                    row.ran = true;
                }
            } else if (event.contains(QStringLiteral("load"))) {
                m_run->loadError = event;
            } else if (event.value(QStringLiteral("done")).toBool()) {
                m_run->done = true;
            }
        }
        // A line this long is the program's own output, not a result: keep memory bounded.
        if (m_run->pendingLine.size() > 64 * 1024) {
            appendKept(m_run->programOutput, m_run->pendingLine);
            m_run->pendingLine.clear();
        }
    }
    if (m_run->outputBytes > m_run->request.outputLimitBytes)
        stop(RunResult::Outcome::OutputLimit, tr("Stopped: the program printed more than %1").arg(sizeText(m_run->request.outputLimitBytes)));
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
    const bool compiled = m_run->stage == Run::Stage::Compile && m_run->stoppedAs == RunResult::Outcome::NotRun
        && !failedToStart && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    const QString errors = QString::fromUtf8(m_run->errorOutput).trimmed();
    const QString printed = QString::fromUtf8(m_run->programOutput).trimmed();
    m_run->limit->stop();
    process->disconnect(this);
    process->deleteLater(); // we may be inside one of its signals

    if (compiled) {
        m_run->errorOutput.clear();
        startStage(int(Run::Stage::Execute), m_run->executeCommand);
        return;
    }

    RunResult result = m_run->result;
    result.elapsedMs = m_run->clock.elapsed();
    if (m_run->stoppedAs != RunResult::Outcome::NotRun) {
        result.outcome = m_run->stoppedAs;
        result.message = m_run->stopMessage;
        result.details = printed.left(2000);
    } else if (failedToStart) {
        result.outcome = RunResult::Outcome::Unavailable;
        result.message = tr("The run could not start: %1").arg(process->errorString());
    } else if (m_run->stage == Run::Stage::Compile) {
        // The compiler's first lines, without the temporary folder in every path.
        QStringList lines = QString(errors).replace(m_run->path + QLatin1Char('/'), QString()).split(QLatin1Char('\n'));
        QString first;
        for (const QString &line : std::as_const(lines)) {
            if (line.contains(QStringLiteral("error")) && first.isEmpty())
                first = line.trimmed();
        }
        result.outcome = RunResult::Outcome::CompileError;
        // An error in the generated harness means a call of the examples found nothing to call.
        const bool inHarness = first.startsWith(QLatin1String("harness.cpp")) || first.startsWith(QLatin1String("StarloopHarness.java"));
        if (inHarness)
            result.message = tr("The examples cannot call your code; check the names and parameters the question asks for: %1").arg(first);
        else
            result.message = tr("The code does not compile: %1").arg(first.isEmpty() ? tr("exit code %1").arg(process->exitCode()) : first);
        result.details = lines.mid(0, 12).join(QLatin1Char('\n'));
    } else if (!m_run->loadError.isEmpty()) {
        const QJsonObject &load = m_run->loadError;
        if (load.value(QStringLiteral("load")).toString() == QLatin1String("syntax")) {
            result.outcome = RunResult::Outcome::CompileError;
            result.message = tr("The code does not compile: line %1: %2")
                                 .arg(load.value(QStringLiteral("line")).toInt())
                                 .arg(load.value(QStringLiteral("message")).toString());
        } else {
            result.outcome = RunResult::Outcome::Crashed;
            result.message = tr("The code stopped with an error before the examples ran: %1")
                                 .arg(load.value(QStringLiteral("message")).toString());
        }
        result.details = printed;
    } else if (m_run->done) {
        const int passed = result.passedCount();
        result.outcome = passed == result.cases.size() ? RunResult::Outcome::Passed : RunResult::Outcome::Failed;
        result.message = tr("%1 of %2 examples passed.").arg(passed).arg(result.cases.size());
        result.details = printed;
    } else {
        result.outcome = RunResult::Outcome::Crashed;
        const QString how = process->exitStatus() == QProcess::CrashExit
            ? tr("it was killed: a crash or a resource limit")
            : tr("exit code %1").arg(process->exitCode());
        result.message = tr("The program ended before the examples finished (%1).").arg(how);
        result.details = QString(errors + QLatin1Char('\n') + printed).trimmed().left(4000);
    }
    if (result.details.isEmpty() && !errors.isEmpty())
        result.details = errors.left(4000);

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
