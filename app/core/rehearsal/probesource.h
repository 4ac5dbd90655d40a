// ProbeSource: reads what the bank offers a rehearsal's interviewer from the database: the
// follow-up lists of questions (their answer Markdown) and the probe topics of principles
// (their page). Plain reads; ProbePlanner makes the sequence.
//
//   ProbeSource source(store.db());
//   auto material = source.forStory(storyId);   // linked questions' follow-ups, then the
//                                               // principles' topics (the primary one first)
//   auto probes = ProbePlanner::plan(material.value(), {4, true, rehearsalCount});
#pragma once

#include "core/rehearsal/probes.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Rehearsal {

class ProbeSource
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Rehearsal::ProbeSource)
public:
    explicit ProbeSource(Storage::Database &db);

    // A question by uid: its follow-ups and its principles' topics. An unknown uid is an error.
    Result<ProbeMaterial> forQuestion(const QString &questionUid) const;
    // A story: the follow-ups of the questions linked to it and its principles' topics.
    Result<ProbeMaterial> forStory(qint64 storyId) const;

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Rehearsal
