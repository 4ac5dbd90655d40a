// The coding scratchpad driven like a user would: type an attempt and find it after a restart,
// run a correct and a wrong Python solution against the examples, stop an endless loop at the
// time limit, the editor's indent / brackets / highlighting, new attempts and the diff.
#include "core/coding/attemptrepository.h"
#include "core/coding/toolchain.h"
#include "core/storage/database.h"
#include "gui/coding/codeeditor.h"
#include "gui/coding/diffview.h"
#include "gui/coding/scratchpadwidget.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/savestatus.h"
#include "guitestbase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Starloop;

namespace {

const QString CorrectTwoSum = QStringLiteral("def two_sum(nums, target):\n"
                                             "    seen = {}\n"
                                             "    for i, n in enumerate(nums):\n"
                                             "        if target - n in seen:\n"
                                             "            return [seen[target - n], i]\n"
                                             "        seen[n] = i\n"
                                             "    return []\n");

} // namespace

class TestScratchpad : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::QuestionsWorkspace *workspace() const
    {
        return static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
    }
    Gui::ScratchpadWidget *scratchpad() const { return m_window->findChild<Gui::ScratchpadWidget *>(); }
    Gui::CodeEditor *editor() const { return scratchpad()->editor(); }
    QTableWidget *results() const { return find<QTableWidget>(QStringLiteral("runResults")); }
    qint64 twoSumId() const
    {
        return m_store->db().scalarInt("SELECT id FROM questions WHERE uid = 'code-two-sum'");
    }

    QStringList marks() const
    {
        QStringList out;
        for (int row = 0; row < results()->rowCount(); ++row)
            out << results()->item(row, 0)->text();
        return out;
    }

    void openTwoSum()
    {
        workspace()->openScratchpad(twoSumId());
        QVERIFY(workspace()->isScratchpadVisible());
        QTRY_VERIFY(scratchpad()->isVisible());
    }

    void replaceCode(const QString &code)
    {
        editor()->selectAll();
        editor()->insertPlainText(code);
    }

    void runAndWait()
    {
        auto *run = find<QPushButton>(QStringLiteral("runExamplesButton"));
        QVERIFY(run->isEnabled());
        run->click();
        QVERIFY(scratchpad()->isRunning());
        QCOMPARE(run->text(), QStringLiteral("Stop"));
        QTRY_VERIFY_WITH_TIMEOUT(!scratchpad()->isRunning(), 20000);
    }

