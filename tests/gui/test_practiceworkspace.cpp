// The Practice workspace driven like a user would, with a FakeClock instead of waiting: a short
// phased plan run to the end and found in the log, the due queue shrinking as questions are rated,
// "Practice this" starting the toolbar timer, an interrupted session kept after a restart, a mock
// loop run to its summary, the mini window, and the dashboard after some practice.
#include "core/practice/fakeclock.h"
#include "core/practice/practicelog.h"
#include "core/practice/presetstore.h"
#include "core/practice/reviewrepository.h"
#include "core/questions/questionrepository.h"
#include "core/stories/storyrepository.h"
#include "gui/appsettings.h"
#include "gui/practice/compacttimer.h"
#include "gui/practice/dashboardpanel.h"
#include "gui/practice/duepanel.h"
#include "gui/practice/historypanel.h"
#include "gui/practice/mocklooppanel.h"
#include "gui/practice/practiceworkspace.h"
#include "gui/practice/presetdialog.h"
#include "gui/practice/timercontroller.h"
#include "gui/practice/timerpanel.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/theme.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Starloop;
using Practice::TimerPlan;

class TestPracticeWorkspace : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Practice::FakeClock m_clock {1'000'000};

    Gui::PracticeWorkspace *workspace() const
    {
        return static_cast<Gui::PracticeWorkspace *>(m_window->workspace(Gui::MainWindow::Practice));
    }
    Gui::TimerController *controller() const { return workspace()->timerController(); }
    QString text(const QString &objectName) const
    {
        auto *label = find<QLabel>(objectName);
        return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
    }
    void click(const QString &objectName)
    {
        auto *button = find<QAbstractButton>(objectName);
        QVERIFY2(button, qPrintable(objectName));
        QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
        button->click();
    }
    qint64 questionId(const QString &uid) const
    {
        return Questions::QuestionRepository(m_store->db()).loadByUid(uid).value().id;
    }
    qint64 now() const { return QDateTime::currentSecsSinceEpoch(); }

