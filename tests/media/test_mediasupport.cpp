// What the studio can do in any build: each capability is there or says why not, so the GUI can
// always show the studio or a clear message (the Qt 5 build: no studio). Recording is the audio
// module's (Studio::Audio, loaded here from the build tree); the voice is InterviewerVoice's.
#include "media/interviewervoice.h"
#include "media/mediasupport.h"
#include "studio/audio.h"

#include <QTest>

using namespace Starloop;
using Media::InterviewerVoice;
using Media::MediaSupport;
using Studio::Audio;

class TestMediaSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAbsenceIsExplained()
    {
        QVERIFY(!Audio::isLoaded()); // nothing asked yet
        QCOMPARE(Audio::canRecord(), Audio::recordingUnavailableReason().isEmpty());
        QCOMPARE(Audio::hasMicrophone(), Audio::noMicrophoneReason().isEmpty());
        QCOMPARE(MediaSupport::canSpeak(), MediaSupport::speechUnavailableReason().isEmpty());
        InterviewerVoice voice;
        QCOMPARE(voice.isAvailable(), voice.unavailableReason().isEmpty());
        voice.say(QStringLiteral("What data did you use?")); // harmless either way
        voice.stop();
    }

    void buildSaysWhatItHas()
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
        QVERIFY(!Audio::canRecord());
        QVERIFY(Audio::recordingUnavailableReason().contains(QLatin1String("Qt 5")));
        QVERIFY(Audio::recordingFormat().isEmpty());
        QVERIFY(!Audio::hasMicrophone());
#elif defined(STARLOOP_HAVE_MULTIMEDIA)
        QVERIFY2(Audio::canRecord(), qPrintable(Audio::recordingUnavailableReason()));
        QVERIFY(Audio::isLoaded());
        QVERIFY(!Audio::recordingFormat().isEmpty());
        QCOMPARE(Audio::recordingFormat(), MediaSupport::recordingFormat());
        if (!Audio::hasMicrophone())
            QVERIFY(Audio::noMicrophoneReason().startsWith(QLatin1String("No microphone")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestMediaSupport)
#include "test_mediasupport.moc"