private Q_SLOTS:
    void init()
    {
        openWindow();
        m_window->showWorkspace(Gui::MainWindow::Questions);
    }
    void cleanup()
    {
        closeWindow();
        m_temp.reset(); // a fresh database for every test
    }

    void codeButtonOnlyForCodingQuestions()
    {
        workspace()->setSearchText(QStringLiteral("durable"));
        QTRY_VERIFY(workspace()->currentQuestionId() != 0);
        auto *code = find<QToolButton>(QStringLiteral("codeButton"));
        QVERIFY(code->isHidden());
        QVERIFY(!workspace()->isScratchpadVisible());
        workspace()->openScratchpad(workspace()->currentQuestionId()); // not a coding question: no scratchpad
        QVERIFY(!workspace()->isScratchpadVisible());

        workspace()->setSearchText(QString());
        workspace()->openQuestion(twoSumId());
        QVERIFY(!code->isHidden());
        QVERIFY(!workspace()->isScratchpadVisible());
        code->click();
        QVERIFY(workspace()->isScratchpadVisible());
        QCOMPARE(scratchpad()->questionId(), twoSumId());
        // A fresh start from the model solution's signature; nothing stored until typed.
        QCOMPARE(editor()->toPlainText(), QStringLiteral("def two_sum(nums, target):\n    pass\n"));
        QCOMPARE(scratchpad()->attemptCount(), 0);
        code->click();
        QVERIFY(!workspace()->isScratchpadVisible());
    }

    void typedAttemptIsThereAfterARestart()
    {
        openTwoSum();
        editor()->selectAll();
        QTest::keyClick(editor(), Qt::Key_Delete);
        QTest::keyClicks(editor(), QStringLiteral("def two_sum(nums, target):"));
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), QStringLiteral("return [0, 1]  # placeholder"));
        const QString typed = QStringLiteral("def two_sum(nums, target):\n    return [0, 1]  # placeholder");
        QCOMPARE(editor()->toPlainText(), typed); // auto-indent after ':'
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Pending);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QCOMPARE(scratchpad()->attemptCount(), 1);
        auto *notes = find<QPlainTextEdit>(QStringLiteral("attemptNotes"));
        QTest::keyClicks(notes, QStringLiteral("forgot the map"));
        find<QComboBox>(QStringLiteral("attemptRating"))->setCurrentIndex(2);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);

        restart();
        m_window->showWorkspace(Gui::MainWindow::Questions);
        openTwoSum();
        QCOMPARE(scratchpad()->attemptCount(), 1);
        QCOMPARE(editor()->toPlainText(), typed);
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("attemptNotes"))->toPlainText(),
            QStringLiteral("forgot the map"));
        QCOMPARE(find<QComboBox>(QStringLiteral("attemptRating"))->currentIndex(), 2);
        auto *list = find<QListWidget>(QStringLiteral("attemptList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Python")));
    }

    void correctAndWrongSolutionsPassAndFail()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("python")))
            QSKIP("python3 is not installed");
        openTwoSum();
        replaceCode(CorrectTwoSum);
        runAndWait();
        QVERIFY(results()->rowCount() >= 4);
        QCOMPARE(int(marks().count(QStringLiteral("✓"))), results()->rowCount());
        QVERIFY(find<QLabel>(QStringLiteral("runStatus"))
                    ->text()
                    .contains(QStringLiteral("%1 of %1 examples passed").arg(results()->rowCount())));
        QCOMPARE(results()->item(0, 3)->text(), QStringLiteral("[2, 3]"));

        // Pairs an element with itself: wrong on [4, 1, 2], 8.
        replaceCode(QStringLiteral("def two_sum(nums, target):\n"
                                   "    for i in range(len(nums)):\n"
                                   "        for j in range(i, len(nums)):\n"
                                   "            if nums[i] + nums[j] == target:\n"
                                   "                return [i, j]\n"
                                   "    return []\n"));
        runAndWait();
        QVERIFY(marks().contains(QStringLiteral("✓")));
        QVERIFY(marks().contains(QStringLiteral("✗")));
        QCOMPARE(results()->item(2, 3)->text(), QStringLiteral("[0, 0]"));
        QCOMPARE(scratchpad()->lastResult().outcome, Coding::RunResult::Outcome::Failed);

        // The last run is kept with the attempt.
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        const auto stored = Coding::AttemptRepository(m_store->db()).load(scratchpad()->currentAttempt().id);
        QVERIFY(stored.ok());
        QCOMPARE(Coding::RunResult::fromJson(stored->lastRun).outcome, Coding::RunResult::Outcome::Failed);
    }

    void endlessLoopIsStoppedAtTheLimit()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("python")))
            QSKIP("python3 is not installed");
        openTwoSum();
        const QString loop = QStringLiteral("def two_sum(nums, target):\n    while True:\n        pass\n");
        replaceCode(loop);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        runAndWait();
        QCOMPARE(scratchpad()->lastResult().outcome, Coding::RunResult::Outcome::TimedOut);
        QVERIFY(
            find<QLabel>(QStringLiteral("runStatus"))
                ->text()
                .contains(QStringLiteral("Stopped after 5 s: the code did not finish (an endless loop?)")));
        QCOMPARE(marks().first(), QStringLiteral("–"));
        // The editor and the saved attempt are untouched.
        QCOMPARE(editor()->toPlainText(), loop);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QCOMPARE(
            Coding::AttemptRepository(m_store->db()).load(scratchpad()->currentAttempt().id)->code, loop);
        QVERIFY(find<QPushButton>(QStringLiteral("runExamplesButton"))->isEnabled());
    }

    void cppAttemptIsCompiledAndRun()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("cpp")))
            QSKIP("g++ is not installed");
        openTwoSum();
        auto *language = find<QComboBox>(QStringLiteral("scratchpadLanguage"));
        const int cpp = language->findData(QStringLiteral("cpp"));
        language->setCurrentIndex(cpp);
        Q_EMIT language->activated(cpp);
        QCOMPARE(editor()->language(), QStringLiteral("cpp"));
        replaceCode(QStringLiteral("#include <vector>\n"
                                   "std::vector<int> twoSum(const std::vector<int> &nums, int target) {\n"
                                   "    for (int j = 0; j < int(nums.size()); ++j)\n"
                                   "        for (int i = 0; i < j; ++i)\n"
                                   "            if (nums[i] + nums[j] == target) return {i, j};\n"
                                   "    return {};\n"
                                   "}\n"));
        runAndWait();
        QCOMPARE(int(marks().count(QStringLiteral("✓"))), results()->rowCount());
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QCOMPARE(Coding::AttemptRepository(m_store->db()).load(scratchpad()->currentAttempt().id)->language,
            QStringLiteral("cpp"));
    }

    void editorIndentsAndMatchesBrackets()
    {
        openTwoSum();
        Gui::CodeEditor *e = editor();
        e->clear();
        QTest::keyClicks(e, QStringLiteral("if x:"));
        QTest::keyClick(e, Qt::Key_Return);
        QTest::keyClicks(e, QStringLiteral("y = 1"));
        QTest::keyClick(e, Qt::Key_Return);
        QCOMPARE(e->toPlainText(), QStringLiteral("if x:\n    y = 1\n    "));
        QTest::keyClick(e, Qt::Key_Backspace); // one indent level at once
        QTest::keyClick(e, Qt::Key_Tab);
        QTest::keyClicks(e, QStringLiteral("z"));
        QCOMPARE(e->document()->lastBlock().text(), QStringLiteral("    z"));

        e->setPlainText(QStringLiteral("f(a[1], {2})"));
        QTextCursor cursor = e->textCursor();
        cursor.setPosition(1); // after "f", before "("
        e->setTextCursor(cursor);
        QCOMPARE(e->matchedBrackets(), qMakePair(1, 11));
        cursor.setPosition(6); // after "]"
        e->setTextCursor(cursor);
        QCOMPARE(e->matchedBrackets(), qMakePair(5, 3));
        e->setPlainText(QStringLiteral("g((x)"));
        cursor = e->textCursor();
        cursor.setPosition(1);
        e->setTextCursor(cursor);
        QCOMPARE(e->matchedBrackets(), qMakePair(1, -1)); // unmatched

        QVERIFY(e->lineNumberAreaWidth() > 0);
        const QFontMetrics metrics(e->font());
        QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')),
            metrics.horizontalAdvance(QLatin1Char('M'))); // monospace
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(e->highlightingDefinition(), QStringLiteral("Python"));
        e->setLanguage(QStringLiteral("cpp"));
        QCOMPARE(e->highlightingDefinition(), QStringLiteral("C++"));
        e->setPlainText(QStringLiteral("int main() { return 0; }"));
        QTRY_VERIFY(!e->document()->firstBlock().layout()->formats().isEmpty());
