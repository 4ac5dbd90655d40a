// openUserData: what both the window and the command line do first: open (check, lock,
// migrate) the user's database and bring the embedded question bank into it.
#pragma once

#include "core/bank/banksync.h"
#include "core/result.h"
#include "core/storage/datastore.h"

namespace Starloop {

struct UserData
{
    std::unique_ptr<Storage::DataStore> store;
    Bank::SyncReport bankSync;
};

Result<UserData> openUserData(const Storage::OpenOptions &options, const QByteArray &compressedBank);

} // namespace Starloop
