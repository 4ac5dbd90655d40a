// StoryRepository: the SQL behind the Stories workspace (stories, story_principles,
// story_questions). Lists with search and sort, autosaves text, duplicates, removes and restores
// (for undo), tags principles, links questions and counts how well each principle is covered.
// It also reads and merges stories for the export file (records(), upsertByUid(); StoryCodec
// turns them into JSON).
//
//   StoryRepository repo(store.db());
//   auto story = repo.create(Story{}, now);           // an empty story with a fresh uid
//   story->situation = text; repo.save(*story, now);  // writes only when the text changed
//   auto removed = repo.remove(story->id);            // the whole story, tags and links
//   repo.restore(removed.value());                    // back, with the same uid
#pragma once

#include "core/result.h"
#include "core/stories/story.h"
#include "core/stories/storycodec.h"

#include <QCoreApplication>
#include <QSet>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Stories {

class StoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Stories::StoryRepository)

public:
    explicit StoryRepository(Storage::Database &db);

    // Every word of `search` must occur (case-insensitively for ASCII) in the title, a STAR
    // field, the reflection, the short version or the role. `principleId` non-empty keeps only
    // the stories tagged with it.
    Result<QVector<StorySummary>> list(const QString &search = QString(), StorySort sort = StorySort::Updated,
        const QString &principleId = QString()) const;
    int count() const;

    Result<Story> load(qint64 id) const;

    // Inserts `draft` (its id, uid and times are ignored) with a fresh uid; returns it stored.
    Result<Story> create(const Story &draft, qint64 nowSecs);
    // Writes the text fields of `story` (title, STAR, reflection, short version, when, role) when
    // any of them differ from what is stored; updated_at moves only then. Tags are not touched.
    Status save(const Story &story, qint64 nowSecs);
    // A copy with a fresh uid, "(copy)" after the title, the same principles and question links.
    Result<Story> duplicate(qint64 id, qint64 nowSecs);
    // Deletes the story and returns it whole (tags, primary, links) for restore().
    Result<Story> remove(qint64 id);
    // Puts a removed story back with its uid, tags and links; its old id when still free.
    // Returns the id it now has.
    Result<qint64> restore(const Story &story);

    // Replaces the story's principles; a primary principle no longer tagged is cleared.
    Status setPrinciples(qint64 id, const QStringList &principleIds, qint64 nowSecs);
    // Marks one principle as primary (tagging it if needed); empty clears the mark.
    Status setPrimary(qint64 id, const QString &principleId, qint64 nowSecs);

    Status linkQuestion(qint64 storyId, qint64 questionId);
    Status unlinkQuestion(qint64 storyId, qint64 questionId);
    Result<QVector<StorySummary>> storiesForQuestion(qint64 questionId) const;

    // The 16 principles in their canonical order, with name and one-line summary.
    Result<QVector<Principle>> principles() const;
    // One row per principle, in order, with how many stories back it.
    Result<QVector<PrincipleCoverage>> coverage() const;
    // The stories that tell of a failure or a lesson learned (StoryChecks::isFailureStory); at
    // most `limit` of them (<= 0: all), read until that many are found.
    Result<QSet<qint64>> failureStories(int limit = 0) const;

    // Every story as the export file holds it, by uid.
    Result<QVector<StoryRecord>> records() const;
    // Adds the story, or replaces the one with its uid when the record's updated_at is newer;
    // links to questions this database lacks are skipped with a warning. Runs inside the
    // caller's transaction (DataImport's).
    Result<Portability::Merge> upsertByUid(
        const StoryRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Stories
