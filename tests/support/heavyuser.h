// The file of a heavy user: a year of daily use, for benchmarks and for trying the app at scale.
// Written through SQL into the real schema (prepared statements, a few transactions), so a 1x
// file takes seconds; it passes `starloop check` and opens in the window. Deterministic for a
// seed and a reference time (`nowSecs`: the year of use ends then).
//
//   auto data = openUserData(options, Bank::embeddedBankData()).value();   // schema + bank
//   const HeavyUserSize size = HeavyUserSize::scaled(1);   // 1,000 stories, 100,000 reviews, ...
//   generateHeavyUser(data.store->db(), size, 28, QDateTime::currentSecsSinceEpoch());
//
// What it holds at 1x (each count times the factor at 10x):
//   1,000 STAR stories (1-3 principles, a primary one, some linked to behavioral questions),
//   500 diagrams of 6 to 60 nodes with 0 to 4 versions each (some linked to a design question),
//   100,000 reviews of questions and stories (replayed through FSRS: states and due dates
//   follow from the log), 20,000 practice sessions of every kind with phases, 5,000 coding
//   attempts in C++, Python and Java, 2,000 own questions (indexed for search), and a note on
//   every bank question (and a star on some).
#pragma once

#include <QtGlobal>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Test {

struct HeavyUserSize
{
    int stories = 1000;
    int diagrams = 500;
    int reviews = 100000;
    int sessions = 20000;
    int attempts = 5000;
    int ownQuestions = 2000;

    // The 1x file's counts times `factor`.
    static HeavyUserSize scaled(int factor);
};

// Fills a database that holds the schema and the bank (openUserData) and nothing of the user's.
// Throws StorageError when a write fails.
void generateHeavyUser(Storage::Database &db, const HeavyUserSize &size, quint32 seed, qint64 nowSecs);

} // namespace Starloop::Test
