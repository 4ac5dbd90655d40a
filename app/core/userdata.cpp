#include "core/userdata.h"

#include "core/bank/bankcontents.h"
#include "core/practice/schedulerstore.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"

#include <QDateTime>

namespace Starloop {

namespace {

const char FingerprintKey[] = "bank.embedded_sha1";

// Review states made by another scheduler (an older Starloop's FSRS-4.5) are computed again
// from the review log. A failure keeps the old states and is tried again at the next start.
UserData withCurrentSchedule(UserData data)
{
    (void)Practice::SchedulerStore(data.store->db()).ensureStatesCurrent();
    return data;
}

} // namespace

Result<UserData> openUserData(const Storage::OpenOptions &options, const QByteArray &compressedBank)
{
    auto opened = Storage::DataStore::open(options);
    if (!opened)
        return opened.error();
    UserData data;
    data.store = std::move(opened.value());
    if (data.store->isReadOnly() || compressedBank.isEmpty())
        return data;
    // The embedded bank's own fingerprint, recorded after each sync: when it matches, the bank
    // is already in the file and need not even be decompressed (most starts).
    const QString fingerprint = Bank::BankContents::fingerprintOf(compressedBank);
    try {
        if (Storage::readSetting(data.store->db(), QString::fromLatin1(FingerprintKey)) == fingerprint) {
            data.bankSync.skipped = true;
            return withCurrentSchedule(std::move(data));
        }
    } catch (const Storage::StorageError &) {
        // Unreadable: fall through to the full check below.
    }
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
    try {
        Storage::writeSetting(data.store->db(), QString::fromLatin1(FingerprintKey), fingerprint);
    } catch (const Storage::StorageError &) {
        // Only a shortcut is lost: the next start decompresses the bank and compares revisions.
    }
    return withCurrentSchedule(std::move(data));
}

} // namespace Starloop
