// The window without its audio module (a damaged install): the studio says the module is
// missing and where it was looked for, and every recording, playback and analysis fails with
// that message instead of doing nothing.
#include "core/rehearsal/rehearsalerrors.h"
#include "studio/audio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop;
using Studio::Audio;

class TestAudioModule : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_missing;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_missing = m_dir.filePath(QStringLiteral("libstarloop-audio.so")); // never written
        qputenv("STARLOOP_AUDIO_MODULE", m_missing.toLocal8Bit());
    }

    void aMissingModuleIsNamed()
    {
        QCOMPARE(Audio::modulePath(), m_missing);
        QVERIFY(!Audio::canRecord());
        QVERIFY(!Audio::isLoaded());
        const QString reason = Audio::recordingUnavailableReason();
#if defined(STARLOOP_HAVE_MULTIMEDIA)
        QVERIFY2(reason.contains(QStringLiteral("missing")), qPrintable(reason));
        QVERIFY2(reason.contains(QDir::toNativeSeparators(m_missing)), qPrintable(reason));
#else
        QVERIFY2(!reason.isEmpty(), "a build without Qt Multimedia says so");
#endif
        QCOMPARE(Audio::noMicrophoneReason(), reason);
        QVERIFY(Audio::recordingFormat().isEmpty());
    }

    void everyOperationFailsWithTheReason()
    {
        const QString reason = Audio::recordingUnavailableReason();
        Studio::Recorder recorder;
        const Status microphone = recorder.useMicrophone();
        QVERIFY(!microphone);
        QCOMPARE(microphone.errorMessage(), reason);
        QVERIFY(!recorder.start(m_dir.filePath(QStringLiteral("take.wav"))));
        QCOMPARE(recorder.state(), Studio::Recorder::State::Idle);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("take.wav"))));

        Studio::Player player;
        const Status opened = player.open(m_dir.filePath(QStringLiteral("take.wav")));
        QCOMPARE(opened.errorMessage(), reason);
        QVERIFY(!player.isLoaded());

        Studio::FileAnalysis analysis;
        QSignalSpy failed(&analysis, &Studio::FileAnalysis::failed);
        analysis.start(m_dir.filePath(QStringLiteral("take.wav")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), reason);
        QCOMPARE(failed.first().at(1).toInt(), int(Rehearsal::UnreadableFile));
    }
};

QTEST_GUILESS_MAIN(TestAudioModule)
#include "test_audiomodule.moc"
