// Recorder with a WAV file as its source (there is no microphone here) and with a fake device
// that goes away: start, pause, resume, stop, the live level and analysis, the WAV fallback
// said in the outcome's note, and the bad cases: no input, a device lost mid-recording, a full
// disk at the start and during the recording, the file deleted while recording.
#include "core/rehearsal/rehearsalerrors.h"
#include "media/microphonesource.h"
#include "media/recorder.h"
#include "media/recordingsink.h"
#include "pcmsignal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Media;
using namespace Starloop::Rehearsal;
using Starloop::Test::PcmSignal;

namespace {

// A microphone the test speaks into, and can unplug.
class FakeDevice : public PcmSource
{
public:
    PcmFormat format() const override { return {16000, 1, SampleFormat::Int16}; }
    QString description() const override { return QStringLiteral("Fake microphone"); }
    Status start() override
    {
        running = true;
        return {};
    }
    void pause() override { }
    void resume() override { }
    void stop() override { running = false; }
    void speak(const QByteArray &pcm) { Q_EMIT pcmReady(pcm); }
    void unplug() { Q_EMIT failed(QStringLiteral("The microphone was disconnected."), InputLost); }
    bool running = false;
};

// silence 0.5 s, speech 2 s, pause 3.5 s, speech 1 s, silence 0.5 s
PcmSignal answer()
{
    PcmSignal signal(16000);
    signal.silence(500).tone(2000).silence(3500).tone(1000).silence(500).withNoise(0.005);
    return signal;
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;

    RecordingOutcome recordWhole(Recorder &recorder, const QString &name)
    {
        QSignalSpy finished(&recorder, &Recorder::finished);
        const Status started = recorder.start(m_dir.filePath(name));
        if (!started)
            qWarning() << started.errorMessage();
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<RecordingOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = m_dir.filePath(QStringLiteral("answer.wav"));
        QVERIFY(WavWriter::writeAll(m_source, answer().pcm()).ok());
    }

    void recordsAWavFileSource()
    {
        Recorder recorder;
        recorder.useWavFile(m_source, WavFileSource::Pace::Fast);
        QCOMPARE(recorder.fileSuffix(), QStringLiteral("wav"));
        QSignalSpy states(&recorder, &Recorder::stateChanged);
        QSignalSpy levels(&recorder, &Recorder::levelChanged);
        const RecordingOutcome outcome = recordWhole(recorder, QStringLiteral("take1.wav"));
        QVERIFY2(outcome.complete, qPrintable(outcome.error ? outcome.error->message : QString()));
        QCOMPARE(outcome.path, m_dir.filePath(QStringLiteral("take1.wav")));
        QCOMPARE(outcome.formatName, QStringLiteral("WAV"));
        QVERIFY(outcome.note.startsWith(QLatin1String("Saved as WAV")));
        QCOMPARE(outcome.durationMs, 7500);
        QCOMPARE(outcome.analysis.speech.size(), 2);
        QVERIFY(std::abs(outcome.analysis.speakingMs - 3000) <= 50);
        QCOMPARE(outcome.analysis.pauses.size(), 1);
        QVERIFY(std::abs(outcome.analysis.pauses.first().startMs - 2500) <= 50);
        QVERIFY(std::abs(outcome.analysis.pauses.first().endMs - 6000) <= 50);
        // The file holds exactly what the source did.
        QCOMPARE(WavReader::readAll(outcome.path)->data, WavReader::readAll(m_source)->data);
        QCOMPARE(states.size(), 2); // Recording, Idle
        QCOMPARE(states.last().first().value<Recorder::State>(), Recorder::State::Idle);
        QVERIFY(levels.size() >= 7500 / Recorder::LevelIntervalMs / 2);
        QCOMPARE(recorder.state(), Recorder::State::Idle);
        QCOMPARE(recorder.lastOutcome().path, outcome.path);
    }

    void pausesAndResumesInRealTime()
    {
        Recorder recorder;
        recorder.useWavFile(m_source, WavFileSource::Pace::RealTime);
        QSignalSpy finished(&recorder, &Recorder::finished);
        QVERIFY(recorder.start(m_dir.filePath(QStringLiteral("take2.wav"))).ok());
        QCOMPARE(recorder.state(), Recorder::State::Recording);
        QTRY_VERIFY(recorder.elapsedMs() >= 600);
        QVERIFY(recorder.level().meter() > 0.3); // the first word, live
        recorder.pause();
        QCOMPARE(recorder.state(), Recorder::State::Paused);
        const qint64 atPause = recorder.elapsedMs();
        QTest::qWait(300);
        QVERIFY(recorder.elapsedMs() - atPause < 40); // nothing recorded while paused
        recorder.resume();
        QCOMPARE(recorder.state(), Recorder::State::Recording);
        QTRY_VERIFY(recorder.elapsedMs() >= 1500);
        recorder.stop();
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<RecordingOutcome>();
        QVERIFY(outcome.complete);
        QVERIFY(outcome.durationMs >= 1500 && outcome.durationMs < 2500);
        QCOMPARE(WavReader::readAll(outcome.path)->durationMs(), outcome.durationMs);
        recorder.stop(); // harmless when idle
        QCOMPARE(finished.size(), 1);
    }

    void noSourceOrMissingFile()
    {
        Recorder recorder;
        const Status none = recorder.start(m_dir.filePath(QStringLiteral("x.wav")));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, int(NoInputDevice));
        recorder.useWavFile(m_dir.filePath(QStringLiteral("gone.wav")), WavFileSource::Pace::Fast);
        const Status missing = recorder.start(m_dir.filePath(QStringLiteral("x.wav")));
        QCOMPARE(missing.error().code, int(FileMissing));
        QCOMPARE(recorder.state(), Recorder::State::Idle);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.wav"))));
    }

