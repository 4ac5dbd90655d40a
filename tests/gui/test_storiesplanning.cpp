// The Stories workspace beyond the editor, driven through its widgets: linking a story to the
// questions it answers (picker, unlink, undo), the loop plan (gaps, editing a round, saved in
// settings), rehearsing against a FakeClock into the practice log, exporting to Markdown and
// PDF (read back with pdftotext), and the README screenshots.
#include "core/practice/fakeclock.h"
#include "core/practice/practicelog.h"
#include "core/questions/questionrepository.h"
#include "core/stories/loopplanstore.h"
#include "core/stories/storyrepository.h"
#include "gui/savestatus.h"
#include "gui/stories/loopplanview.h"
#include "gui/stories/rehearsedialog.h"
#include "gui/stories/storiesworkspace.h"
#include "guitestbase.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Starloop;

class TestStoriesPlanning : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::StoriesWorkspace *workspace() const
    {
        return find<Gui::StoriesWorkspace>(QStringLiteral("StoriesWorkspace"));
    }
    QUndoStack *undoStack() const { return workspace()->undoStack(); }

    void clickButton(const QString &name, QWidget *root = nullptr)
    {
        auto *button = root ? root->findChild<QPushButton *>(name) : find<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void typeInto(const char *name, const QString &text)
    {
        QWidget *widget = find<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    void waitSaved() { QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved); }

    // A new story through the New button, with a title typed in; returns its id.
    qint64 newStory(const QString &title)
    {
        clickButton(QStringLiteral("newStoryButton"));
        [&] {
            QTRY_VERIFY(workspace()->currentStoryId() != 0);
        }();
        typeInto("storyTitle", title);
        waitSaved();
        return workspace()->currentStoryId();
    }

    qint64 ownQuestion(const QString &section, const QString &title)
    {
        Questions::QuestionRepository questions(m_store->db());
        Questions::QuestionDraft draft;
        draft.section = section;
        draft.title = title;
        draft.promptMd = title;
        const auto id = questions.createOwn(draft, 100);
        return id ? id.value() : 0;
    }

    QStringList linkedTitles() const
    {
        QStringList titles;
        auto *list = find<QListWidget>(QStringLiteral("storyQuestions"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->flags() & Qt::ItemIsEnabled)
                titles << list->item(row)->text();
        }
        return titles;
    }

    int storiesFor(qint64 questionId) const
    {
        const auto stories = Stories::StoryRepository(m_store->db()).storiesForQuestion(questionId);
        return stories ? static_cast<int>(stories->size()) : -1;
    }

    template<typename T> T *waitForDialog(const QString &name)
    {
        T *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_window->findChild<T *>(name)) && dialog->isVisible());
        }();
        return dialog;
    }

    Stories::Story storyWith(const QString &title, const QStringList &principles)
    {
        Stories::StoryRepository repo(m_store->db());
        Stories::Story draft;
        draft.title = title;
        const Stories::Story story = repo.create(draft, 100).value();
        if (!repo.setPrinciples(story.id, principles, 100))
            qWarning("The story \"%s\" could not be tagged", qPrintable(title));
        return repo.load(story.id).value();
    }

    void typeRealisticStory()
    {
        typeInto("storyTitle", QStringLiteral("Billing migration without downtime"));
        typeInto("storyHappenedOn", QStringLiteral("2025-03"));
        typeInto("storyRole", QStringLiteral("Tech lead, Payments platform (6 engineers)"));
        find<QPlainTextEdit>(QStringLiteral("storySituation"))
            ->setPlainText(QStringLiteral(
                "Our billing ran on a twelve-year-old monolith that took the whole payments site down "
                "for two hours at every release. Finance closed the books on the last day of the "
                "month, so a failed release there cost real money."));
        find<QPlainTextEdit>(QStringLiteral("storyTask"))
            ->setPlainText(QStringLiteral(
                "I owned moving invoicing to a new service before the peak season, without a single "
                "minute of downtime for customers."));
        find<QPlainTextEdit>(QStringLiteral("storyAction"))
            ->setPlainText(QStringLiteral(
                "I mapped every write path of the old system and found three that nobody had documented. "
                "I proposed running both systems side by side and comparing every invoice, and I "
                "wrote the comparison job myself. When the numbers disagreed on rounding, I dug into "
                "the ledger code, found a 0.5 cent bug that dated from 2013, and got Finance to agree "
                "on the correct rule. I moved customers over in ten waves and kept a one-click way back."));
        find<QPlainTextEdit>(QStringLiteral("storyResult"))
            ->setPlainText(QStringLiteral(
                "We moved 2.4 million accounts with zero downtime, releases went from monthly to daily, "
                "and billing tickets fell by 38% in the next quarter."));
        find<QPlainTextEdit>(QStringLiteral("storyReflection"))
            ->setPlainText(
                QStringLiteral("I would bring Finance in during week one next time, not week five."));
        find<QPlainTextEdit>(QStringLiteral("storyShortVersion"))
            ->setPlainText(QStringLiteral(
                "Our billing monolith took the site down at every release, and I owned moving invoicing "
                "off it before peak season with no downtime. I ran old and new side by side, compared "
                "every invoice, fixed a rounding bug from 2013 with Finance, and moved customers in ten "
                "waves. We moved 2.4 million accounts with zero downtime, went from monthly to daily "
                "releases, and "
                "billing tickets fell by 38%."));
        waitSaved();
    }

