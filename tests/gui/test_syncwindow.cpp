// The window's side of sync, on the offscreen platform: File > Sync Now between the window's
// database and a second one (the other computer, synced headless), the status bar, and the
// conflict copies listed, compared and dismissed in File > Sync Conflicts.
#include "core/practice/presetstore.h"
#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncengine.h"
#include "gui/appsettings.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/practice/timercontroller.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/settingsdialog.h"
#include "gui/stories/storiesworkspace.h"
#include "gui/sync/conflictsdialog.h"
#include "gui/sync/synccontroller.h"
#include "gui/windowviewstate.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Starloop;

namespace {

QString addStory(Storage::Database &db, const QString &title, qint64 now)
{
    Stories::Story draft;
    draft.title = title;
    draft.situation = title + QStringLiteral(": the situation");
    const auto story = Stories::StoryRepository(db).create(draft, now);
    return story ? story->uid : QString();
}

} // namespace

class TestSyncWindow : public Test::GuiTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_asked = 0;
        m_answer = true;
        Gui::SyncController::setAskConsent([this](QWidget *, const QString &folder) {
            ++m_asked;
            m_askedFolder = folder;
            return m_answer;
        });
        m_folder = std::make_unique<QTemporaryDir>();
        m_otherFile = std::make_unique<Test::TempDatabase>();
        openWindow(); // settings live in the test's own folder from here on
        Gui::AppSettings::setSyncFolder(m_folder->path());
        restart(); // the window reads the folder at start
        auto other = m_otherFile->open();
        QVERIFY(other.ok());
        m_other = std::move(other.value());
        QVERIFY(Sync::SyncEngine::setDeviceName(m_other->db(), QStringLiteral("desktop")).ok());
    }

    void cleanup()
    {
        closeWindow();
        m_temp.reset();
        m_other.reset();
        m_otherFile.reset();
        m_folder.reset();
    }

    void syncNowBringsInTheOtherComputersWorkAndSendsOurs()
    {
        addStory(m_other->db(), QStringLiteral("Written on the desktop"), 100);
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());

        QSignalSpy reload(m_window.get(), &Gui::MainWindow::reloadRequested);
        QAction *syncNow = action(QStringLiteral("actionSyncNow"));
        QVERIFY(syncNow);
        syncNow->trigger();
        QCOMPARE(reload.count(), 1); // the workspaces show what came in
        auto *label = find<QLabel>(QStringLiteral("syncLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("with desktop")), qPrintable(label->text()));
        QCOMPARE(Stories::StoryRepository(m_store->db()).count(), 1);

        addStory(m_store->db(), QStringLiteral("Written on the laptop"), 200);
        syncNow->trigger();
        QCOMPARE(reload.count(), 1); // nothing came in this time
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 210).ok());
        QCOMPARE(Stories::StoryRepository(m_other->db()).count(), 2);
    }

    void theStatusNamesOnlyTheComputersInThisFolder()
    {
        addStory(m_other->db(), QStringLiteral("Written on the desktop"), 100);
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());
        action(QStringLiteral("actionSyncNow"))->trigger();
        auto *label = find<QLabel>(QStringLiteral("syncLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("with desktop")), qPrintable(label->text()));

        QTemporaryDir another;
        Gui::AppSettings::setSyncFolder(another.path());
        restart();
        action(QStringLiteral("actionSyncNow"))->trigger();
        label = find<QLabel>(QStringLiteral("syncLabel"));
        QVERIFY2(!label->text().contains(QStringLiteral("desktop")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("no other device yet")), qPrintable(label->text()));
        closeWindow(); // while the folder is still there
    }

    void aFileThatNeverSyncedAsksFirstAndRemembersTheAnswer()
    {
        m_answer = false;
        addStory(m_store->db(), QStringLiteral("Only for trying things out"), 100);
        // The round at start asks, once; the answer No keeps the file out of the folder.
        QTRY_COMPARE_WITH_TIMEOUT(m_asked, 1, 10000);
        QCOMPARE(m_askedFolder, m_folder->path());
        auto *label = find<QLabel>(QStringLiteral("syncLabel"));
        QTRY_VERIFY2(label->text().contains(QStringLiteral("does not sync")), qPrintable(label->text()));
        QVERIFY(!QDir(m_folder->filePath(QStringLiteral("starloop-sync"))).exists());

        // Remembered in the file: the next start does not ask again, nor sync.
        restart();
        label = find<QLabel>(QStringLiteral("syncLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("does not sync")), 10000);
        QCOMPARE(m_asked, 1);
        closeWindow(); // quitting does not sync it either
        QVERIFY(!QDir(m_folder->filePath(QStringLiteral("starloop-sync"))).exists());

        // File > Sync Now is a yes.
        openWindow();
        action(QStringLiteral("actionSyncNow"))->trigger();
        QVERIFY(QDir(m_folder->filePath(QStringLiteral("starloop-sync"))).exists());
        QCOMPARE(m_asked, 1);
    }

    void quittingSendsTheLastEdits()
    {
        action(QStringLiteral("actionSyncNow"))->trigger(); // this file syncs
        addStory(m_other->db(), QStringLiteral("Written on the desktop"), 90);
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 95).ok());
        addStory(m_store->db(), QStringLiteral("Written just before quitting"), 100);
        QSignalSpy reload(m_window.get(), &Gui::MainWindow::reloadRequested);
        action(QStringLiteral("actionQuit"))->trigger();
        QVERIFY(!m_window->isVisible());
        QCOMPARE(reload.count(), 0); // a window that is closing is not shown again
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());
        QCOMPARE(Stories::StoryRepository(m_other->db()).count(), 2);
    }

    void conflictCopiesAreComparedAndDismissed()
    {
        makeConflict();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());
        int listed = -1;
        int left = -1;
        QString copy, now;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Gui::ConflictsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            listed = dialog->findChild<QListWidget *>(QStringLiteral("conflictList"))->count();
            copy = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictCopyText"))->toPlainText();
            now = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictNowText"))->toPlainText();
            dialog->findChild<QPushButton *>(QStringLiteral("dismissConflictButton"))->click();
            left = dialog->findChild<QListWidget *>(QStringLiteral("conflictList"))->count();
            dialog->reject();
        });
        action(QStringLiteral("actionSyncConflicts"))->trigger();
        QCOMPARE(listed, 1);
        QVERIFY2(copy.contains(QStringLiteral("desktop's telling")), qPrintable(copy));
        QVERIFY2(now.contains(QStringLiteral("laptop's telling")), qPrintable(now));
        QCOMPARE(left, 0);
        // The status bar's count follows at once, and a round sends the dismissal.
        QVERIFY2(!find<QLabel>(QStringLiteral("syncLabel"))->text().contains(QStringLiteral("conflict")),
            qPrintable(find<QLabel>(QStringLiteral("syncLabel"))->text()));

        // The dismissal reaches the other computer.
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 400).ok());
        QCOMPARE(Sync::SyncConflicts(m_other->db()).count().value(), 0);
    }

    void useThisCopySwapsAndKeepsTheTextItReplaces()
    {
        const QString uid = makeConflict();
        if (QTest::currentTestFailed())
            return;
        bool closeIsDefault = false, actionsAreDefault = true;
        QString item, copyLabel, copy, notice, swappedItem, swappedCopy;
        int left = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Gui::ConflictsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useConflictButton"));
            auto *dismiss = dialog->findChild<QPushButton *>(QStringLiteral("dismissConflictButton"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            closeIsDefault = buttons->button(QDialogButtonBox::Close)->isDefault();
            actionsAreDefault
                = use->isDefault() || use->autoDefault() || dismiss->isDefault() || dismiss->autoDefault();
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflictList"));
            item = list->item(0)->text();
            copyLabel = dialog->findChild<QLabel *>(QStringLiteral("conflictCopyLabel"))->text();
            copy = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictCopyText"))->toPlainText();
            use->click();
            left = list->count();
            notice = dialog->findChild<QLabel *>(QStringLiteral("conflictNotice"))->text();
            swappedItem = list->count() > 0 ? list->item(0)->text() : QString();
            swappedCopy
                = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictCopyText"))->toPlainText();
            dialog->reject();
        });
        action(QStringLiteral("actionSyncConflicts"))->trigger();
        QVERIFY(closeIsDefault);
        QVERIFY(!actionsAreDefault);
        QVERIFY2(item.startsWith(QStringLiteral("Rollback — conflict from desktop")), qPrintable(item));
        QCOMPARE(copyLabel, QStringLiteral("Kept copy, from desktop:"));
        QVERIFY2(copy.contains(QStringLiteral("Situation:\ndesktop's telling")), qPrintable(copy));
        QVERIFY(!copy.contains(QStringLiteral("situation:")));
        // The desktop's text is in place; the laptop's is the copy now, from this computer.
        QCOMPARE(left, 1);
        QVERIFY2(notice.contains(QStringLiteral("kept")), qPrintable(notice));
        QVERIFY2(swappedItem.contains(QStringLiteral("from this computer")), qPrintable(swappedItem));
        QVERIFY2(swappedCopy.contains(QStringLiteral("laptop's telling")), qPrintable(swappedCopy));
        auto story
            = Stories::StoryRepository(m_store->db()).load(*m_store->db().intByUid("stories", "id", uid));
        QVERIFY(story.ok());
        QCOMPARE(story->situation, QStringLiteral("desktop's telling"));
        // The other computer gets the swap and keeps the laptop's text too.
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 500).ok());
        const auto copies = Sync::SyncConflicts(m_other->db()).list();
        QVERIFY(copies.ok());
        QCOMPARE(copies->size(), 1);
        QVERIFY(Sync::SyncConflicts::readable(copies->first().record, QStringLiteral("stories"))
                    .contains(QStringLiteral("laptop's telling")));
    }

    void noConflictsShowsAnEmptyState()
    {
        bool emptyShown = false, panesShown = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Gui::ConflictsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            emptyShown = dialog->findChild<QLabel *>(QStringLiteral("conflictsEmpty"))->isVisible();
            panesShown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictCopyText"))->isVisible();
            dialog->reject();
        });
        action(QStringLiteral("actionSyncConflicts"))->trigger();
        QVERIFY(emptyShown);
        QVERIFY(!panesShown);
    }

    // Incoming changes rebuild the window (Application::reload); what the user was doing stays:
    // the workspace, the search, the question in self-test with its answer hidden, the open story
    // and diagram, the timer's preset; what came in is shown.
    void anIncomingChangeKeepsWhatTheUserIsLookingAt()
    {
        Practice::PresetStore presets(m_store->db());
        const Practice::TimerPlan mine(QStringLiteral("user-7"), QStringLiteral("B preset 7 min"),
            {Practice::TimerPhase {QStringLiteral("Answer"), 7 * 60}});
        QVERIFY(presets.save({mine}).ok());
        QVERIFY(m_window->timerController()->setPlan(mine));

        const QString keptUid = addStory(m_store->db(), QStringLiteral("Kept open"), 50);
        addStory(m_store->db(), QStringLiteral("Another story"), 60);
        auto *stories = static_cast<Gui::StoriesWorkspace *>(m_window->workspace(Gui::MainWindow::Stories));
        const qint64 openStory = *m_store->db().intByUid("stories", "id", keptUid);
        stories->openStory(openStory);
        auto *diagrams
            = static_cast<Gui::DiagramsWorkspace *>(m_window->workspace(Gui::MainWindow::Diagrams));
        const auto first = diagrams->createDiagram(QStringLiteral("Kept diagram"));
        QVERIFY(first.ok());
        QVERIFY(diagrams->createDiagram(QStringLiteral("Newer diagram")).ok());
        QVERIFY(diagrams->openDiagram(first.value()));

        m_window->showWorkspace(Gui::MainWindow::Questions);
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        questions->setSearchText(QStringLiteral("a"));
        QVERIFY(questions->resultCount() >= 3);
        auto *list = find<QListView>(QStringLiteral("questionResults"));
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(2, 0));
        const qint64 third = questions->currentQuestionId();
        QVERIFY(third > 0);
        QTest::mouseClick(find<QWidget>(QStringLiteral("selfTestButton")), Qt::LeftButton);
        QVERIFY(!questions->isAnswerVisible());

        addStory(m_other->db(), QStringLiteral("Written on the desktop"), 100);
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());
        QSignalSpy reload(m_window.get(), &Gui::MainWindow::reloadRequested);
        action(QStringLiteral("actionSyncNow"))->trigger();
        QCOMPARE(reload.count(), 1);
        const Gui::WindowViewState state = Gui::WindowViewState::capture(*m_window);
        m_window.reset();
        m_window = std::make_unique<Gui::MainWindow>(*m_store);
        m_window->show();
        state.restore(*m_window, m_store->db());

        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Questions));
        questions = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        QCOMPARE(questions->searchText(), QStringLiteral("a"));
        QCOMPARE(questions->currentQuestionId(), third);
        QCOMPARE(find<QListView>(QStringLiteral("questionResults"))->currentIndex().row(), 2);
        QVERIFY(find<QAbstractButton>(QStringLiteral("selfTestButton"))->isChecked());
        QVERIFY(!questions->isAnswerVisible());
        QCOMPARE(m_window->timerController()->plan().name(), QStringLiteral("B preset 7 min"));
        QCOMPARE(static_cast<Gui::StoriesWorkspace *>(m_window->builtWorkspace(Gui::MainWindow::Stories))
                     ->currentStoryId(),
            openStory);
        QCOMPARE(static_cast<Gui::DiagramsWorkspace *>(m_window->builtWorkspace(Gui::MainWindow::Diagrams))
                     ->currentDiagramId(),
            first.value());
        QCOMPARE(Stories::StoryRepository(m_store->db()).count(), 3); // what came in is there

        // Revealed stays revealed; a preset deleted meanwhile falls back to the default plan.
        QTest::mouseClick(find<QWidget>(QStringLiteral("revealButton")), Qt::LeftButton);
        QVERIFY(questions->isAnswerVisible());
        QVERIFY(presets.save({}).ok());
        const Gui::WindowViewState again = Gui::WindowViewState::capture(*m_window);
        m_window.reset();
        m_window = std::make_unique<Gui::MainWindow>(*m_store);
        again.restore(*m_window, m_store->db());
        questions = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        QVERIFY(find<QAbstractButton>(QStringLiteral("selfTestButton"))->isChecked());
        QVERIFY(questions->isAnswerVisible());
        QCOMPARE(m_window->timerController()->plan().name(), Practice::TimerPlan::leadershipAnswer().name());
    }

    // "&Folder:" and "&Database file:" underline their shortcut (a label with a buddy), and the
    // review workload line is shown whole, on the offscreen platform's small screen.
    void settingsLabelsShowTheirShortcutsAndWholeLines()
    {
        Gui::SettingsDialog dialog(m_store.get(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &edit : {QStringLiteral("syncFolderEdit"), QStringLiteral("databasePathEdit")}) {
            auto *field = dialog.findChild<QLineEdit *>(edit);
            QVERIFY(field);
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            QVERIFY2(
                std::any_of(labels.begin(), labels.end(), [field](QLabel *l) { return l->buddy() == field; }),
                qPrintable(edit));
        }
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"));
        QVERIFY(pages);
        auto *workload = dialog.findChild<QLabel *>(QStringLiteral("retentionWorkload"));
        QVERIFY(workload);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QTRY_VERIFY(pages->currentWidget()->isVisible());
            for (QLabel *label : pages->currentWidget()->findChildren<QLabel *>()) {
                // Qt 5's form layout still gives the sync note too little height on this small
                // screen; there only the review workload (the line that was cut off) is checked.
                const bool checked = QT_VERSION >= QT_VERSION_CHECK(6, 0, 0) || label == workload;
                if (checked && label->isVisible() && label->wordWrap() && !label->text().isEmpty())
                    QVERIFY2(
                        label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
            }
        }
        QVERIFY(workload->text().startsWith(QStringLiteral("About")));
    }

    // A sync folder that is not there: the dialog says so and offers to create it; "Choose
    // Another" keeps the dialog open on the sync page.
    void aMissingSyncFolderIsCreatedOnRequest()
    {
        const QString missing = m_folder->path() + QStringLiteral("/not/yet");
        for (const bool create : {false, true}) {
            Gui::SettingsDialog dialog(m_store.get(), m_window.get());
            dialog.show();
            dialog.findChild<QLineEdit *>(QStringLiteral("syncFolderEdit"))->setText(missing);
            QString asked;
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                if (create)
                    box->findChild<QPushButton *>(QStringLiteral("createSyncFolderButton"))->click();
                else
                    box->reject();
            });
            dialog.accept();
            QVERIFY2(asked.contains(QDir::toNativeSeparators(missing)), qPrintable(asked));
            QCOMPARE(QFileInfo(missing).isDir(), create);
            QCOMPARE(dialog.isVisible(), !create);
            QCOMPARE(dialog.result(), create ? int(QDialog::Accepted) : int(QDialog::Rejected));
            if (!create)
                QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("syncFolderEdit"))->isVisible());
        }
    }

    // Sync Now before a folder is set offers to open the settings on the sync page.
    void syncNowWithoutAFolderOffersTheSettings()
    {
        Gui::AppSettings::setSyncFolder(QString());
        restart();
        bool offered = false;
        bool onSyncPage = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            const QList<QAbstractButton *> buttons = box->buttons();
            const auto open = std::find_if(buttons.begin(), buttons.end(),
                [](QAbstractButton *b) { return b->text().contains(QStringLiteral("Settings")); });
            if (open == buttons.end())
                return;
            offered = true;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<Gui::SettingsDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                onSyncPage = dialog->findChild<QLineEdit *>(QStringLiteral("syncFolderEdit"))->isVisible();
                dialog->reject();
            });
            (*open)->click();
        });
        action(QStringLiteral("actionSyncNow"))->trigger();
        QVERIFY(offered);
        QVERIFY(onSyncPage);
    }

