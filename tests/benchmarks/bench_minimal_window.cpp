// The baseline for start-up: the smallest Qt Widgets window, shown, then exit once the event
// loop is idle. Prints the moment it became interactive and its peak memory in KiB, as
// bench_startup does.
#include "peakmemory.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 820);
    window.show();
    QTimer::singleShot(0, &app, [] {
        std::printf("{\"interactive_ns\": %lld, \"peak_kib\": %lld}\n", interactiveNs(),
            static_cast<long long>(peakMemoryKiB()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
