// The settings table: small named values kept in the user's file (the loop plan, timer
// presets, what the bank sync recorded). Both functions throw StorageError.
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
void writeSetting(Database &db, const QString &key, const QString &value);

} // namespace Starloop::Storage
