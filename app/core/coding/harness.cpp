#include "core/coding/harness.h"

#include "core/coding/coderunner.h"
#include "core/coding/toolchain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// Q_INIT_RESOURCE must run outside any namespace; the harness files live in a static library.
static void initHarnessResources()
{
    Q_INIT_RESOURCE(harness);
}

namespace Starloop::Coding {

namespace {

const QString CppHarnessFile = QStringLiteral("harness.cpp");
const QString JavaHarnessClass = QStringLiteral("StarloopHarness");
const QString JavaHarnessFile = JavaHarnessClass + QStringLiteral(".java");
// The line of StarloopHarness.java under which the generated setup and main() go.
const QString JavaExamplesMarker = QStringLiteral("// @examples");

// A file of resources/harness/, as built into the binary.
QString resource(const QString &name)
{
    initHarnessResources();
    QFile file(QStringLiteral(":/harness/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

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

// prelude.hpp (common headers, the attempt with its own main() renamed away, a printer for
// results: int, bool, double, string, vector, pair, optional), the setup, then one block per example.
QByteArray cppHarness(const LanguageExamples &examples)
{
    QString code = resource(QStringLiteral("prelude.hpp"));
    code += examples.setup
        + QStringLiteral("\n\nint main(int argc, char **argv)\n{\n"
                         "    const char *token = argc > 1 ? argv[1] : \"\";\n");
    for (int i = 0; i < examples.cases.size(); ++i) {
        const ExampleCase &example = examples.cases.at(i);
        const SplitCall call = splitCall(example.call, QStringLiteral("0"));
        code += QStringLiteral("    try {\n"
                               "        auto starloop_actual = [&]() { %1return (%2); }();\n"
                               "        decltype(starloop_actual) starloop_expected = %3;\n")
                    .arg(call.body, call.last, example.expected);
        if (example.sorted)
            code
                += QStringLiteral("        std::sort(starloop_actual.begin(), starloop_actual.end());\n"
                                  "        std::sort(starloop_expected.begin(), starloop_expected.end());\n");
        code += QStringLiteral(
            "        starloop::report(token, %1, starloop::show(starloop_actual), starloop_actual == "
            "starloop_expected);\n"
            "    } catch (const std::exception &error) {\n"
            "        starloop::report(token, %1, std::string(\"exception: \") + error.what(), false);\n"
            "    } catch (...) {\n"
            "        starloop::report(token, %1, \"exception\", false);\n"
            "    }\n")
                    .arg(i);
    }
    code += QStringLiteral("    std::cout << \"\\n\" << token << \" {\\\"done\\\": true}\\n\" << "
                           "std::flush;\n    return 0;\n}\n");
    return code.toUtf8();
}

// The name the attempt's file must have: its public top-level type's, or Attempt.java.
QString javaFileName(const QString &code)
{
    static const QRegularExpression publicType(
        QStringLiteral("^public\\s+(?:(?:final|abstract|sealed|strictfp)\\s+)*(?:class|interface|enum|record)"
                       "\\s+([A-Za-z_$][\\w$]*)"),
        QRegularExpression::MultilineOption);
    const auto match = publicType.match(code);
    return (match.hasMatch() ? match.captured(1) : QStringLiteral("Attempt")) + QStringLiteral(".java");
}

// A `package` line would put the attempt where the harness cannot see it: blank it out,
// keeping the line numbers of compiler messages right.
QString withoutPackage(QString code)
{
    static const QRegularExpression package(
        QStringLiteral("^\\s*package\\s+[\\w.]+\\s*;"), QRegularExpression::MultilineOption);
    return code.replace(package, QString());
}

// StarloopHarness.java (the printer and check(); results compare by how they print, so int[] and
// List<Integer> both pass) with the setup and a main() of one check() per example in place of its
// marker line.
QByteArray javaHarness(const LanguageExamples &examples)
{
    const QString harness = resource(JavaHarnessFile);
    const int marker = harness.indexOf(JavaExamplesMarker);
    QString code = harness.left(harness.lastIndexOf(QLatin1Char('\n'), marker) + 1);
    code += examples.setup
        + QStringLiteral("\n\n    public static void main(String[] args) {\n"
                         "        token = args.length > 0 ? args[0] : \"\";\n");
    for (int i = 0; i < examples.cases.size(); ++i) {
        const ExampleCase &example = examples.cases.at(i);
        const SplitCall call = splitCall(example.call, QStringLiteral("null"));
        code += QStringLiteral("        check(%1, () -> { %2return (%3); }, () -> (%4), %5);\n")
                    .arg(QString::number(i), call.body, call.last, example.expected,
                        example.sorted ? QStringLiteral("true") : QStringLiteral("false"));
    }
    code += QStringLiteral(
        "        OUT.print(\"\\n\" + token + \" {\\\"done\\\": true}\\n\");\n"
        "        OUT.flush();\n"
        "        System.exit(0); // threads the attempt started must not keep the run alive\n"
        "    }\n");
    code += harness.mid(harness.indexOf(QLatin1Char('\n'), marker) + 1); // the class's closing brace
    return code.toUtf8();
}

// A small JVM: the address-space limit leaves no room for the default heap and class space.
QStringList javaVmOptions(const QString &prefix, const QString &heap)
{
    QStringList options;
    const QStringList all {QStringLiteral("-Xmx") + heap, QStringLiteral("-Xss16m"),
        QStringLiteral("-XX:+UseSerialGC"), QStringLiteral("-XX:TieredStopAtLevel=1"),
        QStringLiteral("-XX:CompressedClassSpaceSize=64m"), QStringLiteral("-XX:ReservedCodeCacheSize=64m"),
        QStringLiteral("-XX:-UsePerfData"), QStringLiteral("-Xshare:auto")};
    for (const QString &option : all)
        options << prefix + option;
    return options;
}

RunPlan pythonPlan(const QString &code, const LanguageExamples &examples, const QByteArray &token)
{
    QJsonArray cases;
    for (const ExampleCase &example : examples.cases) {
        cases.append(QJsonObject {{QStringLiteral("call"), example.call},
            {QStringLiteral("expected"), example.expected}, {QStringLiteral("sorted"), example.sorted}});
    }
    const QJsonObject spec {{QStringLiteral("setup"), examples.setup}, {QStringLiteral("cases"), cases}};
    RunPlan plan;
    plan.files = {{QStringLiteral("attempt.") + Languages::fileSuffix(Language::Python), code.toUtf8()},
        {QStringLiteral("cases.json"), QJsonDocument(spec).toJson()},
        {QStringLiteral("harness.py"), resource(QStringLiteral("harness.py")).toUtf8()}};
    const Interpreter python = Toolchain::python();
    plan.executeCommand = QStringList {python.executable, QStringLiteral("-I"), QStringLiteral("-S"),
        QStringLiteral("harness.py"), QString::fromLatin1(token)};
    plan.readOnlyExtras = python.readOnlyPaths;
    return plan;
}

RunPlan cppPlan(
    const QString &code, const LanguageExamples &examples, const QString &folder, const QByteArray &token)
{
    RunPlan plan;
    plan.files = {{QStringLiteral("attempt.") + Languages::fileSuffix(Language::Cpp), code.toUtf8()},
        {CppHarnessFile, cppHarness(examples)}};
    plan.compileCommand = QStringList {Toolchain::findProgram(Languages::requiredProgram(Language::Cpp)),
        QStringLiteral("-std=c++17"), QStringLiteral("-O0"), QStringLiteral("-pipe"),
        QStringLiteral("-fmax-errors=10"), QStringLiteral("-o"), QStringLiteral("program"), CppHarnessFile};
    plan.executeCommand = QStringList {folder + QStringLiteral("/program"), QString::fromLatin1(token)};
    return plan;
}

RunPlan javaPlan(const QString &code, const LanguageExamples &examples, const QByteArray &token)
{
    RunPlan plan;
    const QString attemptFile = javaFileName(code);
    if (attemptFile == JavaHarnessFile) {
        plan.refusal
            = CodeRunner::tr("Rename the class StarloopHarness: the examples run in a class of that name.");
        return plan;
    }
    plan.files = {{attemptFile, withoutPackage(code).toUtf8()}, {JavaHarnessFile, javaHarness(examples)}};
    plan.folders = QStringList {QStringLiteral("classes")};
    const JavaTools java = Toolchain::java();
    plan.compileCommand = QStringList {java.compiler}
        + javaVmOptions(QStringLiteral("-J"), QStringLiteral("512m"))
        + QStringList {QStringLiteral("-encoding"), QStringLiteral("UTF-8"), QStringLiteral("-nowarn"),
            QStringLiteral("-Xmaxerrs"), QStringLiteral("10"), QStringLiteral("-d"),
            QStringLiteral("classes"), attemptFile, JavaHarnessFile};
    plan.executeCommand = QStringList {java.runtime} + javaVmOptions(QString(), QStringLiteral("256m"))
        + QStringList {
            QStringLiteral("-cp"), QStringLiteral("classes"), JavaHarnessClass, QString::fromLatin1(token)};
    plan.readOnlyExtras = java.readOnlyPaths;
    return plan;
}

} // namespace

RunPlan Harness::plan(Language language, const QString &code, const LanguageExamples &examples,
    const QString &folder, const QByteArray &token)
{
    switch (language) {
    case Language::Python:
        return pythonPlan(code, examples, token);
    case Language::Java:
        return javaPlan(code, examples, token);
    case Language::Cpp:
    case Language::Other: // never here: Toolchain::missingReason() refuses it first
        break;
    }
    return cppPlan(code, examples, folder, token);
}

bool Harness::isAboutHarness(const QString &compilerMessage)
{
    return compilerMessage.startsWith(CppHarnessFile) || compilerMessage.startsWith(JavaHarnessFile);
}

} // namespace Starloop::Coding
