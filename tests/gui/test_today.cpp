// Practice > Today driven like a user would: the empty state, a loop date 30 days ahead and 10 h
// a week set through the real widgets, the day's list within the budget, a tick kept over a
// restart, a past date and zero hours refused with a message, a missed day re-flowed, an item
// opened in its workspace, the .ics export, leeches marked; the readiness chart on the dashboard
// and the scheduling settings (the retention's workload, the optimizer's "too few reviews").
#include "core/practice/reviewrepository.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studydaystore.h"
#include "core/practice/studygoalstore.h"
#include "core/questions/questionrepository.h"
#include "core/storage/statement.h"
#include "gui/practice/dashboardpanel.h"
#include "gui/practice/duepanel.h"
#include "gui/practice/loopgoaleditor.h"
#include "gui/practice/practiceworkspace.h"
#include "gui/practice/readinesschart.h"
#include "gui/practice/schedulersettings.h"
#include "gui/practice/todaypanel.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/settingsdialog.h"
#include "guitestbase.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Starloop;

class TestToday : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::PracticeWorkspace *workspace() const
    {
        return static_cast<Gui::PracticeWorkspace *>(m_window->workspace(Gui::MainWindow::Practice));
    }
    Gui::TodayPanel *today() const { return workspace()->todayPanel(); }
    QString text(const QString &objectName) const
    {
        auto *label = find<QLabel>(objectName);
        return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
    }
    bool shown(const QString &objectName) const
    {
        auto *widget = find<QWidget>(objectName);
        return widget && widget->isVisible();
    }
    qint64 questionId(const QString &uid) const
    {
        return Questions::QuestionRepository(m_store->db()).loadByUid(uid).value().id;
    }
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }
    // The task rows (children of the group rows) of today's list.
    QList<QTreeWidgetItem *> taskRows() const
    {
        QList<QTreeWidgetItem *> rows;
        auto *list = find<QTreeWidget>(QStringLiteral("todayList"));
        for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
                rows << list->topLevelItem(i)->child(j);
        }
        return rows;
    }
    static int minutesOf(const QTreeWidgetItem *row)
    {
        return row->text(2).section(QLatin1Char(' '), 0, 0).toInt();
    }
    // Fills in the goal editor as a user would and presses "Plan My Days".
    void setGoal(const QDate &onsite, double hours)
    {
        auto *check = find<QCheckBox>(QStringLiteral("loopOnsiteCheck"));
        auto *date = find<QDateEdit>(QStringLiteral("loopOnsiteDate"));
        auto *spin = find<QDoubleSpinBox>(QStringLiteral("loopHoursSpin"));
        QVERIFY(check && date && spin);
        QVERIFY(check->isVisible());
        check->setChecked(true);
        date->setDate(onsite);
        spin->setValue(hours);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("loopSave")), Qt::LeftButton);
    }
    void showToday()
    {
        m_window->showWorkspace(Gui::MainWindow::Practice);
        workspace()->showTab(Gui::PracticeWorkspace::TodayTab);
    }

