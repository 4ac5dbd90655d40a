#include "media/fileanalysis.h"

#include "core/rehearsal/rehearsalerrors.h"
#include "core/rehearsal/wavfile.h"
#include "media/pcmconvert.h"

#include <QAudioDecoder>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace Starloop::Media {

FileAnalysis::FileAnalysis(QObject *parent)
    : QObject(parent)
{ }

FileAnalysis::~FileAnalysis() = default;

void FileAnalysis::start(const QString &path)
{
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->stop();
    }
    m_path = path;
    m_running = true;
    m_analyzer.reset();
    m_analysis = {};
    m_waveform = Rehearsal::Waveform();
    QTimer::singleShot(0, this, [this, path] {
        if (path != m_path)
            return; // started again meanwhile
        if (!QFileInfo(path).isFile())
            fail(tr("The recording %1 is no longer there.").arg(path), Rehearsal::FileMissing);
        else if (path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
            analyseWav();
        else
            decode();
    });
}

void FileAnalysis::analyseWav()
{
    Rehearsal::WavReader reader;
    if (Status opened = reader.open(m_path); !opened) {
        fail(opened.errorMessage(), opened.error().code);
        return;
    }
    m_analyzer = std::make_unique<Rehearsal::AudioAnalyzer>(reader.format());
    const qint64 chunk = reader.format().framesForMs(1000) * reader.format().bytesPerFrame();
    while (!reader.atEnd())
        m_analyzer->feed(reader.read(chunk));
    done();
}

void FileAnalysis::decode()
{
    m_decoder = std::make_unique<QAudioDecoder>();
    // Speech needs no more than 16 kHz mono; decoding straight to it keeps the work small.
    m_decoder->setAudioFormat(toAudioFormat({16000, 1, Rehearsal::SampleFormat::Int16}));
    connect(m_decoder.get(), &QAudioDecoder::bufferReady, this, [this] {
        while (m_decoder->bufferAvailable()) {
            const QAudioBuffer buffer = m_decoder->read();
            const Rehearsal::PcmFormat format = toPcmFormat(buffer.format());
            if (!m_analyzer)
                m_analyzer = std::make_unique<Rehearsal::AudioAnalyzer>(format);
            if (format == m_analyzer->format())
                m_analyzer->feed(buffer.constData<char>(), buffer.byteCount());
        }
    });
    connect(m_decoder.get(), &QAudioDecoder::finished, this, [this] {
        if (!m_analyzer)
            fail(tr("The recording %1 holds no sound.").arg(m_path), Rehearsal::UnreadableFile);
        else
            done();
    });
    connect(m_decoder.get(), qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
        [this](QAudioDecoder::Error) {
            fail(tr("The recording %1 could not be decoded: %2").arg(m_path, m_decoder->errorString()),
                Rehearsal::UnreadableFile);
        });
    m_decoder->setSource(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()));
    m_decoder->start();
}

void FileAnalysis::done()
{
    m_analysis = m_analyzer->finish();
    m_waveform = m_analyzer->waveform();
    m_running = false;
    Q_EMIT finished();
}

void FileAnalysis::fail(const QString &message, int code)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->stop();
    }
    Q_EMIT failed(message, code);
}

} // namespace Starloop::Media
