// installTranslations: loads Starloop's (and Qt's own) translations for a language:
// the explicit choice from Settings, else the system locale. English needs none.
#pragma once

#include <QString>

namespace Starloop {

// Returns the language actually installed ("de"), or an empty string for English.
QString installTranslations(const QString &language);

} // namespace Starloop
