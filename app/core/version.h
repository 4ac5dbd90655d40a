// Version and build facts shown by --version and the About dialog.
#pragma once

#include <QString>

namespace Starloop {
QString applicationVersion(); // "0.1.0"
QString qtRuntimeVersion(); // the Qt the process runs on
} // namespace Starloop
