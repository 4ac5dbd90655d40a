// Between Qt Multimedia's QAudioFormat and core's PcmFormat (core stays free of Qt Multimedia).
//   toPcmFormat(QAudioFormat 48000 Hz, 1 ch, Int16) -> {48000, 1, SampleFormat::Int16}
//   toPcmFormat(a format with an unknown sample type) -> invalid (sampleRate 0)
#pragma once

#include "core/rehearsal/pcmformat.h"

#include <QAudioFormat>

namespace Starloop::Media {

Rehearsal::PcmFormat toPcmFormat(const QAudioFormat &format);
QAudioFormat toAudioFormat(const Rehearsal::PcmFormat &format);

} // namespace Starloop::Media
