// Start-up as a user meets it: Starloop's main window on an existing database with the bundled
// bank, shown, then exit once the event loop is idle (interactive). Prints the moment it became
// interactive (steady clock; the driver subtracts the moment it started the process, so closing
// the window and the file is not counted) and peak memory in KiB.
#include "bankdata/embeddedbank.h"
#include "gui/application.h"
#include "gui/appsettings.h"
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
    // As on any start after the first: the welcome was seen. Written once (the warm-up run), so
    // the timed runs do not pay for saving a setting a real start never writes.
    if (!Starloop::Gui::AppSettings::welcomeShown())
        Starloop::Gui::AppSettings::setWelcomeShown(true);
    Starloop::installTranslations(QString());
    Starloop::Gui::Application application(Starloop::Bank::embeddedBankData());
    if (!application.start(QString::fromLocal8Bit(argv[1])))
        return 2;
    QTimer::singleShot(0, &app, [] {
        std::printf("{\"interactive_ns\": %lld, \"peak_kib\": %lld}\n", interactiveNs(),
            static_cast<long long>(peakMemoryKiB()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
