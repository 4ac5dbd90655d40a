// PlanOutput: a StudyPlan as `starloop plan` prints it: text for people, JSON for scripts.
//
//   {"today":"2026-03-02","loop_date":"2026-04-01","daily_budget_minutes":85,"target_recall":0.9,
//    "loops":[{"date":"2026-04-01","kind":"onsite"}],
//    "days":[{"date":"2026-03-02","budget_minutes":85,"planned_minutes":84,"loop_day":false,
//             "tasks":[{"kind":"review","item":"question","uid":"company-why-amazon","title":"...",
//                       "section":"company","principles":[],"minutes":2,"leech":false,"recall_before":0.88}]}],
//    "readiness":{"sections":[{"id":"coding","items":104,"seen":14,"coverage":0.13,
//                              "predicted_recall":0.93,"met":true}],"principles":[...]},
//    "not_learnt":412,"issues":[{"kind":"does-not-fit","message":"...","count":412}]}
#pragma once

#include "core/practice/studyplan.h"

#include <QByteArray>
#include <QString>

namespace Starloop::Cli::PlanOutput {

QByteArray toJson(const Practice::StudyPlan &plan, const QVector<Practice::StudyItem> &items);
QString toText(const Practice::StudyPlan &plan, const QVector<Practice::StudyItem> &items);

} // namespace Starloop::Cli::PlanOutput
