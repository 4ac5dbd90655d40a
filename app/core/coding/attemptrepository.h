// AttemptRepository: the SQL behind the coding scratchpad (table attempts). Creates, autosaves,
// lists per question (newest first), loads and removes attempts.
//
//   AttemptRepository repo(store.db());
//   auto attempt = repo.create(questionId, QStringLiteral("python"), starter, now);
//   attempt->code = editor.toPlainText(); repo.save(*attempt, now);  // writes only on change
//   auto all = repo.forQuestion(questionId);                         // newest first
#pragma once

#include "attempt.h"
#include "result.h"

#include <QVector>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Coding {

class AttemptRepository
{
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

private:
    Storage::Database &m_db;
};

} // namespace Starloop::Coding
