// BankSync: brings the bank questions in the user's database up to the embedded bank.
//
// Keyed by uid: new questions are added, changed ones get the new text, questions that left
// the bank are marked retired (never deleted: the user's notes, stars and history hang on them).
// Nothing the user wrote is touched. A bank whose revision is already recorded costs one query.
//
//   const auto report = BankSync::sync(store.db(), BankContents::fromCompressedCbor(bytes), now);
//   report->added, report->updated, report->retired   // or report->skipped: already in the file
#pragma once

#include "core/bank/bankcontents.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Bank {

struct SyncReport
{
    int added = 0;
    int updated = 0;
    int retired = 0;
    int unchanged = 0;
    bool skipped = false; // the revision was already in the database
};

class BankSync
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Bank::BankSync)

public:
    static Result<SyncReport> sync(Storage::Database &db, const BankContents &bank, qint64 nowSecs);
    static QString recordedRevision(Storage::Database &db);
};

} // namespace Starloop::Bank
