#include "cli/planoutput.h"

#include "core/practice/studygoalstore.h"
#include "core/vocabulary/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Starloop::Cli::PlanOutput {

using namespace Practice;

namespace {

QString taskKindName(PlanTask::Kind kind)
{
    switch (kind) {
    case PlanTask::Kind::Learn:
        return QStringLiteral("learn");
    case PlanTask::Kind::Review:
        return QStringLiteral("review");
    case PlanTask::Kind::MockRound:
        break;
    }
    return QStringLiteral("mock");
}

QString itemKindName(StudyItemKind kind)
{
    switch (kind) {
    case StudyItemKind::Question:
        return QStringLiteral("question");
    case StudyItemKind::Problem:
        return QStringLiteral("problem");
    case StudyItemKind::Story:
        break;
    }
    return QStringLiteral("story");
}

QString issueKindName(PlanIssue::Kind kind)
{
    switch (kind) {
    case PlanIssue::Kind::NoLoopDate:
        return QStringLiteral("no-loop-date");
    case PlanIssue::Kind::PastLoopDate:
        return QStringLiteral("past-loop-date");
    case PlanIssue::Kind::NoTime:
        return QStringLiteral("no-time");
    case PlanIssue::Kind::ItemTooLong:
        return QStringLiteral("item-too-long");
    case PlanIssue::Kind::DoesNotFit:
        return QStringLiteral("does-not-fit");
    case PlanIssue::Kind::ReviewsDoNotFit:
        return QStringLiteral("reviews-do-not-fit");
    case PlanIssue::Kind::MockDoesNotFit:
        return QStringLiteral("mock-does-not-fit");
    case PlanIssue::Kind::TargetMissed:
        break;
    }
    return QStringLiteral("target-missed");
}

QJsonArray readinessJson(const QVector<Readiness> &list)
{
    QJsonArray array;
    for (const Readiness &r : list) {
        array.append(QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("items"), r.items},
            {QStringLiteral("seen"), r.seen}, {QStringLiteral("coverage"), r.coverage},
            {QStringLiteral("predicted_recall"), r.predictedRecall}, {QStringLiteral("met"), r.met}});
    }
    return array;
}

QJsonObject taskJson(const PlanTask &task, const QVector<StudyItem> &items)
{
    QJsonObject object {{QStringLiteral("kind"), taskKindName(task.kind)},
        {QStringLiteral("title"), task.title}, {QStringLiteral("minutes"), task.minutes}};
    if (task.item >= 0 && task.item < items.size()) {
        const StudyItem &item = items[task.item];
        object.insert(QStringLiteral("item"), itemKindName(item.kind));
        object.insert(QStringLiteral("uid"), item.uid);
        object.insert(QStringLiteral("section"), item.section);
        object.insert(QStringLiteral("principles"), QJsonArray::fromStringList(item.principles));
        object.insert(QStringLiteral("leech"), item.leech);
    }
    if (task.kind == PlanTask::Kind::Review)
        object.insert(QStringLiteral("recall_before"), task.recallBefore);
    return object;
}

QString loopName(LoopKind kind)
{
    return kind == LoopKind::PhoneScreen ? QCoreApplication::translate("PlanOutput", "phone screen")
                                         : QCoreApplication::translate("PlanOutput", "onsite loop");
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(qRound(fraction * 100));
}

} // namespace

QByteArray toJson(const StudyPlan &plan, const QVector<StudyItem> &items)
{
    QJsonArray loops;
    for (const LoopDate &loop : plan.loops) {
        loops.append(QJsonObject {{QStringLiteral("date"), loop.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), StudyGoalStore::kindName(loop.kind)}});
    }
    QJsonArray days;
    for (const PlanDay &day : plan.days) {
        QJsonArray tasks;
        for (const PlanTask &task : day.tasks)
            tasks.append(taskJson(task, items));
        days.append(QJsonObject {{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
            {QStringLiteral("budget_minutes"), day.budgetMinutes},
            {QStringLiteral("planned_minutes"), day.plannedMinutes},
            {QStringLiteral("loop_day"), day.loopDay}, {QStringLiteral("tasks"), tasks}});
    }
    QJsonArray issues;
    for (const PlanIssue &issue : plan.issues) {
        issues.append(QJsonObject {{QStringLiteral("kind"), issueKindName(issue.kind)},
            {QStringLiteral("message"), issue.message}, {QStringLiteral("count"), issue.count}});
    }
    const QJsonObject object {{QStringLiteral("today"), plan.today.toString(Qt::ISODate)},
        {QStringLiteral("loop_date"), plan.loopDate.toString(Qt::ISODate)}, {QStringLiteral("loops"), loops},
        {QStringLiteral("daily_budget_minutes"), plan.dailyBudgetMinutes},
        {QStringLiteral("target_recall"), plan.targetRecall}, {QStringLiteral("days"), days},
        {QStringLiteral("readiness"),
            QJsonObject {{QStringLiteral("sections"), readinessJson(plan.sections)},
                {QStringLiteral("principles"), readinessJson(plan.principles)}}},
        {QStringLiteral("not_learnt"), static_cast<int>(plan.notLearnt.size())},
        {QStringLiteral("issues"), issues}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString toText(const StudyPlan &plan, const QVector<StudyItem> &items)
{
    QString text;
    const QLocale c = QLocale::c();
    for (const PlanDay &day : plan.days) {
        const QString date = day.date.toString(Qt::ISODate) + QLatin1Char(' ')
            + c.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        if (day.loopDay) {
            const auto loop = std::find_if(
                plan.loops.begin(), plan.loops.end(), [&](const LoopDate &l) { return l.date == day.date; });
            text += QStringLiteral("%1   %2\n")
                        .arg(date, loop != plan.loops.end() ? loopName(loop->kind) : QString());
            continue;
        }
        text += QStringLiteral("%1   %2 / %3 min\n")
                    .arg(date)
                    .arg(day.plannedMinutes, 3)
                    .arg(day.budgetMinutes);
        for (const PlanTask &task : day.tasks) {
            const bool leech = task.item >= 0 && task.item < items.size() && items[task.item].leech;
            text += QStringLiteral("  %1  %2 (%3 min)%4\n")
                        .arg(taskKindName(task.kind), -6)
                        .arg(task.title)
                        .arg(task.minutes)
                        .arg(leech ? QCoreApplication::translate("PlanOutput", " - a leech: rewrite its note")
                                   : QString());
        }
    }
    text += QCoreApplication::translate("PlanOutput", "Readiness on %1 (target recall %2):\n")
                .arg(plan.loopDate.toString(Qt::ISODate), percent(plan.targetRecall));
    const auto line = [&](const QString &name, const Readiness &r) {
        text += QCoreApplication::translate("PlanOutput", "  %1  seen %2 of %3 (%4), recall %5  %6\n")
                    .arg(name)
                    .arg(r.seen)
                    .arg(r.items)
                    .arg(percent(r.coverage), percent(r.predictedRecall),
                        r.met ? QCoreApplication::translate("PlanOutput", "ok")
                              : QCoreApplication::translate("PlanOutput", "below target"));
    };
    for (const Readiness &r : plan.sections)
        line(Catalog::sectionName(r.id), r);
    for (const Readiness &r : plan.principles)
        line(r.id, r);
    return text;
}

} // namespace Starloop::Cli::PlanOutput
