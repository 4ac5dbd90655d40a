// Core benchmarks, each against a baseline measured in the same run:
//   first-open     a new database: schema + the bundled bank (target <= 500 ms)
//   search-bank    per keystroke as the result list does it (QuestionRepository::search, ranked
//                  ids, then decorate() of the 12 rows a window shows) vs the bare FTS5 query
//   search-50k     the same over 50,000 generated questions (target p95 <= 16 ms, ratio <= 1.2)
//   ...-counts     then the counts of the filter group open by default (Sections), which the
//                  Questions workspace shows beside the results: made by Questions::FacetCounter
//                  on its own thread; timed on the calling thread (the request) and until they
//                  arrive (target p95 <= 100 ms: they follow the results without a visible gap)
//   autosave       one story edit saved with synchronous=FULL (target median <= 5 ms)
// Given a heavy user's file (make_heavy_db), on a copy of it:
//   search-heavy   per keystroke as search-bank, over its 2,000 own questions and notes
//   export-heavy   everything as the export file (DataExport), written to disk
//   import-heavy-preview, import-heavy-apply   that file read into a new user's file: what
//                  File > Import does before it asks (parse, preview) and after (apply)
//                  (target <= 2 s each; baseline: copying the heavy file with VACUUM INTO)
// Usage: bench_core [HEAVY.sqlite]. Prints one JSON object per row.
#include "bankdata/embeddedbank.h"
#include "core/bank/bankcontents.h"
#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/questions/facetcounter.h"
#include "core/questions/questionrepository.h"
#include "core/storage/statement.h"
#include "core/stories/storyrepository.h"
#include "core/userdata.h"
#include "generators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace Starloop;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {
        samples.at(samples.size() / 2), samples.at(std::min(samples.size() - 1, samples.size() * 95 / 100))};
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void row(
    const char *name, const Stats &value, const Stats &baseline, const char *unit, const Stats &caller = {})
{
    std::printf("{\"row\": \"%s\", \"median\": %.3f, \"p95\": %.3f, \"baseline_median\": %.3f, "
                "\"baseline_p95\": %.3f, "
                "\"caller_median\": %.3f, \"caller_p95\": %.3f, \"unit\": \"%s\"}\n",
        name, value.median, value.p95, baseline.median, baseline.p95, caller.median, caller.p95, unit);
    std::fflush(stdout);
}

// What a user types, one keystroke at a time.
const char *const Typed[] = {"dynamodb partition", "lambda cold start", "lru cache", "two pizza teams",
    "consistent hashing", "s3 durability", "bar raiser", "circuit breaker", "ownership", "kinesis stream"};

void benchSearch(Storage::Database &db, const char *name, int rounds)
{
    Questions::QuestionRepository repository(db);
    Storage::Statement bare(db,
        "SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?1 "
        "ORDER BY bm25(questions_fts, 10.0, 5.0, 2.0, 1.0) LIMIT 200");
    Questions::FacetCounter counter(db.path(), Storage::Database::Access::ReadOnly);
    QEventLoop answered;
    QObject::connect(&counter, &Questions::FacetCounter::counted, &answered, &QEventLoop::quit);
    QObject::connect(&counter, &Questions::FacetCounter::failed, &answered, [&](const QString &message) {
        std::fprintf(stderr, "counting failed: %s\n", qPrintable(message));
        answered.quit();
    });
    std::vector<double> app, baseline, counts, requests;
    for (int round = 0; round < rounds; ++round) {
        for (const char *phrase : Typed) {
            const QString text = QString::fromLatin1(phrase);
            for (int i = 1; i <= text.size(); ++i) {
                const auto query = Questions::SearchQuery::fromString(text.left(i));
                const QString match = query.matchExpression();
                if (match.isEmpty())
                    continue;
                QElapsedTimer t;
                t.start();
                bare.bind(1, match);
                while (bare.step()) { }
                bare.reset();
                baseline.push_back(msSince(t));
                t.restart();
                // What the result list does: ranked ids, then the rows a window shows read and marked.
                auto results
                    = repository.search(query, 200, 0, Questions::QuestionRepository::Rows::IdsFirst);
                if (results && !repository.decorate(query, results.value(), 0, 12))
                    qFatal("decorating the rows failed");
                app.push_back(msSince(t));
                // Then the counts beside the filters the workspace has open by default.
                t.restart();
                counter.request(query, 0, Questions::Facets::Sections);
                requests.push_back(msSince(t));
                answered.exec();
                counts.push_back(msSince(t));
                if (!results)
                    std::fprintf(stderr, "search failed: %s\n", qPrintable(results.errorMessage()));
            }
        }
    }
    row(name, stats(app), stats(baseline), "ms per keystroke");
    row((std::string(name) + "-counts").c_str(), stats(counts), stats(baseline), "ms per keystroke",
        stats(requests));
}

