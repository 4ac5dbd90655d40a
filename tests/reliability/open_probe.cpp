// open_probe: opens a database with DataStore, as the application would, and says what happened.
//
//   open_probe [--as-nobody] [--read-only] <database>
//   -> "opened"                         (and the file is closed again)
//   -> "refused <OpenFailure> <message>"
//
// --as-nobody: when started as root, drop to the user "nobody" (65534) first. Root ignores
// permission bits, so this is how the read-only folder and file cases are tested as root.
#include "core/storage/datastore.h"

#include <QCoreApplication>

#include <cstdio>
#include <grp.h>
#include <unistd.h>

using namespace Starloop;

namespace {

constexpr uid_t Nobody = 65534;

bool dropToNobody()
{
    if (::geteuid() != 0)
        return true; // already bound by permission bits
    return ::setgroups(0, nullptr) == 0 && ::setgid(Nobody) == 0 && ::setuid(Nobody) == 0
        && ::geteuid() == Nobody;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool asNobody = args.removeAll(QStringLiteral("--as-nobody")) > 0;
    const bool readOnly = args.removeAll(QStringLiteral("--read-only")) > 0;
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: open_probe [--as-nobody] [--read-only] <database>\n");
        return 2;
    }
    if (asNobody && !dropToNobody()) {
        std::fprintf(stderr, "open_probe: cannot switch to user nobody\n");
        return 2;
    }
    Storage::OpenOptions options;
    options.path = args.first();
    options.readOnly = readOnly;
    auto store = Storage::DataStore::open(options);
    if (store)
        std::printf("opened\n");
    else
        std::printf("refused %d %s\n", store.error().code, qPrintable(store.errorMessage()));
    return 0;
}
