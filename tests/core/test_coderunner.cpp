// CodeRunner against real python3: examples pass and fail, the limits stop endless loops and
// floods of output, compile errors are reported, the sandbox hides the user's files, starters keep
// signatures. (Each bank problem's examples and starter are checked per problem and language by
// starloop-checkexamples: tests/coding.)
#include "core/coding/coderunner.h"
#include "core/coding/codingexamples.h"
#include "core/coding/modelsolution.h"
#include "core/coding/toolchain.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Starloop::Coding;

namespace {

RunRequest cppTwoSum(const QString &code)
{
    RunRequest request;
    request.language = QStringLiteral("cpp");
    request.code = code;
    request.examples = CodingExamples::forQuestion(QStringLiteral("code-two-sum"), QStringLiteral("cpp"));
    return request;
}

RunRequest javaTwoSum(const QString &code)
{
    RunRequest request;
    request.language = QStringLiteral("java");
    request.code = code;
    request.examples = CodingExamples::forQuestion(QStringLiteral("code-two-sum"), QStringLiteral("java"));
    request.timeLimitMs = 10000; // a cold JVM on a busy machine
    return request;
}

} // namespace

class TestCodeRunner : public QObject
{
    Q_OBJECT
private:
    static RunRequest twoSum(const QString &code)
    {
        RunRequest request;
        request.language = QStringLiteral("python");
        request.code = code;
        request.examples
            = CodingExamples::forQuestion(QStringLiteral("code-two-sum"), QStringLiteral("python"));
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!Toolchain::canRun(QStringLiteral("python")))
            QSKIP("python3 is not installed");
        qInfo("sandbox: %s",
            Toolchain::sandboxWorks() ? "bubblewrap" : qPrintable(Toolchain::sandboxProblem()));
    }

    void correctSolutionPassesEveryExample()
    {
        const RunResult result
            = CodeRunner::runAndWait(twoSum(QStringLiteral("def two_sum(nums, target):\n"
                                                           "    seen = {}\n"
                                                           "    for i, n in enumerate(nums):\n"
                                                           "        if target - n in seen:\n"
                                                           "            return [seen[target - n], i]\n"
                                                           "        seen[n] = i\n"
                                                           "    return []\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Passed);
        QCOMPARE(result.passedCount(), result.cases.size());
        QVERIFY(result.cases.size() >= 4);
        QCOMPARE(result.cases.first().actual, QStringLiteral("[2, 3]"));
        QCOMPARE(result.sandboxed, Toolchain::sandboxWorks());
    }

    void wrongSolutionFailsSomeExamples()
    {
        // Pairs an element with itself: [4, 1, 2], 8 -> [0, 0] instead of [].
        const RunResult result
            = CodeRunner::runAndWait(twoSum(QStringLiteral("def two_sum(nums, target):\n"
                                                           "    print('debugging', nums)\n"
                                                           "    for i in range(len(nums)):\n"
                                                           "        for j in range(i, len(nums)):\n"
                                                           "            if nums[i] + nums[j] == target:\n"
                                                           "                return [i, j]\n"
                                                           "    return []\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY(result.passedCount() > 0);
        QVERIFY(result.passedCount() < result.cases.size());
        QVERIFY(result.cases.at(3).passed);
        QVERIFY(!result.cases.at(2).passed);
        QCOMPARE(result.cases.at(2).actual, QStringLiteral("[0, 0]"));
        QVERIFY(result.message.contains(QStringLiteral("of %1 examples passed").arg(result.cases.size())));
        QVERIFY(result.details.contains(QStringLiteral("debugging"))); // the program's own prints
    }

    void anExceptionFailsOnlyItsExample()
    {
        const RunResult result = CodeRunner::runAndWait(
            twoSum(QStringLiteral("def two_sum(nums, target):\n"
                                  "    return [0, 1] if len(nums) == 2 else nums[99]\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY(result.cases.at(1).passed);
        QVERIFY(result.cases.at(0).actual.startsWith(QStringLiteral("IndexError")));
    }

    // Sandboxes of this test process still alive: bwrap command lines naming a folder of ours.
    static int sandboxesLeft()
    {
        int left = 0;
        const QString ours = QStringLiteral("/%1-").arg(QCoreApplication::applicationName());
        for (const QString &pid :
            QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!pid.at(0).isDigit() || !cmdline.open(QIODevice::ReadOnly))
                continue;
            const QString command = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' '));
            if (command.contains(QLatin1String("bwrap")) && command.contains(ours))
                ++left;
        }
        return left;
    }

    void endlessLoopStopsAtTheTimeLimit()
    {
        RunRequest request
            = twoSum(QStringLiteral("def two_sum(nums, target):\n    while True:\n        pass\n"));
        request.timeLimitMs = 1000;
        const RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::TimedOut);
        QCOMPARE(
            result.message, QStringLiteral("Stopped after 1 s: the code did not finish (an endless loop?)"));
        QVERIFY(result.elapsedMs >= 1000);
        QVERIFY(result.elapsedMs < 4000);
        QVERIFY(!result.cases.first().ran);
        QTRY_COMPARE(sandboxesLeft(), 0); // nothing of the run is left behind
    }

    void floodOfOutputStopsAtTheOutputLimit()
    {
        RunRequest request = twoSum(
            QStringLiteral("def two_sum(nums, target):\n    while True:\n        print('x' * 10000)\n"));
        request.outputLimitBytes = 256 * 1024;
        const RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::OutputLimit);
        QCOMPARE(result.message, QStringLiteral("Stopped: the program printed more than 256 KiB"));
        QVERIFY(result.details.size() <= 2000);
        QTRY_COMPARE(sandboxesLeft(), 0);
    }

    void syntaxErrorIsACompileError()
    {
        const RunResult result
            = CodeRunner::runAndWait(twoSum(QStringLiteral("def two_sum(nums, target)\n    return []\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::CompileError);
        QVERIFY2(result.message.startsWith(QStringLiteral("The code does not compile: line 1")),
            qPrintable(result.message));
        QCOMPARE(result.passedCount(), 0);
    }

    void errorWhileLoadingIsReported()
    {
        const RunResult result
            = CodeRunner::runAndWait(twoSum(QStringLiteral("import no_such_module_here\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Crashed);
        QVERIFY2(result.message.contains(QStringLiteral("ModuleNotFoundError")), qPrintable(result.message));
    }

    void runsAsynchronously()
    {
        CodeRunner runner;
        QSignalSpy started(&runner, &CodeRunner::started);
        QSignalSpy finished(&runner, &CodeRunner::finished);
        runner.start(twoSum(QStringLiteral("def two_sum(nums, target):\n    return []\n")));
        QCOMPARE(started.count(), 1);
        QVERIFY(runner.isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10000));
        QVERIFY(!runner.isRunning());
        const auto result = finished.first().first().value<RunResult>();
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
    }

    void cancellingKillsTheChild()
    {
        CodeRunner runner;
        QSignalSpy finished(&runner, &CodeRunner::finished);
        runner.start(twoSum(QStringLiteral("def two_sum(nums, target):\n    while True:\n        pass\n")));
        QVERIFY(runner.isRunning());
        runner.cancel();
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.count(), 0);
    }

    void withoutSandboxTheLimitsStillHold()
    {
        RunRequest request
            = twoSum(QStringLiteral("def two_sum(nums, target):\n    while True:\n        pass\n"));
        request.timeLimitMs = 500;
        request.allowSandbox = false;
        const RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::TimedOut);
        QVERIFY(!result.sandboxed);
        QVERIFY(!result.sandboxNote.isEmpty());
    }

    void sandboxHidesTheUsersFiles()
    {
        if (!Toolchain::sandboxWorks())
            QSKIP("bubblewrap is not available here");
        const QString outside = QStringLiteral(STARLOOP_SOURCE_DIR "/README.md");
        QVERIFY(QFile::exists(outside));
        RunRequest request = twoSum(QStringLiteral("def two_sum(nums, target):\n"
                                                   "    open(%1).read()\n"
                                                   "    return []\n")
                                        .arg(QLatin1Char('\'') + outside + QLatin1Char('\'')));
        const RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY2(result.cases.first().actual.startsWith(QStringLiteral("FileNotFoundError")),
            qPrintable(result.cases.first().actual));
        // The run's own folder is writable.
        request.code = QStringLiteral("def two_sum(nums, target):\n"
                                      "    open('scratch.txt', 'w').write('ok')\n"
                                      "    return two_sum_ok(nums, target)\n"
                                      "def two_sum_ok(nums, target):\n"
                                      "    seen = {}\n"
                                      "    for i, n in enumerate(nums):\n"
                                      "        if target - n in seen:\n"
                                      "            return [seen[target - n], i]\n"
                                      "        seen[n] = i\n"
                                      "    return []\n");
        QCOMPARE(CodeRunner::runAndWait(request).outcome, RunResult::Outcome::Passed);
    }

    void languagesWithoutRunnerSaySo()
    {
        RunRequest request = twoSum(QStringLiteral("fn main() {}"));
        request.language = QStringLiteral("rust");
        const RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::Unavailable);
        QVERIFY2(result.message.contains(QStringLiteral("Python, C++ and Java")), qPrintable(result.message));
        request.language = QStringLiteral("python");
        request.examples = {};
        QCOMPARE(CodeRunner::runAndWait(request).outcome, RunResult::Outcome::Unavailable);
    }

    void javaIsCompiledThenRun()
    {
        if (!Toolchain::canRun(QStringLiteral("java")))
            QSKIP("no JDK (javac) is installed: scripts/test installs default-jdk-headless");
        const QString solution = QStringLiteral(
            "package interview.practice; // set aside: the harness needs the default package\n"
            "import java.util.HashMap;\n"
            "import java.util.Map;\n\n"
            "public class Solution {\n"
            "    public int[] twoSum(int[] nums, int target) {\n"
            "        Map<Integer, Integer> seen = new HashMap<>();\n"
            "        for (int j = 0; j < nums.length; ++j) {\n"
            "            Integer i = seen.get(target - nums[j]);\n"
            "            if (i != null) return new int[]{i, j};\n"
            "            seen.put(nums[j], j);\n"
            "        }\n"
            "        return new int[0];\n"
            "    }\n\n"
            "    public static void main(String[] args) { System.exit(3); } // never called\n"
            "}\n");
        RunResult result = CodeRunner::runAndWait(javaTwoSum(solution));
        QVERIFY2(result.outcome == RunResult::Outcome::Passed,
            qPrintable(result.message + QLatin1Char('\n') + result.details));
        QCOMPARE(result.cases.first().actual, QStringLiteral("[2, 3]"));

        // A List<Integer> answer compares like the int[] it prints as; a wrong one fails its cases.
        result = CodeRunner::runAndWait(javaTwoSum(QStringLiteral(
            "import java.util.*;\nclass Solution {\n"
            "    List<Integer> twoSum(int[] nums, int target) { return List.of(0, 1); }\n}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY(result.cases.at(1).passed);
        QVERIFY(!result.cases.at(0).passed);
        QCOMPARE(result.cases.at(2).actual, QStringLiteral("[0, 1]"));
        QCOMPARE(result.message, QStringLiteral("1 of %1 examples passed.").arg(result.cases.size()));
    }

    void javaCompileErrorsAndExceptionsAreReported()
    {
        if (!Toolchain::canRun(QStringLiteral("java")))
            QSKIP("no JDK (javac) is installed: scripts/test installs default-jdk-headless");
        RunResult result = CodeRunner::runAndWait(
            javaTwoSum(QStringLiteral("class Solution {\n    int[] twoSum(int[] nums, int target) {\n        "
                                      "return nums\n    }\n}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::CompileError);
        QVERIFY2(result.message.startsWith(
                     QStringLiteral("The code does not compile: Attempt.java:3: error: ';' expected")),
            qPrintable(result.message));
        QVERIFY(!result.details.contains(QStringLiteral("/tmp/")));

        // A method under another name: the examples have nothing to call, and the message says so.
        result = CodeRunner::runAndWait(javaTwoSum(QStringLiteral(
            "class Solution {\n    int[] pairSum(int[] nums, int target) { return nums; }\n}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::CompileError);
        QVERIFY2(result.message.startsWith(QStringLiteral("The examples cannot call your code")),
            qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("cannot find symbol")));

        // The harness's own class name is taken.
        result = CodeRunner::runAndWait(javaTwoSum(QStringLiteral("public class StarloopHarness {}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::CompileError);
        QCOMPARE(result.message,
            QStringLiteral("Rename the class StarloopHarness: the examples run in a class of that name."));

        result = CodeRunner::runAndWait(
            javaTwoSum(QStringLiteral("class Solution {\n    int[] twoSum(int[] nums, int target) { return "
                                      "new int[]{0, nums[1] / (nums.length - 2)}; }\n}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QCOMPARE(
            result.cases.at(1).actual, QStringLiteral("exception: java.lang.ArithmeticException: / by zero"));
        QVERIFY(result.cases.at(0).ran);
    }

    void javaEndlessLoopAndFloodStopAtTheLimits()
    {
        if (!Toolchain::canRun(QStringLiteral("java")))
            QSKIP("no JDK (javac) is installed: scripts/test installs default-jdk-headless");
        RunRequest request
            = javaTwoSum(QStringLiteral("class Solution {\n    int[] twoSum(int[] nums, int target) { while "
                                        "(nums.length >= 0) {} return nums; }\n}\n"));
        request.timeLimitMs = 3000;
        RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::TimedOut);
        QCOMPARE(
            result.message, QStringLiteral("Stopped after 3 s: the code did not finish (an endless loop?)"));

        request.code = QStringLiteral(
            "class Solution {\n    int[] twoSum(int[] nums, int target) {\n"
            "        while (true) System.out.println(\"spam spam spam spam spam spam\");\n    }\n}\n");
        result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::OutputLimit);
    }

    void cppIsCompiledThenRun()
    {
        if (!Toolchain::canRun(QStringLiteral("cpp")))
            QSKIP("g++ is not installed");
        const QString header = QStringLiteral("#include <vector>\n#include <unordered_map>\n");
        RunResult result = CodeRunner::runAndWait(cppTwoSum(header
            + QStringLiteral("std::vector<int> twoSum(const std::vector<int> &nums, int target) {\n"
                             "    std::unordered_map<int, int> seen;\n"
                             "    for (int j = 0; j < int(nums.size()); ++j) {\n"
                             "        auto found = seen.find(target - nums[j]);\n"
                             "        if (found != seen.end()) return {found->second, j};\n"
                             "        seen.emplace(nums[j], j);\n"
                             "    }\n"
                             "    return {};\n"
                             "}\n"
                             "int main() { return 1; } // the user's own main is set aside\n")));
        QVERIFY2(result.outcome == RunResult::Outcome::Passed,
            qPrintable(result.message + QLatin1Char('\n') + result.details));
        QCOMPARE(result.cases.first().actual, QStringLiteral("{2, 3}"));

        result = CodeRunner::runAndWait(cppTwoSum(header
            + QStringLiteral("std::vector<int> twoSum(const std::vector<int> &, int) { return {0, 1}; }\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::Failed);
        QVERIFY(result.cases.at(1).passed);
        QCOMPARE(result.cases.at(2).actual, QStringLiteral("{0, 1}"));
    }

    void cppCompileErrorsShowTheCompilersFirstLines()
    {
        if (!Toolchain::canRun(QStringLiteral("cpp")))
            QSKIP("g++ is not installed");
        const RunResult result = CodeRunner::runAndWait(
            cppTwoSum(QStringLiteral("#include <vector>\nstd::vector<int> twoSum(const std::vector<int> "
                                     "&nums, int target) {\n    return nums\n}\n")));
        QCOMPARE(result.outcome, RunResult::Outcome::CompileError);
        QVERIFY2(result.message.startsWith(QStringLiteral("The code does not compile: attempt.cpp:3")),
            qPrintable(result.message));
        QVERIFY(result.details.contains(QStringLiteral("error")));
        QVERIFY(!result.details.contains(QStringLiteral("/tmp/")));
    }

    void cppEndlessLoopAndCrashAreReported()
    {
        if (!Toolchain::canRun(QStringLiteral("cpp")))
            QSKIP("g++ is not installed");
        RunRequest request = cppTwoSum(QStringLiteral(
            "#include <vector>\nstd::vector<int> twoSum(const std::vector<int> &nums, int) {\n"
            "    volatile bool forever = true;\n    while (forever) {}\n    return nums;\n}\n"));
        request.timeLimitMs = 1000;
        RunResult result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::TimedOut);
        QCOMPARE(
            result.message, QStringLiteral("Stopped after 1 s: the code did not finish (an endless loop?)"));

        request.code
            = QStringLiteral("#include <vector>\n#include <cstdlib>\n"
                             "std::vector<int> twoSum(const std::vector<int> &, int) { std::abort(); }\n");
        result = CodeRunner::runAndWait(request);
        QCOMPARE(result.outcome, RunResult::Outcome::Crashed);
        QVERIFY2(result.message.contains(QStringLiteral("ended before the examples finished")),
            qPrintable(result.message));
    }

    void resultsRoundTripThroughJson()
    {
        const RunResult result
            = CodeRunner::runAndWait(twoSum(QStringLiteral("def two_sum(nums, target):\n    return []\n")));
        const RunResult back = RunResult::fromJson(result.toJson());
        QCOMPARE(back.outcome, result.outcome);
        QCOMPARE(back.message, result.message);
        QCOMPARE(back.cases.size(), result.cases.size());
        QCOMPARE(back.passedCount(), result.passedCount());
        QCOMPARE(RunResult::fromJson(QString()).outcome, RunResult::Outcome::NotRun);
        QCOMPARE(RunResult::fromJson(QStringLiteral("{broken")).outcome, RunResult::Outcome::NotRun);
    }

    void examplesParseAndReportMistakes()
    {
        const auto ok = CodingExamples::parse(
            R"J({"python": {"setup": "x = 1", "cases": [{"call": "f()", "expected": "[1]", "compare": "sorted"}]}})J",
            QStringLiteral("python"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->setup, QStringLiteral("x = 1"));
        QVERIFY(ok->cases.first().sorted);
        QVERIFY(!CodingExamples::parse("{not json", QStringLiteral("python")).ok());
        QVERIFY(
            !CodingExamples::parse(R"J({"python": {"cases": [{"call": "f()"}]}})J", QStringLiteral("python"))
                 .ok());
        QVERIFY(CodingExamples::parse(R"J({"python": {"cases": []}})J", QStringLiteral("cpp"))->isEmpty());
    }

    void startersKeepGivenClassesAndDropPrivateHelpers()
    {
        const QString markdown = QStringLiteral("Intro\n\n```python\n"
                                                "class ListNode:\n"
                                                "    def __init__(self, val, next=None):\n"
                                                "        self.val = val\n"
                                                "        self.next = next\n"
                                                "\n\n"
                                                "class _Node:\n"
                                                "    def __init__(self):\n"
                                                "        pass\n"
                                                "\n\n"
                                                "class Cache:\n"
                                                "    def __init__(self, capacity: int):\n"
                                                "        self.capacity = capacity\n"
                                                "\n"
                                                "    def _unlink(self, node):\n"
                                                "        pass\n"
                                                "\n"
                                                "    def get(self, key: int) -> int:\n"
                                                "        return -1\n"
                                                "\n\n"
                                                "def merge(lists,\n"
                                                "          k):\n"
                                                "    return None\n"
                                                "```\n\n```python\nsecond = 2\n```\n");
        QCOMPARE(ModelSolution::starter(markdown, QStringLiteral("python")),
            QStringLiteral("class ListNode:\n"
                           "    def __init__(self, val, next=None):\n"
                           "        self.val = val\n"
                           "        self.next = next\n"
                           "\n\n"
                           "class Cache:\n"
                           "    def __init__(self, capacity: int):\n"
                           "        pass\n"
                           "\n"
                           "    def get(self, key: int) -> int:\n"
                           "        pass\n"
                           "\n\n"
                           "def merge(lists,\n"
                           "          k):\n"
                           "    pass\n"));
        QCOMPARE(ModelSolution::starter(QStringLiteral("no code"), QStringLiteral("python")),
            QStringLiteral("# Your solution\n"));
        QCOMPARE(
            ModelSolution::starter(markdown, QStringLiteral("java")), QStringLiteral("// Your solution\n"));
        QCOMPARE(
            ModelSolution::starter(markdown, QStringLiteral("cpp")), QStringLiteral("// Your solution\n"));
        QVERIFY(ModelSolution::extract(QStringLiteral("```python\nunclosed\n"), QStringLiteral("python"))
                    .isEmpty());
    }

    void javaStartersKeepSignaturesAndGivenClasses()
    {
        const QString markdown
            = QStringLiteral("```java\n"
                             "import java.util.*;\n"
                             "\n"
                             "/** Given by the problem. */\n"
                             "class ListNode {\n"
                             "    int val;\n"
                             "    ListNode next;\n"
                             "    ListNode(int val) { this.val = val; }\n"
                             "}\n"
                             "\n"
                             "class LRUCache {\n"
                             "    private static final class Node { int key; }\n"
                             "    private final int[] seeds = {1, 2};\n"
                             "    private final Map<Integer, Node> index = new HashMap<>();\n"
                             "\n"
                             "    // Capacity is at least one.\n"
                             "    public LRUCache(int capacity) {\n"
                             "        if (capacity < 1) throw new IllegalArgumentException(\"capacity\");\n"
                             "    }\n"
                             "\n"
                             "    public int get(int key) {\n"
                             "        String brace = \"}\"; // not the end of the method\n"
                             "        return index.containsKey(key) ? key : -1;\n"
                             "    }\n"
                             "\n"
                             "    public void put(int key,\n"
                             "                    int value) { index.put(key, new Node()); }\n"
                             "\n"
                             "    private void unlink(Node node) { }\n"
                             "}\n"
                             "```\n");
        QCOMPARE(ModelSolution::starter(markdown, QStringLiteral("java")),
            QStringLiteral("import java.util.*;\n"
                           "\n"
                           "class ListNode {\n"
                           "    int val;\n"
                           "    ListNode next;\n"
                           "    ListNode(int val) { this.val = val; }\n"
                           "}\n"
                           "\n"
                           "class LRUCache {\n"
                           "    public LRUCache(int capacity) {\n"
                           "    }\n"
                           "\n"
                           "    public int get(int key) {\n"
                           "        throw new UnsupportedOperationException(\"not written yet\");\n"
                           "    }\n"
                           "\n"
                           "    public void put(int key, int value) {\n"
                           "    }\n"
                           "}\n"));
    }
};

QTEST_GUILESS_MAIN(TestCodeRunner)
#include "test_coderunner.moc"
