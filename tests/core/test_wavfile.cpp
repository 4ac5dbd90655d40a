// WavWriter and WavReader: a round trip in every supported format, and the bad cases a
// recording meets: a file cut short (crash, lost device), a header from a writer that never
// finished, a full disk, a file deleted outside Starloop, a file that is not WAV.
#include "core/rehearsal/rehearsalerrors.h"
#include "core/rehearsal/wavfile.h"
#include "pcmsignal.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Starloop;
using namespace Starloop::Rehearsal;
using Starloop::Test::PcmSignal;

class TestWavFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("format");
        QTest::newRow("48k mono int16") << 48000 << 1 << int(SampleFormat::Int16);
        QTest::newRow("44.1k stereo int16") << 44100 << 2 << int(SampleFormat::Int16);
        QTest::newRow("16k mono uint8") << 16000 << 1 << int(SampleFormat::UInt8);
        QTest::newRow("48k stereo int32") << 48000 << 2 << int(SampleFormat::Int32);
        QTest::newRow("48k mono float") << 48000 << 1 << int(SampleFormat::Float);
    }

    void roundTrip()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        PcmSignal signal(rate);
        signal.tone(300).silence(200);
        const PcmAudio audio = signal.pcm({rate, channels, SampleFormat(format)});
        QVERIFY(WavWriter::writeAll(path, audio).ok());
        QCOMPARE(QFileInfo(path).size(), 44 + audio.data.size());
        const Result<PcmAudio> read = WavReader::readAll(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->format, audio.format);
        QCOMPARE(read->data, audio.data);
        QCOMPARE(read->durationMs(), 500);
    }

    void readsInPieces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        PcmSignal signal(8000);
        signal.tone(1000);
        QVERIFY(WavWriter::writeAll(path, signal.pcm({8000, 2, SampleFormat::Int16})).ok());
        WavReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.durationMs(), 1000);
        QCOMPARE(reader.read(7).size(), 4); // whole frames only
        qint64 total = 4;
        while (!reader.atEnd())
            total += reader.read(1001).size();
        QCOMPARE(total, 32000);
        QCOMPARE(reader.positionMs(), 1000);
        QVERIFY(reader.read(100).isEmpty());
    }

    void fileCutShortKeepsWhatIsThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        PcmSignal signal(16000);
        signal.tone(2000);
        QVERIFY(WavWriter::writeAll(path, signal.pcm()).ok());
        QFile file(path);
        QVERIFY(file.resize(44 + 16000 * 2 + 1)); // 1 s and half a frame survive
        const Result<PcmAudio> read = WavReader::readAll(path);
        QVERIFY(read.ok());
        QCOMPARE(read->durationMs(), 1000);
        QCOMPARE(read->data.size(), 32000);
    }

    void unfinishedWriterLeavesAPlayableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        PcmSignal signal(16000);
        signal.tone(5000);
        const PcmAudio audio = signal.pcm();
        {
            WavWriter writer;
            QVERIFY(writer.open(path, audio.format).ok());
            QVERIFY(writer.write(audio.data).ok());
            QCOMPARE(writer.durationMs(), 5000);
            // A crash now: copy the file as it is on disk, before finish().
            QVERIFY(QFile::copy(path, dir.filePath(QStringLiteral("crash.wav"))));
        }
        // The header was rewritten along the way, so the copy declares (at least) what it holds.
        QFile crash(dir.filePath(QStringLiteral("crash.wav")));
        QVERIFY(crash.open(QIODevice::ReadOnly));
        const QByteArray header = crash.read(44);
        QVERIFY(qFromLittleEndian<quint32>(header.constData() + 40) > 0);
        QCOMPARE(WavReader::readAll(crash.fileName())->durationMs(), 5000);
        // The writer finished in its destructor.
        QCOMPARE(WavReader::readAll(path)->data, audio.data);
    }

    void diskFull()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        WavWriter writer;
        const Status opened = writer.open(QStringLiteral("/dev/full"), {16000, 1, SampleFormat::Int16});
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, int(DiskFull));
        QVERIFY2(
            opened.errorMessage().contains(QLatin1String("disk is full")), qPrintable(opened.errorMessage()));
        QVERIFY(!writer.isOpen());
        QVERIFY(!writer.write(QByteArray(100, '\0')).ok());
    }

    void missingAndForeignFiles()
    {
        QTemporaryDir dir;
        const Result<PcmAudio> missing = WavReader::readAll(dir.filePath(QStringLiteral("gone.wav")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, int(FileMissing));
        QVERIFY(missing.errorMessage().contains(QLatin1String("no longer there")));

        const QString text = dir.filePath(QStringLiteral("notes.wav"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("RIFF\x10\0\0\0WAVEjunk", 16);
        file.close();
        const Result<PcmAudio> foreign = WavReader::readAll(text);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, int(UnreadableFile));

        // 24-bit PCM is not read (Starloop records 16-bit), and says so.
        PcmSignal signal(8000);
        signal.tone(100);
        const QString wav = dir.filePath(QStringLiteral("24.wav"));
        QVERIFY(WavWriter::writeAll(wav, signal.pcm()).ok());
        QFile patch(wav);
        QVERIFY(patch.open(QIODevice::ReadWrite));
        patch.seek(34);
        patch.write("\x18\0", 2);
        patch.close();
        QCOMPARE(WavReader::readAll(wav).error().code, int(UnreadableFile));
    }
};

QTEST_GUILESS_MAIN(TestWavFile)
#include "test_wavfile.moc"
