// libFuzzer harness for Portability::DataImport: any bytes as an export file. parse() must
// refuse or accept without crashing; an accepted file is previewed against a temporary database
// with the small test bank: the preview must leave no transaction open and change no rows, so
// each input starts from the same database.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/portability/dataimport.h"
#include "core/storage/datastore.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Starloop;

namespace {

struct Bench
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::DataStore> store;
};

Bench *bench = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bench = new Bench;
    auto store = Storage::DataStore::open(
        Storage::OpenOptions {bench->dir.filePath(QStringLiteral("fuzz.sqlite")), false, {}});
    FUZZ_CHECK(store.ok(), store.errorMessage());
    bench->store = std::move(store.value());
    QVector<Bank::Diagnostic> diagnostics;
    const auto bank
        = Bank::BankLoader::loadDirectory(QStringLiteral(STARLOOP_TEST_DATA "/minibank"), diagnostics);
    FUZZ_CHECK(diagnostics.isEmpty(), QStringLiteral("the mini bank did not load"));
    FUZZ_CHECK(Bank::BankSync::sync(bench->store->db(), bank, 1000).ok(), QStringLiteral("bank sync failed"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const auto parsed = Portability::DataImport::parse(json);
    if (!parsed) {
        FUZZ_CHECK(!parsed.errorMessage().isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    Storage::Database &db = bench->store->db();
    const qint64 before = db.scalarInt("SELECT count(*) FROM questions")
        + db.scalarInt("SELECT count(*) FROM stories") + db.scalarInt("SELECT count(*) FROM diagrams")
        + db.scalarInt("SELECT count(*) FROM question_state");
    const auto preview = parsed.value().preview(db, 1'800'000'000);
    if (!preview)
        FUZZ_CHECK(!preview.errorMessage().isEmpty(), QStringLiteral("a preview failed without a message"));
    else
        (void)preview->summary();
    FUZZ_CHECK(!db.inTransaction(), QStringLiteral("the preview left a transaction open"));
    const qint64 after = db.scalarInt("SELECT count(*) FROM questions")
        + db.scalarInt("SELECT count(*) FROM stories") + db.scalarInt("SELECT count(*) FROM diagrams")
        + db.scalarInt("SELECT count(*) FROM question_state");
    FUZZ_CHECK(after == before,
        QStringLiteral("the preview changed the database (%1 -> %2 rows)").arg(before).arg(after));
    return 0;
}
