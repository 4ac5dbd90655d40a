// Loads the German catalogue from the packed resource and translates one string with it.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString loaded = Starloop::installTranslations(QStringLiteral("de"));
    if (loaded.isEmpty() || !QFile::exists(QStringLiteral(":/i18n/starloop_de.qm"))) {
        std::fprintf(stderr, "the German catalogue is not in the packed resource\n");
        return 1;
    }
    std::printf("loaded %s\n", qPrintable(loaded));
    return 0;
}
