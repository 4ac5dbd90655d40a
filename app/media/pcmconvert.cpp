#include "media/pcmconvert.h"

namespace Starloop::Media {

using Rehearsal::PcmFormat;
using Rehearsal::SampleFormat;

PcmFormat toPcmFormat(const QAudioFormat &format)
{
    PcmFormat pcm {format.sampleRate(), format.channelCount(), SampleFormat::Int16};
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        pcm.sampleFormat = SampleFormat::UInt8;
        break;
    case QAudioFormat::Int16:
        pcm.sampleFormat = SampleFormat::Int16;
        break;
    case QAudioFormat::Int32:
        pcm.sampleFormat = SampleFormat::Int32;
        break;
    case QAudioFormat::Float:
        pcm.sampleFormat = SampleFormat::Float;
        break;
    default:
        return {};
    }
    return pcm;
}

QAudioFormat toAudioFormat(const PcmFormat &pcm)
{
    QAudioFormat format;
    format.setSampleRate(pcm.sampleRate);
    format.setChannelCount(pcm.channels);
    switch (pcm.sampleFormat) {
    case SampleFormat::UInt8:
        format.setSampleFormat(QAudioFormat::UInt8);
        break;
    case SampleFormat::Int16:
        format.setSampleFormat(QAudioFormat::Int16);
        break;
    case SampleFormat::Int32:
        format.setSampleFormat(QAudioFormat::Int32);
        break;
    case SampleFormat::Float:
        format.setSampleFormat(QAudioFormat::Float);
        break;
    }
    return format;
}

} // namespace Starloop::Media
