#include "userdata.h"

#include "storage/database.h"

#include <QDateTime>

namespace Starloop {

Result<UserData> openUserData(const Storage::OpenOptions &options, const QByteArray &compressedBank)
{
    auto opened = Storage::DataStore::open(options);
    if (!opened)
        return opened.error();
    UserData data;
    data.store = std::move(opened.value());
    if (data.store->isReadOnly() || compressedBank.isEmpty())
        return data;
    const Bank::BankContents bank = Bank::BankContents::fromCompressedCbor(compressedBank);
    // A bank update writes to the file: never into a damaged one (check and restore see it as it is).
    try {
        if (Bank::BankSync::recordedRevision(data.store->db()) != bank.revision
            && data.store->db().scalarText("PRAGMA quick_check") != QLatin1String("ok")) {
            data.bankSync.skipped = true;
            return data;
        }
    } catch (const Storage::StorageError &) {
        data.bankSync.skipped = true;
        return data;
    }
    auto synced = Bank::BankSync::sync(data.store->db(), bank, QDateTime::currentSecsSinceEpoch());
    if (!synced)
        return synced.error();
    data.bankSync = synced.value();
    return data;
}

} // namespace Starloop
