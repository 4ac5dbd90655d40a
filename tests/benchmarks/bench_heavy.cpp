// The window on a heavy user's file (tests/support/heavyuser.h), against a new user's file (the
// bundled bank and nothing else) measured in the same run:
//   first show of each workspace and tab a user opens: the Stories list, Coverage, the Diagrams
//   list, Practice (it opens on Today), Due Today, History, Dashboard; timed from the click until
//   the event loop is idle again with the window painted (target <= 100 ms, the median of the
//   rounds: each round opens the file again and builds a new window)
//   filtering History by kind and period, per change (target p95 <= 16 ms)
// Usage: bench_heavy HEAVY.sqlite NEW.sqlite [ROUNDS]. Prints one JSON object per row.
#include "core/storage/datastore.h"
#include "core/userdata.h"
#include "gui/mainwindow.h"
#include "gui/practice/practiceworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace Starloop;

namespace {

// Until the events posted so far (the repaint among them) and what they posted have run.
void settle()
{
    for (int i = 0; i < 2; ++i) {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

double timed(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    settle();
    return timer.nsecsElapsed() / 1e6;
}

double percentile(std::vector<double> samples, int percent)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, samples.size() * size_t(percent) / 100));
}

using Samples = std::map<std::string, std::vector<double>>;

// The first-show rows, in the order a user meets them; History's filter changes after them.
const char *const Shows[]
    = {"Stories list", "Coverage", "Diagrams list", "Practice (Today)", "Due Today", "History", "Dashboard"};

bool measure(const QString &path, Samples &samples)
{
    Storage::OpenOptions options;
    options.path = path;
    auto data = openUserData(options, QByteArray());
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
        return false;
    }
    Gui::MainWindow window(*data->store);
    window.showWorkspace(Gui::MainWindow::Questions);
    window.resize(1280, 820);
    window.show();
    settle();
    auto tab = [&window](const char *name, int index) {
        window.findChild<QTabWidget *>(QString::fromLatin1(name))->setCurrentIndex(index);
    };
    using Practice = Gui::PracticeWorkspace;
    const std::function<void()> actions[] = {
        [&] { window.showWorkspace(Gui::MainWindow::Stories); },
        [&] { tab("storiesTabs", 1); },
        [&] { window.showWorkspace(Gui::MainWindow::Diagrams); },
        [&] { window.showWorkspace(Gui::MainWindow::Practice); },
        [&] { tab("practiceTabs", Practice::DueTab); },
        [&] { tab("practiceTabs", Practice::HistoryTab); },
        [&] { tab("practiceTabs", Practice::DashboardTab); },
    };
    for (size_t i = 0; i < std::size(Shows); ++i)
        samples[Shows[i]].push_back(timed(actions[i]));

    tab("practiceTabs", Practice::HistoryTab);
    settle();
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("historyKind"));
    auto *period = window.findChild<QComboBox *>(QStringLiteral("historyPeriod"));
    for (int step = 0; step < 2 * kind->count(); ++step) {
        samples["History filter"].push_back(
            timed([&] { kind->setCurrentIndex((step + 1) % kind->count()); }));
        samples["History filter"].push_back(
            timed([&] { period->setCurrentIndex((period->currentIndex() + 1) % period->count()); }));
    }
    window.hide();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StarloopBench"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop-bench"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_heavy HEAVY.sqlite NEW.sqlite [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    Samples heavy, fresh;
    for (int round = 0; round < rounds; ++round) {
        if (!measure(QString::fromLocal8Bit(argv[2]), fresh)
            || !measure(QString::fromLocal8Bit(argv[1]), heavy))
            return 1;
    }
    for (const char *show : Shows) {
        std::printf(
            "{\"row\": \"first show: %s\", \"median\": %.3f, \"max\": %.3f, \"baseline_median\": %.3f, "
            "\"target_ms\": 100, \"statistic\": \"median\"}\n",
            show, percentile(heavy[show], 50), percentile(heavy[show], 100), percentile(fresh[show], 50));
    }
    const auto &filter = heavy["History filter"];
    std::printf(
        "{\"row\": \"History: filter by kind or period\", \"median\": %.3f, \"p95\": %.3f, "
        "\"baseline_median\": %.3f, \"baseline_p95\": %.3f, \"target_ms\": 16, \"statistic\": \"p95\"}\n",
        percentile(filter, 50), percentile(filter, 95), percentile(fresh["History filter"], 50),
        percentile(fresh["History filter"], 95));
    return 0;
}
