// FaultyVfs: an SQLite VFS for tests that behaves like the default one until told to fail.
//
// It wraps the default VFS ("unix") and counts xWrite and xSync calls on every file it opens
// (database, WAL, journals). After `failWritesAfter(n, code)` the (n+1)-th write and every later
// one fails with `code` (SQLITE_FULL for a full disk, SQLITE_IOERR_WRITE for an I/O error) until
// clear(); failSyncsAfter() does the same for fsync. Nothing is written by a failing call.
//
// DataStore and Database open with the default VFS, so the shim makes itself the default while
// it lives and steps back on destruction; connections opened meanwhile use it (close them first):
//
//   Test::FaultyVfs vfs;                        // now the default VFS of this process
//   auto store = temp.open();                   // goes through the shim
//   vfs.failWritesAfter(0, SQLITE_FULL);        // the disk is full from now on
//   QVERIFY(!repo.saveNote(id, text, now).ok());
//   vfs.clear();                                // space freed
//   QVERIFY(repo.saveNote(id, text, now).ok()); // the retry goes through
#pragma once

namespace Starloop::Test {

class FaultyVfs
{
public:
    static constexpr const char *Name = "starloop-faulty";

    FaultyVfs(); // registers the shim as the default VFS
    ~FaultyVfs(); // the previous default again
    FaultyVfs(const FaultyVfs &) = delete;
    FaultyVfs &operator=(const FaultyVfs &) = delete;

    void failWritesAfter(int successfulCalls, int sqliteCode);
    void failSyncsAfter(int successfulCalls, int sqliteCode);
    void clear(); // no more failures; counters start again from zero

    int writes() const; // xWrite calls since the last failWritesAfter / clear, failed ones included
    int syncs() const;
    int failedCalls() const; // how many calls the shim refused since the last clear
};

} // namespace Starloop::Test
