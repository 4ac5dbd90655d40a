// applyAppearance: the palette (system, light or dark) and font size chosen in Settings,
// applied to the whole application. Widgets that draw their own colours react to the
// QEvent::PaletteChange this sends.
#pragma once

#include "gui/appsettings.h"

namespace Starloop::Gui {

void applyAppearance(AppSettings::Theme theme, int fontPointSize);
bool isDarkPalette();

} // namespace Starloop::Gui
