// AudioAnalyzer on generated PCM: tones stand in for speech, silences of known lengths between
// them, with and without background noise. Speech, speaking time and pauses must come out
// within 50 ms of what was generated, fed whole or buffer by buffer, in any sample format.
#include "core/rehearsal/audioanalyzer.h"
#include "core/rehearsal/wavfile.h"
#include "pcmsignal.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Rehearsal;
using Starloop::Test::PcmSignal;

namespace {

constexpr qint64 Tolerance = 50;

// silence 1 s, speech 2 s, pause 3.5 s, speech 1.5 s, gap 1.2 s, speech 0.8 s, silence 0.5 s
PcmSignal answer(int rate = 48000)
{
    PcmSignal signal(rate);
    signal.silence(1000).tone(2000).silence(3500).tone(1500).silence(1200).tone(800).silence(500);
    return signal;
}

bool near(qint64 actual, qint64 expected)
{
    return std::abs(actual - expected) <= Tolerance;
}

QString describe(const QVector<TimeSpan> &spans)
{
    QStringList parts;
    for (const TimeSpan &s : spans)
        parts << QStringLiteral("[%1, %2)").arg(s.startMs).arg(s.endMs);
    return parts.join(QLatin1Char(' '));
}

void expectSpans(const QVector<TimeSpan> &actual, const QVector<TimeSpan> &expected)
{
    const QString message = describe(actual) + QStringLiteral(" vs ") + describe(expected);
    QVERIFY2(actual.size() == expected.size(), qPrintable(message));
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(near(actual.at(i).startMs, expected.at(i).startMs), qPrintable(message));
        QVERIFY2(near(actual.at(i).endMs, expected.at(i).endMs), qPrintable(message));
    }
}

void expectAnswer(const AudioAnalysis &a)
{
    QCOMPARE(a.durationMs, 10500);
    expectSpans(a.speech, {{1000, 3000}, {6500, 8000}, {9200, 10000}});
    QVERIFY2(near(a.speakingMs, 4300), qPrintable(QString::number(a.speakingMs)));
    QVERIFY(near(a.silenceMs(), 6200));
    expectSpans(a.pauses, {{3000, 6500}}); // the 1.2 s gap is not a long pause
}

} // namespace

class TestAudioAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tonesAndSilences() { expectAnswer(AudioAnalyzer::analyse(answer().pcm())); }

    void tonesAndSilencesUnderNoise()
    {
        // Noise at about -40 dBFS, tones at about -15 dBFS.
        const AudioAnalysis a = AudioAnalyzer::analyse(answer().withNoise(0.017).pcm());
        expectAnswer(a);
        QVERIFY2(a.noiseFloorDb > -43 && a.noiseFloorDb < -37, qPrintable(QString::number(a.noiseFloorDb)));
    }

    void loudRoom()
    {
        // A noisy room (about -29 dBFS) and a voice only 14 dB above it.
        PcmSignal signal(16000);
        signal.silence(1000).tone(2000, 0.25).silence(3500).tone(1500, 0.25).silence(1200).tone(800, 0.25);
        signal.silence(500).withNoise(0.06);
        expectAnswer(AudioAnalyzer::analyse(signal.pcm()));
    }

    void quietVoiceInSilence()
    {
        // A voice at -45 dBFS in digital silence is still a voice.
        PcmSignal signal(44100);
        signal.silence(1000).tone(2000, 0.008).silence(3500).tone(1500, 0.008).silence(1200).tone(800, 0.008);
        signal.silence(500);
        expectAnswer(AudioAnalyzer::analyse(signal.pcm()));
    }

    void fedBufferByBuffer_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("chunk");
        QTest::newRow("mono int16, 4096") << 1 << int(SampleFormat::Int16) << 4096;
        QTest::newRow("stereo int16, odd 777") << 2 << int(SampleFormat::Int16) << 777;
        QTest::newRow("stereo float, 1000") << 2 << int(SampleFormat::Float) << 1000;
        QTest::newRow("mono uint8, 333") << 1 << int(SampleFormat::UInt8) << 333;
        QTest::newRow("mono int32, 10 ms") << 1 << int(SampleFormat::Int32) << 1920;
    }

    void fedBufferByBuffer()
    {
        QFETCH(int, channels);
        QFETCH(int, format);
        QFETCH(int, chunk);
        const PcmFormat pcmFormat {48000, channels, SampleFormat(format)};
        const PcmAudio audio = answer().withNoise(0.01).pcm(pcmFormat);
        AudioAnalyzer analyzer(pcmFormat);
        for (int at = 0; at < audio.data.size(); at += chunk)
            analyzer.feed(audio.data.mid(at, chunk));
        QCOMPARE(analyzer.durationMs(), 10500);
        const AudioAnalysis streamed = analyzer.finish();
        expectAnswer(streamed);
        const AudioAnalysis whole = AudioAnalyzer::analyse(audio);
        QCOMPARE(streamed.speech, whole.speech);
        QCOMPARE(streamed.pauses, whole.pauses);
    }

    void fedByteByByte()
    {
        // Buffers smaller than a frame: every frame is cut between buffers.
        PcmSignal signal(16000);
        signal.tone(100).silence(100);
        const PcmAudio audio = signal.pcm({16000, 2, SampleFormat::Int16});
        AudioAnalyzer analyzer(audio.format);
        for (const char byte : audio.data)
            analyzer.feed(&byte, 1);
        QCOMPARE(analyzer.durationMs(), 200);
        AudioAnalyzer whole(audio.format);
        whole.feed(audio.data);
        QCOMPARE(analyzer.waveform().buckets(20).size(), 20);
        for (int b = 0; b < 20; ++b)
            QCOMPARE(analyzer.waveform().buckets(20).at(b).max, whole.waveform().buckets(20).at(b).max);
        QCOMPARE(analyzer.finish().speech, whole.finish().speech);
    }

    void liveWhileRecording()
    {
        const PcmAudio audio = answer().withNoise(0.01).pcm();
        AudioAnalyzer analyzer(audio.format);
        const int bytesPerMs = audio.format.bytesPerFrame() * 48;
        // 2 s in: speaking, the first word open.
        analyzer.feed(audio.data.left(2000 * bytesPerMs));
        QVERIFY(analyzer.level().speaking);
        QVERIFY(analyzer.level().meter() > 0.6);
        AudioAnalysis live = analyzer.current();
        QCOMPARE(live.speech.size(), 1);
        QVERIFY(near(live.speech.first().startMs, 1000));
        QCOMPARE(analyzer.trailingSilenceMs(), 0);
        // 5.5 s in: 2.5 s into the pause, not yet a long one.
        analyzer.feed(audio.data.mid(2000 * bytesPerMs, 3500 * bytesPerMs));
        QVERIFY(!analyzer.level().speaking);
        QVERIFY(analyzer.level().meter() < 0.4);
        QVERIFY2(near(analyzer.trailingSilenceMs(), 2500),
            qPrintable(QString::number(analyzer.trailingSilenceMs())));
        QVERIFY(analyzer.current().pauses.isEmpty());
        // 7 s in: the pause is over and marked.
        analyzer.feed(audio.data.mid(5500 * bytesPerMs, 1500 * bytesPerMs));
        live = analyzer.current();
        expectSpans(live.pauses, {{3000, 6500}});
        analyzer.feed(audio.data.mid(7000 * bytesPerMs));
        expectAnswer(analyzer.finish());
        QVERIFY(analyzer.isFinished());
        analyzer.feed(audio.data.left(1000)); // ignored after finish()
        QCOMPARE(analyzer.durationMs(), 10500);
    }

    void speechFromTheFirstSample()
    {
        PcmSignal signal(48000);
        signal.tone(2000).silence(4000).tone(2000);
        const PcmAudio audio = signal.pcm();
        AudioAnalyzer analyzer(audio.format);
        analyzer.feed(audio.data.left(2 * 48000)); // the first second, live
        QVERIFY(analyzer.level().speaking);
        analyzer.feed(audio.data.mid(2 * 48000));
        const AudioAnalysis a = analyzer.finish();
        expectSpans(a.speech, {{0, 2000}, {6000, 8000}});
        expectSpans(a.pauses, {{2000, 6000}});
    }

    void breathsAreBridgedClicksIgnored()
    {
        PcmSignal signal(48000);
        signal.silence(500).tone(500).silence(150).tone(500); // a breath inside a sentence
        signal.silence(2000).tone(20, 0.5).silence(2000); // a click: too short to be speech
        const AudioAnalysis a = AudioAnalyzer::analyse(signal.pcm());
        expectSpans(a.speech, {{500, 1650}});
        QVERIFY(near(a.speakingMs, 1150));
        QVERIFY(a.pauses.isEmpty());
    }

    void pauseOfThreeSecondsCounts()
    {
        PcmSignal signal(48000);
        signal.tone(1000).silence(3000).tone(1000).silence(2900).tone(1000);
        const AudioAnalysis a = AudioAnalyzer::analyse(signal.pcm());
        expectSpans(a.pauses, {{1000, 4000}});
    }

    void silenceOnly()
    {
        PcmSignal signal(48000);
        signal.silence(5000).withNoise(0.01);
        const AudioAnalysis a = AudioAnalyzer::analyse(signal.pcm());
        QVERIFY(!a.hasSpeech());
        QCOMPARE(a.speakingMs, 0);
        QCOMPARE(a.silenceMs(), 5000);
        QCOMPARE(a.answerSpan(), (TimeSpan {0, 5000}));
        QVERIFY(AudioAnalyzer::analyse(PcmAudio {{48000, 1, SampleFormat::Int16}, {}}).speech.isEmpty());
    }

    void levelMeter()
    {
        AudioAnalyzer analyzer({48000, 1, SampleFormat::Int16});
        QCOMPARE(analyzer.level().meter(), 0.0);
        PcmSignal loud(48000);
        loud.tone(200, 1.0);
        analyzer.feedMono(loud.mono().constData(), loud.mono().size());
        const AudioLevel level = analyzer.level();
        QVERIFY(level.clipping);
        QVERIFY(level.peakDb > -0.1);
        QVERIFY(std::abs(level.rmsDb - -3.0) < 0.2); // a full-scale sine
        QVERIFY(level.meter() > 0.9);
        PcmSignal quiet(48000);
        quiet.silence(200);
        analyzer.feedMono(quiet.mono().constData(), quiet.mono().size());
        QCOMPARE(analyzer.level().rmsDb, -100.0);
        QCOMPARE(analyzer.level().meter(), 0.0);
        QVERIFY(!analyzer.level().clipping);
    }

    void waveformBuckets()
    {
        PcmSignal signal(48000);
        signal.silence(1000).tone(1000, 0.5).silence(1000);
        AudioAnalyzer analyzer(signal.pcm().format);
        analyzer.feed(signal.pcm().data);
        const Waveform &waveform = analyzer.waveform();
        QCOMPARE(waveform.durationMs(), 3000);
        const QVector<WaveformBucket> buckets = waveform.buckets(30);
        QCOMPARE(buckets.size(), 30);
        for (int b = 0; b < 30; ++b) {
            const bool tone = b >= 10 && b < 20;
            QVERIFY2(tone ? buckets[b].max > 0.45f && buckets[b].min < -0.45f : buckets[b].max < 0.01f,
                qPrintable(QString::number(b)));
            if (tone)
                QVERIFY(std::abs(buckets[b].rms - 0.5f / std::sqrt(2.0f)) < 0.02f);
        }
        // Zoomed in past one frame per bucket: each bucket shows the frame under it.
        const QVector<WaveformBucket> zoomed = waveform.buckets(100, 995, 1005);
        QCOMPARE(zoomed.size(), 100);
        QVERIFY(zoomed.first().max < 0.01f);
        QVERIFY(zoomed.last().max > 0.45f);
        // Past the end: silent buckets, no crash.
        const QVector<WaveformBucket> beyond = waveform.buckets(10, 2500, 4000);
        QCOMPARE(beyond.size(), 10);
        QCOMPARE(beyond.last().max, 0.0f);
        QVERIFY(waveform.buckets(0).isEmpty());
    }

    void analyseWavFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("take.wav"));
        QVERIFY(WavWriter::writeAll(path, answer(22050).withNoise(0.01).pcm({22050, 2, SampleFormat::Int16}))
                    .ok());
        const Result<PcmAudio> audio = WavReader::readAll(path);
        QVERIFY(audio.ok());
        expectAnswer(AudioAnalyzer::analyse(audio.value()));
    }
};

QTEST_GUILESS_MAIN(TestAudioAnalyzer)
#include "test_audioanalyzer.moc"
