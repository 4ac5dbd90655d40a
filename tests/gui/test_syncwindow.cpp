// The window's side of sync, on the offscreen platform: File > Sync Now between the window's
// database and a second one (the other computer, synced headless), the status bar, and the
// conflict copies listed, compared and dismissed in File > Sync Conflicts.
#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncengine.h"
#include "gui/appsettings.h"
#include "gui/sync/conflictsdialog.h"
#include "gui/sync/synccontroller.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
