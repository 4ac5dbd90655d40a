// MediaSupport and InterviewerVoice in any build: each capability is there or says why not, so
// the GUI can always show the studio or a clear message (the Qt 5 build: no studio).
#include "media/interviewervoice.h"
#include "media/mediasupport.h"

#include <QTest>

using namespace Starloop::Media;

class TestMediaSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAbsenceIsExplained()
    {
        QCOMPARE(MediaSupport::canRecord(), MediaSupport::recordingUnavailableReason().isEmpty());
        QCOMPARE(MediaSupport::hasMicrophone(), MediaSupport::noMicrophoneReason().isEmpty());
        QCOMPARE(MediaSupport::canSpeak(), MediaSupport::speechUnavailableReason().isEmpty());
        InterviewerVoice voice;
        QCOMPARE(voice.isAvailable(), voice.unavailableReason().isEmpty());
        voice.say(QStringLiteral("What data did you use?")); // harmless either way
        voice.stop();
    }

    void buildSaysWhatItHas()
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
        QVERIFY(!MediaSupport::canRecord());
        QVERIFY(MediaSupport::recordingUnavailableReason().contains(QLatin1String("Qt 5")));
        QVERIFY(MediaSupport::recordingFormat().isEmpty());
        QVERIFY(!MediaSupport::hasMicrophone());
#elif defined(STARLOOP_HAVE_MULTIMEDIA)
        QVERIFY(MediaSupport::canRecord());
        QVERIFY(!MediaSupport::recordingFormat().isEmpty());
        if (!MediaSupport::hasMicrophone())
            QVERIFY(MediaSupport::noMicrophoneReason().startsWith(QLatin1String("No microphone")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestMediaSupport)
#include "test_mediasupport.moc"