private:
    // A story edited on both computers; the window's round keeps the desktop's telling as a copy.
    QString makeConflict()
    {
        const QString uid = addStory(m_other->db(), QStringLiteral("Rollback"), 100);
        [&] {
            QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 110).ok());
            QAction *syncNow = action(QStringLiteral("actionSyncNow"));
            QVERIFY(syncNow);
            syncNow->trigger();
            for (Storage::Database *db : {&m_other->db(), &m_store->db()}) {
                Stories::StoryRepository stories(*db);
                auto story = stories.load(*db->intByUid("stories", "id", uid));
                QVERIFY(story.ok());
                story->situation = db == &m_store->db() ? QStringLiteral("laptop's telling")
                                                        : QStringLiteral("desktop's telling");
                QVERIFY(stories.save(story.value(), db == &m_store->db() ? 300 : 200).ok());
            }
            QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 310).ok());
            syncNow->trigger();
            QVERIFY2(find<QLabel>(QStringLiteral("syncLabel"))->text().contains(QStringLiteral("conflict")),
                qPrintable(find<QLabel>(QStringLiteral("syncLabel"))->text()));
        }();
        return uid;
    }

    int m_asked = 0;
    bool m_answer = true;
    QString m_askedFolder;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Test::TempDatabase> m_otherFile;
    std::unique_ptr<Storage::DataStore> m_other;
};

QTEST_MAIN(TestSyncWindow)
#include "test_syncwindow.moc"
