#include "userdata.h"

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
    auto synced = Bank::BankSync::sync(data.store->db(), bank, QDateTime::currentSecsSinceEpoch());
    if (!synced)
        return synced.error();
    data.bankSync = synced.value();
    return data;
}

} // namespace Starloop
