// DiagramSyncRecords: the diagram review's dismissals and the recall drills as records a sync
// exchanges (Sync::SyncSection), alongside the diagrams themselves. Rows here are numbered per
// database (a drill's id, the reviews that point at it); the records name a drill by what it
// drills instead: the diagram's uid, or the reference template's id.
//
//   dismissal:    {"diagram_uid":"4c1d...","rule_id":"no-monitoring","subject":"",
//                  "reason":"accepted: cost","updated_at":1796630400}        (the time dismissed)
//   drill:        {"diagram_uid":"4c1d...","template_id":"","stability":3.2,"difficulty":5.1,
//                  "reviews":2,"lapses":0,"last_rating":3,"last_score":0.8,"last_review_at":...,
//                  "due_at":...,"updated_at":...}
//   drill review: {"diagram_uid":"","template_id":"url-shortener","rating":3,"reviewed_at":...,
//                  "elapsed_days":0,"interval_days":4}
//
// A dismissal is restored (deleted) by its key, "<diagram uid>/<rule id>/<subject>". A drill and
// its reviews go with their diagram; a drill review is only ever added. An import of a record
// whose diagram or drill is not here returns Skipped (the sync tries it again later).
#pragma once

#include "core/portability/jsonrecord.h"
#include "core/result.h"

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Diagrams {

class DiagramSyncRecords
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Diagrams::DiagramSyncRecords)

public:
    using Merge = Portability::Merge;

    static Status validateDismissal(const QJsonObject &record, const QString &path);
    static Result<QJsonArray> dismissals(Storage::Database &db);
    static Result<Merge> importDismissal(Storage::Database &db, const QJsonObject &record, Merge::Rule rule);
    static Status removeDismissal(Storage::Database &db, const QString &key);

    static Status validateDrill(const QJsonObject &record, const QString &path);
    static Result<QJsonArray> drills(Storage::Database &db);
    static Result<Merge> importDrill(Storage::Database &db, const QJsonObject &record, Merge::Rule rule);

    static Status validateDrillReview(const QJsonObject &record, const QString &path);
    static Result<QJsonArray> drillReviews(Storage::Database &db);
    static Result<Merge> importDrillReview(
        Storage::Database &db, const QJsonObject &record, Merge::Rule rule);
};

} // namespace Starloop::Diagrams
