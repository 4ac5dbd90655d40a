// The window's side of sync, on the offscreen platform: File > Sync Now between the window's
// database and a second one (the other computer, synced headless), the status bar, and the
// conflict copies listed, compared and dismissed in File > Sync Conflicts.
#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncengine.h"
#include "gui/appsettings.h"
#include "gui/sync/conflictsdialog.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
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

    void conflictCopiesAreComparedAndDismissed()
    {
        const QString uid = addStory(m_other->db(), QStringLiteral("Rollback"), 100);
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

        // The dismissal reaches the other computer.
        syncNow->trigger();
        QVERIFY(Sync::SyncEngine::runRound(m_other->db(), m_folder->path(), 400).ok());
        QCOMPARE(Sync::SyncConflicts(m_other->db()).count().value(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Test::TempDatabase> m_otherFile;
    std::unique_ptr<Storage::DataStore> m_other;
};

QTEST_MAIN(TestSyncWindow)
#include "test_syncwindow.moc"
