#include "gui/widgets/autosaver.h"

#include "gui/savestatus.h"

#include <algorithm>

namespace Starloop::Gui {

AutoSaver::AutoSaver(SaveStatus *status, SaveFunction save, QString what, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_save(std::move(save))
    , m_what(std::move(what))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::saveNow);
}

void AutoSaver::changed()
{
    m_pending = true;
    m_retryMs = 0;
    if (m_status)
        m_status->markPending();
    m_timer.start(m_delayMs);
}

bool AutoSaver::flush()
{
    if (!m_pending)
        return true;
    return saveNow();
}

void AutoSaver::discard()
{
    m_timer.stop();
    m_pending = false;
    m_retryMs = 0;
    if (m_status)
        m_status->markSaved();
}

bool AutoSaver::saveNow()
{
    m_timer.stop();
    const Status status = m_save();
    if (!status) {
        m_retryMs = m_retryMs == 0 ? FirstRetryMs : std::min(m_retryMs * 2, LongestRetryMs);
        const QString message = tr("%1 is not saved yet (%2). It is kept on screen and saving is retried.")
                                    .arg(m_what, status.errorMessage());
        if (m_status)
            m_status->markFailed(message);
        m_timer.start(m_retryMs);
        Q_EMIT failed(message);
        return false;
    }
    m_pending = false;
    m_retryMs = 0;
    if (m_status)
        m_status->markSaved();
    Q_EMIT saved();
    return true;
}

} // namespace Starloop::Gui
