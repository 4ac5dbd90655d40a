// PracticeLog on a fresh database: sessions are recorded when they start, finished with what
// the timer measured, marked interrupted after a crash, listed by kind and date, and exported
// as CSV that a spreadsheet reads back exactly.
#include "core/practice/fakeclock.h"
#include "core/practice/practicelog.h"
#include "core/practice/practicetimer.h"
#include "core/storage/database.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QTest>

#include <memory>

using namespace Starloop;
using namespace Starloop::Practice;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr qint64 Now = 1'795'000'000; // 2026-11-18T11:06:40Z

// A small RFC 4180 reader, independent of the writer: records of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestPracticeLog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<PracticeLog> m_log;

    void open()
    {
        m_log.reset();
        m_store.reset();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        m_log = std::make_unique<PracticeLog>(m_store->db());
    }

    qint64 startSession(const QString &kind, qint64 at, const QString &title = QStringLiteral("Session"))
    {
        const Result<qint64> id = m_log->start(kind, QString(), title, TimerPlan::leadershipAnswer(), at);
        return id.ok() ? id.value() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        open();
    }

    void cleanup()
    {
        m_log.reset();
        m_store.reset();
        m_temp.reset();
    }

    void startAndFinishASession()
    {
        const Result<qint64> id = m_log->start(QStringLiteral("coding"), QStringLiteral("coding-two-sum"),
            QStringLiteral("Two sum"), TimerPlan::codingRound(), Now);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<PracticeSession> running = m_log->load(id.value());
        QVERIFY(running.ok());
        QCOMPARE(running->status, PracticeSession::Status::Running);
        QCOMPARE(running->kind, QStringLiteral("coding"));
        QCOMPARE(running->ref, QStringLiteral("coding-two-sum"));
        QCOMPARE(running->startedAt, Now);
        QCOMPARE(running->plannedSeconds, 45 * 60);
        QCOMPARE(running->phases.size(), 5);
        QCOMPARE(running->phases.at(2).plannedSeconds, 25 * 60);
        QCOMPARE(running->uid.size(), 36); // a QUuid without braces
        QVERIFY(!running->uid.contains(QLatin1Char('{')));
        QVERIFY(!running->rating.has_value());

        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        timer.start();
        clock.advanceMinutes(47);
        timer.stop();
        const QString notes = QStringLiteral("Forgot the empty input.\nNext time: test first.");
        QVERIFY(m_log->finish(id.value(), timer.summary(), 4, notes).ok());

        const Result<PracticeSession> done = m_log->load(id.value());
        QVERIFY(done.ok());
        QCOMPARE(done->status, PracticeSession::Status::Finished);
        QCOMPARE(done->actualSeconds, 47 * 60);
        QCOMPARE(done->plannedSeconds, 45 * 60);
        QCOMPARE(done->rating, std::optional<int>(4));
        QCOMPARE(done->notes, notes);
        QCOMPARE(done->phases.size(), 5);
        QCOMPARE(done->phases.at(4).name, QStringLiteral("Wrap-up"));
        QCOMPARE(done->phases.at(4).actualSeconds, 5 * 60); // 3 planned + 2 over
        QCOMPARE(done->phases.at(4).overrunSeconds(), 2 * 60);

        // A session is finished once; the second save would overwrite the first.
        const Status again = m_log->finish(id.value(), timer.summary(), 2, QString());
        QVERIFY(!again.ok());
        QCOMPARE(m_log->load(id.value())->rating, std::optional<int>(4));
    }

    void refusesWhatItCannotRecord()
    {
        QVERIFY(
            !m_log->start(QStringLiteral("karaoke"), QString(), QString(), TimerPlan::stopwatch(), Now).ok());
        QVERIFY(!m_log->finish(12345, TimerSummary(), std::nullopt, QString()).ok());
        const qint64 id = startSession(QStringLiteral("free"), Now);
        QVERIFY(id > 0);
        QVERIFY(!m_log->finish(id, TimerSummary(), 6, QString()).ok());
        QCOMPARE(m_log->load(id)->status, PracticeSession::Status::Running);
        QVERIFY(m_log->finish(id, TimerSummary(), std::nullopt, QString()).ok());
        QVERIFY(!m_log->load(id)->rating.has_value());
    }

    void sessionsLeftRunningAreMarkedInterrupted()
    {
        const qint64 finished = startSession(QStringLiteral("story"), Now);
        const qint64 crashed = startSession(QStringLiteral("system-design"), Now + 60);
        QVERIFY(m_log->finish(finished, TimerSummary(), 3, QString()).ok());

        open(); // the application is started again after the crash
        const Result<int> marked = m_log->markInterrupted();
        QVERIFY(marked.ok());
        QCOMPARE(marked.value(), 1);
        QCOMPARE(m_log->load(crashed)->status, PracticeSession::Status::Interrupted);
        QCOMPARE(m_log->load(finished)->status, PracticeSession::Status::Finished);
        QCOMPARE(m_log->markInterrupted().value(), 0);
        // An interrupted session cannot be finished later by mistake.
        QVERIFY(!m_log->finish(crashed, TimerSummary(), 3, QString()).ok());
    }

    // The window closes mid-session: the time spent so far is kept, and the next start marks
    // the session interrupted with that time.
    void theTimeOfASessionLeftRunningIsKept()
    {
        const Result<qint64> id = m_log->start(
            QStringLiteral("coding"), QString(), QStringLiteral("Two sum"), TimerPlan::codingRound(), Now);
        QVERIFY(id.ok());
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::codingRound());
        timer.start();
        clock.advanceSeconds(400);
        QVERIFY(m_log->recordProgress(id.value(), timer.summary()).ok());
        QCOMPARE(m_log->load(id.value())->status, PracticeSession::Status::Running);
        QCOMPARE(m_log->load(id.value())->actualSeconds, 400);

        open(); // the next start
        QCOMPARE(m_log->markInterrupted().value(), 1);
        const Result<PracticeSession> interrupted = m_log->load(id.value());
        QCOMPARE(interrupted->status, PracticeSession::Status::Interrupted);
        QCOMPARE(interrupted->actualSeconds, 400);
        QCOMPARE(interrupted->plannedSeconds, 45 * 60);
        QCOMPARE(interrupted->phases.at(0).actualSeconds, 300);
        QCOMPARE(interrupted->phases.at(1).actualSeconds, 100);
        // Only a running session takes its time.
        QVERIFY(!m_log->recordProgress(id.value(), TimerSummary()).ok());
        QCOMPARE(m_log->load(id.value())->actualSeconds, 400);
        QVERIFY(!m_log->recordProgress(12345, TimerSummary()).ok());
    }

    void listFiltersByKindAndDate()
    {
        const qint64 a = startSession(QStringLiteral("coding"), Now - 3 * Day, QStringLiteral("a"));
        const qint64 b = startSession(QStringLiteral("story"), Now - 2 * Day, QStringLiteral("b"));
        const qint64 c = startSession(QStringLiteral("coding"), Now - 1 * Day, QStringLiteral("c"));
        const qint64 d = startSession(QStringLiteral("coding"), Now, QStringLiteral("d"));

        auto ids = [this](const PracticeFilter &filter) {
            QList<qint64> result;
            const auto sessions = m_log->list(filter);
            if (sessions.ok()) {
                for (const PracticeSession &s : sessions.value())
                    result << s.id;
            }
            return result;
        };
        QCOMPARE(ids({}), QList<qint64>({d, c, b, a})); // newest first
        PracticeFilter coding;
        coding.kind = QStringLiteral("coding");
        QCOMPARE(ids(coding), QList<qint64>({d, c, a}));
        PracticeFilter range; // [from, until)
        range.fromSecs = Now - 2 * Day;
        range.untilSecs = Now;
        QCOMPARE(ids(range), QList<qint64>({c, b}));
        range.kind = QStringLiteral("coding");
        QCOMPARE(ids(range), QList<qint64>({c}));
        PracticeFilter latest;
        latest.limit = 2;
        QCOMPARE(ids(latest), QList<qint64>({d, c}));
        PracticeFilter none;
        none.kind = QStringLiteral("mock-loop");
        QVERIFY(ids(none).isEmpty());

        // A page of the log, and what the filters match counted without reading it.
        PracticeFilter second;
        second.limit = 2;
        second.offset = 2;
        QCOMPARE(ids(second), QList<qint64>({b, a}));
        second.offset = 4;
        QVERIFY(ids(second).isEmpty());
        QCOMPARE(m_log->totals(coding)->sessions, 3);
        QCOMPARE(m_log->totals(range)->sessions, 1);
        QCOMPARE(m_log->totals(none)->sessions, 0);
        QCOMPARE(m_log->totals(none)->actualSeconds, 0);
    }

    void totalsAddTheTimeSpent()
    {
        const qint64 a = startSession(QStringLiteral("coding"), Now - Day);
        const qint64 b = startSession(QStringLiteral("story"), Now);
        TimerSummary summary;
        summary.plannedSeconds = 240;
        summary.actualSeconds = 250;
        QVERIFY(m_log->recordProgress(a, summary).ok());
        summary.actualSeconds = 130;
        QVERIFY(m_log->recordProgress(b, summary).ok());
        QCOMPARE(m_log->totals()->sessions, 2);
        QCOMPARE(m_log->totals()->actualSeconds, 380);
        PracticeFilter story;
        story.kind = QStringLiteral("story");
        QCOMPARE(m_log->totals(story)->actualSeconds, 130);
    }

    void exportsCsvWithProperQuoting()
    {
        const qint64 plain = startSession(QStringLiteral("free"), Now, QStringLiteral("Warm-up"));
        QVERIFY(m_log->finish(plain, TimerSummary(), 5, QStringLiteral("fine")).ok());
        const Result<qint64> tricky = m_log->start(QStringLiteral("question"), QStringLiteral("lp-1"),
            QStringLiteral(" Disagree, commit "), TimerPlan::leadershipAnswer(), Now + Day);
        QVERIFY(tricky.ok());
        const QString notes = QStringLiteral("Said \"we\", not \"I\", twice,\nthen rambled.");
        FakeClock clock;
        PracticeTimer timer(&clock);
        timer.setPlan(TimerPlan::leadershipAnswer());
        timer.start();
        clock.advanceSeconds(250);
        timer.stop();
        QVERIFY(m_log->finish(tricky.value(), timer.summary(), 2, notes).ok());

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Status exported = m_log->exportCsv(buffer);
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        const QString text = QString::fromUtf8(buffer.data());

        QVERIFY(text.startsWith(QLatin1String(
            "uid,started_at,kind,ref,title,status,planned_s,actual_s,rating,phases,notes\r\n")));
        QVERIFY(
            text.contains(QLatin1String("\"Said \"\"we\"\", not \"\"I\"\", twice,\nthen rambled.\"\r\n")));
        QVERIFY(text.contains(QLatin1String(",\" Disagree, commit \",")));
        QVERIFY(text.endsWith(QLatin1String(",fine\r\n")));

        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 3);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 11);
        const QStringList &first = records.at(1); // newest first
        QCOMPARE(first.at(1), QStringLiteral("2026-11-19T11:06:40Z"));
        QCOMPARE(first.at(2), QStringLiteral("question"));
        QCOMPARE(first.at(3), QStringLiteral("lp-1"));
        QCOMPARE(first.at(4), QStringLiteral(" Disagree, commit "));
        QCOMPARE(first.at(5), QStringLiteral("finished"));
        QCOMPARE(first.at(6), QStringLiteral("240"));
        QCOMPARE(first.at(7), QStringLiteral("250"));
        QCOMPARE(first.at(8), QStringLiteral("2"));
        QCOMPARE(first.at(9), QStringLiteral("[{\"actual_s\":250,\"name\":\"Answer\",\"planned_s\":240}]"));
        QCOMPARE(first.at(10), notes);
        QCOMPARE(records.at(2).at(4), QStringLiteral("Warm-up"));
        QCOMPARE(records.at(2).at(8), QStringLiteral("5"));

        PracticeFilter onlyQuestions;
        onlyQuestions.kind = QStringLiteral("question");
        QBuffer filtered;
        QVERIFY(filtered.open(QIODevice::WriteOnly));
        QVERIFY(m_log->exportCsv(filtered, onlyQuestions).ok());
        QCOMPARE(parseCsv(QString::fromUtf8(filtered.data())).size(), 2);
    }

    void exportReportsAFailedWrite()
    {
        startSession(QStringLiteral("free"), Now);
        QBuffer closed; // never opened: every write fails
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        const Status exported = m_log->exportCsv(closed);
        QVERIFY(!exported.ok());
        QVERIFY(exported.errorMessage().contains(QLatin1String("could not be written")));
    }
};

QTEST_GUILESS_MAIN(TestPracticeLog)
#include "test_practicelog.moc"
