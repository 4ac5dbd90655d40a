// HealthCheck: what `starloop check` and the reliability tests run against a database file:
// SQLite's integrity_check, foreign-key check and the FTS5 index's own integrity check.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Starloop::Storage {

class Database;

struct HealthReport
{
    QStringList problems; // empty when healthy
    int questions = 0;
    bool ok() const { return problems.isEmpty(); }
};

class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Storage::HealthCheck)

public:
    static HealthReport run(Database &db);
};

} // namespace Starloop::Storage
