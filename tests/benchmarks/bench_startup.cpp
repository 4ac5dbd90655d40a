// Start-up as a user meets it: Starloop's main window on an existing database with the bundled
// bank, shown, then exit once the event loop is idle (interactive). The driver times the whole
// process. Prints peak memory in KiB.
#include "appsettings.h"
#include "application.h"
#include "embeddedbank.h"
#include "peakmemory.h"
#include "translations.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StarloopBench"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop-bench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup DATABASE\n");
        return 2;
    }
    Starloop::Gui::AppSettings::setWelcomeShown(true);
    Starloop::installTranslations(QString());
    Starloop::Gui::Application application(Starloop::Bank::embeddedBankData());
    if (!application.start(QString::fromLocal8Bit(argv[1])))
        return 2;
    QTimer::singleShot(0, &app, [] {
        std::printf("{\"peak_kib\": %lld}\n", static_cast<long long>(peakMemoryKiB()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
