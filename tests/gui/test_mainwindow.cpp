// The shell: the four workspaces, their shortcuts, the status bar and About.
#include "core/diagrams/diagramrepository.h"
#include "core/practice/fakeclock.h"
#include "core/practice/timerplan.h"
#include "core/questions/questionrepository.h"
#include "core/storage/backups.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "gui/aboutdialog.h"
#include "gui/appsettings.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/practice/practiceworkspace.h"
#include "gui/practice/timercontroller.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/savestatus.h"
#include "gui/theme.h"
#include "gui/workspace.h"
#include "guitestbase.h"
#include "studio/audio.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Starloop;

class TestMainWindow : public Test::GuiTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // The window opens without Qt Multimedia: the rehearsal studio's audio module, which brings
    // it and twenty-odd libraries, is loaded when the studio is first opened. (First here: no
    // test before it in this process opens the studio.)
    void theWindowOpensWithoutTheAudioLibraries()
    {
        QVERIFY(m_window->isVisible());
        QVERIFY(!Studio::Audio::isLoaded());
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/maps on this system to read the loaded libraries from");
        const QByteArray loaded = maps.readAll();
        QVERIFY(loaded.contains("libQt6Widgets") || loaded.contains("libQt5Widgets")); // the list is read
        QVERIFY2(!loaded.contains("libQt6Multimedia"), "Qt Multimedia was loaded at start");
        QVERIFY(!loaded.contains("starloop-audio"));
    }

    // A note typed just before the window closes is saved, and its save reported to the
    // window's status while that still exists (the ASan + UBSan run catches a report to a
    // SaveStatus already destroyed: "member call on address ... which does not point to an
    // object of type 'SaveStatus'").
    void aNoteTypedJustBeforeClosingIsSaved()
    {
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        const qint64 id = questions->currentQuestionId();
        QVERIFY(id != 0);
        auto *note = find<QPlainTextEdit>(QStringLiteral("questionNote"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("last words"));
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Pending);
        // Every workspace built, so each editor's teardown runs too.
        for (int index : {Gui::MainWindow::Stories, Gui::MainWindow::Diagrams, Gui::MainWindow::Practice})
            QVERIFY(m_window->workspace(index));
        closeWindow(); // before the note's pause is over
        openWindow();
        const auto reopened = Questions::QuestionRepository(m_store->db()).load(id);
        QVERIFY(reopened);
        QCOMPARE(reopened->noteMd, QStringLiteral("last words"));
    }

    void ctrlNumberShowsEachWorkspace()
    {
        const QStringList titles {QStringLiteral("Questions"), QStringLiteral("Stories"),
            QStringLiteral("Diagrams"), QStringLiteral("Practice")};
        for (int i = 3; i >= 0; --i) {
            QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(m_window->currentWorkspace(), i);
            auto *stack = m_window->findChild<QStackedWidget *>();
            QVERIFY(stack->currentWidget()->isVisible());
            QCOMPARE(stack->currentWidget(), m_window->workspace(i)); // the workspace, not a blank page
            QCOMPARE(m_window->workspace(i)->title(), titles.at(i));
            QCOMPARE(find<QListWidget>(QStringLiteral("workspaceSidebar"))->item(i)->text(), titles.at(i));
            QCOMPARE(find<QListWidget>(QStringLiteral("workspaceSidebar"))->currentRow(), i);
        }
    }

    // Stories, Diagrams and Practice are built when first shown, so a start pays only for what is
    // on screen.
    void workspacesNotShownYetAreBuiltOnFirstUse()
    {
        QVERIFY(!m_window->findChild<Gui::DiagramsWorkspace *>());
        QVERIFY(!m_window->findChild<Gui::PracticeWorkspace *>());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Diagrams));
        auto *diagrams = m_window->findChild<Gui::DiagramsWorkspace *>();
        QVERIFY(diagrams);
        QVERIFY(diagrams->isVisible());
        QCOMPARE(m_window->findChild<QStackedWidget *>()->count(), 4);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->findChildren<Gui::DiagramsWorkspace *>().size(), 1); // built once
    }

    // The toolbar timer is the window's: it runs and logs a session before Practice is built,
    // and clicking its time opens Practice on that session.
    void theToolbarTimerWorksBeforePracticeIsBuilt()
    {
        QVERIFY(!m_window->findChild<Gui::PracticeWorkspace *>());
        auto *start = find<QAbstractButton>(QStringLiteral("compactTimerStart"));
        QVERIFY(start);
        start->click();
        QVERIFY(m_window->timerController()->hasSession());
        Storage::Statement running(
            m_store->db(), "SELECT count(*) FROM practice_sessions WHERE status = 'running'");
        QVERIFY(running.step());
        QCOMPARE(running.int64(0), 1);
        QVERIFY(!m_window->findChild<Gui::PracticeWorkspace *>());

        QTest::mouseClick(find<QLabel>(QStringLiteral("compactTimerTime")), Qt::LeftButton);
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Practice));
        auto *practice = m_window->findChild<Gui::PracticeWorkspace *>();
        QVERIFY(practice && practice->isVisible());
        QCOMPARE(practice->currentTab(), int(Gui::PracticeWorkspace::TimerTab));
        QCOMPARE(practice->timerController(), m_window->timerController());
        QCOMPARE(find<QAbstractButton>(QStringLiteral("timerStart"))->text(),
            QStringLiteral("&Pause")); // the running session
    }

    void theSidebarSwitchesWorkspaces()
    {
        auto *sidebar = find<QListWidget>(QStringLiteral("workspaceSidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 4);
        const QRect practice = sidebar->visualItemRect(sidebar->item(3));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, practice.center());
        QTRY_COMPARE(m_window->currentWorkspace(), 3);
    }

    void theMenusAreAllThere()
    {
        for (const char *name : {"menuFile", "menuEdit", "menuView", "menuGo", "menuHelp"})
            QVERIFY2(m_window->findChild<QMenu *>(QString::fromLatin1(name)), name);
        QVERIFY(action(QStringLiteral("actionAbout")));
        QVERIFY(action(QStringLiteral("actionUndo")));
    }

    void theStatusBarShowsTheSaveStateAndTheFile()
    {
        auto *indicator = find<QLabel>(QStringLiteral("saveIndicator"));
        QVERIFY(indicator);
        QCOMPARE(indicator->text(), QStringLiteral("All changes saved"));
        m_window->saveStatus()->markPending();
        QCOMPARE(indicator->text(), QStringLiteral("Saving…"));
        m_window->saveStatus()->markFailed(
            QStringLiteral("Disk full; your text is kept and will be retried"));
        QVERIFY(indicator->text().contains(QStringLiteral("Disk full")));
        m_window->saveStatus()->markSaved();
        QCOMPARE(indicator->text(), QStringLiteral("All changes saved"));
        QVERIFY(
            find<QLabel>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("test.sqlite")));
    }

    void aboutReportsVersionsAndTheDatabase()
    {
        const QString facts = Gui::AboutDialog::buildFacts(m_temp->path()).join(QLatin1Char('\n'));
        QVERIFY(facts.contains(QString::fromLatin1(qVersion())));
        QVERIFY(facts.contains(Storage::Database::sqliteVersion()));
        QVERIFY(facts.contains(QStringLiteral("test.sqlite")));
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(facts.contains(QStringLiteral("KSyntaxHighlighting")));
#else
        QVERIFY(facts.contains(QStringLiteral("plain monospace")));
#endif
    }

    void settingsApplyTheDarkThemeAtOnce()
    {
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
            theme->setCurrentIndex(theme->findData(int(Gui::AppSettings::Theme::Dark)));
            dialog->findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"))->setValue(13);
            dialog->accept();
        });
        action(QStringLiteral("actionSettings"))->trigger();
        QCOMPARE(Gui::AppSettings::theme(), Gui::AppSettings::Theme::Dark);
        QCOMPARE(Gui::AppSettings::fontPointSize(), 13);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY(m_window->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(QApplication::font().pointSize(), 13);
        Gui::AppSettings::setTheme(Gui::AppSettings::Theme::System);
        Gui::AppSettings::setFontPointSize(0);
        Gui::applyAppearance(Gui::AppSettings::Theme::System, 0);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    }

    void backUpNowWritesAVerifiedCopy()
    {
        action(QStringLiteral("actionBackUpNow"))->trigger();
        const auto backups = Storage::Backups(m_temp->path()).list();
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().bytes > 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Backed up")));
    }

    // Every setting reads back when the settings file is parsed afresh, as on the next start.
    void everySettingReadsBackFromItsFile()
    {
        Gui::AppSettings::setTheme(Gui::AppSettings::Theme::Dark);
        Gui::AppSettings::setCodeTheme(QStringLiteral("Breeze Dark"));
        Gui::AppSettings::setFontPointSize(13);
        Gui::AppSettings::setTimerSounds(false);
        Gui::AppSettings::setDatabasePath(QStringLiteral("/data/loop.sqlite"));
        Gui::AppSettings::setLanguage(QStringLiteral("de"));
        Gui::AppSettings::setWelcomeShown(true);
        QSettings written;
        written.sync();
        QCOMPARE(written.status(), QSettings::NoError);

        // A copy in another folder is parsed from disk, not served from this process's cache.
        QTemporaryDir next;
        const QFileInfo file(written.fileName());
        const QString copy = next.filePath(file.dir().dirName() + QLatin1Char('/') + file.fileName());
        QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
        QVERIFY(QFile::copy(file.filePath(), copy));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, next.path());
        const auto back = qScopeGuard([&] {
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->folder());
            Gui::AppSettings::setTheme(Gui::AppSettings::Theme::System);
            Gui::AppSettings::setCodeTheme(QString());
            Gui::AppSettings::setFontPointSize(0);
            Gui::AppSettings::setTimerSounds(true);
            Gui::AppSettings::setDatabasePath(QString());
            Gui::AppSettings::setLanguage(QString());
            Gui::AppSettings::setWelcomeShown(false);
        });
        QCOMPARE(QSettings().fileName(), copy);
        QCOMPARE(Gui::AppSettings::theme(), Gui::AppSettings::Theme::Dark);
        QCOMPARE(Gui::AppSettings::codeTheme(), QStringLiteral("Breeze Dark"));
        QCOMPARE(Gui::AppSettings::fontPointSize(), 13);
        QCOMPARE(Gui::AppSettings::timerSounds(), false);
        QCOMPARE(Gui::AppSettings::databasePath(), QStringLiteral("/data/loop.sqlite"));
        QCOMPARE(Gui::AppSettings::language(), QStringLiteral("de"));
        QVERIFY(Gui::AppSettings::welcomeShown()); // the welcome opens on the first start only
    }

    void theWelcomeNamesThreeThingsToTry()
    {
        action(QStringLiteral("actionWelcome"))->trigger();
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("welcomeBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Self-test")));
        box->close();
    }

    void aSystemDesignRoundKeepsADiagramVersionAtEachPhase()
    {
        auto *diagrams
            = static_cast<Gui::DiagramsWorkspace *>(m_window->workspace(Gui::MainWindow::Diagrams));
        QVERIFY(diagrams->createDiagram(QStringLiteral("Feed design")).ok());
        auto *practice
            = static_cast<Gui::PracticeWorkspace *>(m_window->workspace(Gui::MainWindow::Practice));
        Gui::TimerController *timer = practice->timerController();
        Practice::FakeClock clock;
        timer->setClock(&clock);
        QVERIFY(timer->setPlan(Practice::TimerPlan::systemDesignShort(), QStringLiteral("system-design")));
        timer->start();
        Diagrams::DiagramRepository repository(m_store->db());
        QCOMPARE(repository.snapshots(diagrams->currentDiagramId())->size(), 0);
        clock.advanceSeconds(5 * 60 + 1); // clarify requirements is over
        timer->timer()->poll();
        QTRY_COMPARE(repository.snapshots(diagrams->currentDiagramId())->size(), 1);
        clock.advanceSeconds(3 * 60); // estimates are over
        timer->timer()->poll();
        QTRY_COMPARE(repository.snapshots(diagrams->currentDiagramId())->size(), 2);
        timer->reset();
        timer->setClock(nullptr);
    }

    void theWorkspaceIsRememberedAcrossARestart()
    {
        m_window->showWorkspace(2);
        restart();
        QCOMPARE(m_window->currentWorkspace(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