    void noMicrophone()
    {
        if (!QMediaDevices::audioInputs().isEmpty())
            QSKIP("this machine has a microphone");
        Recorder recorder;
        const Status mic = recorder.useMicrophone();
        QVERIFY(!mic.ok());
        QCOMPARE(mic.error().code, int(NoInputDevice));
        QVERIFY(mic.errorMessage().startsWith(QLatin1String("No microphone was found")));
        QCOMPARE(MicrophoneSource::create("no-such-device").error().code, int(NoInputDevice));
    }

    void deviceLostKeepsThePartialRecording()
    {
        Recorder recorder;
        auto device = std::make_unique<FakeDevice>();
        FakeDevice *mic = device.get();
        recorder.setSource(std::move(device));
        QSignalSpy finished(&recorder, &Recorder::finished);
        QVERIFY(recorder.start(m_dir.filePath(QStringLiteral("lost.wav"))).ok());
        QVERIFY(mic->running);
        const PcmAudio audio = answer().pcm();
        mic->speak(audio.data.left(16000 * 2 * 3)); // 3 s, then the cable is pulled
        mic->unplug();
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<RecordingOutcome>();
        QVERIFY(!outcome.complete);
        QCOMPARE(outcome.error->code, int(InputLost));
        QCOMPARE(outcome.durationMs, 3000);
        QCOMPARE(WavReader::readAll(outcome.path)->durationMs(), 3000); // kept, playable
        QCOMPARE(outcome.analysis.speech.size(), 1);
        QVERIFY(!mic->running);
        QCOMPARE(recorder.state(), Recorder::State::Idle);
        mic->speak(audio.data); // too late: ignored
        QCOMPARE(WavReader::readAll(outcome.path)->durationMs(), 3000);
    }