// Export and import of everything in the heavy file at `path` (a copy the caller may change).
void benchPortability(const QString &path, const QTemporaryDir &dir, const QByteArray &bank)
{
    Storage::OpenOptions options;
    options.path = path;
    auto heavy = openUserData(options, bank);
    if (!heavy)
        qFatal("%s", qPrintable(heavy.errorMessage()));
    Storage::Database &db = heavy->store->db();
    benchSearch(db, "search-heavy", 3);
    std::vector<double> exports, copies, previews, applies;
    QByteArray json;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto exported = Portability::DataExport::toJson(db);
        QFile file(dir.filePath(QStringLiteral("export-%1.json").arg(i)));
        if (!exported || !file.open(QIODevice::WriteOnly) || file.write(exported.value()) != exported->size())
            qFatal("the export failed");
        file.close();
        exports.push_back(msSince(t));
        json = exported.value();
        const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i));
        t.restart();
        Storage::Statement vacuum(db, "VACUUM INTO ?1");
        vacuum.bind(1, copy).run();
        copies.push_back(msSince(t));
    }
    row("export-heavy", stats(exports), stats(copies), "ms");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        Storage::OpenOptions fresh;
        fresh.path = dir.filePath(QStringLiteral("import-%1.sqlite").arg(i));
        auto target = openUserData(fresh, bank);
        if (!target)
            qFatal("%s", qPrintable(target.errorMessage()));
        QElapsedTimer t;
        t.start();
        const auto parsed = Portability::DataImport::parse(json);
        if (!parsed || !parsed->preview(target->store->db(), now))
            qFatal("the import preview failed");
        previews.push_back(msSince(t));
        t.restart();
        const auto applied = parsed->apply(target->store->db(), now);
        if (!applied)
            qFatal("the import failed: %s", qPrintable(applied.errorMessage()));
        applies.push_back(msSince(t));
    }
    row("import-heavy-preview", stats(previews), stats(copies), "ms");
    row("import-heavy-apply", stats(applies), stats(copies), "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QByteArray bank = Bank::embeddedBankData();

    // First open: schema + bank import, several fresh files. Baseline: creating an empty SQLite
    // file with the same pragmas and no schema.
    std::vector<double> firstOpen, emptyOpen;
    for (int i = 0; i < 7; ++i) {
        Storage::OpenOptions options;
        options.path = dir.filePath(QStringLiteral("first-%1.sqlite").arg(i));
        QElapsedTimer t;
        t.start();
        auto data = openUserData(options, bank);
        firstOpen.push_back(msSince(t));
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
            return 1;
        }
        t.restart();
        auto empty = Storage::Database::open(dir.filePath(QStringLiteral("empty-%1.sqlite").arg(i)),
            Storage::Database::Access::ReadWriteCreate);
        empty->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t(x); DROP TABLE t;");
        emptyOpen.push_back(msSince(t));
    }
    row("first-open", stats(firstOpen), stats(emptyOpen), "ms");

    Storage::OpenOptions options;
    options.path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto data = openUserData(options, bank);
    Storage::Database &db = data->store->db();
    benchSearch(db, "search-bank", 5);

    Test::generateQuestions(db, 50000, 7);
    db.exec("INSERT INTO questions_fts(questions_fts) VALUES ('optimize')");
    benchSearch(db, "search-50k", 3);

    // Autosave: a story edited keystroke by keystroke; baseline: the same-size UPDATE of a plain
    // table with no index, trigger or check (the floor under synchronous=FULL on this disk).
    Stories::StoryRepository stories(db);
    auto story = stories.create(Stories::Story {}, 1);
    db.exec("CREATE TABLE bench_floor(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO bench_floor VALUES (1, "
            "'')");
    Storage::Statement floor(db, "UPDATE bench_floor SET body = ?1 WHERE id = 1");
    std::vector<double> saves, floors;
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += QStringLiteral("I measured the p99 latency and found the hot partition. ").left(1 + i % 50);
        Stories::Story edited = story.value();
        edited.action = text;
        QElapsedTimer t;
        t.start();
        if (!stories.save(edited, 2 + i))
            qFatal("the story could not be saved");
        saves.push_back(msSince(t));
        t.restart();
        floor.bind(1, text).run();
        floors.push_back(msSince(t));
    }
    row("autosave", stats(saves), stats(floors), "ms per save");

    if (argc > 1) {
        const QString heavy = dir.filePath(QStringLiteral("heavy.sqlite"));
        if (!QFile::copy(QString::fromLocal8Bit(argv[1]), heavy))
            qFatal("%s could not be copied", argv[1]);
        benchPortability(heavy, dir, bank);
    }
    return 0;
}
