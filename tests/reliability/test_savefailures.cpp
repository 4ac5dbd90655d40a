// What the user sees when the disk fails under the window: with FaultyVfs refusing writes, a
// note typed in the Questions workspace is reported as not saved (the status bar says why),
// stays in the editor, and is saved by the workspace's own retry once the disk has room again;
// the file is consistent and holds the note after a restart.
#include "core/questions/questionrepository.h"
#include "core/storage/healthcheck.h"
#include "faultyvfs.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/savestatus.h"
#include "guitestbase.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

#include <sqlite3.h>

using namespace Starloop;

class TestSaveFailures : public Test::GuiTestBase
{
    Q_OBJECT
private:
    std::unique_ptr<Test::FaultyVfs> m_vfs;

    Gui::QuestionsWorkspace *workspace() const
    {
        return static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
    }
    QString currentTitle() const { return find<QLabel>(QStringLiteral("questionTitle"))->text(); }
    QString saveIndicator() const { return find<QLabel>(QStringLiteral("saveIndicator"))->text(); }

private Q_SLOTS:
    void init()
    {
        m_vfs = std::make_unique<Test::FaultyVfs>(); // the window's connection goes through it
        openWindow();
        m_window->showWorkspace(Gui::MainWindow::Questions);
    }

    void cleanup()
    {
        closeWindow();
        m_vfs.reset();
    }

    void aNoteTheDiskRefusesIsKeptReportedAndRetried()
    {
        workspace()->setSearchText(QStringLiteral("partitions"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        auto *note = find<QPlainTextEdit>(QStringLiteral("questionNote"));
        QVERIFY(note);

        m_vfs->failWritesAfter(0, SQLITE_FULL);
        const QString typed = QStringLiteral("Hot partitions: add a random suffix to the key.");
        QTest::keyClicks(note, typed);
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Failed);
        QVERIFY(m_vfs->failedCalls() > 0);
        // Told clearly, in the status bar: not saved, why, and that it will be retried.
        QVERIFY2(saveIndicator().contains(QStringLiteral("not saved")), qPrintable(saveIndicator()));
        QVERIFY2(saveIndicator().contains(QStringLiteral("disk is full")), qPrintable(saveIndicator()));
        QVERIFY2(saveIndicator().contains(QStringLiteral("retried")), qPrintable(saveIndicator()));
        QCOMPARE(note->toPlainText(), typed); // nothing the user typed is lost

        m_vfs->clear(); // room again; no keystroke needed, the workspace retries by itself
        QTRY_COMPARE_WITH_TIMEOUT(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved, 15000);
        QCOMPARE(saveIndicator(), QStringLiteral("All changes saved"));
        const auto health = Storage::HealthCheck::run(m_store->db());
        QVERIFY2(health.ok(), qPrintable(health.problems.join(QStringLiteral("; "))));

        restart();
        m_window->showWorkspace(Gui::MainWindow::Questions);
        workspace()->setSearchText(QStringLiteral("partitions"));
        QTRY_VERIFY(currentTitle().contains(QStringLiteral("DynamoDB")));
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("questionNote"))->toPlainText(), typed);
    }
};

QTEST_MAIN(TestSaveFailures)
#include "test_savefailures.moc"