private Q_SLOTS:
    void init()
    {
        openWindow();
        m_window->resize(1400, 900);
        m_window->showWorkspace(1);
        QTRY_VERIFY(workspace()->isVisible());
    }
    void cleanup()
    {
        closeWindow();
        m_temp.reset();
    }

    void linkAQuestionThroughThePickerAndUndoIt()
    {
        const qint64 leadership = ownQuestion(QStringLiteral("leadership"),
            QStringLiteral("Tell me about a time you disagreed with your manager"));
        const qint64 company
            = ownQuestion(QStringLiteral("company"), QStringLiteral("Why do you want to work here"));
        const qint64 aws
            = ownQuestion(QStringLiteral("aws"), QStringLiteral("Disagreeing about S3 storage classes"));
        QVERIFY(leadership > 0 && company > 0 && aws > 0);
        const qint64 story = newStory(QStringLiteral("Pushed back on the launch date"));
        QVERIFY(linkedTitles().isEmpty());
        QVERIFY(!find<QPushButton>(QStringLiteral("storyUnlinkQuestionButton"))->isEnabled());

        clickButton(QStringLiteral("storyLinkQuestionButton"));
        auto *picker = waitForDialog<QDialog>(QStringLiteral("questionPicker"));
        QVERIFY(picker);
        auto *results = picker->findChild<QListWidget *>(QStringLiteral("questionPickerList"));
        // Leadership and company questions only: neither the AWS question nor the principles' own pages.
        QCOMPARE(results->count(), 2);
        QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("questionPickerSearch")),
            QStringLiteral("disagree"));
        QTRY_COMPARE(results->count(), 1);
        QCOMPARE(
            results->item(0)->text(), QStringLiteral("Tell me about a time you disagreed with your manager"));
        clickButton(QStringLiteral("questionPickerLinkButton"), picker);

        QTRY_COMPARE(linkedTitles(),
            QStringList {QStringLiteral("Tell me about a time you disagreed with your manager")});
        QCOMPARE(storiesFor(leadership), 1);
        // From the question side: the repository finds the story by the question.
        QCOMPARE(Stories::StoryRepository(m_store->db()).storiesForQuestion(leadership)->first().id, story);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("Link “Tell me about a time you disagreed with…”"));

        // The linked question is shown as such and cannot be linked twice.
        clickButton(QStringLiteral("storyLinkQuestionButton"));
        picker = waitForDialog<QDialog>(QStringLiteral("questionPicker"));
        results = picker->findChild<QListWidget *>(QStringLiteral("questionPickerList"));
        QCOMPARE(results->count(), 2);
        const auto already = results->findItems(QStringLiteral("(already linked)"), Qt::MatchEndsWith);
        QCOMPARE(already.size(), 1);
        QVERIFY(!(already.first()->flags() & Qt::ItemIsEnabled));
        QCOMPARE(results->currentItem()->text(), QStringLiteral("Why do you want to work here"));
        clickButton(QStringLiteral("questionPickerLinkButton"), picker);
        QTRY_COMPARE(linkedTitles().size(), 2);
        QCOMPARE(storiesFor(company), 1);

        undoStack()->undo();
        QCOMPARE(linkedTitles().size(), 1);
        QCOMPARE(storiesFor(company), 0);
        undoStack()->undo();
        QVERIFY(linkedTitles().isEmpty());
        QCOMPARE(storiesFor(leadership), 0);
        undoStack()->redo();
        QCOMPARE(storiesFor(leadership), 1);

        auto *list = find<QListWidget>(QStringLiteral("storyQuestions"));
        list->setCurrentRow(0);
        clickButton(QStringLiteral("storyUnlinkQuestionButton"));
        QVERIFY(linkedTitles().isEmpty());
        QCOMPARE(storiesFor(leadership), 0);
        undoStack()->undo();
        QCOMPARE(linkedTitles().size(), 1);
        QCOMPARE(storiesFor(leadership), 1);

        restart();
        m_window->showWorkspace(1);
        QTRY_VERIFY(workspace()->isVisible());
        QCOMPARE(workspace()->currentStoryId(), story);
        QCOMPARE(linkedTitles(),
            QStringList {QStringLiteral("Tell me about a time you disagreed with your manager")});
    }

    void loopPlanShowsGapsAndSavesEditedRounds()
    {
        storyWith(QStringLiteral("Billing migration"),
            {QStringLiteral("ownership"), QStringLiteral("deliver-results")});
        storyWith(
            QStringLiteral("Pager storm"), {QStringLiteral("earn-trust"), QStringLiteral("have-backbone")});
        storyWith(QStringLiteral("Second ownership"), {QStringLiteral("ownership")});

        auto *tabs = find<QTabWidget>(QStringLiteral("storiesTabs"));
        auto *view = find<Gui::LoopPlanView>(QStringLiteral("loopPlanView"));
        tabs->setCurrentWidget(view);
        auto *table = find<QTableWidget>(QStringLiteral("loopPlanTable"));
        QTRY_COMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, Gui::LoopPlanView::RoundColumn)->text(), QStringLiteral("Hiring manager"));
        QVERIFY(table->item(0, Gui::LoopPlanView::StoriesColumn)
                    ->text()
                    .startsWith(QStringLiteral("Billing migration")));
        QCOMPARE(table->item(0, Gui::LoopPlanView::MissingColumn)->text(),
            QStringLiteral("Hire And Develop The Best, Earths Best Employer"));
        QCOMPARE(table->item(0, Gui::LoopPlanView::MissingColumn)->foreground().color(),
            QColor(QStringLiteral("#c62828")));
        QVERIFY(table->item(4, Gui::LoopPlanView::StoriesColumn)
                    ->text()
                    .startsWith(QStringLiteral("Pager storm")));
        QVERIFY(
            find<QLabel>(QStringLiteral("loopPlanSummary"))->text().contains(QStringLiteral("uncovered")));

        // The second round now probes Ownership only: the other ownership story covers it.
        table->selectRow(1);
        clickButton(QStringLiteral("loopEditRoundButton"));
        auto *dialog = waitForDialog<QDialog>(QStringLiteral("loopRoundDialog"));
        auto *principles = dialog->findChild<QListWidget *>(QStringLiteral("loopRoundPrinciples"));
        QCOMPARE(principles->count(), 16);
        for (int row = 0; row < principles->count(); ++row) {
            QListWidgetItem *item = principles->item(row);
            item->setCheckState(item->data(Qt::UserRole).toString() == QLatin1String("ownership")
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(table->item(1, Gui::LoopPlanView::ProbesColumn)->text(), QStringLiteral("Ownership"));
        QCOMPARE(table->item(1, Gui::LoopPlanView::MissingColumn)->text(), QStringLiteral("Covered"));
        QVERIFY(table->item(1, Gui::LoopPlanView::StoriesColumn)
                    ->text()
                    .startsWith(QStringLiteral("Second ownership")));

        // Saved in the settings table, and shown again after a restart.
        const auto saved = Stories::LoopPlanStore(m_store->db()).load();
        QVERIFY(saved.ok() && saved.value().has_value());
        QCOMPARE(saved.value()->rounds.at(1).principles, QStringList {QStringLiteral("ownership")});
        restart();
        m_window->showWorkspace(1);
        find<QTabWidget>(QStringLiteral("storiesTabs"))
            ->setCurrentWidget(find<Gui::LoopPlanView>(QStringLiteral("loopPlanView")));
        table = find<QTableWidget>(QStringLiteral("loopPlanTable"));
        QTRY_COMPARE(table->item(1, Gui::LoopPlanView::ProbesColumn)->text(), QStringLiteral("Ownership"));

        // Back to the typical loop.
        clickButton(QStringLiteral("loopResetButton"));
        QCOMPARE(table->item(1, Gui::LoopPlanView::ProbesColumn)->text(),
            QStringLiteral("Customer Obsession, Bias For Action"));
        QCOMPARE(
            table->item(1, Gui::LoopPlanView::StoriesColumn)->text(), QStringLiteral("No story assigned"));
    }

    void rehearseRunsTheClockAndLogsTheSession()
    {
        Practice::FakeClock clock;
        workspace()->setRehearsalClock(&clock);
        newStory(QStringLiteral("Pager storm"));
        const QString words
            = QStringLiteral("word ").repeated(140).trimmed(); // one minute at 140 words a minute
        find<QPlainTextEdit>(QStringLiteral("storyAction"))->setPlainText(words);
        waitSaved();
        const QString uid = Stories::StoryRepository(m_store->db()).load(workspace()->currentStoryId())->uid;

        clickButton(QStringLiteral("rehearseStoryButton"));
        auto *dialog = waitForDialog<Gui::RehearseDialog>(QStringLiteral("rehearseDialog"));
        QVERIFY(dialog->windowState() & Qt::WindowMaximized);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("rehearseStoryText"))
                    ->text()
                    .contains(QStringLiteral("word word")));
        auto *countdown = dialog->findChild<QLabel *>(QStringLiteral("rehearseCountdown"));
        auto *timing = dialog->findChild<QLabel *>(QStringLiteral("rehearseTiming"));
        QCOMPARE(countdown->text(), QStringLiteral("04:00"));
        QCOMPARE(timing->text(), QStringLiteral("Estimated 1:00 · actual 0:00"));
