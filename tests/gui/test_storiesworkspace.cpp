// The Stories workspace driven through its widgets: create, type, tag, see coverage move,
// restart and find the text, delete and undo, search, filter from the coverage matrix,
// live checks, and a 50,000-word paste.
#include "core/stories/storyrepository.h"
#include "gui/savestatus.h"
#include "gui/stories/coverageview.h"
#include "gui/stories/storiesworkspace.h"
#include "gui/stories/storylistmodel.h"
#include "guitestbase.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Starloop;

class TestStoriesWorkspace : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::StoriesWorkspace *workspace() const
    {
        return find<Gui::StoriesWorkspace>(QStringLiteral("StoriesWorkspace"));
    }
    QListView *list() const { return find<QListView>(QStringLiteral("storyList")); }
    int rows() const { return list()->model()->rowCount(); }

    void showStories()
    {
        m_window->showWorkspace(1);
        QTRY_VERIFY(workspace()->isVisible());
    }

    void clickButton(const char *name)
    {
        auto *button = find<QPushButton>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void typeInto(const char *name, const QString &text)
    {
        QWidget *widget = find<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    QString plainText(const char *name) const
    {
        return find<QPlainTextEdit>(QString::fromLatin1(name))->toPlainText();
    }

    // Ticks (or unticks) a principle with the keyboard, as a user would with Space.
    void togglePrinciple(const QString &name)
    {
        auto *principles = find<QListWidget>(QStringLiteral("storyPrinciples"));
        QVERIFY(principles);
        const auto items = principles->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        principles->setFocus();
        principles->setCurrentItem(items.first());
        QTest::keyClick(principles->viewport(), Qt::Key_Space);
    }

    int coverageFor(const QString &name) const
    {
        auto *table = find<QTableWidget>(QStringLiteral("coverageTable"));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return table->item(row, Gui::CoverageView::StoriesColumn)->text().toInt();
        }
        return -1;
    }

    bool checkOk(const char *id) const
    {
        auto *label = find<QLabel>(QStringLiteral("check_") + QString::fromLatin1(id));
        return label && label->property("ok").toBool();
    }

    void waitSaved() { QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved); }

