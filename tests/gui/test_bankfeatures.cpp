// The bank's study features on the real content/ folder, driven like a user would: the coding
// problems as a table (sorting, filters, the next unsolved one), a new problem solved in Java and
// C++ in the scratchpad, reference diagrams opened on the canvas, class diagrams drawn in the
// answer, a worked example started as a story, find in the answer, the checked date.
#include "core/coding/toolchain.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/questions/questionrepository.h"
#include "core/stories/storyrepository.h"
#include "core/stories/workedexample.h"
#include "gui/coding/codeeditor.h"
#include "gui/coding/scratchpadwidget.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/questions/problemtable.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/stories/storiesworkspace.h"
#include "gui/widgets/markdownview.h"
#include "guitestbase.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolButton>

using namespace Starloop;

class TestBankFeatures : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::QuestionsWorkspace *workspace() const
    {
        return static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
    }
    qint64 idOf(const char *uid) const
    {
        const QByteArray sql = QByteArray("SELECT id FROM questions WHERE uid = '") + uid + "'";
        return m_store->db().scalarInt(sql.constData());
    }
    Gui::MarkdownView *answer() const { return find<Gui::MarkdownView>(QStringLiteral("answerView")); }
    QString meta() const { return find<QLabel>(QStringLiteral("questionMeta"))->text(); }

    void runAttempt(const QString &language, const QString &code)
    {
        auto *pad = m_window->findChild<Gui::ScratchpadWidget *>();
        auto *box = find<QComboBox>(QStringLiteral("scratchpadLanguage"));
        const int index = box->findData(language);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
        pad->editor()->selectAll();
        pad->editor()->insertPlainText(code);
        find<QPushButton>(QStringLiteral("runExamplesButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pad->isRunning(), 30000);
        auto *results = find<QTableWidget>(QStringLiteral("runResults"));
        QVERIFY(results->rowCount() >= 6);
        for (int row = 0; row < results->rowCount(); ++row)
            QVERIFY2(results->item(row, 0)->text() == QStringLiteral("✓"), qPrintable(language));
    }

private Q_SLOTS:
    void init()
    {
        m_bankPath = QStringLiteral(STARLOOP_SOURCE_DIR "/content");
        openWindow();
        m_window->showWorkspace(Gui::MainWindow::Questions);
    }
    void cleanup()
    {
        closeWindow();
        m_temp.reset();
    }

    void theProblemTableSortsFiltersAndFindsTheNextUnsolved()
    {
        find<QToolButton>(QStringLiteral("problemListButton"))->click();
        QVERIFY(workspace()->isProblemTableShown());
        Gui::ProblemTable *table = workspace()->problemTable();
        QTRY_VERIFY(table->rowCount() >= 80);
        QTableView *view = table->view();
        QCOMPARE(view->model()->headerData(Gui::ProblemTable::Pattern, Qt::Horizontal).toString(),
            QStringLiteral("Pattern"));
        // Sorted by pattern: arrays and hashing first.
        QCOMPARE(view->model()->index(0, Gui::ProblemTable::Pattern).data().toString(),
            QStringLiteral("Arrays & hashing"));
        // By level, easiest first.
        view->sortByColumn(Gui::ProblemTable::Level, Qt::AscendingOrder);
        QCOMPARE(
            view->model()->index(0, Gui::ProblemTable::Level).data().toString(), QStringLiteral("Beginner"));
        view->sortByColumn(Gui::ProblemTable::Level, Qt::DescendingOrder);
        QCOMPARE(
            view->model()->index(0, Gui::ProblemTable::Level).data().toString(), QStringLiteral("Advanced"));
        // One pattern.
        auto *pattern = find<QComboBox>(QStringLiteral("problemPattern"));
        pattern->setCurrentIndex(pattern->findData(QStringLiteral("intervals")));
        QVERIFY(table->rowCount() >= 3 && table->rowCount() < 10);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, Gui::ProblemTable::Pattern).data().toString(),
                QStringLiteral("Intervals"));
        find<QLineEdit>(QStringLiteral("problemFilter"))->setText(QStringLiteral("merge intervals"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(view->model()
                    ->index(0, Gui::ProblemTable::Title)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Merge intervals")));
        find<QLineEdit>(QStringLiteral("problemFilter"))->clear();
        pattern->setCurrentIndex(0);

        // N selects the next unsolved problem; opening it shows its scratchpad.
        view->sortByColumn(Gui::ProblemTable::Pattern, Qt::AscendingOrder);
        view->setCurrentIndex(QModelIndex()); // nothing chosen yet: N starts at the top
        view->setFocus();
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(table->currentRow(), 0);
        const qint64 first = table->questionIdAt(0);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(table->currentRow(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!workspace()->isProblemTableShown());
        QCOMPARE(workspace()->currentQuestionId(), table->questionIdAt(1));
        QVERIFY(workspace()->isScratchpadVisible());
        QVERIFY(first != workspace()->currentQuestionId());
    }

    // A new problem of the bank, solved in Java and in C++ in the scratchpad; the table then
    // shows it solved and the next unsolved one skips it.
    void aNewProblemIsSolvedInJavaAndCpp()
    {
        if (!Coding::Toolchain::canRun(QStringLiteral("java"))
            || !Coding::Toolchain::canRun(QStringLiteral("cpp")))
            QSKIP("needs a JDK and g++: scripts/test installs them");
        workspace()->openScratchpad(idOf("code-trapping-rain-water"));
        QTRY_VERIFY(workspace()->isScratchpadVisible());
        runAttempt(QStringLiteral("java"),
            QStringLiteral(
                "class Solution {\n"
                "    int trap(int[] h) {\n"
                "        int i = 0, j = h.length - 1, left = 0, right = 0, water = 0;\n"
                "        while (i < j) {\n"
                "            if (h[i] < h[j]) { left = Math.max(left, h[i]); water += left - h[i]; i++; }\n"
                "            else { right = Math.max(right, h[j]); water += right - h[j]; j--; }\n"
                "        }\n"
                "        return water;\n"
                "    }\n"
                "}\n"));
        runAttempt(QStringLiteral("cpp"),
            QStringLiteral("#include <algorithm>\n#include <vector>\n"
                           "int trap(const std::vector<int> &h) {\n"
                           "    int water = 0;\n"
                           "    for (int k = 0; k < int(h.size()); ++k) {\n"
                           "        int l = 0, r = 0;\n"
                           "        for (int a = 0; a <= k; ++a) l = std::max(l, h[a]);\n"
                           "        for (int a = k; a < int(h.size()); ++a) r = std::max(r, h[a]);\n"
                           "        water += std::min(l, r) - h[k];\n"
                           "    }\n"
                           "    return water;\n"
                           "}\n"));
        workspace()->showProblemTable(true);
        Gui::ProblemTable *table = workspace()->problemTable();
        QTRY_VERIFY(table->rowCount() >= 80);
        bool shownSolved = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->questionIdAt(row) == idOf("code-trapping-rain-water")) {
                shownSolved = table->view()
                                  ->model()
                                  ->index(row, Gui::ProblemTable::Title)
                                  .data()
                                  .toString()
                                  .startsWith(QStringLiteral("✓"));
                QVERIFY(table->view()
                            ->model()
                            ->index(row, Gui::ProblemTable::Result)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("Passed")));
            }
        }
        QVERIFY(shownSolved);
    }

    void theReferenceDiagramOpensAsADiagramOfTheUsers()
    {
        const qint64 id = idOf("sd-news-feed");
        workspace()->openQuestion(id);
        QVERIFY(find<QToolButton>(QStringLiteral("diagramButton"))->isVisible());
        // Drawn in the answer too.
        bool pictured = false;
        for (QTextBlock block = answer()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    pictured = pictured
                        || it.fragment().charFormat().toImageFormat().name()
                            == QStringLiteral("starloop-image:news-feed");
            }
        }
        QVERIFY(pictured);
        QVERIFY(!answer()
                     ->loadResource(
                         QTextDocument::ImageResource, QUrl(QStringLiteral("starloop-image:news-feed")))
                     .value<QImage>()
                     .isNull());

        action(QStringLiteral("actionOpenReferenceDiagram"))->trigger();
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Diagrams));
        auto *diagrams
            = static_cast<Gui::DiagramsWorkspace *>(m_window->workspace(Gui::MainWindow::Diagrams));
        Diagrams::DiagramRepository repository(m_store->db());
        const auto made = repository.load(diagrams->currentDiagramId());
        QVERIFY(made);
        QCOMPARE(made->summary.questionId.value_or(0), id);
        const auto reference = Diagrams::DiagramTemplates::find(QStringLiteral("news-feed"));
        QVERIFY(reference);
        QCOMPARE(made->document.nodes.size(), reference->document.nodes.size());
        QCOMPARE(made->document.edges.size(), reference->document.edges.size());

        // A blank canvas for practice, also linked.
        m_window->showWorkspace(Gui::MainWindow::Questions);
        action(QStringLiteral("actionBlankCanvas"))->trigger();
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Diagrams));
        const auto blank = repository.load(diagrams->currentDiagramId());
        QVERIFY(blank && blank->document.isEmpty());
        QCOMPARE(blank->summary.questionId.value_or(0), id);
        QCOMPARE(repository.diagramsForQuestion(id)->size(), 2);
    }

    void aClassDiagramIsDrawnInTheDesignsAnswer()
    {
        workspace()->openQuestion(idOf("ood-parking-lot"));
        const QImage picture = answer()
                                   ->loadResource(QTextDocument::ImageResource,
                                       QUrl(QStringLiteral("starloop-image:ood-parking-lot")))
                                   .value<QImage>();
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 300);
        QVERIFY(answer()->toPlainText().contains(QStringLiteral("Reference diagram")));
    }

    void aWorkedExampleStartsAStoryOfTheUsers()
    {
        const qint64 id = idOf("lp-made-a-mistake");
        workspace()->openQuestion(id);
        auto *use = find<QToolButton>(QStringLiteral("useWorkedExampleButton"));
        QVERIFY(use->isVisible());
        use->click();
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Stories));
        Stories::StoryRepository stories(m_store->db());
        const auto linked = stories.storiesForQuestion(id);
        QVERIFY(linked && linked->size() == 1);
        const auto story = stories.load(linked->first().id);
        QVERIFY(story);
        const auto example = Stories::WorkedExample::fromMarkdown(
            Questions::QuestionRepository(m_store->db()).load(id)->answerMd);
        QCOMPARE(story->situation, example->situation);
        QCOMPARE(story->result, example->result);
        QVERIFY(story->principles.contains(QStringLiteral("ownership")) || !story->principles.isEmpty());
        // The question without an example offers none.
        m_window->showWorkspace(Gui::MainWindow::Questions);
        workspace()->openQuestion(idOf("aws-s3-durability"));
        QVERIFY(!use->isVisible());
        QVERIFY2(meta().contains(QStringLiteral("Facts checked")), qPrintable(meta()));
    }

    void findInTheAnswerStepsThroughMatches()
    {
        workspace()->openQuestion(idOf("aws-s3-durability"));
        answer()->setFocus();
        QTest::keyClick(answer(), Qt::Key_F, Qt::ControlModifier);
        auto *field = find<QLineEdit>(QStringLiteral("findField"));
        QTRY_VERIFY(field->isVisible());
        QTest::keyClicks(field, QStringLiteral("S3"));
        auto *status = find<QLabel>(QStringLiteral("findStatus"));
        QVERIFY2(status->text().startsWith(QStringLiteral("1 of ")), qPrintable(status->text()));
        QTest::keyClick(field, Qt::Key_F3);
        QVERIFY2(status->text().startsWith(QStringLiteral("2 of ")), qPrintable(status->text()));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY2(status->text().startsWith(QStringLiteral("1 of ")), qPrintable(status->text()));
        QCOMPARE(answer()->textCursor().selectedText().toLower(), QStringLiteral("s3"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isVisible());
    }

    void theSearchedWordsAreMarkedInTheAnswer()
    {
        workspace()->setSearchText(QStringLiteral("partition key"));
        QTRY_VERIFY(workspace()->currentQuestionId() != 0);
        QVERIFY(answer()->markedCount() > 0);
    }

    void principlesWithCommasReadAsOne()
    {
        workspace()->openQuestion(idOf("lp-estimate-was-wrong"));
        auto *principles = find<QLabel>(QStringLiteral("questionPrinciples"));
        QVERIFY(principles->isVisible());
        QVERIFY2(principles->accessibleName().contains(QStringLiteral("Are Right, A Lot")),
            qPrintable(principles->accessibleName()));
        QVERIFY(principles->text().contains(QStringLiteral("&nbsp;Are Right, A Lot&nbsp;</span>")));
    }
};

QTEST_MAIN(TestBankFeatures)
#include "test_bankfeatures.moc"
