// DataExport: everything the user wrote, as one versioned JSON document.
//
// Contents: the user's own questions, their state on every question (stars, notes, review state),
// the review history, stories (with principles and linked questions), diagrams (with snapshots),
// the practice log, saved searches and coding attempts. Bank questions are referred to by uid, never copied.
// The output is deterministic (sorted by uid, no export timestamp), so exporting, importing into
// an empty database and exporting again gives the same bytes. Each list is written by the area
// that owns it (ExportSection: StoryCodec for "stories", ...); this class writes the envelope.
//
//   const Result<QByteArray> json = DataExport::toJson(store.db());
//
//   {"format": "starloop-export", "version": 1, "questions": [...], "question_state": [...],
//    "reviews": [...], "stories": [...], "diagrams": [...], "practice_sessions": [...],
//    "saved_searches": [...], "attempts": [...]}
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Portability {

constexpr int ExportVersion = 1;

class DataExport
{
public:
    static Result<QByteArray> toJson(Storage::Database &db);
};

} // namespace Starloop::Portability
