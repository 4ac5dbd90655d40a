// installTranslations: loads Starloop's (and Qt's own) translations for a language:
// the explicit choice from Settings, else the system locale. English loads only its plural
// forms (starloop_en.qm), so "%n question(s)" reads "1 question" and "2 questions"; so does a
// language without a catalogue, and the "C" locale.
#pragma once

#include <QString>

namespace Starloop {

// Returns the language actually installed ("de"), or an empty string for English.
QString installTranslations(const QString &language);

} // namespace Starloop
