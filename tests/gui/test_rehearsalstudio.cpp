// The rehearsal studio, driven through its widgets with a generated WAV file as the source
// (there is no microphone here): Record, the marker key at known points, Stop; the practice log
// entry then holds the recording and the marks, the results show the spoken timings and their
// checks on a waveform with the moves and the long pause, and a past entry opens in the same
// view (or says clearly that its file was deleted). The interviewer asks the follow-ups in order
// and refuses the same story for "another time". Writes the playback screenshot.
#include "core/practice/practicelog.h"
#include "core/practice/practicetimer.h"
#include "core/questions/questionrepository.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/stories/storyrepository.h"
#include "gui/practice/historypanel.h"
#include "gui/practice/practiceworkspace.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/rehearsal/interviewerpanel.h"
#include "gui/rehearsal/playbackview.h"
#include "gui/rehearsal/studiopanel.h"
#include "gui/rehearsal/takecomparisonview.h"
#include "gui/rehearsal/waveformview.h"
#include "gui/stories/rehearsedialog.h"
#include "gui/stories/storiesworkspace.h"
#include "guitestbase.h"
#include "pcmsignal.h"
#include "studio/audio.h"

#include <QApplication>
#include <QAudioDevice>
#include <QComboBox>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Starloop;
using Rehearsal::MarkKind;

