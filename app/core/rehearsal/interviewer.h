// Interviewer: walks one rehearsal through its probes. The GUI shows current() large (and has
// it spoken where a voice is installed), the user answers aloud, then the GUI calls
// answered(); for "another time" it first names the story the user told, which must be one not
// told yet in this rehearsal.
//
//   Interviewer interviewer(ProbePlanner::plan(material), storyId);
//   interviewer.start();                      // after the answer: the first probe is current()
//   interviewer.answered();                   // on to the next probe
//   interviewer.answered(storyId)             -> Error "Tell it with a different story ..."
//   interviewer.answered(otherStoryId)        -> ok; storiesTold() = {storyId, otherStoryId}
//
// Or at set times while the answer runs: setSchedule({120000, 180000}); every tick,
// if (auto probe = interviewer.due(elapsedMs)) show(*probe);
#pragma once

#include "core/rehearsal/probes.h"
#include "core/result.h"

#include <optional>

namespace Starloop::Rehearsal {

class Interviewer
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::Interviewer)
public:
    // `storyId`: the story being rehearsed (0 when answering a question without one).
    Interviewer(QVector<Probe> probes, qint64 storyId);

    const QVector<Probe> &probes() const { return m_probes; }
    // Makes the first probe current (after the answer); no-op once started.
    void start();
    bool isStarted() const { return m_position >= 0; }
    bool isDone() const { return m_position >= m_probes.size(); }
    int position() const { return m_position; } // -1 before start()
    std::optional<Probe> current() const;

    // The current probe was answered; `storyId` is the story told (0: none named). A probe
    // that needs a different story refuses a missing or already-told one and stays current.
    Status answered(qint64 storyId = 0);
    // Skips the current probe.
    void skip();
    QVector<qint64> storiesTold() const { return m_storiesTold; }

    // Probes at set times (ms from the start of the recording, ascending).
    void setSchedule(const QVector<qint64> &atMs) { m_schedule = atMs; }
    // The probe to ask now when a scheduled time has come (each time once); makes it current.
    std::optional<Probe> due(qint64 elapsedMs);

private:
    QVector<Probe> m_probes;
    QVector<qint64> m_storiesTold;
    int m_position = -1;
    QVector<qint64> m_schedule;
    int m_scheduleUsed = 0;
    int m_lastDue = -1; // the position due() made current last
};

} // namespace Starloop::Rehearsal
