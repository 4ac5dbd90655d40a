// starloop-checkexamples: runs a coding question's examples against the bank's own solution,
// through the same CodeRunner the scratchpad uses, reading the question and its examples from a
// content folder on disk (so a problem can be checked before it is embedded in a build).
//
//   starloop-checkexamples --content content code-two-sum                -> every language
//   starloop-checkexamples --content content --language java code-two-sum
//   starloop-checkexamples --content content --min-cases 6               -> every question with examples
//
// The starter the scratchpad offers (Python and Java: the solution's signatures with empty bodies)
// must compile and run the examples without passing them all.
//
// Prints one line per question and language ("code-two-sum java: 6 of 6 examples passed") and,
// for a failure, the file to look at with each failed example; exits 1 when anything failed.
#include "core/coding/coderunner.h"
#include "core/coding/codingexamples.h"
#include "core/coding/modelsolution.h"
#include "core/coding/toolchain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Starloop::Coding;

namespace {

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// The question's Markdown: coding problems live in questions/coding, designs in questions/ood.
QString questionPath(const QDir &content, const QString &uid)
{
    for (const char *section : {"coding", "ood"}) {
        const QString path
            = content.filePath(QStringLiteral("questions/%1/%2.md").arg(QLatin1String(section), uid));
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

// The starter made from the solution runs every example and does not solve them all.
bool checkStarter(RunRequest request, const QString &markdown, const QString &where, QTextStream &out)
{
    if (request.language == QLatin1String("cpp"))
        return true; // the C++ starter is a comment: nothing to compile
    request.code = ModelSolution::starter(markdown, request.language);
    const RunResult result = CodeRunner::runAndWait(request);
    if (result.outcome == RunResult::Outcome::Failed)
        return true;
    out << where << "the starter should run the examples and fail, but: " << result.message << '\n'
        << result.details << "\n--- starter ---\n"
        << request.code << '\n';
    return false;
}

bool check(const QDir &content, const QString &uid, const QString &language, int minCases, QTextStream &out)
{
    const QString where = uid + QLatin1Char(' ') + language + QStringLiteral(": ");
    const QString mdPath = questionPath(content, uid);
    const QString examplesPath = content.filePath(QStringLiteral("examples/%1.json").arg(uid));
    bool ok = false;
    const QByteArray markdown = readFile(mdPath, &ok);
    if (!ok) {
        out << where << "no question file questions/coding/" << uid << ".md\n";
        return false;
    }
    const QByteArray json = readFile(examplesPath, &ok);
    if (!ok) {
        out << where << "no examples file " << examplesPath << '\n';
        return false;
    }
    const auto examples = CodingExamples::parse(json, language);
    if (!examples.ok()) {
        out << where << examplesPath << ": " << examples.error().message << '\n';
        return false;
    }
    if (examples.value().cases.size() < minCases) {
        out << where << examplesPath << ": " << examples.value().cases.size() << " " << language
            << " examples, at least " << minCases << " wanted\n";
        return false;
    }
    RunRequest request;
    request.language = language;
    request.code = ModelSolution::extract(QString::fromUtf8(markdown), language);
    request.examples = examples.value();
    request.timeLimitMs = language == QLatin1String("java") ? 15000 : 10000;
    if (request.code.isEmpty()) {
        out << where << mdPath << ": no ```" << language << " block\n";
        return false;
    }
    const RunResult result = CodeRunner::runAndWait(request);
    out << where << result.message << '\n';
    if (result.outcome == RunResult::Outcome::Passed)
        return checkStarter(request, QString::fromUtf8(markdown), where, out);
    out << "  solution: " << mdPath << "\n  examples: " << examplesPath << '\n';
    for (const CaseResult &c : result.cases) {
        if (!c.passed)
            out << "  " << c.call << "\n    got      " << (c.ran ? c.actual : QStringLiteral("(did not run)"))
                << "\n    expected " << c.expected << '\n';
    }
    if (!result.details.isEmpty())
        out << result.details << '\n';
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs coding examples against the bank's own solutions."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("content"), QStringLiteral("The content folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("python, cpp or java (default: all three)."),
        QStringLiteral("language")});
    parser.addOption({QStringLiteral("min-cases"), QStringLiteral("Fail with fewer examples than this."),
        QStringLiteral("n"), QStringLiteral("1")});
    parser.addPositionalArgument(
        QStringLiteral("question"), QStringLiteral("Question ids (default: every question with examples)."));
    parser.process(app);

    QTextStream out(stdout);
    const QDir content(parser.value(QStringLiteral("content")));
    if (!parser.isSet(QStringLiteral("content")) || !content.exists()) {
        out << "--content DIR is required and must exist\n";
        return 2;
    }
    QStringList uids = parser.positionalArguments();
    if (uids.isEmpty()) {
        for (const QString &file : QDir(content.filePath(QStringLiteral("examples")))
                                       .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            uids << file.chopped(5);
    }
    const QStringList languages = parser.isSet(QStringLiteral("language"))
        ? QStringList {parser.value(QStringLiteral("language"))}
        : QStringList {QStringLiteral("python"), QStringLiteral("cpp"), QStringLiteral("java")};
    const int minCases = parser.value(QStringLiteral("min-cases")).toInt();
    int failures = 0;
    for (const QString &language : languages) {
        if (!Toolchain::canRun(language)) {
            out << "cannot run " << language
                << " on this machine (scripts/test installs python3, g++ and a JDK)\n";
            return 1;
        }
        for (const QString &uid : std::as_const(uids)) {
            if (!check(content, uid, language, minCases, out))
                ++failures;
            out.flush();
        }
    }
    if (failures)
        out << failures << " check(s) failed\n";
    return failures ? 1 : 0;
}
