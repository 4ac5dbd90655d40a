#include "core/version.h"

#include <QtGlobal>

namespace Starloop {

QString applicationVersion()
{
    return QStringLiteral(STARLOOP_VERSION);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace Starloop
