#include "media/interviewervoice.h"

#if defined(STARLOOP_HAVE_TEXTTOSPEECH)
#include <QTextToSpeech>
#endif

namespace Starloop::Media {

#if defined(STARLOOP_HAVE_TEXTTOSPEECH)
struct InterviewerVoice::Engine
{
    QTextToSpeech speech;
};
#else
struct InterviewerVoice::Engine
{
};
#endif

InterviewerVoice::InterviewerVoice(QObject *parent)
    : QObject(parent)
{
#if defined(STARLOOP_HAVE_TEXTTOSPEECH)
    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_reason = tr("No speech engine is installed, so the questions are shown but not spoken "
                      "(on Debian: qt6-speech-flite-plugin).");
        return;
    }
    m_engine = std::make_unique<Engine>();
    if (m_engine->speech.state() == QTextToSpeech::Error || m_engine->speech.availableVoices().isEmpty()) {
        m_reason = tr("The speech engine has no voice, so the questions are shown but not spoken.");
        m_engine.reset();
        return;
    }
    connect(&m_engine->speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        const bool speaking = state == QTextToSpeech::Speaking;
        if (state == QTextToSpeech::Error)
            Q_EMIT failed(tr("The question could not be spoken: %1").arg(m_engine->speech.errorString()));
        if (speaking != m_speaking) {
            m_speaking = speaking;
            Q_EMIT speakingChanged(speaking);
        }
    });
#else
    m_reason = tr("This build of Starloop has no speech (it needs Qt 6 TextToSpeech), so the questions "
                  "are shown but not spoken.");
#endif
}

InterviewerVoice::~InterviewerVoice() = default;

bool InterviewerVoice::isAvailable() const
{
    return m_engine != nullptr;
}

QString InterviewerVoice::unavailableReason() const
{
    return m_reason;
}

void InterviewerVoice::say(const QString &text)
{
#if defined(STARLOOP_HAVE_TEXTTOSPEECH)
    if (!m_engine)
        return;
    m_engine->speech.stop();
    m_engine->speech.say(text);
#else
    Q_UNUSED(text)
#endif
}

void InterviewerVoice::stop()
{
#if defined(STARLOOP_HAVE_TEXTTOSPEECH)
    if (m_engine)
        m_engine->speech.stop();
#endif
}

} // namespace Starloop::Media