#else
        QCOMPARE(e->highlightingDefinition(), QString());
#endif
    }

    void javaAttemptStartsFromTheSignatureAndRuns()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("java")))
            QSKIP("no JDK (javac) is installed: scripts/test installs default-jdk-headless");
        openTwoSum();
        auto *language = find<QComboBox>(QStringLiteral("scratchpadLanguage"));
        const int java = language->findData(QStringLiteral("java"));
        QVERIFY(java >= 0);
        language->setCurrentIndex(java);
        Q_EMIT language->activated(java);
        QCOMPARE(editor()->language(), QStringLiteral("java"));
        // The untouched starter follows the language: the model solution's signature, no body.
        const QString starter = editor()->toPlainText();
        QVERIFY2(starter.contains(QStringLiteral("class Solution {"))
                && starter.contains(QStringLiteral("twoSum(int[] nums, int target)")),
            qPrintable(starter));
        QVERIFY(!starter.contains(QStringLiteral("HashMap<")));
        QCOMPARE(scratchpad()->attemptCount(), 0);

        auto *run = find<QPushButton>(QStringLiteral("runExamplesButton"));
        QCOMPARE(run->text(), QStringLiteral("Run Examples"));
        runAndWait(); // the starter compiles and fails every example
        QCOMPARE(int(marks().count(QStringLiteral("✗"))), results()->rowCount());

        replaceCode(
            QStringLiteral("class Solution {\n"
                           "    int[] twoSum(int[] nums, int target) {\n"
                           "        for (int j = 0; j < nums.length; ++j)\n"
                           "            for (int i = 0; i < j; ++i)\n"
                           "                if (nums[i] + nums[j] == target) return new int[]{i, j};\n"
                           "        return new int[0];\n"
                           "    }\n"
                           "}\n"));
        runAndWait();
        QCOMPARE(int(marks().count(QStringLiteral("✓"))), results()->rowCount());
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QCOMPARE(Coding::AttemptRepository(m_store->db()).load(scratchpad()->currentAttempt().id)->language,
            QStringLiteral("java"));
    }

    void otherLanguagesSayWhyTheyCannotRun()
    {
        openTwoSum();
        auto *language = find<QComboBox>(QStringLiteral("scratchpadLanguage"));
        const QStringList others = Gui::CodeEditor::knownLanguages();
        if (others.isEmpty())
            QSKIP("built without KSyntaxHighlighting: the editor offers Python, C++ and Java only");
        const int other = language->findData(
            others.contains(QStringLiteral("Go")) ? QStringLiteral("Go") : others.last());
        QVERIFY(other >= 0);
        language->setCurrentIndex(other);
        Q_EMIT language->activated(other);
        auto *run = find<QPushButton>(QStringLiteral("runExamplesButton"));
        QVERIFY(!run->isEnabled());
        QCOMPARE(run->text(), QStringLiteral("Run: Python, C++ and Java only"));
        QVERIFY(run->toolTip().contains(QStringLiteral("Python, C++ and Java")));
        QCOMPARE(
            editor()->toPlainText(), QStringLiteral("// Your solution\n")); // the untouched starter follows
        QCOMPARE(scratchpad()->attemptCount(), 0);
    }

    void newAttemptsAndTheDiff()
    {
        openTwoSum();
        replaceCode(CorrectTwoSum);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        find<QToolButton>(QStringLiteral("newAttemptButton"))->click();
        QCOMPARE(scratchpad()->attemptCount(), 2);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("def two_sum(nums, target):\n    pass\n"));
        replaceCode(QStringLiteral("def two_sum(nums, target):\n    return None\n"));
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);

        find<QToolButton>(QStringLiteral("diffButton"))->click();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("diffDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *against = dialog->findChild<QComboBox *>(QStringLiteral("diffAgainst"));
        QCOMPARE(against->count(), 2);
        QVERIFY(against->itemText(0).startsWith(QStringLiteral("Model solution")));
        auto *view = dialog->findChild<Gui::DiffView *>();
        QVERIFY(Coding::LineDiff::addedCount(view->lines()) >= 1);
        QVERIFY(Coding::LineDiff::removedCount(view->lines()) >= 1);
        against->setCurrentIndex(1); // the first attempt: six lines became one
        QCOMPARE(Coding::LineDiff::addedCount(view->lines()), 1);
        QCOMPARE(Coding::LineDiff::removedCount(view->lines()), 6);
        QCOMPARE(view->mode(), Gui::DiffView::Mode::SideBySide);
        dialog->findChild<QCheckBox *>(QStringLiteral("diffSideBySide"))->setChecked(false);
        QCOMPARE(view->mode(), Gui::DiffView::Mode::Unified);
        QVERIFY(view->toPlainText().contains(QStringLiteral("+ ")));
        dialog->close();

        // Reopening the first attempt from the list.
        auto *list = find<QListWidget>(QStringLiteral("attemptList"));
        QCOMPARE(list->count(), 2);
        QListWidgetItem *older = list->item(1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(older).center());
        QTRY_COMPARE(editor()->toPlainText(), CorrectTwoSum);
    }

    // A coding round in progress, for the README (STARLOOP_SCREENSHOT=path to keep it).
    void screenshotOfARound()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("python")))
            QSKIP("python3 is not installed");
        m_window->resize(1400, 900);
        workspace()->setSearchText(QStringLiteral("two numbers"));
        QTRY_COMPARE(workspace()->currentQuestionId(), twoSumId());
        openTwoSum();
        replaceCode(QStringLiteral("def two_sum(nums, target):\n"
                                   "    # value -> index of its first sighting\n"
                                   "    seen = {}\n"
                                   "    for i, n in enumerate(nums):\n"
                                   "        if target - n in seen:\n"
                                   "            return [seen[target - n], i]\n"
                                   "        seen[n] = i\n"
                                   "    return [0, 0]  # bug: should be []\n"));
        runAndWait();
        QVERIFY(marks().contains(QStringLiteral("✗")));
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        find<QComboBox>(QStringLiteral("attemptRating"))->setCurrentIndex(3);
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("attemptNotes")),
            QStringLiteral("Return [] when no pair exists."));
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        auto *splitter = find<QSplitter>(QStringLiteral("answerSplitter"));
        splitter->setSizes({150, 700});
        const QPixmap shot = m_window->grab();
        QVERIFY(!shot.isNull());
        const QString path = qEnvironmentVariable("STARLOOP_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(shot.save(path));
    }
};

QTEST_MAIN(TestScratchpad)
#include "test_scratchpad.moc"
