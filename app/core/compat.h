// The few places where Qt 5.15 and Qt 6 differ, kept in one header.
#pragma once

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#define STARLOOP_QT6 1
#else
#define STARLOOP_QT6 0
#endif
