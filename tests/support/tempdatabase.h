// TempDatabase: a fresh Starloop database in its own temporary folder, for one test.
// Gone (file, WAL, lock) when the object is destroyed.
#pragma once

#include "core/storage/datastore.h"

#include <QTemporaryDir>

#include <memory>

namespace Starloop::Test {

class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // Opens (creating, migrating) the database; QFAIL-style message on error via the Result.
    Result<std::unique_ptr<Storage::DataStore>> open(bool readOnly = false) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The small, valid bank under tests/data/minibank, parsed.
QString miniBankPath();

} // namespace Starloop::Test