private Q_SLOTS:
    void init()
    {
        openWindow();
        // the fixture keeps one database file for the whole run: start each test from nothing
        m_store->db().exec("DELETE FROM practice_sessions; DELETE FROM reviews; DELETE FROM question_state; "
                           "DELETE FROM settings WHERE key IN ('study.goal', 'study.day', 'fsrs.scheduler')");
        m_window->showWorkspace(Gui::MainWindow::Practice);
    }
    void cleanup() { closeWindow(); }

    void opensOnTodayWithAnEmptyState()
    {
        QCOMPARE(workspace()->currentTab(), int(Gui::PracticeWorkspace::TodayTab));
        QVERIFY(shown(QStringLiteral("todayEmpty")));
        QVERIFY(shown(QStringLiteral("loopGoalEditor")));
        QCOMPARE(text(QStringLiteral("todayCountdown")), QStringLiteral("When is your loop?"));
        QVERIFY(!shown(QStringLiteral("todayList")));
        QVERIFY(!shown(QStringLiteral("todayExport")));
    }

    void aLoopDateThirtyDaysAheadPlansTodayWithinTheBudget()
    {
        const QDate date = QDate::currentDate().addDays(30);
        setGoal(date, 10);
        QTRY_VERIFY(shown(QStringLiteral("todayList")));
        QVERIFY(!shown(QStringLiteral("todayEmpty")));
        QVERIFY(!shown(QStringLiteral("loopGoalEditor")));
        QVERIFY(text(QStringLiteral("todayCountdown")).startsWith(QStringLiteral("30 day")));
        QVERIFY(text(QStringLiteral("todayCountdown")).endsWith(QStringLiteral("to your onsite loop")));
        QVERIFY(text(QStringLiteral("todayLoops")).contains(QLocale().toString(date, QLocale::LongFormat)));

        const auto goal = Practice::StudyGoalStore(m_store->db()).load().value();
        QCOMPARE(goal.minutesPerWeek, 600);
        QCOMPARE(goal.loops.size(), 1);
        QCOMPARE(goal.loops.first().date, date);

        // 600 minutes a week: 85 a day; the rows add up to what the total says, within it
        const QList<QTreeWidgetItem *> rows = taskRows();
        QVERIFY(!rows.isEmpty());
        int sum = 0;
        for (const QTreeWidgetItem *row : rows) {
            QVERIFY(minutesOf(row) > 0);
            sum += minutesOf(row);
        }
        QVERIFY2(sum <= 85, qPrintable(QString::number(sum)));
        QCOMPARE(text(QStringLiteral("todayTotal")),
            QStringLiteral("%1 of 85 min planned for today · 0 min done").arg(sum));
    }

    void aTickStaysAfterReopening()
    {
        setGoal(QDate::currentDate().addDays(30), 10);
        QTRY_VERIFY(!taskRows().isEmpty());
        QTreeWidgetItem *first = taskRows().first();
        const QString title = first->text(0);
        const int minutes = minutesOf(first);
        first->setCheckState(0, Qt::Checked);
        QVERIFY(text(QStringLiteral("todayTotal")).endsWith(QStringLiteral("· %1 min done").arg(minutes)));

        restart();
        showToday();
        QTRY_VERIFY(!taskRows().isEmpty());
        const QList<QTreeWidgetItem *> rows = taskRows();
        const auto again = std::find_if(
            rows.begin(), rows.end(), [&](const QTreeWidgetItem *row) { return row->text(0) == title; });
        QVERIFY(again != rows.end());
        QCOMPARE((*again)->checkState(0), Qt::Checked);
        QVERIFY(text(QStringLiteral("todayTotal")).endsWith(QStringLiteral("· %1 min done").arg(minutes)));
        for (const QTreeWidgetItem *row : rows) {
            if (row != *again)
                QCOMPARE(row->checkState(0), Qt::Unchecked);
        }
    }

    void aPastDateOrZeroHoursGetsAMessageAndSavesNothing()
    {
        const QDate past = QDate::currentDate().addDays(-3);
        setGoal(past, 10);
        QTRY_VERIFY(shown(QStringLiteral("loopGoalError")));
        QVERIFY(text(QStringLiteral("loopGoalError")).contains(QStringLiteral("is in the past")));
        QVERIFY(
            text(QStringLiteral("loopGoalError")).contains(QLocale().toString(past, QLocale::LongFormat)));
        QCOMPARE(find<QDateEdit>(QStringLiteral("loopOnsiteDate"))->date(), past); // what was typed stays
        QVERIFY(Practice::StudyGoalStore(m_store->db()).load().value().loops.isEmpty());
        QVERIFY(shown(QStringLiteral("todayEmpty")));

        setGoal(QDate::currentDate().addDays(20), 0);
        QTRY_VERIFY(text(QStringLiteral("loopGoalError")).contains(QStringLiteral("hours a week")));
        QVERIFY(Practice::StudyGoalStore(m_store->db()).load().value().loops.isEmpty());

        setGoal(QDate::currentDate().addDays(20), 4); // corrected: saved, the message goes
        QTRY_VERIFY(shown(QStringLiteral("todayList")));
        QVERIFY(!shown(QStringLiteral("loopGoalError")));
    }

    void aMissedDayIsReflowedAndSaidSo()
    {
        const QDate day = QDate::currentDate();
        setGoal(day.addDays(30), 10);
        QTRY_VERIFY(!taskRows().isEmpty());
        const int planned = static_cast<int>(taskRows().size());
        QVERIFY(!shown(QStringLiteral("todayReflow")));

        today()->reload(day.addDays(2)); // two days later, nothing was ticked
        QVERIFY(text(QStringLiteral("todayCountdown")).startsWith(QStringLiteral("28 day")));
        QVERIFY(shown(QStringLiteral("todayReflow")));
        const QString reflow = text(QStringLiteral("todayReflow"));
        QVERIFY2(reflow.startsWith(QStringLiteral("%1 task").arg(planned)), qPrintable(reflow));
        QVERIFY(reflow.contains(QLocale().toString(day, QLocale::LongFormat)));
        QVERIFY(reflow.contains(QStringLiteral("made again from today")));
        QVERIFY(!taskRows().isEmpty()); // the plan is made again from that day
        QCOMPARE(today()->plan().today, day.addDays(2));

        today()->reload(day.addDays(30)); // the day itself
        QCOMPARE(
            text(QStringLiteral("todayCountdown")), QStringLiteral("Today is your onsite loop. Good luck!"));
        QVERIFY(!shown(QStringLiteral("todayEmpty")));
    }

    void openingAnItemGoesToIt()
    {
        setGoal(QDate::currentDate().addDays(30), 10);
        QTRY_VERIFY(!taskRows().isEmpty());
        auto *list = find<QTreeWidget>(QStringLiteral("todayList"));
        list->setCurrentItem(taskRows().first());
        const QString title = taskRows().first()->text(0);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("todayOpen")), Qt::LeftButton);
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Questions));
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        const auto question
            = Questions::QuestionRepository(m_store->db()).load(questions->currentQuestionId());
        QVERIFY(question.ok());
        QCOMPARE(question->title, title);
    }

    void theCalendarExportHasTheDays()
    {
        setGoal(QDate::currentDate().addDays(10), 10);
        QTRY_VERIFY(shown(QStringLiteral("todayExport")));
        const QString path = m_temp->folder() + QStringLiteral("/plan.ics");
        QVERIFY(today()->exportCalendar(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toLatin1()));
        QVERIFY(ics.count("BEGIN:VEVENT") >= 2); // today and the loop day at least

        const Status refused
            = today()->exportCalendar(m_temp->folder() + QStringLiteral("/no/such/plan.ics"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("could not be saved")));
    }

    void leechesAreMarkedInTodayAndTheDueList()
    {
        const qint64 s3 = questionId(QStringLiteral("aws-s3-durability"));
        Practice::ReviewRepository reviews(m_store->db());
        QVERIFY(reviews.rate(s3, 3, now() - 30 * 86400).ok());
        for (int daysAgo : {20, 15, 10, 5, 2})
            QVERIFY(reviews.rate(s3, 1, now() - daysAgo * 86400).ok());
        setGoal(QDate::currentDate().addDays(30), 10);
        QTRY_VERIFY(!taskRows().isEmpty());
        const QList<QTreeWidgetItem *> rows = taskRows();
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QTreeWidgetItem *row) {
            return row->text(0).contains(QStringLiteral("leech: rewrite the note"));
        }));

        workspace()->showTab(Gui::PracticeWorkspace::DueTab);
        auto *due = find<QListWidget>(QStringLiteral("dueList"));
        QTRY_VERIFY(due->count() > 0);
        QVERIFY(due->item(0)->text().contains(QStringLiteral("leech")));
        QVERIFY(due->item(0)->text().contains(QStringLiteral("rewrite your note")));
    }

    void theReadinessChartHasABarPerSection()
    {
        const qint64 twoSum = questionId(QStringLiteral("code-two-sum"));
        QVERIFY(Practice::ReviewRepository(m_store->db()).rate(twoSum, 3, now() - 86400).ok());
        setGoal(QDate::currentDate().addDays(30), 10);
        workspace()->showTab(Gui::PracticeWorkspace::DashboardTab);
        auto *chart = workspace()->dashboardPanel()->readinessChart();
        QTRY_VERIFY(chart->isVisible());
        Storage::Statement sections(
            m_store->db(), "SELECT DISTINCT section FROM questions WHERE retired = 0 ORDER BY section");
        QStringList expected;
        while (sections.step())
            expected << sections.text(0);
        QStringList ids = chart->sectionIds();
        ids.sort();
        QCOMPARE(ids, expected);
        QVERIFY(chart->principleIds().contains(QStringLiteral("dive-deep")));
        QCOMPARE(chart->target(), 0.9);
        // the plan's markers: following it, every section is learnt by the date
        for (const QString &section : std::as_const(expected)) {
            const auto planned = chart->plannedRecall(section);
            QVERIFY2(planned && *planned > 0, qPrintable(section));
        }
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Coding: recall")));
        QTRY_VERIFY(chart->height() >= chart->minimumSizeHint().height()); // laid out in full
    }

    void theRetentionChangesTheSimulatedWorkload()
    {
        Practice::ReviewRepository reviews(m_store->db());
        for (const QString &uid : {QStringLiteral("aws-s3-durability"), QStringLiteral("code-two-sum"),
                 QStringLiteral("aws-dynamodb-partitions")})
            QVERIFY(reviews.rate(questionId(uid), 3, now() - 2 * 86400).ok());
        Gui::SettingsDialog dialog(m_store.get(), m_window.get());
        auto *spin = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("retentionSpin"));
        auto *workload = dialog.findChild<QLabel *>(QStringLiteral("retentionWorkload"));
        QVERIFY(spin && workload);
        QCOMPARE(spin->value(), 0.9);
        const QString before = workload->text();
        const double reviewsBefore = dialog.schedulerSettings()->meanReviewsPerDay();
        QVERIFY(before.startsWith(QStringLiteral("About ")));

        spin->setValue(0.97);
        QVERIFY(workload->text() != before);
        QVERIFY(dialog.schedulerSettings()->meanReviewsPerDay() > reviewsBefore);
        QVERIFY(dialog.save().ok());
        QCOMPARE(Practice::SchedulerStore(m_store->db()).load().value().desiredRetention, 0.97);
    }

    void theOptimizerSaysWhenThereAreTooFewReviews()
    {
        QVERIFY(Practice::ReviewRepository(m_store->db())
                    .rate(questionId(QStringLiteral("code-two-sum")), 3, now() - 86400)
                    .ok());
        Gui::SettingsDialog dialog(m_store.get(), m_window.get());
        dialog.showPage(Gui::SettingsDialog::Page::Reviews);
        dialog.show();
        auto *settings = dialog.schedulerSettings();
        QSignalSpy done(settings, &Gui::SchedulerSettings::optimizationDone);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("optimizeButton")), Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("optimizeResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("at least 400 reviews")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("there are 1 so far")), qPrintable(result));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("optimizeProgress"))->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("optimizeButton"))->isEnabled());
        QVERIFY(Practice::SchedulerStore(m_store->db()).load().value().usesDefaults());
    }

    void theOptimizerFitsInTheBackgroundAndCanBeCancelled()
    {
        // 480 reviews: each of the three questions reviewed every other day, now and then forgotten
        const qint64 start = now() - 500 * 86400;
        Storage::Statement insert(m_store->db(),
            "INSERT INTO reviews(item_kind, item_id, rating, reviewed_at) VALUES ('question', ?1, ?2, ?3)");
        const QList<qint64> ids {questionId(QStringLiteral("aws-s3-durability")),
            questionId(QStringLiteral("code-two-sum")),
            questionId(QStringLiteral("aws-dynamodb-partitions"))};
        for (int i = 0; i < 480; ++i) {
            insert.reset();
            insert.bind(1, ids.at(i % 3));
            insert.bind(2, i % 7 == 0 ? 1 : i % 5 == 0 ? 2 : 3);
            insert.bind(3, start + (i / 3) * 2 * 86400 + i % 3);
            insert.run();
        }
        Gui::SettingsDialog dialog(m_store.get(), m_window.get());
        dialog.showPage(Gui::SettingsDialog::Page::Reviews);
        dialog.show();
        auto *settings = dialog.schedulerSettings();
        auto *optimize = dialog.findChild<QPushButton *>(QStringLiteral("optimizeButton"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("optimizeResult"));
        QSignalSpy done(settings, &Gui::SchedulerSettings::optimizationDone);

        QTest::mouseClick(optimize, Qt::LeftButton);
        QVERIFY(settings->isOptimizing());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("optimizeProgress"))->isVisible());
        QVERIFY(!optimize->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("optimizeCancel")), Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(result->text().contains(QStringLiteral("cancelled")), qPrintable(result->text()));
        QVERIFY(!Practice::SchedulerStore(m_store->db()).load().value().lastFit.has_value());

        QTest::mouseClick(optimize, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
        QVERIFY2(
            result->text().startsWith(QStringLiteral("Fitted to 480 review")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("before")));
        const auto fit = Practice::SchedulerStore(m_store->db()).load().value().lastFit;
        QVERIFY(fit.has_value());
        QCOMPARE(fit->reviews, 480);
        QVERIFY(result->text().contains(fit->adopted ? QStringLiteral("adopted") : QStringLiteral("kept")));
        QVERIFY(result->text().contains(QString::number(fit->lossBefore, 'f', 4)));
        QVERIFY(optimize->isEnabled());
    }

    // Not a check: with STARLOOP_SCREENSHOT_DIR set, pictures of the empty state, a refused date
    // and the scheduling settings, to look at (QT_QPA_PLATFORM=offscreen is enough).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set STARLOOP_SCREENSHOT_DIR to take screenshots");
        m_window->resize(1280, 820);
        showToday();
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/today-empty.png")));
        setGoal(QDate::currentDate().addDays(-3), 10);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/today-past-date.png")));
        Gui::SettingsDialog dialog(m_store.get(), m_window.get());
        dialog.showPage(Gui::SettingsDialog::Page::Reviews);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-scheduling.png")));
    }
};

QTEST_MAIN(TestToday)
#include "test_today.moc"
