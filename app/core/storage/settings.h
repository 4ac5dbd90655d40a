// The settings table: small named values kept in the user's file (the loop plan, timer
// presets, what the bank sync recorded), each with the time it last changed (a sync orders two
// devices' changes of one setting by it). Every function throws StorageError.
//
//   if (const auto json = readSetting(db, QStringLiteral("timer.presets")))
//       parse(*json);
//   writeSetting(db, QStringLiteral("bank.revision"), revision);   // inserts or replaces
#pragma once

#include <QString>

#include <optional>

namespace Starloop::Storage {

class Database;

std::optional<QString> readSetting(Database &db, const QString &key);
// Inserts or replaces; the change is stamped now (unless the value is the same as before).
void writeSetting(Database &db, const QString &key, const QString &value);

} // namespace Starloop::Storage