private Q_SLOTS:
    void init()
    {
        openWindow();
        // the fixture keeps one database file for the whole run: start each test from a clean log
        m_store->db().exec("DELETE FROM practice_sessions; DELETE FROM reviews; DELETE FROM question_state");
        workspace()->activate();
        workspace()->setClock(&m_clock);
        m_window->showWorkspace(Gui::MainWindow::Practice);
        workspace()->showTab(Gui::PracticeWorkspace::TimerTab);
    }
    void cleanup() { closeWindow(); }

    void shortPhasedPlanRunsToCompletionAndIsLogged()
    {
        const TimerPlan drill(QStringLiteral("user-drill"), QStringLiteral("Drill"),
            {{QStringLiteral("Think"), 60}, {QStringLiteral("Answer"), 120}});
        QVERIFY(controller()->setPlan(drill));
        QCOMPARE(find<QComboBox>(QStringLiteral("timerPreset"))->currentText(), QStringLiteral("Drill"));
        QCOMPARE(text(QStringLiteral("timerTime")), QStringLiteral("03:00"));
        QVERIFY(!find<QGroupBox>(QStringLiteral("sessionReview"))->isVisible());

        click(QStringLiteral("timerStart"));
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Running);
        QVERIFY(text(QStringLiteral("timerPhase")).startsWith(QStringLiteral("Think")));
        QCOMPARE(text(QStringLiteral("timerNext")), QStringLiteral("next: Answer"));
        QVERIFY(!find<QComboBox>(QStringLiteral("timerPreset"))->isEnabled());

        m_clock.advanceSeconds(61);
        QTRY_VERIFY(text(QStringLiteral("timerPhase")).startsWith(QStringLiteral("Answer")));
        QCOMPARE(text(QStringLiteral("timerNext")), QStringLiteral("last phase"));
        QVERIFY(find<QLabel>(QStringLiteral("timerNotice"))->isVisible());
        QVERIFY(text(QStringLiteral("timerNotice")).contains(QStringLiteral("Answer")));
        QCOMPARE(text(QStringLiteral("timerTime")), QStringLiteral("01:59"));
        QCOMPARE(text(QStringLiteral("compactTimerTime")), QStringLiteral("01:59")); // the toolbar agrees

        m_clock.advanceSeconds(130); // 191 s in all: 11 s over the plan
        QTRY_COMPARE(text(QStringLiteral("timerTime")), QStringLiteral("-00:11"));
        QCOMPARE(text(QStringLiteral("timerNotice")), QStringLiteral("Time is up"));
        QVERIFY(text(QStringLiteral("phaseTime1")).endsWith(QStringLiteral("-00:11")));
        QVERIFY(!text(QStringLiteral("phaseTime0")).contains(QLatin1Char('-')));

        click(QStringLiteral("timerStop"));
        QTRY_VERIFY(find<QGroupBox>(QStringLiteral("sessionReview"))->isVisible());
        click(QStringLiteral("sessionRating4"));
        QTest::keyClicks(
            find<QPlainTextEdit>(QStringLiteral("sessionNotes")), QStringLiteral("Too long on the answer"));
        click(QStringLiteral("saveSessionButton"));
        QVERIFY(!controller()->hasSession());
        QVERIFY(!find<QGroupBox>(QStringLiteral("sessionReview"))->isVisible());

        workspace()->showTab(Gui::PracticeWorkspace::HistoryTab);
        auto *table = find<QTreeWidget>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->topLevelItemCount(), 1);
        QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("Drill"));
        QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("03:00"));
        QCOMPARE(table->topLevelItem(0)->text(4), QStringLiteral("03:11"));
        QCOMPARE(table->topLevelItem(0)->text(5), QStringLiteral("4/5"));
        QCOMPARE(table->topLevelItem(0)->text(6), QStringLiteral("finished"));
        const QString details = find<QTextBrowser>(QStringLiteral("historyDetails"))->toPlainText();
        QVERIFY(details.contains(QStringLiteral("Too long on the answer")));
        QVERIFY(details.contains(QStringLiteral("-00:11")));

        const auto sessions = Practice::PracticeLog(m_store->db()).list().value();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).kind, QStringLiteral("free"));
        QCOMPARE(sessions.at(0).phases.size(), 2);
        QCOMPARE(sessions.at(0).phases.at(0).actualSeconds, 60);
        QCOMPARE(sessions.at(0).phases.at(1).actualSeconds, 131);

        // the filters: nothing of kind "coding"; CSV export of what is shown
        auto *kind = find<QComboBox>(QStringLiteral("historyKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("coding")));
        QTRY_COMPARE(table->topLevelItemCount(), 0);
        kind->setCurrentIndex(0);
        QTRY_COMPARE(table->topLevelItemCount(), 1);
        const QString csvPath = m_temp->folder() + QStringLiteral("/log.csv");
        QVERIFY(workspace()->historyPanel()->exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("uid,started_at,kind"));
        QVERIFY(bytes.contains(",Drill,finished,180,191,4,"));
    }

    void addMinutePauseAndReset()
    {
        QVERIFY(controller()->setPlan(TimerPlan::leadershipAnswer()));
        click(QStringLiteral("compactTimerStart")); // the toolbar's button starts it too
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Running);
        m_clock.advanceSeconds(30);
        click(QStringLiteral("timerAddMinute"));
        QTRY_COMPARE(text(QStringLiteral("timerTime")), QStringLiteral("04:30"));
        click(QStringLiteral("timerStart")); // now "Pause"
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Paused);
        m_clock.advanceSeconds(100);
        QTRY_COMPARE(text(QStringLiteral("timerTime")), QStringLiteral("04:30"));
        QVERIFY(text(QStringLiteral("compactTimerPhase")).startsWith(QStringLiteral("Paused")));
        click(QStringLiteral("timerReset"));
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Idle);
        QCOMPARE(text(QStringLiteral("timerTime")), QStringLiteral("04:00"));
        // a reset session is still in the log, without a rating
        const auto sessions = Practice::PracticeLog(m_store->db()).list().value();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).actualSeconds, 30);
        QVERIFY(!sessions.at(0).rating);
    }

    void savedPresetsAppearInThePicker()
    {
        QVERIFY(controller()->setPlan(TimerPlan::codingRound()));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<Gui::PresetDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("presetName"))
                ->setText(QStringLiteral("Coding, long test"));
            auto *phases = dialog->findChild<QTableWidget *>(QStringLiteral("presetPhases"));
            phases->item(3, 1)->setData(Qt::EditRole, 12); // Test: 7 -> 12 minutes
            dialog->accept();
        });
        click(QStringLiteral("savePresetButton"));
        auto *picker = find<QComboBox>(QStringLiteral("timerPreset"));
        QCOMPARE(picker->currentText(), QStringLiteral("Coding, long test (yours)"));
        QCOMPARE(text(QStringLiteral("timerTime")), QStringLiteral("50:00"));
        QVERIFY(find<QToolButton>(QStringLiteral("editPresetButton"))->isEnabled());
        QCOMPARE(Practice::PresetStore(m_store->db()).load().value().size(), 1);

        restart();
        picker = find<QComboBox>(QStringLiteral("timerPreset"));
        QVERIFY(picker->findText(QStringLiteral("Coding, long test (yours)")) >= 0);
        QCOMPARE(
            find<QToolButton>(QStringLiteral("editPresetButton"))->isEnabled(), false); // a built-in is shown
        m_store->db().exec("DELETE FROM settings WHERE key = 'practice.presets'");
    }

    void presetDialogRefusesWhatCannotBeSaved()
    {
        Gui::PresetDialog dialog(TimerPlan(QString(), QString(), {{QStringLiteral("Answer"), 240}}));
        dialog.show();
        dialog.accept(); // no name
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("presetError"))->isVisible());
        dialog.findChild<QLineEdit *>(QStringLiteral("presetName"))->setText(QStringLiteral("Drill"));
        dialog.findChild<QTableWidget *>(QStringLiteral("presetPhases"))->item(0, 0)->setText(QString());
        dialog.accept(); // a phase without a name
        QVERIFY(dialog.isVisible());
        dialog.findChild<QTableWidget *>(QStringLiteral("presetPhases"))
            ->item(0, 0)
            ->setText(QStringLiteral("Answer"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.plan().id().startsWith(QStringLiteral("user-")));
        QCOMPARE(dialog.plan().totalSeconds(), 240);
    }

    void ratingDueQuestionsShrinksTheQueue()
    {
        const qint64 s3 = questionId(QStringLiteral("aws-s3-durability"));
        const qint64 twoSum = questionId(QStringLiteral("code-two-sum"));
        Practice::ReviewRepository reviews(m_store->db());
        QVERIFY(reviews.rate(s3, 1, now() - 10 * 86400).ok());
        QVERIFY(reviews.rate(twoSum, 2, now() - 30 * 86400).ok());

        workspace()->showTab(Gui::PracticeWorkspace::DueTab);
        Gui::DuePanel *due = workspace()->duePanel();
        QTRY_COMPARE(due->count(), 2);
        auto *tabs = find<QTabWidget>(QStringLiteral("practiceTabs"));
        QCOMPARE(tabs->tabText(Gui::PracticeWorkspace::DueTab), QStringLiteral("&Due Today (2)"));
        QVERIFY(text(QStringLiteral("dueHeading")).startsWith(QStringLiteral("2 question")));
        QCOMPARE(due->currentQuestionId(), twoSum); // the most overdue first

        click(QStringLiteral("dueRate3"));
        QTRY_COMPARE(due->count(), 1);
        QCOMPARE(due->currentQuestionId(), s3);
        QCOMPARE(tabs->tabText(Gui::PracticeWorkspace::DueTab), QStringLiteral("&Due Today (1)"));
        QVERIFY(Practice::ReviewRepository(m_store->db()).memoryState(twoSum).value().has_value());

        // open the remaining one in the Questions workspace and rate it there
        click(QStringLiteral("dueOpen"));
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Questions));
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        QCOMPARE(questions->currentQuestionId(), s3);
        QVERIFY(reviews.rate(s3, 4, now()).ok());
        m_window->showWorkspace(Gui::MainWindow::Practice);
        QTRY_COMPARE(due->count(), 0);
        QVERIFY(text(QStringLiteral("dueHeading")).contains(QStringLiteral("Nothing is due")));
        QCOMPARE(tabs->tabText(Gui::PracticeWorkspace::DueTab), QStringLiteral("&Due Today"));
    }

    void practiceThisStartsTheToolbarTimer()
    {
        m_window->showWorkspace(Gui::MainWindow::Questions);
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        questions->openQuestion(questionId(QStringLiteral("code-two-sum")));
        click(QStringLiteral("practiceButton"));
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Running);
        QCOMPARE(controller()->plan().id(), QStringLiteral("coding-45"));
        QCOMPARE(controller()->kind(), QStringLiteral("coding"));
        QCOMPARE(controller()->ref(), QStringLiteral("code-two-sum"));
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Questions)); // stays with the question
        QVERIFY(find<QWidget>(QStringLiteral("compactTimer"))->isVisible());
        QCOMPARE(text(QStringLiteral("compactTimerTime")), QStringLiteral("45:00"));
        m_clock.advanceMinutes(6);
        QTRY_COMPARE(text(QStringLiteral("compactTimerTime")), QStringLiteral("39:00"));
        QTRY_VERIFY(
            text(QStringLiteral("compactTimerPhase")).contains(QStringLiteral("Approach"))); // the notice

        // a second "Practice this" does not replace the running session
        questions->openQuestion(questionId(QStringLiteral("aws-s3-durability")));
        click(QStringLiteral("practiceButton"));
        QCOMPARE(controller()->ref(), QStringLiteral("code-two-sum"));
        QVERIFY(text(QStringLiteral("timerNotice"))
                    .startsWith(QStringLiteral("Finish or reset the current session")));

        // clicking the toolbar's time shows the Practice workspace
        QTest::mouseClick(find<QLabel>(QStringLiteral("compactTimerTime")), Qt::LeftButton);
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Practice));
    }

    void closingMidSessionLeavesAnInterruptedEntry()
    {
        QVERIFY(controller()->setPlan(TimerPlan::codingRound()));
        click(QStringLiteral("timerStart"));
        m_clock.advanceMinutes(10);
        restart(); // the window closes with the session running
        QCOMPARE(workspace()->interruptedAtStart(), 1);
        QVERIFY(text(QStringLiteral("timerNotice")).contains(QStringLiteral("interrupted")));
        workspace()->showTab(Gui::PracticeWorkspace::HistoryTab);
        auto *table = find<QTreeWidget>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->topLevelItemCount(), 1);
        QCOMPARE(table->topLevelItem(0)->text(6), QStringLiteral("interrupted"));
        QVERIFY(find<QTextBrowser>(QStringLiteral("historyDetails"))
                    ->toPlainText()
                    .contains(QStringLiteral("Interrupted")));
    }

    // A session the window closed on keeps the time spent on it (it was logged with 0 s).
    void closingMidSessionKeepsTheTimeSpent_data()
    {
        QTest::addColumn<bool>("stopwatch");
        QTest::addColumn<bool>("paused");
        QTest::newRow("countdown") << false << false;
        QTest::newRow("stopwatch") << true << false;
        QTest::newRow("paused countdown") << false << true;
    }
    void closingMidSessionKeepsTheTimeSpent()
    {
        QFETCH(bool, stopwatch);
        QFETCH(bool, paused);
        QVERIFY(controller()->setPlan(stopwatch ? TimerPlan::stopwatch() : TimerPlan::codingRound()));
        click(QStringLiteral("timerStart"));
        const qint64 id = controller()->sessionId();
        QVERIFY(id > 0);
        m_clock.advanceSeconds(7 * 60 + 30);
        if (paused) {
            click(QStringLiteral("timerStart")); // the same button pauses
            QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Paused);
            m_clock.advanceMinutes(20); // a paused clock does not count
        }
        restart(); // the window is closed and destroyed with the session open
        QCOMPARE(workspace()->interruptedAtStart(), 1);
        const auto session = Practice::PracticeLog(m_store->db()).load(id);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        QCOMPARE(session->status, Practice::PracticeSession::Status::Interrupted);
        QCOMPARE(session->actualSeconds, 7 * 60 + 30);
        if (!stopwatch) {
            QCOMPARE(session->plannedSeconds, 45 * 60);
            QCOMPARE(session->phases.size(), 5);
            QCOMPARE(session->phases.at(0).actualSeconds, 5 * 60); // Clarify
            QCOMPARE(session->phases.at(1).actualSeconds, 2 * 60 + 30); // Approach, cut short
            QCOMPARE(session->phases.at(2).actualSeconds, 0);
        }
    }

    void mockPhoneScreenRunsToASummary()
    {
        Questions::QuestionDraft draft;
        draft.section = QStringLiteral("leadership");
        draft.title = QStringLiteral("A time you owned a failure");
        draft.principles = QStringList {QStringLiteral("ownership")};
        QVERIFY(Questions::QuestionRepository(m_store->db()).createOwn(draft, now()).ok());

        workspace()->showTab(Gui::PracticeWorkspace::MockLoopTab);
        find<QComboBox>(QStringLiteral("mockLoopKind"))->setCurrentIndex(0);
        workspace()->mockLoopPanel()->planLoop(42);
        const Practice::MockLoop &loop = workspace()->mockLoopPanel()->loop();
        QCOMPARE(loop.rounds.size(), 1);
        QVERIFY(loop.questionCount() >= 2); // leadership questions, then a coding one
        QCOMPARE(loop.rounds.at(0).questions.first().section, QStringLiteral("leadership"));
        QCOMPARE(loop.rounds.at(0).questions.last().section, QStringLiteral("coding"));
        auto *rounds = find<QTreeWidget>(QStringLiteral("mockLoopRounds"));
        QCOMPARE(rounds->topLevelItemCount(), 1);
        QCOMPARE(rounds->topLevelItem(0)->childCount(), loop.questionCount());

        click(QStringLiteral("mockLoopStartRound"));
        QCOMPARE(workspace()->currentTab(), int(Gui::PracticeWorkspace::TimerTab));
        QCOMPARE(controller()->kind(), QStringLiteral("mock-loop"));
        QVERIFY(text(QStringLiteral("timerSubject")).contains(QStringLiteral("Phone screen")));
        QCOMPARE(text(QStringLiteral("timerTime")), QStringLiteral("60:00"));
        m_clock.advanceMinutes(58);
        QTRY_VERIFY(text(QStringLiteral("timerPhase")).startsWith(QStringLiteral("Your questions")));
        click(QStringLiteral("timerStop"));
        click(QStringLiteral("sessionRating3"));
        QTest::keyClicks(
            find<QPlainTextEdit>(QStringLiteral("sessionNotes")), QStringLiteral("Rushed the coding"));
        click(QStringLiteral("saveSessionButton"));

        QCOMPARE(workspace()->currentTab(), int(Gui::PracticeWorkspace::MockLoopTab));
        QVERIFY(workspace()->mockLoopPanel()->isComplete());
        auto *summary = find<QTextBrowser>(QStringLiteral("mockLoopSummary"));
        QVERIFY(summary->isVisible());
        QVERIFY(summary->toPlainText().contains(QStringLiteral("Rushed the coding")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("3/5")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("58:00")));
        QCOMPARE(Practice::PracticeLog(m_store->db()).list().value().at(0).kind, QStringLiteral("mock-loop"));
        if (const QString dir = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-mockloop-summary.png")));
    }

    void miniTimerStaysOnTop()
    {
        QAction *mini = action(QStringLiteral("actionMiniTimer"));
        QVERIFY(mini);
        mini->trigger();
        Gui::MiniTimerWindow *window = workspace()->miniTimer();
        QTRY_VERIFY(window->isVisible());
        QVERIFY(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(window->isWindow());
        window->findChild<QToolButton *>(QStringLiteral("miniTimerStart"))->click();
        QCOMPARE(controller()->state(), Practice::PracticeTimer::State::Running);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("miniTimerTime"))->text(),
            text(QStringLiteral("timerTime")));
        window->close();
    }

    // A long log is read a page at a time, and scrolling to its end (or moving there with the
    // keyboard) shows every session, newest first, each once; the summary counts them all.
    void historyShowsEveryRowOfALongLog()
    {
        const int sessions = 3 * Gui::HistoryPanel::Page + 17;
        m_store->db().exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO practice_sessions(uid, kind, title, started_at, planned_s, actual_s, status) "
            "SELECT 'long-' || i, 'free', 'Session ' || i, %2 - i * 3600, 60, 120, 'finished' FROM n")
                               .arg(sessions)
                               .arg(now()));
        workspace()->showTab(Gui::PracticeWorkspace::HistoryTab);
        auto *history = workspace()->historyPanel();
        auto *table = find<QTreeWidget>(QStringLiteral("historyTable"));
        QTRY_COMPARE(history->sessionCount(), sessions);
        QVERIFY(
            text(QStringLiteral("historySummary")).startsWith(QStringLiteral("%1 session").arg(sessions)));
        QVERIFY(
            text(QStringLiteral("historySummary")).contains(QStringLiteral("%1 minute").arg(2 * sessions)));
        QVERIFY2(table->topLevelItemCount() < sessions, "the whole log was read at once");

        QScrollBar *bar = table->verticalScrollBar();
        QTRY_VERIFY((bar->setValue(bar->maximum()), table->topLevelItemCount() == sessions));
        for (int row = 0; row < sessions; ++row)
            QCOMPARE(table->topLevelItem(row)->text(2), QStringLiteral("Session %1").arg(row + 1));

        // Filtered again: the first page, then the keyboard walks to the end.
        auto *kind = find<QComboBox>(QStringLiteral("historyKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("free")));
        QTRY_COMPARE(table->topLevelItemCount(), Gui::HistoryPanel::Page);
        table->setFocus();
        QTRY_VERIFY((QTest::keyClick(table, Qt::Key_End), table->topLevelItemCount() == sessions));
        QCOMPARE(history->sessionsRead(), sessions);
        QCOMPARE(table->topLevelItem(sessions - 1)->text(2), QStringLiteral("Session %1").arg(sessions));
    }

    void dashboardCountsTheStreak()
    {
        QVERIFY(controller()->setPlan(TimerPlan::leadershipAnswer()));
        click(QStringLiteral("timerStart"));
        m_clock.advanceMinutes(4);
        click(QStringLiteral("timerStop"));
        click(QStringLiteral("saveSessionButton"));
        workspace()->showTab(Gui::PracticeWorkspace::DashboardTab);
        QTRY_COMPARE(workspace()->dashboardPanel()->streak(), 1);
        QCOMPARE(text(QStringLiteral("dashboardStreak")), QStringLiteral("1"));
        QCOMPARE(text(QStringLiteral("dashboardToday")), QStringLiteral("4 min"));
    }

    // Not a check: with STARLOOP_SCREENSHOT_DIR set, a few weeks of generated practice and
    // pictures of each tab for the README (QT_QPA_PLATFORM=offscreen is enough).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set STARLOOP_SCREENSHOT_DIR to take screenshots");
        m_window->resize(1280, 820);
        Stories::StoryRepository stories(m_store->db());
        const QList<QStringList> tagged {
            {QStringLiteral("ownership"), QStringLiteral("deliver-results")},
            {QStringLiteral("ownership"), QStringLiteral("bias-for-action")},
            {QStringLiteral("customer-obsession")},
            {QStringLiteral("dive-deep"), QStringLiteral("insist-on-the-highest-standards")},
            {QStringLiteral("dive-deep"), QStringLiteral("are-right-a-lot")},
            {QStringLiteral("earn-trust"), QStringLiteral("have-backbone")},
            {QStringLiteral("invent-and-simplify"), QStringLiteral("frugality")},
            {QStringLiteral("ownership"), QStringLiteral("customer-obsession")},
        };
        if (stories.count() == 0) {
            for (const QStringList &principles : tagged) {
                Stories::Story draft;
                draft.title = principles.join(QLatin1Char(' '));
                const auto story = stories.create(draft, now());
                QVERIFY(story.ok());
                QVERIFY(stories.setPrinciples(story->id, principles, now()).ok());
            }
        }
        Practice::PracticeLog log(m_store->db());
        const QStringList titles {QStringLiteral("Tell me about a time you disagreed with your manager"),
            QStringLiteral("Design a URL shortener"), QStringLiteral("Two sum"),
            QStringLiteral("Onsite loop · Bar raiser"), QStringLiteral("DynamoDB partitions")};
        const QStringList kinds {QStringLiteral("question"), QStringLiteral("system-design"),
            QStringLiteral("coding"), QStringLiteral("mock-loop"), QStringLiteral("question")};
        const QDate today = QDate::currentDate();
        quint32 state = 7;
        auto random = [&state](int n) {
            state = state * 1103515245u + 12345u;
            return int((state >> 16) % quint32(n));
        };
        for (int daysAgo = 44; daysAgo >= 0; --daysAgo) {
            if (daysAgo > 9 && random(10) < 3)
                continue; // a few days off, but a streak of ten days up to today
            const int sessions = 1 + random(3);
            for (int i = 0; i < sessions; ++i) {
                const int k = random(kinds.size());
                const TimerPlan plan = k == 1 ? TimerPlan::systemDesign()
                    : k == 2                  ? TimerPlan::codingRound()
                                              : TimerPlan::leadershipAnswer();
                const qint64 at = QDateTime(today.addDays(-daysAgo), QTime(8 + 3 * i, 15)).toSecsSinceEpoch();
                const qint64 id = log.start(kinds.at(k), QString(), titles.at(k), plan, at).value();
                Practice::TimerSummary summary;
                summary.plannedSeconds = plan.totalSeconds();
                summary.actualSeconds = plan.totalSeconds() * (85 + random(30)) / 100;
                for (const auto &phase : plan.phases())
                    summary.phases << Practice::PhaseSummary {
                        phase.name, phase.seconds, phase.seconds * (80 + random(40)) / 100};
                QVERIFY(log.finish(id, summary, 2 + random(4), QString()).ok());
            }
        }
        Practice::ReviewRepository reviews(m_store->db());
        QVERIFY(reviews.rate(questionId(QStringLiteral("aws-s3-durability")), 1, now() - 3 * 86400).ok());
        QVERIFY(reviews.rate(questionId(QStringLiteral("code-two-sum")), 3, now() - 60 * 86400).ok());
        for (int daysAgo : {90, 70, 30, 0}) // well known by now: mastered
            QVERIFY(
                reviews
                    .rate(questionId(QStringLiteral("aws-dynamodb-partitions")), 4, now() - daysAgo * 86400)
                    .ok());

        workspace()->activate();
        workspace()->showTab(Gui::PracticeWorkspace::DashboardTab);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-dashboard.png")));
        workspace()->showTab(Gui::PracticeWorkspace::HistoryTab);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-history.png")));
        workspace()->showTab(Gui::PracticeWorkspace::DueTab);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-due.png")));
        workspace()->showTab(Gui::PracticeWorkspace::MockLoopTab);
        workspace()->mockLoopPanel()->planLoop(5);
        QCoreApplication::processEvents(); // lay out the renamed button before the picture
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-mockloop.png")));

        QVERIFY(controller()->setPlan(TimerPlan::systemDesign(), QStringLiteral("system-design"), QString(),
            QStringLiteral("Design a URL shortener")));
        workspace()->showTab(Gui::PracticeWorkspace::TimerTab);
        click(QStringLiteral("timerStart"));
        m_clock.advanceSeconds(7 * 60 + 20);
        click(QStringLiteral("timerAddMinute"));
        m_clock.advanceSeconds(6 * 60 + 10);
        QTRY_VERIFY(text(QStringLiteral("timerPhase")).startsWith(QStringLiteral("High-level")));
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-timer.png")));
        workspace()->showMiniTimer();
        QVERIFY(workspace()->miniTimer()->grab().save(dir + QStringLiteral("/practice-mini.png")));
        click(QStringLiteral("timerStop"));
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-review.png")));
        workspace()->miniTimer()->close();
        Gui::applyAppearance(Gui::AppSettings::Theme::Dark, 0);
        workspace()->showTab(Gui::PracticeWorkspace::DashboardTab);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-dashboard-dark.png")));
        workspace()->showTab(Gui::PracticeWorkspace::TimerTab);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/practice-review-dark.png")));
        Gui::applyAppearance(Gui::AppSettings::Theme::Light, 0);
        Gui::PresetDialog dialog(TimerPlan::systemDesign(), m_window.get());
        dialog.show();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/practice-preset.png")));
    }
};

QTEST_MAIN(TestPracticeWorkspace)
#include "test_practiceworkspace.moc"