    void diskFullBeforeStarting()
    {
        Recorder recorder;
        recorder.useWavFile(m_source, WavFileSource::Pace::Fast);
        recorder.setFreeSpaceProbe([](const QString &) { return qint64(2 * 1024 * 1024); });
        const Status started = recorder.start(m_dir.filePath(QStringLiteral("full.wav")));
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, int(DiskFull));
        QVERIFY(started.errorMessage().contains(QLatin1String("free some space")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("full.wav"))));
    }

    void diskFillingUpStopsAndKeeps()
    {
        Recorder recorder;
        recorder.useWavFile(m_source, WavFileSource::Pace::Fast);
        int checks = 0;
        recorder.setFreeSpaceProbe([&checks](const QString &) {
            return ++checks <= 3 ? qint64(1) << 40 : qint64(1024 * 1024); // full after 2 s of audio
        });
        const RecordingOutcome outcome = recordWhole(recorder, QStringLiteral("filling.wav"));
        QVERIFY(!outcome.complete);
        QCOMPARE(outcome.error->code, int(DiskFull));
        QVERIFY2(outcome.error->message.contains(QLatin1String("what was recorded is kept")),
            qPrintable(outcome.error->message));
        QVERIFY(outcome.durationMs >= 2000 && outcome.durationMs < 3500);
        QCOMPARE(WavReader::readAll(outcome.path)->durationMs(), outcome.durationMs);
    }

    void fileDeletedWhileRecording()
    {
        Recorder recorder;
        auto device = std::make_unique<FakeDevice>();
        FakeDevice *mic = device.get();
        recorder.setSource(std::move(device));
        const QString path = m_dir.filePath(QStringLiteral("deleted.wav"));
        QSignalSpy finished(&recorder, &Recorder::finished);
        QVERIFY(recorder.start(path).ok());
        mic->speak(answer().pcm().data.left(16000 * 2));
        QVERIFY(QFile::remove(path)); // a file manager, outside Starloop
        mic->speak(answer().pcm().data.mid(16000 * 2, 16000 * 2));
        recorder.stop();
        const auto outcome = finished.first().first().value<RecordingOutcome>();
        QVERIFY(!outcome.complete);
        QCOMPARE(outcome.error->code, int(FileMissing));
        QCOMPARE(outcome.durationMs, 2000); // the analysis is still there
    }

    void startsAgainAfterAStop()
    {
        Recorder recorder;
        recorder.useWavFile(m_source, WavFileSource::Pace::Fast);
        QVERIFY(recordWhole(recorder, QStringLiteral("again1.wav")).complete);
        QVERIFY(recordWhole(recorder, QStringLiteral("again2.wav")).complete);
        QVERIFY(recorder.start(m_dir.filePath(QStringLiteral("again3.wav"))).ok());
        QVERIFY(!recorder.start(m_dir.filePath(QStringLiteral("again4.wav"))).ok()); // already running
        recorder.stop();
    }

    void recordsAMicrophone()
    {
        // Runs where there is an input device (a developer's machine, or PulseAudio's
        // module-sine-source); CI has none.
        if (QMediaDevices::audioInputs().isEmpty())
            QSKIP("no microphone here");
        Recorder recorder;
        QVERIFY(recorder.useMicrophone().ok());
        const QString suffix = recorder.fileSuffix();
        QSignalSpy finished(&recorder, &Recorder::finished);
        QVERIFY(recorder.start(m_dir.filePath(QStringLiteral("mic.") + suffix)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 1500, 10000);
        recorder.pause();
        QTest::qWait(300);
        recorder.resume();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 2500, 10000);
        recorder.stop();
        QVERIFY(finished.wait(Recorder::StopTimeoutMs + 1000) || !finished.isEmpty());
        const auto outcome = finished.first().first().value<RecordingOutcome>();
        QVERIFY2(outcome.complete, qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY2(QFileInfo(outcome.path).size() > 1000,
            qPrintable(outcome.path + QLatin1Char(' ') + outcome.note));
        QVERIFY(outcome.durationMs >= 2500);
        qInfo("%s, %lld bytes, %s", qPrintable(outcome.formatName), QFileInfo(outcome.path).size(),
            qPrintable(outcome.note));
    }

    void compressedFormatWhereTheEncoderIsInstalled()
    {
        const std::optional<EncoderSink::Format> format = EncoderSink::bestFormat();
        if (!format)
            QSKIP("no compressed audio encoder here: microphone recordings will be WAV");
        QVERIFY(!format->suffix.isEmpty());
        QVERIFY(!format->name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "test_recorder.moc"
