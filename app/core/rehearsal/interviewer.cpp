#include "core/rehearsal/interviewer.h"

namespace Starloop::Rehearsal {

Interviewer::Interviewer(QVector<Probe> probes, qint64 storyId)
    : m_probes(std::move(probes))
{
    if (storyId > 0)
        m_storiesTold.append(storyId);
}

void Interviewer::start()
{
    if (m_position < 0)
        m_position = 0;
}

std::optional<Probe> Interviewer::current() const
{
    if (m_position < 0 || m_position >= m_probes.size())
        return std::nullopt;
    return m_probes.at(m_position);
}

Status Interviewer::answered(qint64 storyId)
{
    const std::optional<Probe> probe = current();
    if (!probe)
        return Error {tr("There is no question waiting for an answer.")};
    if (probe->needsDifferentStory()) {
        if (storyId <= 0)
            return Error {tr("Say which story you told: another time needs another story.")};
        if (m_storiesTold.contains(storyId))
            return Error {tr("Tell it with a different story: this one was already told in this rehearsal.")};
    }
    if (storyId > 0 && !m_storiesTold.contains(storyId))
        m_storiesTold.append(storyId);
    ++m_position;
    return {};
}

void Interviewer::skip()
{
    if (m_position < 0)
        m_position = 0;
    else if (m_position < m_probes.size())
        ++m_position;
}

std::optional<Probe> Interviewer::due(qint64 elapsedMs)
{
    if (m_scheduleUsed >= m_schedule.size() || elapsedMs < m_schedule.at(m_scheduleUsed))
        return std::nullopt;
    while (m_scheduleUsed < m_schedule.size() && elapsedMs >= m_schedule.at(m_scheduleUsed))
        ++m_scheduleUsed; // times passed together ask once
    if (m_position < 0)
        m_position = 0;
    else if (m_position == m_lastDue && current())
        ++m_position; // the probe asked at the last time was not answered: on to the next
    m_lastDue = m_position;
    return current();
}

} // namespace Starloop::Rehearsal
