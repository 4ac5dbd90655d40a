#include "tempdatabase.h"

namespace Starloop::Test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{ }

Result<std::unique_ptr<Storage::DataStore>> TempDatabase::open(bool readOnly) const
{
    Storage::OpenOptions options;
    options.path = m_path;
    options.readOnly = readOnly;
    return Storage::DataStore::open(options);
}

QString miniBankPath()
{
    return QStringLiteral(STARLOOP_TEST_DATA "/minibank");
}

} // namespace Starloop::Test
