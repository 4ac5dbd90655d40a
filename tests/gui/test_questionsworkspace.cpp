// The Questions workspace driven like a user would: typing, facets, self-test, notes,
// own questions with undo, highlighted code.
#include "core/coding/attemptrepository.h"
#include "core/diagrams/diagramrepository.h"
#include "core/questions/questionrepository.h"
#include "core/stories/storyrepository.h"
#include "gui/coding/codeeditor.h"
#include "gui/coding/scratchpadwidget.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/questions/resultdelegate.h"
#include "gui/questions/resultmodel.h"
#include "gui/widgets/markdownview.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Starloop;

class TestQuestionsWorkspace : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::QuestionsWorkspace *workspace() const
    {
        return static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
    }
    QString currentTitle() const { return find<QLabel>(QStringLiteral("questionTitle"))->text(); }

private Q_SLOTS:
    void init()
    {
        openWindow();
        m_window->showWorkspace(Gui::MainWindow::Questions);
    }
    void cleanup() { closeWindow(); }

    void typingFiltersTheResults()
    {
        QCOMPARE(workspace()->resultCount(), 19); // the mini bank, everything
        auto *search = find<QLineEdit>(QStringLiteral("questionSearch"));
        QTest::keyClicks(search, QStringLiteral("dyn"));
        QTRY_COMPARE(workspace()->resultCount(), 1);
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        QVERIFY(find<QLabel>(QStringLiteral("resultCount"))->text().contains(QStringLiteral("1 question")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzqx"));
        QTRY_COMPARE(workspace()->resultCount(), 0);
        QTRY_COMPARE(currentTitle(), QStringLiteral("No question matches"));
        QVERIFY(!find<QPlainTextEdit>(QStringLiteral("questionNote"))->isEnabled());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("\"NEAR( AND -*"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("resultCount"))->text().contains(QStringLiteral("question")));
    }

    // The clear button comes with the first text (its icon is read from disk only then, not
    // while the window opens), and clears the search.
    void theClearButtonComesWithTheFirstText()
    {
        auto *search = find<QLineEdit>(QStringLiteral("questionSearch"));
        QVERIFY(!search->isClearButtonEnabled());
        QTest::keyClicks(search, QStringLiteral("dyn"));
        QVERIFY(search->isClearButtonEnabled());
        QTRY_COMPARE(workspace()->resultCount(), 1);
        auto *clear = search->findChild<QToolButton *>(); // the line edit's clear button
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        clear->click();
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(workspace()->resultCount(), 19);
        QVERIFY(search->isClearButtonEnabled());
    }

    // Every row in sight has its excerpt, also those that only came into sight when the
    // window was shown and laid out.
    void everyRowInSightHasItsExcerpt()
    {
        auto *list = find<QListView>(QStringLiteral("questionResults"));
        int inSight = 0;
        QTRY_VERIFY(list->viewport()->height() > 200);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (!list->viewport()->rect().intersects(list->visualRect(index)))
                continue;
            ++inSight;
            QVERIFY2(!index.data(Gui::ResultDelegate::SnippetRole).toString().isEmpty(),
                qPrintable(QStringLiteral("row %1 has no excerpt").arg(row)));
        }
        QVERIFY2(inSight >= 4, qPrintable(QString::number(inSight)));
        list->resize(list->width(), list->height() + 300); // taller: the rows now in sight are marked too
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (list->viewport()->rect().intersects(list->visualRect(index)))
                QVERIFY2(!index.data(Gui::ResultDelegate::SnippetRole).toString().isEmpty(),
                    qPrintable(QStringLiteral("row %1 has no excerpt after resizing").arg(row)));
        }
    }

    // The list reads the rows it shows, not all it holds: a row comes into sight read and
    // marked, and one starred shows its star in the list at once.
    void theListReadsTheRowsInSight()
    {
        auto *list = find<QListView>(QStringLiteral("questionResults"));
        auto *model = qobject_cast<Gui::ResultModel *>(list->model());
        QVERIFY(model);
        m_window->resize(m_window->width(), m_window->minimumSizeHint().height());
        const int rowHeight = list->sizeHintForRow(0);
        QTRY_VERIFY(list->viewport()->height() / rowHeight + 1 + Gui::ResultModel::Page < model->rowCount());
        workspace()->setSearchText(QStringLiteral("a"));
        QTRY_VERIFY(model->rowsRead() > 0);
        const int rows = model->rowCount();
        QVERIFY(rows > 10);
        QVERIFY2(model->rowsRead() < rows, qPrintable(QString::number(model->rowsRead())));
        QVERIFY(!model->isRead(rows - 1));
        list->scrollToBottom();
        QTRY_VERIFY(model->isRead(rows - 1)); // painted, so read
        const QString title = model->index(rows - 1, 0).data(Qt::DisplayRole).toString();
        QVERIFY(!title.isEmpty());
        QCOMPARE(model->index(rows - 1, 0).data(Qt::AccessibleTextRole).toString(), title);

        QVERIFY(!list->currentIndex()
                     .data(Gui::ResultDelegate::MetaRole)
                     .toString()
                     .contains(QStringLiteral("★")));
        find<QToolButton>(QStringLiteral("starButton"))->click();
        QTRY_VERIFY(list->currentIndex()
                        .data(Gui::ResultDelegate::MetaRole)
                        .toString()
                        .contains(QStringLiteral("★")));
        find<QToolButton>(QStringLiteral("starButton"))->click();
        QTRY_VERIFY(!list->currentIndex()
                         .data(Gui::ResultDelegate::MetaRole)
                         .toString()
                         .contains(QStringLiteral("★")));
    }

    // The filter counts are asked for once the filters are first painted (so their thread does
    // not compete with the window's first frame), and they come as before: a window built but
    // not yet shown has none, and shown it has them.
    void filterCountsComeAfterTheFirstPaint()
    {
        m_window->close();
        m_window = std::make_unique<Gui::MainWindow>(*m_store);
        auto *facets = find<QTreeWidget>(QStringLiteral("questionFacets"));
        const auto codingCount = [facets] {
            const auto found
                = facets->findItems(QStringLiteral("Coding"), Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? QString() : found.last()->text(1);
        };
        QCOMPARE(workspace()->resultCount(), 19); // the list is there from the start
        QCOMPARE(codingCount(), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(codingCount(), QStringLiteral("1"));
    }

    void facetsCombineWithText()
    {
        auto *facets = find<QTreeWidget>(QStringLiteral("questionFacets"));
        QTreeWidgetItem *coding = nullptr;
        auto findCoding = [&] {
            const auto found
                = facets->findItems(QStringLiteral("Coding"), Qt::MatchExactly | Qt::MatchRecursive);
            coding = found.isEmpty() ? nullptr : found.last();
            return coding != nullptr;
        };
        QTRY_VERIFY(findCoding()); // the counts come from their own thread
        QCOMPARE(coding->text(1), QStringLiteral("1"));
        facets->scrollToItem(coding);
        QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, facets->visualItemRect(coding).center());
        QTRY_COMPARE(workspace()->searchText(), QStringLiteral("section:coding"));
        QCOMPARE(workspace()->resultCount(), 1);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("questionSearch")), QStringLiteral(" dynamo"));
        QTRY_COMPARE(workspace()->resultCount(), 0);
    }

    // A filter is a whole word of the search: with tag:customer-obsession in it, the tag
    // "customer" is neither shown as chosen nor removed by a click (which used to leave
    // "-obsession" behind, read as an exclusion).
    void aFilterIsToggledAsAWholeWord()
    {
        Questions::QuestionDraft draft;
        draft.section = QStringLiteral("leadership");
        draft.title = QStringLiteral("Who are our customers?");
        draft.answerMd = QStringLiteral("The people we serve.");
        draft.tags = QStringList {QStringLiteral("customer"), QStringLiteral("customer-obsession")};
        const auto id = Questions::QuestionRepository(m_store->db()).createOwn(draft, 5);
        QVERIFY(id.ok());
        // The file is shared by the tests of this class: leave it as found.
        auto remove = qScopeGuard(
            [&] { QVERIFY(Questions::QuestionRepository(m_store->db()).removeOwn(id.value()).ok()); });
        workspace()->setSearchText(QStringLiteral("tag:customer-obsession"));
        QTRY_COMPARE(workspace()->resultCount(), 1);
        auto *facets = find<QTreeWidget>(QStringLiteral("questionFacets"));
        QTreeWidgetItem *tags = facets->findItems(QStringLiteral("Tags"), Qt::MatchExactly).first();
        facets->expandItem(tags);
        QTreeWidgetItem *customer = nullptr;
        QTRY_VERIFY([&] {
            for (int i = 0; i < tags->childCount(); ++i) {
                if (tags->child(i)->data(0, Qt::UserRole).toString() == QStringLiteral("tag:customer"))
                    customer = tags->child(i);
            }
            return customer != nullptr;
        }());
        QCOMPARE(customer->text(0), QStringLiteral("customer")); // not ticked
        facets->scrollToItem(customer);
        QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, facets->visualItemRect(customer).center());
        QTRY_COMPARE(workspace()->searchText(), QStringLiteral("tag:customer-obsession tag:customer"));
        QCOMPARE(workspace()->resultCount(), 1);
        workspace()->setSearchText(QString());
    }

    // Only open filter groups are counted on each search; a closed one is counted when opened,
    // and stays open (and counted) while the user types on.
    void closedFilterGroupsAreCountedWhenOpened()
    {
        auto *facets = find<QTreeWidget>(QStringLiteral("questionFacets"));
        auto group = [&](const QString &title) -> QTreeWidgetItem * {
            const auto found = facets->findItems(title, Qt::MatchExactly);
            return found.isEmpty() ? nullptr : found.first();
        };
        QCOMPARE(facets->topLevelItemCount(), 6);
        QTRY_VERIFY(group(QStringLiteral("Sections"))->childCount() > 0);
        QVERIFY(group(QStringLiteral("Sections"))->isExpanded());
        QTreeWidgetItem *tags = group(QStringLiteral("Tags"));
        QVERIFY(!tags->isExpanded());
        QCOMPARE(tags->childCount(), 0); // not counted yet

        workspace()->setSearchText(QStringLiteral("dynamodb"));
        QTRY_COMPARE(workspace()->resultCount(), 1);
        tags = group(QStringLiteral("Tags"));
        QCOMPARE(tags->childCount(), 0);
        facets->expandItem(tags);
        QTRY_VERIFY(tags->childCount() > 0);
        QTreeWidgetItem *dynamo = nullptr;
        for (int i = 0; i < tags->childCount(); ++i)
            if (tags->child(i)->text(0) == QLatin1String("dynamodb"))
                dynamo = tags->child(i);
        QVERIFY(dynamo);
        QCOMPARE(dynamo->text(1), QStringLiteral("1"));

        workspace()->setSearchText(QStringLiteral("zzqx"));
        QTRY_COMPARE(workspace()->resultCount(), 0);
        tags = group(QStringLiteral("Tags"));
        QVERIFY(tags->isExpanded()); // still open, counted again: nothing matches
        QTRY_COMPARE(tags->child(0)->text(0), QStringLiteral("None among these questions"));
        QCOMPARE(tags->childCount(), 1);
        facets->collapseItem(tags);
        workspace()->setSearchText(QString());
        QTRY_COMPARE(workspace()->resultCount(), 19);
        QTRY_COMPARE(group(QStringLiteral("Tags"))->childCount(), 0);
        QVERIFY(!group(QStringLiteral("Tags"))->isExpanded());
    }

    // The counts arrive after the results, from their own thread; searching again before they
    // come shows only the last search's counts.
    void filterCountsFollowTheLastSearch()
    {
        auto *facets = find<QTreeWidget>(QStringLiteral("questionFacets"));
        QTreeWidgetItem *sections = facets->findItems(QStringLiteral("Sections"), Qt::MatchExactly).value(0);
        QVERIFY(sections);
        auto sectionTotal = [&] {
            int sum = 0;
            for (int i = 0; i < sections->childCount(); ++i)
                sum += sections->child(i)->text(1).toInt();
            return sum;
        };
        QTRY_COMPARE(sectionTotal(), 19);
        for (const QString &text :
            {QStringLiteral("z"), QStringLiteral("dynamodb"), QStringLiteral("section:aws")})
            workspace()->setSearchText(text);
        const int found = workspace()->resultCount();
        QVERIFY(found > 1 && found < 19);
        QTRY_COMPARE(sectionTotal(), found);
        workspace()->setSearchText(QStringLiteral("dynamodb"));
        QTRY_COMPARE(sectionTotal(), 1);
        QCOMPARE(sections->childCount(), 1);
    }

    void selfTestHidesRevealsAndRates()
    {
        workspace()->setSearchText(QStringLiteral("durable"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("S3")));
        const qint64 id = workspace()->currentQuestionId();
        find<QToolButton>(QStringLiteral("selfTestButton"))->click();
        QVERIFY(!workspace()->isAnswerVisible());
        find<QListView>(QStringLiteral("questionResults"))->setFocus();
        QTest::keyClick(workspace(), Qt::Key_Space);
        QTRY_VERIFY(workspace()->isAnswerVisible());
        QTRY_VERIFY(find<QWidget>(QStringLiteral("ratingBar"))->isVisible());
        find<QPushButton>(QStringLiteral("rate3"))->click();
        Questions::QuestionRepository repository(m_store->db());
        QCOMPARE(repository.load(id)->lastRating.value_or(0), 3);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM reviews WHERE item_id = (SELECT id FROM "
                                         "questions WHERE uid = 'aws-s3-durability')"),
            qint64(1));
        // Rated "good" the first time: FSRS schedules the next review days ahead, and is:due finds it then.
        QVERIFY(repository.load(id)->dueAt.value_or(0) > QDateTime::currentSecsSinceEpoch() + 24 * 3600);
        QVERIFY(
            find<QLabel>(QStringLiteral("ratingLabel"))->text().contains(QStringLiteral("Next review in")));
    }

    void notesSurviveARestart()
    {
        workspace()->setSearchText(QStringLiteral("partitions"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        auto *note = find<QPlainTextEdit>(QStringLiteral("questionNote"));
        QTest::keyClicks(note, QStringLiteral("Hot keys: add a random suffix."));
        QTRY_COMPARE(
            find<QLabel>(QStringLiteral("saveIndicator"))->text(), QStringLiteral("All changes saved"));
        restart();
        m_window->showWorkspace(Gui::MainWindow::Questions);
        workspace()->setSearchText(QStringLiteral("partitions"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("questionNote"))->toPlainText(),
            QStringLiteral("Hot keys: add a random suffix."));
    }

    void ownQuestionsAreAddedAndDeletedWithUndo()
    {
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newQuestionTitle")),
                QStringLiteral("How did my team cut p99 latency?"));
            auto *section = dialog->findChild<QComboBox *>(QStringLiteral("newQuestionSection"));
            section->setCurrentIndex(section->findData(QStringLiteral("system-design")));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("newQuestionAnswer")),
                QStringLiteral("We removed a synchronous call."));
            dialog->accept();
        });
        find<QToolButton>(QStringLiteral("addQuestionButton"))->click();
        QTRY_COMPARE(workspace()->searchText(), QStringLiteral("is:mine"));
        QCOMPARE(workspace()->resultCount(), 1);
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("p99 latency")));

        auto *deleteButton = find<QToolButton>(QStringLiteral("deleteQuestionButton"));
        QVERIFY(deleteButton->isVisibleTo(m_window.get()));
        deleteButton->click();
        QTRY_COMPARE(workspace()->resultCount(), 0);
        QAction *undo = action(QStringLiteral("actionUndo"));
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(workspace()->resultCount(), 1);
        QVERIFY(undo->text().contains(QStringLiteral("Undo")));
        action(QStringLiteral("actionRedo"))->trigger();
        QTRY_COMPARE(workspace()->resultCount(), 0);
    }

    // Code typed a moment before "Delete" (the autosave not yet run) goes with the question, and
    // undo brings the attempt back, although the list moved on to another coding question.
    void deletingAQuestionKeepsTheCodeJustTypedForUndo()
    {
        Questions::QuestionRepository repository(m_store->db());
        Questions::QuestionDraft draft;
        draft.section = QStringLiteral("coding");
        draft.title = QStringLiteral("Spiral order of a matrix");
        const qint64 doomed = repository.createOwn(draft, 1).value();
        draft.title = QStringLiteral("Rotate a matrix in place");
        const qint64 other = repository.createOwn(draft, 1).value();
        workspace()->setSearchText(QStringLiteral("is:mine"));
        QTRY_COMPARE(workspace()->resultCount(), 2);
        workspace()->openQuestion(doomed);
        workspace()->openScratchpad(doomed);
        auto *scratchpad = m_window->findChild<Gui::ScratchpadWidget *>();
        QTRY_VERIFY(scratchpad && scratchpad->isVisible());
        scratchpad->editor()->selectAll();
        QTest::keyClicks(scratchpad->editor(), QStringLiteral("def spiral(m): return m"));
        const QString typed = scratchpad->editor()->toPlainText();

        find<QToolButton>(QStringLiteral("deleteQuestionButton"))->click();
        QTRY_COMPARE(workspace()->resultCount(), 1);
        QTRY_VERIFY(workspace()->currentQuestionId() != 0); // the other question, code shown
        action(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(workspace()->resultCount(), 2);
        const auto attempts = Coding::AttemptRepository(m_store->db()).forQuestion(doomed);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->at(0).code, typed);
        // The next tests count the user's own questions.
        QVERIFY(repository.removeOwn(doomed).ok());
        QVERIFY(repository.removeOwn(other).ok());
    }

    void linkedStoriesAndDiagramsShowBesideTheAnswerAndOpen()
    {
        workspace()->setSearchText(QStringLiteral("partitions"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        auto *links = find<QLabel>(QStringLiteral("questionLinks"));
        QVERIFY(links->isHidden());
        const qint64 question = workspace()->currentQuestionId();
        Stories::StoryRepository stories(m_store->db());
        Stories::Story draft;
        draft.title = QStringLiteral("The hot partition at launch");
        const auto story = stories.create(draft, 1);
        QVERIFY(story.ok());
        QVERIFY(stories.linkQuestion(story->id, question).ok());
        Diagrams::DiagramRepository diagrams(m_store->db());
        const auto diagram
            = diagrams.create(QStringLiteral("Orders table layout"), Diagrams::DiagramDocument(), 1);
        QVERIFY(diagram.ok());
        QVERIFY(diagrams.linkQuestion(diagram->id, question, 2).ok());

        m_window->showWorkspace(Gui::MainWindow::Stories);
        m_window->showWorkspace(Gui::MainWindow::Questions); // links are refreshed when shown
        QTRY_VERIFY(links->isVisible());
        QVERIFY(links->text().contains(QStringLiteral("The hot partition at launch")));
        QVERIFY(links->text().contains(QStringLiteral("Orders table layout")));
        Q_EMIT links->linkActivated(QStringLiteral("story:%1").arg(story->id));
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Stories));
        m_window->showWorkspace(Gui::MainWindow::Questions);
        Q_EMIT links->linkActivated(QStringLiteral("diagram:%1").arg(diagram->id));
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Diagrams));
    }

    void codeBlocksKeepTheirLanguageAndAreColoured()
    {
        workspace()->setSearchText(QStringLiteral("two numbers target"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("two numbers")));
        auto *view = find<Gui::MarkdownView>(QStringLiteral("answerView"));
        QCOMPARE(view->codeLanguages(), (QStringList {QStringLiteral("python"), QStringLiteral("java")}));
        int coloured = 0;
        int colouredJava = 0;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QStringLiteral("def two_sum")))
                coloured += block.layout()->formats().size();
            if (block.text().contains(QStringLiteral("int[] twoSum")))
                colouredJava += block.layout()->formats().size();
        }
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY2(coloured > 0, "the Python keywords should be coloured");
        QVERIFY2(colouredJava > 0, "the Java keywords should be coloured");
#else
        QCOMPARE(coloured + colouredJava, 0); // plain monospace without KSyntaxHighlighting
#endif
        // The copy action takes the whole block.
        int position = -1;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QStringLiteral("seen = {}")))
                position = block.position();
        }
        QVERIFY(view->codeBlockAt(position).startsWith(QStringLiteral("def two_sum(nums, target):")));
        QVERIFY2(view->codeBlockAt(position).endsWith(QStringLiteral("return []")),
            qPrintable(view->codeBlockAt(position)));
    }
};

QTEST_MAIN(TestQuestionsWorkspace)
#include "test_questionsworkspace.moc"
