// FileAnalysis: the analysis and waveform of a saved recording, for the studio's playback view
// and for comparing takes. A WAV file is read directly; anything else (Ogg Opus, M4A, FLAC) is
// decoded with QAudioDecoder. Always answers through a signal, a turn of the event loop later
// at the earliest.
//
//   FileAnalysis *analysis = new FileAnalysis(this);
//   connect(analysis, &FileAnalysis::finished, this, [=] {
//       waveformView->setWaveform(analysis->waveform());
//       timings = SpokenTimings::fromMarks(link.marks, analysis->analysis());
//   });
//   connect(analysis, &FileAnalysis::failed, ...);   // FileMissing, UnreadableFile
//   analysis->start(link.path);
#pragma once

#include "core/rehearsal/audioanalyzer.h"

#include <QObject>

#include <memory>

class QAudioDecoder;

namespace Starloop::Media {

class FileAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit FileAnalysis(QObject *parent = nullptr);
    ~FileAnalysis() override;

    void start(const QString &path);
    bool isRunning() const { return m_running; }
    const Rehearsal::AudioAnalysis &analysis() const { return m_analysis; }
    const Rehearsal::Waveform &waveform() const { return m_waveform; }

Q_SIGNALS:
    void finished();
    void failed(const QString &message, int code);

private:
    void analyseWav();
    void decode();
    void done();
    void fail(const QString &message, int code);

    QString m_path;
    bool m_running = false;
    std::unique_ptr<QAudioDecoder> m_decoder;
    std::unique_ptr<Rehearsal::AudioAnalyzer> m_analyzer;
    Rehearsal::AudioAnalysis m_analysis;
    Rehearsal::Waveform m_waveform;
};

} // namespace Starloop::Media