class TestRehearsalStudio : public Test::GuiTestBase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;

    Gui::StoriesWorkspace *workspace() const
    {
        return find<Gui::StoriesWorkspace>(QStringLiteral("StoriesWorkspace"));
    }

    void clickButton(const QString &name, QWidget *root)
    {
        auto *button = root->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    qint64 story(const QString &title, const QStringList &principles)
    {
        Stories::StoryRepository repo(m_store->db());
        Stories::Story draft;
        draft.title = title;
        draft.situation
            = QStringLiteral("Billing ran on a monolith that took the site down at every release.");
        draft.task = QStringLiteral("I owned moving invoicing to a new service without downtime.");
        draft.action
            = QStringLiteral("I ran both systems side by side for a month and compared every invoice.");
        draft.result = QStringLiteral("We switched over with zero minutes of downtime.");
        const auto created = repo.create(draft, 100);
        if (!created || !repo.setPrinciples(created->id, principles, 100))
            return 0;
        return created->id;
    }

    // Story `id` on screen, then Rehearse: the dialog.
    Gui::RehearseDialog *rehearse(qint64 id)
    {
        m_window->showWorkspace(1);
        workspace()->openStory(id);
        Gui::RehearseDialog *dialog = nullptr;
        [&] {
            QTRY_COMPARE(workspace()->currentStoryId(), id);
            clickButton(QStringLiteral("rehearseStoryButton"), m_window.get());
            QTRY_VERIFY(
                (dialog = m_window->findChild<Gui::RehearseDialog *>(QStringLiteral("rehearseDialog")))
                && dialog->isVisible());
        }();
        return dialog;
    }

    QString text(QWidget *root, const char *name) const
    {
        auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }

    // A practice log entry for story `uid` with a recording of `signal` and `marks`, as a take
    // recorded earlier would have left it.
    qint64 take(const QString &uid, qint64 startedAt, const Test::PcmSignal &signal,
        const QVector<Rehearsal::RehearsalMark> &marks)
    {
        Practice::PracticeLog log(m_store->db());
        const auto id = log.start(QStringLiteral("story"), uid, QStringLiteral("Billing migration"),
            Practice::TimerPlan::leadershipAnswer(), startedAt);
        if (!id)
            return 0;
        Practice::TimerSummary summary;
        summary.actualSeconds = int(signal.durationMs() / 1000);
        Rehearsal::RecordingLinks links(m_store->db());
        const auto path = links.newRecordingPath(id.value(), QStringLiteral("wav"));
        if (!log.finish(id.value(), summary, 3, QString()) || !path
            || !Rehearsal::WavWriter::writeAll(path.value(), signal.pcm())
            || !links.attach(id.value(), path.value(), marks))
            return 0;
        return id.value();
    }

    // Answers the message boxes to come, in order, with `buttons`.
    void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, buttons]() mutable {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            box->button(buttons.takeFirst())->click();
            if (buttons.isEmpty())
                timer->deleteLater();
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // 1.2 s of "speech", a 3.3 s pause, 1.5 s more and a second of silence: 7 s played in
        // real time; Stop comes at about 5.8 s.
        Test::PcmSignal signal(16000);
        signal.tone(1200).silence(3300).tone(1500).silence(1000).withNoise(0.005);
        m_wav = m_dir.filePath(QStringLiteral("answer.wav"));
        QVERIFY(Rehearsal::WavWriter::writeAll(m_wav, signal.pcm()).ok());
    }
    void init() { openWindow(); }
    void cleanup()
    {
        closeWindow();
        m_temp.reset(); // a fresh database for every test
    }

    void recordsWithMarksAndShowsTheSpokenTimings()
    {
        const qint64 id
            = story(QStringLiteral("Billing migration without downtime"), {QStringLiteral("ownership")});
        QVERIFY(id != 0);
        Gui::RehearseDialog *dialog = rehearse(id);
        QVERIFY(dialog);
        Gui::StudioPanel *studio = dialog->studio();
        QVERIFY(studio);
        auto *record = studio->findChild<QPushButton *>(QStringLiteral("studioRecordButton"));
        if (QMediaDevices::audioInputs().isEmpty()) {
            // No microphone: said on screen, Record off, the countdown still runs.
            QVERIFY(text(studio, "studioMessage").startsWith(QLatin1String("No microphone was found")));
            QVERIFY(!record->isEnabled());
            QVERIFY(!text(dialog, "rehearseCountdown").isEmpty());
        }
        QVERIFY(text(studio, "studioHint").contains(QLatin1String("<b>M</b>")));

        studio->setWavSource(m_wav);
        QVERIFY(record->isEnabled());
        QCOMPARE(text(studio, "studioMove"), QStringLiteral("Ready"));
        clickButton(QStringLiteral("studioRecordButton"), studio);
        Studio::Recorder *recorder = studio->recorder();
        QVERIFY(Studio::Audio::isLoaded()); // the audio module came with the studio
        QCOMPARE(recorder->state(), Studio::Recorder::State::Recording);
        QCOMPARE(text(studio, "studioMove"), QStringLiteral("Situation"));

        // The marker key at known points of the answer, pressed where the focus is.
        QVector<qint64> pressedAt; // the recorded time when each key went down
        const auto markAt = [&](qint64 ms, const QString &move) {
            QTRY_VERIFY_WITH_TIMEOUT(recorder->elapsedMs() >= ms, 10000);
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : dialog;
            pressedAt << recorder->elapsedMs();
            QTest::keyClick(focus, Qt::Key_M);
            QCOMPARE(text(studio, "studioMove"), move);
        };
        markAt(800, QStringLiteral("Task"));
        QTRY_VERIFY(text(studio, "studioElapsed") != QLatin1String("0:00")); // the recorded time runs
        QVERIFY(studio->findChild<QProgressBar *>(QStringLiteral("studioLevel")));
        markAt(4800, QStringLiteral("Action"));
        const QString shot = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR");
        if (!shot.isEmpty()) { // the studio during the take
            dialog->setWindowState(Qt::WindowNoState); // maximized is the offscreen screen's 800 x 800
            dialog->resize(1400, 860);
            QCoreApplication::processEvents(); // the layout settles before the picture
            QVERIFY(dialog->grab().save(shot + QStringLiteral("/rehearsal-studio.png")));
        }
        markAt(5400, QStringLiteral("Result"));
        QVERIFY(!studio->markNextMove()); // nothing after the Result

        QTRY_VERIFY_WITH_TIMEOUT(recorder->elapsedMs() >= 5800, 10000);
        clickButton(QStringLiteral("rehearseStopButton"), studio);
        QCOMPARE(recorder->state(), Studio::Recorder::State::Idle);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("rehearseRatingPanel"))->isVisible());

        // The log entry holds the recording and the marks.
        const auto link = Rehearsal::RecordingLinks(m_store->db()).link(dialog->sessionId());
        QVERIFY(link.ok());
        QVERIFY(link.value().has_value());
        QVERIFY(link.value()->exists);
        QVERIFY(link.value()->path.startsWith(Rehearsal::RecordingLinks(m_store->db()).recordingsFolder()));
        const QVector<Rehearsal::RehearsalMark> marks = link.value()->marks;
        QCOMPARE(marks.size(), 3);
        const std::pair<MarkKind, qint64> expected[]
            = {{MarkKind::Task, 800}, {MarkKind::Action, 4800}, {MarkKind::Result, 5400}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(marks.at(i).kind, expected[i].first);
            QVERIFY2(marks.at(i).ms >= expected[i].second && std::abs(marks.at(i).ms - pressedAt.at(i)) <= 50,
                qPrintable(QString::number(marks.at(i).ms)));
        }

        // The results replace the story text: timings, checks, the waveform with its marks.
        Gui::PlaybackView *playback = dialog->playback();
        QTRY_VERIFY(playback->isReady());
        QCOMPARE(dialog->findChild<QStackedWidget *>()->currentWidget(), playback);
        QVERIFY(playback->isVisible());
        QVERIFY2(text(playback, "playbackSummary").startsWith(QStringLiteral("Answer 0:06 · speaking 0:03")),
            qPrintable(text(playback, "playbackSummary")));
        QVERIFY(text(playback, "check_spoken-time").contains(QLatin1String("You spoke for 0:06")));
        QVERIFY(text(playback, "check_spoken-time").contains(QLatin1String("Too short")));
        QVERIFY2(text(playback, "check_long-pauses").contains(QLatin1String("over 3 seconds (at 0:01)")),
            qPrintable(text(playback, "check_long-pauses")));
        QVERIFY(text(playback, "check_spoken-proportion").contains(QLatin1String("S 1")));
        QVERIFY(text(playback, "check_speaking-share").contains(QLatin1String("You were speaking")));
        Gui::WaveformView *wave = playback->waveform();
        QCOMPARE(wave->marks(), marks);
        QCOMPARE(wave->pauses().size(), 1);
        QVERIFY(std::abs(wave->pauses().first().startMs - 1200) < 100);
        QVERIFY(wave->durationMs() >= 5800 && wave->durationMs() <= 7000);

        // Click to seek; 1.5x.
        QTest::mouseClick(wave, Qt::LeftButton, {}, QPoint(wave->xOf(3000), wave->height() / 2));
        QVERIFY(std::abs(wave->playhead() - 3000) < 100);
        QCOMPARE(text(playback, "playbackPosition"), QStringLiteral("0:03 of 0:06"));
        clickButton(QStringLiteral("playbackSpeed1"), playback);
        QCOMPARE(playback->player()->speed(), Studio::Player::FastSpeed);
        QVERIFY(playback->findChild<QPushButton *>(QStringLiteral("playbackPlayButton"))->isEnabled());

        if (!shot.isEmpty()) {
            QTRY_VERIFY(playback->findChild<QLabel *>(QStringLiteral("check_spoken-time"))->isVisible());
            QVERIFY(dialog->grab().save(shot + QStringLiteral("/rehearsal-playback.png")));
        }

        QPointer<QDialog> guard(dialog);
        clickButton(QStringLiteral("rehearseSaveButton"), dialog);
        QTRY_VERIFY(guard.isNull());

        // The past entry, from the practice log: the same view.
        m_window->showWorkspace(Gui::MainWindow::Practice);
        auto *history = find<QWidget>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        auto *play = history->findChild<QPushButton *>(QStringLiteral("historyPlayButton"));
        QTRY_VERIFY(play->isEnabled());
        QTest::mouseClick(play, Qt::LeftButton);
        QDialog *past = nullptr;
        QTRY_VERIFY(
            (past = m_window->findChild<QDialog *>(QStringLiteral("playbackDialog"))) && past->isVisible());
        auto *pastView = past->findChild<Gui::PlaybackView *>();
        QTRY_VERIFY(pastView->isReady());
        QCOMPARE(pastView->waveform()->marks(), marks);
        QVERIFY(text(pastView, "check_spoken-time").contains(QLatin1String("You spoke for 0:06")));
        guard = past;
        past->close();
        QTRY_VERIFY(guard.isNull());

        // Deleted outside Starloop: a clear message, the entry intact.
        QVERIFY(QFile::remove(link.value()->path));
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY(
            (past = m_window->findChild<QDialog *>(QStringLiteral("playbackDialog"))) && past->isVisible());
        pastView = past->findChild<Gui::PlaybackView *>();
        QVERIFY(pastView->message().contains(QLatin1String("was deleted or moved outside Starloop")));
        QVERIFY(!pastView->waveform()->isVisible());
        past->close();
        const auto sessions = Practice::PracticeLog(m_store->db()).list({QStringLiteral("story")});
        QCOMPARE(sessions->size(), 1);
        const auto kept = Rehearsal::RecordingLinks(m_store->db()).link(sessions->first().id);
        QVERIFY(kept.ok() && kept.value().has_value());
        QCOMPARE(kept.value()->marks, marks);
        QVERIFY(!kept.value()->exists);
    }

    void interviewerAsksInOrderAndWantsAnotherStory()
    {
        const qint64 told = story(QStringLiteral("Billing migration"), {QStringLiteral("ownership")});
        const qint64 other = story(QStringLiteral("Pager storm"), {QStringLiteral("dive-deep")});
        Questions::QuestionDraft question;
        question.title = QStringLiteral("Tell me about a time you owned a migration");
        question.promptMd = question.title;
        question.answerMd
            = QStringLiteral("## Follow-ups they ask\n- What did you cut first?\n- Who pushed back?\n"
                             "- Can you give me another example?\n");
        const auto questionId = Questions::QuestionRepository(m_store->db()).createOwn(question, 100);
        QVERIFY(questionId.ok());
        QVERIFY(Stories::StoryRepository(m_store->db()).linkQuestion(told, questionId.value()).ok());

        Gui::RehearseDialog *dialog = rehearse(told);
        QVERIFY(dialog);
        Gui::InterviewerPanel *panel = dialog->interviewer();
        QVERIFY(panel->hasProbes());
        auto *probe = panel->findChild<QLabel *>(QStringLiteral("interviewerProbe"));
        auto *stories = panel->findChild<QComboBox *>(QStringLiteral("interviewerStoryCombo"));
        auto *error = panel->findChild<QLabel *>(QStringLiteral("interviewerError"));
        clickButton(QStringLiteral("interviewerStartButton"), panel);
        QCOMPARE(probe->text(), QStringLiteral("What did you cut first?"));
        QCOMPARE(text(panel, "interviewerCounter"), QStringLiteral("Follow-up 1 of 4"));
        QVERIFY(!stories->isVisible());
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QCOMPARE(probe->text(), QStringLiteral("Who pushed back?"));
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QCOMPARE(probe->text(), QStringLiteral("What exactly did you do yourself?"));
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QCOMPARE(probe->text(), QStringLiteral("Can you give me another example?"));
        QCOMPARE(text(panel, "interviewerCounter"), QStringLiteral("Follow-up 4 of 4"));

        // Another time: no story named, then the same one: refused, the probe stays.
        QVERIFY(stories->isVisible());
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(QLatin1String("Say which story you told")));
        stories->setCurrentIndex(stories->findData(told));
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(QLatin1String("Tell it with a different story")));
        const QString shot = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            dialog->setWindowState(Qt::WindowNoState); // maximized is the offscreen screen's 800 x 800
            dialog->resize(1400, 860);
            QCoreApplication::processEvents(); // the layout settles before the picture
            QVERIFY(dialog->grab().save(shot + QStringLiteral("/rehearsal-interviewer.png")));
        }
        QCOMPARE(probe->text(), QStringLiteral("Can you give me another example?"));
        stories->setCurrentIndex(stories->findData(other));
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QVERIFY(!error->isVisible());
        QCOMPARE(probe->text(), QStringLiteral("That was the last follow-up question."));
        QCOMPARE(panel->interviewer().storiesTold(), (QVector<qint64> {told, other}));
        dialog->reject();
    }

    void rehearsesABehavioralQuestion()
    {
        const qint64 told = story(QStringLiteral("Billing migration"), {QStringLiteral("ownership")});
        Questions::QuestionDraft draft;
        draft.title = QStringLiteral("Tell me about a time you disagreed with your manager");
        draft.promptMd = draft.title;
        draft.answerMd = QStringLiteral("## Follow-ups they ask\n- What did your manager say?\n");
        const auto id = Questions::QuestionRepository(m_store->db()).createOwn(draft, 100);
        QVERIFY(id.ok());
        m_window->showWorkspace(Gui::MainWindow::Questions);
        auto *questions = find<Gui::QuestionsWorkspace>(QStringLiteral("QuestionsWorkspace"));
        QVERIFY(questions);
        questions->openQuestion(id.value());
        auto *button = find<QToolButton>(QStringLiteral("rehearseQuestionButton"));
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        Gui::RehearseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Gui::RehearseDialog *>(QStringLiteral("rehearseDialog")))
            && dialog->isVisible());
        QVERIFY(text(dialog, "rehearseStoryText").contains(draft.title));
        QVERIFY(text(dialog, "rehearseTiming").startsWith(QStringLiteral("Aim for 2–4 minutes")));
        QVERIFY(dialog->studio());

        // The question's own follow-ups first; any story may answer "another time".
        Gui::InterviewerPanel *panel = dialog->interviewer();
        clickButton(QStringLiteral("interviewerStartButton"), panel);
        QCOMPARE(text(panel, "interviewerProbe"), QStringLiteral("What did your manager say?"));
        while (!panel->interviewer().current()->needsDifferentStory())
            clickButton(QStringLiteral("interviewerNextButton"), panel);
        auto *stories = panel->findChild<QComboBox *>(QStringLiteral("interviewerStoryCombo"));
        stories->setCurrentIndex(stories->findData(told));
        clickButton(QStringLiteral("interviewerNextButton"), panel);
        QCOMPARE(text(panel, "interviewerProbe"), QStringLiteral("That was the last follow-up question."));

        clickButton(QStringLiteral("rehearseStopButton"), dialog);
        QPointer<QDialog> guard(dialog);
        clickButton(QStringLiteral("rehearseSaveButton"), dialog);
        QTRY_VERIFY(guard.isNull());
        const auto sessions = Practice::PracticeLog(m_store->db()).list({QStringLiteral("question")});
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().title, draft.title);
    }

    void comparesTwoTakesAndDeletesWithTheRecording()
    {
        const qint64 id = story(QStringLiteral("Billing migration"), {QStringLiteral("ownership")});
        const QString uid = Stories::StoryRepository(m_store->db()).load(id)->uid;
        Test::PcmSignal first(16000);
        first.tone(1000).silence(3500).tone(1500).withNoise(0.005);
        Test::PcmSignal second(16000);
        second.silence(400).tone(3000).silence(300).withNoise(0.005);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 older = take(uid, now - 3600, first,
            {{MarkKind::Task, 500, {}}, {MarkKind::Action, 900, {}}, {MarkKind::Result, 5000, {}}});
        const qint64 newer = take(uid, now - 60, second,
            {{MarkKind::Task, 1000, {}}, {MarkKind::Action, 1500, {}}, {MarkKind::Result, 3000, {}}});
        QVERIFY(older != 0 && newer != 0);

        m_window->showWorkspace(Gui::MainWindow::Practice);
        auto *history = find<Gui::HistoryPanel>(QStringLiteral("historyPanel"));
        history->reload(); // the takes were written behind the window's back
        auto *table = history->findChild<QTreeWidget *>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->topLevelItemCount(), 2);
        table->setCurrentItem(table->topLevelItem(0)); // the newer take
        auto *compare = history->findChild<QPushButton *>(QStringLiteral("historyCompareButton"));
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("takeComparisonDialog")))
            && dialog->isVisible());
        auto *view = dialog->findChild<Gui::TakeComparisonView *>();
        QTRY_VERIFY(view->isReady());
        // The earlier take on the left: its pause, and the second take's none.
        QCOMPARE(view->table()->item(0, 0)->text(), QStringLiteral("0:06 (outside 2–4 min)"));
        QCOMPARE(view->table()->item(0, 1)->text(), QStringLiteral("0:03 (outside 2–4 min)"));
        QCOMPARE(view->table()->item(3, 0)->text(), QStringLiteral("1 (longest 0:04)"));
        QCOMPARE(view->table()->item(3, 1)->text(), QStringLiteral("none"));
        QVERIFY2(view->table()->item(1, 1)->text().startsWith(QStringLiteral("0:03 (")),
            qPrintable(view->table()->item(1, 1)->text()));
        QVERIFY(text(view, "takeSummary").contains(QStringLiteral("Long pauses: 1 → 0.")));
        QVERIFY(text(view, "takeSummary").contains(QStringLiteral("The second take is 0:03 shorter")));
        const QString shot = qEnvironmentVariable("STARLOOP_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            dialog->resize(1000, 720);
            QVERIFY(dialog->grab().save(shot + QStringLiteral("/rehearsal-compare.png")));
        }
        dialog->close();

        // Deleting the newer entry offers to delete its recording: yes.
        const QString newerPath = Rehearsal::RecordingLinks(m_store->db()).link(newer)->value().path;
        QVERIFY(QFile::exists(newerPath));
        table->setCurrentItem(table->topLevelItem(0));
        answerMessageBoxes({QMessageBox::Yes, QMessageBox::Yes});
        QTest::mouseClick(
            history->findChild<QPushButton *>(QStringLiteral("historyDeleteButton")), Qt::LeftButton);
        QTRY_COMPARE(table->topLevelItemCount(), 1);
        QVERIFY(!QFile::exists(newerPath));
        QVERIFY(!compare->isEnabled()); // one take left
        // The older one: the entry goes, its recording is kept when the user says no.
        const QString olderPath = Rehearsal::RecordingLinks(m_store->db()).link(older)->value().path;
        answerMessageBoxes({QMessageBox::Yes, QMessageBox::No});
        QTest::mouseClick(
            history->findChild<QPushButton *>(QStringLiteral("historyDeleteButton")), Qt::LeftButton);
        QTRY_COMPARE(table->topLevelItemCount(), 0);
        QVERIFY(QFile::exists(olderPath));
    }
};

QTEST_MAIN(TestRehearsalStudio)
#include "test_rehearsalstudio.moc"
