// AttemptRepository: the SQL behind the coding scratchpad (table attempts). Creates, autosaves,
// lists per question (newest first), loads and removes attempts; reads and merges them for the
// export file (records(), upsertByUid(); AttemptCodec turns them into JSON).
//
//   AttemptRepository repo(store.db());
//   auto attempt = repo.create(questionId, Languages::id(Language::Python), starter, now);
//   attempt->code = editor.toPlainText(); repo.save(*attempt, now);  // writes only on change
//   auto all = repo.forQuestion(questionId);                         // newest first
#pragma once

#include "core/coding/attempt.h"
#include "core/coding/attemptcodec.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Coding {

class AttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Coding::AttemptRepository)

public:
    explicit AttemptRepository(Storage::Database &db);

    // A new attempt with a fresh uid, started now.
    Result<Attempt> create(qint64 questionId, const QString &language, const QString &code, qint64 nowSecs);
    // Writes language, code, duration, rating, notes and last run when any differ from what is
    // stored; updated_at moves only then.
    Status save(const Attempt &attempt, qint64 nowSecs);
    Result<Attempt> load(qint64 id) const;
    // Every attempt at one question, most recently started first.
    Result<QVector<Attempt>> forQuestion(qint64 questionId) const;
    Status remove(qint64 id);
    int count() const;

    // Every attempt as the export file holds it, by uid.
    Result<QVector<AttemptRecord>> records() const;
    // Adds the attempt, or replaces the one with its uid when the record's updated_at is newer;
    // an attempt at a question this database lacks is skipped with a warning. Runs inside the
    // caller's transaction (DataImport's).
    Result<Portability::Merge> upsertByUid(
        const AttemptRecord &record, Portability::Merge::Rule rule = Portability::Merge::Rule::NewerWins);

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Coding
