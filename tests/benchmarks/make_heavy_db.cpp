// make_heavy_db: writes the file of a heavy user (tests/support/heavyuser.h) for the benchmarks
// and for trying Starloop at scale:
//
//   make_heavy_db heavy.sqlite                 # a year of use: 1,000 stories, 100,000 reviews, ...
//   make_heavy_db heavy10.sqlite --scale 10    # ten times as much
//   starloop --database heavy.sqlite
//
// --seed picks another file of the same size; --now (seconds since the epoch) ends the year of
// use at that moment instead of now, so the same seed and moment give the same file.
// Prints one JSON line: the path, the scale and how long writing took.
#include "bankdata/embeddedbank.h"
#include "core/storage/storageerror.h"
#include "core/userdata.h"
#include "heavyuser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Starloop;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a heavy user's Starloop file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("The new file (must not exist)."));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Times the 1x counts."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The generator's seed."),
        QStringLiteral("n"), QStringLiteral("28"));
    const QCommandLineOption now(QStringLiteral("now"),
        QStringLiteral("The end of the year of use, in seconds since the epoch."), QStringLiteral("secs"));
    parser.addOptions({scale, seed, now});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists already; give a new file\n", qPrintable(path));
        return 2;
    }
    const int factor = parser.value(scale).toInt();
    if (factor < 1) {
        std::fprintf(stderr, "--scale takes a whole number of at least 1\n");
        return 2;
    }
    const qint64 end
        = parser.isSet(now) ? parser.value(now).toLongLong() : QDateTime::currentSecsSinceEpoch();

    QElapsedTimer timer;
    timer.start();
    Storage::OpenOptions options;
    options.path = path;
    auto data = openUserData(options, Bank::embeddedBankData());
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
        return 1;
    }
    try {
        Test::generateHeavyUser(
            data->store->db(), Test::HeavyUserSize::scaled(factor), parser.value(seed).toUInt(), end);
    } catch (const Storage::StorageError &error) {
        std::fprintf(stderr, "writing failed: %s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("{\"row\": \"make-heavy-db\", \"path\": \"%s\", \"scale\": %d, \"ms\": %.1f}\n",
        qPrintable(path), factor, timer.nsecsElapsed() / 1e6);
    return 0;
}
