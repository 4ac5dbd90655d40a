// PracticeWorkspace: the Practice workspace.
#pragma once

#include "workspace.h"

namespace Starloop::Storage {
class DataStore;
}

namespace Starloop::Gui {

class SaveStatus;

class PracticeWorkspace : public Workspace
{
    Q_OBJECT
public:
    PracticeWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

private:
    Storage::DataStore &m_store;
    SaveStatus &m_saveStatus;
};

} // namespace Starloop::Gui
