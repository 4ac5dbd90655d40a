#include "faultyvfs.h"

#include <sqlite3.h>

#include <cstring>

namespace Starloop::Test {

namespace {

// One rule per kind of call: fail once `calls` reaches `allowed` (allowed < 0: never).
struct FaultRule
{
    int allowed = -1;
    int code = SQLITE_OK;
    int calls = 0;

    int next()
    {
        const int index = calls++;
        return allowed >= 0 && index >= allowed ? code : SQLITE_OK;
    }
};

struct FaultState
{
    sqlite3_vfs *base = nullptr;
    FaultRule writes;
    FaultRule syncs;
    int failed = 0;
};

FaultState state;

// Our file header, followed in the same allocation by the base VFS's file.
struct FaultyFile
{
    sqlite3_file header;
    sqlite3_file *base() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

FaultyFile *faulty(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file);
}

const sqlite3_io_methods *baseMethods(sqlite3_file *file)
{
    return faulty(file)->base()->pMethods;
}

int refuse(int code)
{
    ++state.failed;
    return code;
}

int xClose(sqlite3_file *file)
{
    sqlite3_file *base = faulty(file)->base();
    return base->pMethods ? base->pMethods->xClose(base) : SQLITE_OK;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return baseMethods(file)->xRead(faulty(file)->base(), buffer, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = state.writes.next(); rc != SQLITE_OK)
        return refuse(rc);
    return baseMethods(file)->xWrite(faulty(file)->base(), buffer, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return baseMethods(file)->xTruncate(faulty(file)->base(), size);
}

int xSync(sqlite3_file *file, int flags)
{
    if (const int rc = state.syncs.next(); rc != SQLITE_OK)
        return refuse(rc);
    return baseMethods(file)->xSync(faulty(file)->base(), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return baseMethods(file)->xFileSize(faulty(file)->base(), size);
}

int xLock(sqlite3_file *file, int lock)
{
    return baseMethods(file)->xLock(faulty(file)->base(), lock);
}

int xUnlock(sqlite3_file *file, int lock)
{
    return baseMethods(file)->xUnlock(faulty(file)->base(), lock);
}

int xCheckReservedLock(sqlite3_file *file, int *result)
{
    return baseMethods(file)->xCheckReservedLock(faulty(file)->base(), result);
}

int xFileControl(sqlite3_file *file, int op, void *argument)
{
    return baseMethods(file)->xFileControl(faulty(file)->base(), op, argument);
}

int xSectorSize(sqlite3_file *file)
{
    return baseMethods(file)->xSectorSize(faulty(file)->base());
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return baseMethods(file)->xDeviceCharacteristics(faulty(file)->base());
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    return baseMethods(file)->xShmMap(faulty(file)->base(), region, size, extend, memory);
}

int xShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    return baseMethods(file)->xShmLock(faulty(file)->base(), offset, count, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    baseMethods(file)->xShmBarrier(faulty(file)->base());
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return baseMethods(file)->xShmUnmap(faulty(file)->base(), deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return baseMethods(file)->xFetch(faulty(file)->base(), offset, amount, pointer);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return baseMethods(file)->xUnfetch(faulty(file)->base(), offset, pointer);
}

const sqlite3_io_methods faultyMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    FaultyFile *wrapper = faulty(file);
    wrapper->header.pMethods = nullptr;
    sqlite3_file *base = wrapper->base();
    const int rc = state.base->xOpen(state.base, name, base, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    // The shim forwards the version-3 methods (WAL needs xShm*); the unix VFS has them all.
    if (!base->pMethods || base->pMethods->iVersion < 3) {
        if (base->pMethods)
            base->pMethods->xClose(base);
        return SQLITE_CANTOPEN;
    }
    wrapper->header.pMethods = &faultyMethods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return state.base->xDelete(state.base, name, syncDir);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return state.base->xAccess(state.base, name, flags, result);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state.base->xFullPathname(state.base, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return state.base->xDlOpen(state.base, name);
}

void xDlError(sqlite3_vfs *, int size, char *message)
{
    state.base->xDlError(state.base, size, message);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state.base->xDlSym(state.base, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    state.base->xDlClose(state.base, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return state.base->xRandomness(state.base, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return state.base->xSleep(state.base, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *now)
{
    return state.base->xCurrentTime(state.base, now);
}

int xGetLastError(sqlite3_vfs *, int size, char *message)
{
    return state.base->xGetLastError ? state.base->xGetLastError(state.base, size, message) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return state.base->xCurrentTimeInt64(state.base, now);
}

sqlite3_vfs faultyVfs;

} // namespace

FaultyVfs::FaultyVfs()
{
    sqlite3_initialize();
    state = FaultState {};
    state.base = sqlite3_vfs_find(nullptr);
    faultyVfs = sqlite3_vfs {};
    faultyVfs.iVersion = 2;
    faultyVfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + state.base->szOsFile;
    faultyVfs.mxPathname = state.base->mxPathname;
    faultyVfs.zName = Name;
    faultyVfs.xOpen = xOpen;
    faultyVfs.xDelete = xDelete;
    faultyVfs.xAccess = xAccess;
    faultyVfs.xFullPathname = xFullPathname;
    faultyVfs.xDlOpen = xDlOpen;
    faultyVfs.xDlError = xDlError;
    faultyVfs.xDlSym = xDlSym;
    faultyVfs.xDlClose = xDlClose;
    faultyVfs.xRandomness = xRandomness;
    faultyVfs.xSleep = xSleep;
    faultyVfs.xCurrentTime = xCurrentTime;
    faultyVfs.xGetLastError = xGetLastError;
    faultyVfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&faultyVfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    sqlite3_vfs_unregister(&faultyVfs);
    // Unregistering the head of the list makes the next one (the previous default) the default;
    // say so explicitly in case another VFS was registered meanwhile.
    sqlite3_vfs_register(state.base, 1);
}

void FaultyVfs::failWritesAfter(int successfulCalls, int sqliteCode)
{
    state.writes = FaultRule {successfulCalls, sqliteCode, 0};
}

void FaultyVfs::failSyncsAfter(int successfulCalls, int sqliteCode)
{
    state.syncs = FaultRule {successfulCalls, sqliteCode, 0};
}

void FaultyVfs::clear()
{
    state.writes = FaultRule {};
    state.syncs = FaultRule {};
    state.failed = 0;
}

int FaultyVfs::writes() const
{
    return state.writes.calls;
}

int FaultyVfs::syncs() const
{
    return state.syncs.calls;
}

int FaultyVfs::failedCalls() const
{
    return state.failed;
}

} // namespace Starloop::Test