#ifdef STARLOOP_HAVE_MULTIMEDIA
        QVERIFY(dialog->studio()); // the rehearsal studio (tests/gui/test_rehearsalstudio.cpp)
#else
        // No recording in this build: said beside the countdown, which works as before.
        QVERIFY(!dialog->studio());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("rehearseNoStudio"))
                    ->text()
                    .contains(QLatin1String("Text-only rehearsal works as before")));
#endif

        clock.advanceSeconds(150);
        QTRY_COMPARE(countdown->text(), QStringLiteral("01:30"));
        QCOMPARE(timing->text(), QStringLiteral("Estimated 1:00 · actual 2:30"));
        clock.advanceSeconds(100); // past the four minutes: overrun
        QTRY_COMPARE(countdown->text(), QStringLiteral("-00:10"));
        QVERIFY(countdown->property("overrun").toBool());

        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("rehearseRatingPanel"))->isVisible());
        clickButton(QStringLiteral("rehearseStopButton"), dialog);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("rehearseRatingPanel"))->isVisible());
        clock.advanceSeconds(60); // stopped: the time is frozen
        dialog->findChild<QRadioButton *>(QStringLiteral("rehearseRating4"))
            ->click(); // under Qt 5 offscreen a synthetic mouse click at its centre did not check it
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("rehearseNotes"))->setFocus();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("rehearseNotes")),
            QStringLiteral("Result too long"));
        QPointer<QDialog> guard(dialog);
        clickButton(QStringLiteral("rehearseSaveButton"), dialog);
        QTRY_VERIFY(guard.isNull());

        const auto sessions = Practice::PracticeLog(m_store->db()).list({QStringLiteral("story")});
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 1);
        const Practice::PracticeSession &session = sessions->first();
        QCOMPARE(session.ref, uid);
        QCOMPARE(session.title, QStringLiteral("Pager storm"));
        QCOMPARE(session.status, Practice::PracticeSession::Status::Finished);
        QCOMPARE(session.actualSeconds, 250);
        QCOMPARE(session.plannedSeconds, 240);
        QCOMPARE(session.rating, std::optional<int>(4));
        QCOMPARE(session.notes, QStringLiteral("Result too long"));

        // Closed without saving: the session is finished without a rating, never left running.
        clickButton(QStringLiteral("rehearseStoryButton"));
        dialog = waitForDialog<Gui::RehearseDialog>(QStringLiteral("rehearseDialog"));
        guard = dialog;
        clock.advanceSeconds(30);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        const auto after = Practice::PracticeLog(m_store->db()).list({QStringLiteral("story")});
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->first().status, Practice::PracticeSession::Status::Finished);
        QCOMPARE(after->first().actualSeconds, 30);
        QVERIFY(!after->first().rating.has_value());
    }

    void exportsMarkdownAndPdfWithEveryStory()
    {
        const QStringList titles {QStringLiteral("Billing migration"), QStringLiteral("Pager storm"),
            QStringLiteral("Untagged draft")};
        storyWith(titles.at(0), {QStringLiteral("ownership"), QStringLiteral("deliver-results")});
        storyWith(titles.at(1), {QStringLiteral("earn-trust")});
        storyWith(titles.at(2), {});
        QVERIFY(find<QPushButton>(QStringLiteral("exportStoriesButton"))->isEnabled());

        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("stories.md"));
        QVERIFY(workspace()->exportTo(md));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        for (const QString &title : titles)
            QVERIFY2(markdown.contains(QStringLiteral("### ") + title), qPrintable(title));
        QVERIFY(markdown.contains(QStringLiteral("## Customer Obsession")));

        const QString pdf = dir.filePath(QStringLiteral("stories.pdf"));
        QVERIFY(workspace()->exportTo(pdf));
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext was not found: install poppler-utils (apt-get install poppler-utils) to check "
                  "the PDF export.");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Starloop stories")));
        for (const QString &title : titles)
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(QStringLiteral("Not yet tagged")));

        // A folder that does not exist: told, not crashed.
        QVERIFY(!workspace()->exportTo(dir.filePath(QStringLiteral("missing/stories.md"))));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Failed);
    }

    void screenshotsOfTheEditorAndTheCoverage()
    {
        newStory(QString());
        typeRealisticStory();
        const qint64 question = ownQuestion(QStringLiteral("leadership"),
            QStringLiteral("Tell me about a time you delivered under a tight deadline"));
        QVERIFY(Stories::StoryRepository(m_store->db())
                    .linkQuestion(workspace()->currentStoryId(), question)
                    .ok());
        for (const char *principle : {"Ownership", "Deliver Results", "Dive Deep"}) {
            auto *principles = find<QListWidget>(QStringLiteral("storyPrinciples"));
            const auto items = principles->findItems(QString::fromLatin1(principle), Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            principles->setFocus();
            principles->setCurrentItem(items.first());
            QTest::keyClick(principles->viewport(), Qt::Key_Space);
        }
        storyWith(QStringLiteral("Pager storm at 3 a.m."),
            {QStringLiteral("earn-trust"), QStringLiteral("ownership")});
        // Show the stored links, as on the next visit.
        restart();
        m_window->resize(1440, 1080);
        m_window->showWorkspace(1);
        QTRY_VERIFY(workspace()->isVisible());
        QTRY_VERIFY(
            find<QLineEdit>(QStringLiteral("storyTitle"))->text().startsWith(QStringLiteral("Billing"))
            || find<QLineEdit>(QStringLiteral("storyTitle"))->text().startsWith(QStringLiteral("Pager")));
        auto *list = find<QListView>(QStringLiteral("storyList"));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data().toString().startsWith(QStringLiteral("Billing")))
                list->setCurrentIndex(list->model()->index(row, 0));
        }
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("storyTitle"))->text(),
            QStringLiteral("Billing migration without downtime"));
        QCOMPARE(linkedTitles().size(), 1);
        // The editor's scroll area lays its form out to the viewport's width once the scroll bar is in.
        auto *scroll = find<QScrollArea>(QStringLiteral("storyEditorScroll"));
        QTRY_COMPARE(scroll->widget()->width(), scroll->viewport()->width());
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/stories-editor.png")));

        auto *tabs = find<QTabWidget>(QStringLiteral("storiesTabs"));
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(find<QTableWidget>(QStringLiteral("coverageTable"))->isVisible());
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/stories-coverage.png")));
        tabs->setCurrentIndex(2);
        QTRY_VERIFY(find<QTableWidget>(QStringLiteral("loopPlanTable"))->isVisible());
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/stories-loopplan.png")));
    }
};

QTEST_MAIN(TestStoriesPlanning)
#include "test_storiesplanning.moc"