private Q_SLOTS:
    void init()
    {
        openWindow();
        showStories();
    }
    void cleanup()
    {
        closeWindow();
        m_temp.reset(); // a fresh database for the next test
    }

    // The empty page's explanation is shown whole: every wrapped line fits its label.
    void theEmptyPageShowsItsWholeText()
    {
        QLabel *text = nullptr;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Draft Situation, Task, Action and Result")))
                text = label;
        }
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        QVERIFY2(text->height() >= text->heightForWidth(text->width()),
            qPrintable(QStringLiteral("%1 px tall, needs %2")
                           .arg(text->height())
                           .arg(text->heightForWidth(text->width()))));
        QVERIFY(text->width() > 300); // wrapped into a few wide lines, not a narrow column
    }

    void startsEmptyWithSixteenPrinciples()
    {
        QCOMPARE(rows(), 0);
        QVERIFY(!find<QPushButton>(QStringLiteral("deleteStoryButton"))->isEnabled());
        QCOMPARE(find<QListWidget>(QStringLiteral("storyPrinciples"))->count(), 16);
        QCOMPARE(find<QTableWidget>(QStringLiteral("coverageTable"))->rowCount(), 16);
        QVERIFY(find<QLabel>(QStringLiteral("coverageSummary"))->text().contains(QStringLiteral("16 of 16")));
        QVERIFY(!find<QListWidget>(QStringLiteral("storyPrinciples"))->item(0)->toolTip().isEmpty());
    }

    void createTypeTagAndSeeCoverageThenRestart()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        QVERIFY(find<QWidget>(QStringLiteral("storyEditor"))->isVisible());
        typeInto("storyTitle", QStringLiteral("Billing migration"));
        typeInto("storySituation", QStringLiteral("Our billing ran on a twelve-year-old monolith."));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Pending);
        waitSaved();
        QTRY_VERIFY(
            list()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Billing migration")));

        QCOMPARE(coverageFor(QStringLiteral("Ownership")), 0);
        togglePrinciple(QStringLiteral("Ownership"));
        QTRY_COMPARE(coverageFor(QStringLiteral("Ownership")), 1);
        QVERIFY(list()->model()->index(0, 0).data().toString().contains(QStringLiteral("1 principle")));

        restart();
        showStories();
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Billing migration"));
        QCOMPARE(
            plainText("storySituation"), QStringLiteral("Our billing ran on a twelve-year-old monolith."));
        QCOMPARE(coverageFor(QStringLiteral("Ownership")), 1);
        auto *principles = find<QListWidget>(QStringLiteral("storyPrinciples"));
        QCOMPARE(principles->findItems(QStringLiteral("Ownership"), Qt::MatchExactly).first()->checkState(),
            Qt::Checked);
    }

    void textTypedJustBeforeCloseIsKept()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        typeInto("storyAction", QStringLiteral("I wrote the plan"));
        // No waiting for the autosave timer: closing the window writes what is pending.
        restart();
        showStories();
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(plainText("storyAction"), QStringLiteral("I wrote the plan"));
    }

    // Pending text is written at once, without the autosave's pause, when another story is
    // picked in the list and when the workspace is hidden.
    void switchingStoryOrWorkspaceSavesAtOnce()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        const qint64 first = workspace()->currentStoryId();
        typeInto("storyTitle", QStringLiteral("First"));
        clickButton("newStoryButton"); // writes "First" before creating
        QTRY_COMPARE(rows(), 2);
        const qint64 second = workspace()->currentStoryId();
        QVERIFY(second != first);
        Stories::StoryRepository repository(m_store->db());
        QCOMPARE(repository.load(first)->title, QStringLiteral("First"));

        typeInto("storyTitle", QStringLiteral("Second"));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Pending);
        const int firstRow = [&] {
            for (int row = 0; row < rows(); ++row) {
                if (list()->model()->index(row, 0).data(Gui::StoryListModel::IdRole).toLongLong() == first)
                    return row;
            }
            return -1;
        }();
        QVERIFY(firstRow >= 0);
        list()->setCurrentIndex(list()->model()->index(firstRow, 0)); // as a click does
        QCOMPARE(workspace()->currentStoryId(), first);
        QCOMPARE(repository.load(second)->title, QStringLiteral("Second"));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);

        typeInto("storyResult", QStringLiteral("Shipped in May"));
        m_window->showWorkspace(0); // hides Stories
        QCOMPARE(repository.load(first)->result, QStringLiteral("Shipped in May"));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
    }

    void deleteThenEditUndoBringsItBack()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        typeInto("storyTitle", QStringLiteral("Keep me"));
        typeInto("storyResult", QStringLiteral("Saved 30% of the cost"));
        togglePrinciple(QStringLiteral("Frugality"));
        QTRY_COMPARE(coverageFor(QStringLiteral("Frugality")), 1);
        waitSaved();

        clickButton("deleteStoryButton");
        QTRY_COMPARE(rows(), 0);
        QCOMPARE(coverageFor(QStringLiteral("Frugality")), 0);
        QAction *undo = action(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Keep me")));
        undo->trigger();
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Keep me"));
        QCOMPARE(plainText("storyResult"), QStringLiteral("Saved 30% of the cost"));
        QCOMPARE(coverageFor(QStringLiteral("Frugality")), 1);

        action(QStringLiteral("actionRedo"))->trigger();
        QTRY_COMPARE(rows(), 0);
        Stories::StoryRepository repository(m_store->db());
        QCOMPARE(repository.count(), 0);
    }

    void tagChangesAndNewStoriesAreUndoable()
    {
        QUndoStack *stack = workspace()->undoStack();
        QVERIFY(stack);
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        togglePrinciple(QStringLiteral("Dive Deep"));
        QTRY_COMPARE(coverageFor(QStringLiteral("Dive Deep")), 1);
        auto *primary = find<QComboBox>(QStringLiteral("storyPrimaryPrinciple"));
        primary->setCurrentIndex(primary->findText(QStringLiteral("Earn Trust")));
        QTRY_COMPARE(coverageFor(QStringLiteral("Earn Trust")), 1); // primary tags it too
        QCOMPARE(stack->count(), 3);

        stack->undo();
        QTRY_COMPARE(coverageFor(QStringLiteral("Earn Trust")), 0);
        QCOMPARE(primary->currentIndex(), 0);
        stack->undo();
        QTRY_COMPARE(coverageFor(QStringLiteral("Dive Deep")), 0);
        stack->undo();
        QTRY_COMPARE(rows(), 0);
        stack->redo();
        QTRY_COMPARE(rows(), 1);
    }

    void duplicateCopiesTheStory()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        typeInto("storyTitle", QStringLiteral("Original"));
        togglePrinciple(QStringLiteral("Think Big"));
        QTRY_COMPARE(coverageFor(QStringLiteral("Think Big")), 1);
        clickButton("duplicateStoryButton");
        QTRY_COMPARE(rows(), 2);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Original (copy)"));
        QCOMPARE(coverageFor(QStringLiteral("Think Big")), 2);
        workspace()->undoStack()->undo();
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Original"));
    }

    void searchAndCoverageFilterTheList()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        typeInto("storyTitle", QStringLiteral("Hiring loop"));
        togglePrinciple(QStringLiteral("Hire And Develop The Best"));
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 2);
        typeInto("storyTitle", QStringLiteral("Outage review"));
        waitSaved();

        typeInto("storySearch", QStringLiteral("outage"));
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Outage review"));
        find<QLineEdit>(QStringLiteral("storySearch"))->clear();
        QTRY_COMPARE(rows(), 2);

        auto *tabs = find<QTabWidget>(QStringLiteral("storiesTabs"));
        tabs->setCurrentIndex(1);
        auto *table = find<QTableWidget>(QStringLiteral("coverageTable"));
        QTRY_VERIFY(table->isVisible());
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == QLatin1String("Hire And Develop The Best"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, Gui::CoverageView::StatusColumn)->data(Qt::UserRole).toBool(),
            true); // a gap: 1 of 2
        const QRect cell = table->visualItemRect(table->item(row, 0));
        // A real double-click is a press / release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(), QStringLiteral("Hiring loop"));
        QCOMPARE(find<QComboBox>(QStringLiteral("storyPrincipleFilter"))->currentData().toString(),
            QStringLiteral("hire-and-develop-the-best"));
    }

    void checksFollowTheText()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("check_quantified-result")));
        QVERIFY(!checkOk("quantified-result"));
        QVERIFY(!checkOk("i-we"));
        typeInto("storyResult", QStringLiteral("Costs fell by 30%"));
        QTRY_VERIFY(checkOk("quantified-result"));
        typeInto("storyAction", QStringLiteral("I wrote the plan and I ran the migration"));
        QTRY_VERIFY(checkOk("i-we"));
        typeInto("storyHappenedOn", QDate::currentDate().addMonths(-3).toString(QStringLiteral("yyyy-MM")));
        QTRY_VERIFY(checkOk("recency"));
        QVERIFY(!checkOk("failure-story"));
        typeInto("storyReflection", QStringLiteral("My mistake was skipping the dry run."));
        QTRY_VERIFY(checkOk("failure-story"));
        QVERIFY(find<QLabel>(QStringLiteral("check_speaking-time"))->text().contains(QStringLiteral("0:")));
        if (qEnvironmentVariableIsSet("STARLOOP_SCREENSHOT")) {
            typeInto("storyTitle", QStringLiteral("Billing migration without downtime"));
            typeInto("storySituation",
                QStringLiteral("Our billing ran on a twelve-year-old monolith that failed every month-end."));
            typeInto("storyShortVersion",
                QStringLiteral("Billing kept failing at month-end; I led the move to a new service."));
            togglePrinciple(QStringLiteral("Ownership"));
            waitSaved();
            m_window->grab().save(
                qEnvironmentVariable("STARLOOP_SCREENSHOT") + QStringLiteral("-checks.png"));
        }
    }

    void aFiftyThousandWordPasteIsSavedWhole()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        QStringList words;
        for (int i = 0; i < 50000; ++i)
            words << QStringLiteral("we");
        const QString huge = words.join(QLatin1Char(' '));
        find<QPlainTextEdit>(QStringLiteral("storyAction"))->setPlainText(huge); // as a paste does
        waitSaved();
        QTRY_VERIFY(find<QLabel>(QStringLiteral("check_i-we")));
        QTRY_VERIFY(!checkOk("i-we"));
        QVERIFY(
            find<QLabel>(QStringLiteral("check_speaking-time"))->text().contains(QStringLiteral("357:09")));
        Stories::StoryRepository repository(m_store->db());
        QCOMPARE(repository.load(workspace()->currentStoryId())->action, huge);

        // Every principle on one story.
        auto *principles = find<QListWidget>(QStringLiteral("storyPrinciples"));
        for (int i = 0; i < principles->count(); ++i)
            togglePrinciple(principles->item(i)->text());
        QTRY_VERIFY(
            find<QLabel>(QStringLiteral("coverageSummary"))->text().contains(QStringLiteral("16 of 16")));
        QCOMPARE(repository.load(workspace()->currentStoryId())->principles.size(), 16);

        if (qEnvironmentVariableIsSet("STARLOOP_SCREENSHOT")) {
            m_window->grab().save(qEnvironmentVariable("STARLOOP_SCREENSHOT"));
            find<QTabWidget>(QStringLiteral("storiesTabs"))->setCurrentIndex(1);
            m_window->grab().save(
                qEnvironmentVariable("STARLOOP_SCREENSHOT") + QStringLiteral("-coverage.png"));
        }
    }

    void aRefusedSaveKeepsTheTextAndSaysSo()
    {
        clickButton("newStoryButton");
        QTRY_COMPARE(rows(), 1);
        // The story disappears underneath the editor (another process, a bad import...).
        Stories::StoryRepository repository(m_store->db());
        QVERIFY(repository.remove(workspace()->currentStoryId()).ok());
        typeInto("storySituation", QStringLiteral("precious words"));
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Failed);
        // AutoSaver's words, as every editor's.
        QVERIFY(m_window->saveStatus()->message().contains(QStringLiteral("The story is not saved yet")));
        QVERIFY(m_window->saveStatus()->message().contains(QStringLiteral("kept on screen")));
        QCOMPARE(plainText("storySituation"), QStringLiteral("precious words"));
        // Creating another story does not throw the unsaved text away either.
        clickButton("newStoryButton");
        QCOMPARE(plainText("storySituation"), QStringLiteral("precious words"));
    }
};

QTEST_MAIN(TestStoriesWorkspace)
#include "test_storiesworkspace.moc"
