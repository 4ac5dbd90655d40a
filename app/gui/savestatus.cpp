#include "gui/savestatus.h"

namespace Starloop::Gui {

void SaveStatus::markPending()
{
    set(State::Pending, tr("Saving…"));
}

void SaveStatus::markSaved()
{
    set(State::Saved, tr("All changes saved"));
}

void SaveStatus::markFailed(const QString &message)
{
    set(State::Failed, message);
}

void SaveStatus::set(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT changed(state, message);
}

} // namespace Starloop::Gui
