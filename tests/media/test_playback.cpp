// Playback and the analysis of saved recordings: a WAV read directly and through Qt
// Multimedia's decoder (as an Ogg Opus recording is), a missing file reported as missing, and
// the player loading, seeking and changing speed (no speakers here: playing says so).
#include "core/rehearsal/rehearsalerrors.h"
#include "media/fileanalysis.h"
#include "media/player.h"
#include "pcmsignal.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Media;
using namespace Starloop::Rehearsal;
using Starloop::Test::PcmSignal;

class TestPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;

private Q_SLOTS:
    void initTestCase()
    {
        PcmSignal signal(48000);
        signal.silence(500).tone(1500).silence(3200).tone(1000).silence(300).withNoise(0.005);
        m_wav = m_dir.filePath(QStringLiteral("take.wav"));
        QVERIFY(WavWriter::writeAll(m_wav, signal.pcm({48000, 2, SampleFormat::Int16})).ok());
    }

    void analysesAWavFile()
    {
        FileAnalysis analysis;
        QSignalSpy finished(&analysis, &FileAnalysis::finished);
        analysis.start(m_wav);
        QVERIFY(analysis.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(analysis.analysis().durationMs, 6500);
        QCOMPARE(analysis.analysis().pauses.size(), 1);
        QVERIFY(std::abs(analysis.analysis().speakingMs - 2500) <= 50);
        QCOMPARE(analysis.waveform().durationMs(), 6500);
        QCOMPARE(analysis.waveform().buckets(650).size(), 650);
    }

    void analysesThroughTheDecoder()
    {
        // Not named .wav, so it goes through QAudioDecoder like a compressed recording.
        const QString other = m_dir.filePath(QStringLiteral("take.audio"));
        QVERIFY(QFile::copy(m_wav, other));
        FileAnalysis analysis;
        QSignalSpy finished(&analysis, &FileAnalysis::finished);
        QSignalSpy failed(&analysis, &FileAnalysis::failed);
        analysis.start(other);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 10000);
        if (!failed.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no decoder here: ") + failed.first().first().toString()));
        QVERIFY(std::abs(analysis.analysis().durationMs - 6500) <= 50);
        QCOMPARE(analysis.analysis().pauses.size(), 1);
        QVERIFY(std::abs(analysis.analysis().speakingMs - 2500) <= 50);
    }

    void missingRecording()
    {
        FileAnalysis analysis;
        QSignalSpy failed(&analysis, &FileAnalysis::failed);
        analysis.start(m_dir.filePath(QStringLiteral("deleted.opus")));
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().at(1).toInt(), int(FileMissing));

        Player player;
        const Status opened = player.open(m_dir.filePath(QStringLiteral("deleted.opus")));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, int(FileMissing));
        QSignalSpy playFailed(&player, &Player::failed);
        player.play();
        QCOMPARE(playFailed.size(), 1);
        QCOMPARE(playFailed.first().at(1).toInt(), int(FileMissing));
    }

    void loadsSeeksAndChangesSpeed()
    {
        Player player;
        QVERIFY(player.open(m_wav).ok());
        QTRY_VERIFY_WITH_TIMEOUT(player.isLoaded(), 10000);
        QTRY_VERIFY(std::abs(player.duration() - 6500) <= 50);
        player.setSpeed(Player::FastSpeed);
        QCOMPARE(player.speed(), 1.5);
        player.setSpeed(Player::NormalSpeed);
        QCOMPARE(player.speed(), 1.0);
        player.seek(3000);
        QTRY_COMPARE(player.position(), 3000);
        player.seek(999999);
        QTRY_VERIFY(player.position() <= player.duration());
        if (QMediaDevices::audioOutputs().isEmpty()) {
            QSignalSpy failed(&player, &Player::failed);
            player.play();
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().at(1).toInt(), int(NoOutputDevice));
            QVERIFY(!player.isPlaying());
        }
    }
};

QTEST_GUILESS_MAIN(TestPlayback)
#include "test_playback.moc"
