#include "cli/plancommand.h"

#include "cli/planoutput.h"
#include "core/practice/plancalendar.h"
#include "core/practice/studybank.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplanner.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <cmath>

namespace Starloop::Cli {

using namespace Practice;

namespace {

// "2026-04-01" (an onsite), "onsite:2026-04-01", "phone-screen:2026-03-02".
std::optional<LoopDate> parseLoopDate(const QString &value)
{
    const int colon = static_cast<int>(value.indexOf(QLatin1Char(':')));
    const auto kind = colon < 0 ? std::optional<LoopKind>(LoopKind::Onsite)
                                : StudyGoalStore::kindFromName(value.left(colon));
    const QDate date = QDate::fromString(colon < 0 ? value : value.mid(colon + 1), Qt::ISODate);
    if (!kind || !date.isValid())
        return std::nullopt;
    return LoopDate {date, *kind};
}

} // namespace

QString PlanCommand::summary() const
{
    return QCoreApplication::translate("PlanCommand", "Print the study plan from today to the loop date.");
}

int PlanCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("PlanCommand", "Print JSON.")});
    parser.addOption({QStringLiteral("loop-date"),
        QCoreApplication::translate("PlanCommand",
            "Set the loop date (YYYY-MM-DD, an onsite; phone-screen:YYYY-MM-DD for a phone screen). "
            "Repeat for several; replaces the dates kept."),
        QStringLiteral("date")});
    parser.addOption({QStringLiteral("hours-per-week"),
        QCoreApplication::translate("PlanCommand", "Set the hours a week you can study."),
        QStringLiteral("n")});
    parser.addOption({QStringLiteral("ics"),
        QCoreApplication::translate("PlanCommand", "Also write the plan to <file> as an iCalendar file."),
        QStringLiteral("file")});
    parser.addOption({QStringLiteral("today"),
        QCoreApplication::translate("PlanCommand", "Plan as if today were <date> (YYYY-MM-DD)."),
        QStringLiteral("date")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;

    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            *context.err << QCoreApplication::translate(
                "PlanCommand", "--today needs a date such as 2026-03-02")
                         << '\n';
            return 2;
        }
    }
    QVector<LoopDate> loops;
    for (const QString &value : parser.values(QStringLiteral("loop-date"))) {
        const auto loop = parseLoopDate(value);
        if (!loop) {
            *context.err << QCoreApplication::translate("PlanCommand",
                "--loop-date needs a date such as 2026-04-01 or phone-screen:2026-03-02, not \"%1\"")
                                .arg(value)
                         << '\n';
            return 2;
        }
        loops.append(*loop);
    }
    std::optional<int> minutesPerWeek;
    if (parser.isSet(QStringLiteral("hours-per-week"))) {
        bool number = false;
        const double hours = parser.value(QStringLiteral("hours-per-week")).toDouble(&number);
        if (!number || !std::isfinite(hours) || hours < 0 || hours > 24 * 7) {
            *context.err << QCoreApplication::translate(
                "PlanCommand", "--hours-per-week needs a number of hours from 0 to 168")
                         << '\n';
            return 2;
        }
        minutesPerWeek = static_cast<int>(std::lround(hours * 60));
    }

    const auto data = context.openData();
    if (!data)
        return 2;
    Storage::Database &db = data->store->db();
    if (!loops.isEmpty() || minutesPerWeek) {
        StudyGoalStore goals(db);
        auto goal = goals.load();
        if (!goal) {
            *context.err << goal.errorMessage() << '\n';
            return 2;
        }
        if (!loops.isEmpty())
            goal->loops = loops;
        if (minutesPerWeek)
            goal->minutesPerWeek = *minutesPerWeek;
        if (const Status saved = goals.save(goal.value()); !saved) {
            *context.err << saved.errorMessage() << '\n';
            return 2;
        }
    }
    const auto input = StudyBank::planInput(db, today);
    if (!input) {
        *context.err << input.errorMessage() << '\n';
        return 2;
    }
    const StudyPlan plan = StudyPlanner::plan(input.value());
    for (const PlanIssue &issue : plan.issues)
        *context.err << issue.message << '\n';

    if (parser.isSet(QStringLiteral("ics"))) {
        const QString path = parser.value(QStringLiteral("ics"));
        const QByteArray ics = PlanCalendar::toIcs(plan, QDateTime::currentDateTimeUtc());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
            *context.err << QCoreApplication::translate("PlanCommand", "Cannot write %1: %2")
                                .arg(path, file.errorString())
                         << '\n';
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        *context.out << QString::fromUtf8(PlanOutput::toJson(plan, input->items));
    else
        *context.out << PlanOutput::toText(plan, input->items);
    return 0;
}

} // namespace Starloop::Cli
