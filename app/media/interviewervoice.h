// InterviewerVoice: speaks the interviewer's probes aloud where Qt TextToSpeech and a voice are
// installed (qt6-speech-flite-plugin on Debian); everywhere else it stays silent and says why,
// and the GUI shows the probe large on screen either way.
//
//   InterviewerVoice voice;
//   if (voice.isAvailable()) voice.say(probe.spokenText());
//   else statusLine->setText(voice.unavailableReason());   // "No voice is installed ..."
#pragma once

#include <QObject>

#include <memory>

namespace Starloop::Media {

class InterviewerVoice : public QObject
{
    Q_OBJECT
public:
    explicit InterviewerVoice(QObject *parent = nullptr);
    ~InterviewerVoice() override;

    bool isAvailable() const;
    QString unavailableReason() const; // empty when available
    // Speaks `text`, cutting off what was being said. Nothing happens when unavailable.
    void say(const QString &text);
    void stop();
    bool isSpeaking() const { return m_speaking; }

Q_SIGNALS:
    void speakingChanged(bool speaking);
    void failed(const QString &message); // the engine failed while speaking (no sound output)

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    QString m_reason;
    bool m_speaking = false;
};

} // namespace Starloop::Media
