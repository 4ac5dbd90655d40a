#include "core/practice/plancalendar.h"

#include "core/practice/studyplanner.h"

namespace Starloop::Practice {

namespace {

constexpr int MaximumOctets = 75;

QString icsDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString taskLine(const PlanTask &task)
{
    switch (task.kind) {
    case PlanTask::Kind::Learn:
        return PlanCalendar::tr("Learn: %1 (%2 min)").arg(task.title).arg(task.minutes);
    case PlanTask::Kind::Review:
        return PlanCalendar::tr("Review: %1 (%2 min)").arg(task.title).arg(task.minutes);
    case PlanTask::Kind::MockRound:
        break;
    }
    return PlanCalendar::tr("%1 (%2 min)").arg(task.title).arg(task.minutes);
}

QString summaryOf(const PlanDay &day)
{
    int learn = 0;
    int review = 0;
    int mock = 0;
    for (const PlanTask &task : day.tasks) {
        learn += task.kind == PlanTask::Kind::Learn ? 1 : 0;
        review += task.kind == PlanTask::Kind::Review ? 1 : 0;
        mock += task.kind == PlanTask::Kind::MockRound ? 1 : 0;
    }
    QStringList parts;
    if (learn > 0)
        parts << PlanCalendar::tr("%n to learn", nullptr, learn);
    if (review > 0)
        parts << PlanCalendar::tr("%n review(s)", nullptr, review);
    if (mock > 0)
        parts << PlanCalendar::tr("%n mock round(s)", nullptr, mock);
    return PlanCalendar::tr("Starloop: %1 min (%2)")
        .arg(day.plannedMinutes)
        .arg(parts.join(QStringLiteral(", ")));
}

void addEvent(QByteArray &out, const QString &uid, const QString &stamp, const QDate &date,
    const QString &summary, const QString &description)
{
    const auto line = [&](const QString &text) {
        out += PlanCalendar::foldLine(text.toUtf8()) + "\r\n";
    };
    line(QStringLiteral("BEGIN:VEVENT"));
    line(QStringLiteral("UID:") + uid);
    line(QStringLiteral("DTSTAMP:") + stamp);
    line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(date));
    line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(date.addDays(1)));
    line(QStringLiteral("SUMMARY:") + PlanCalendar::escapeText(summary));
    if (!description.isEmpty())
        line(QStringLiteral("DESCRIPTION:") + PlanCalendar::escapeText(description));
    line(QStringLiteral("TRANSP:TRANSPARENT"));
    line(QStringLiteral("END:VEVENT"));
}

} // namespace

QString PlanCalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            escaped += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            escaped += c;
    }
    return escaped;
}

QByteArray PlanCalendar::foldLine(const QByteArray &line)
{
    QByteArray folded;
    int octets = 0; // on the current physical line
    for (int i = 0; i < line.size();) {
        // A UTF-8 sequence stays whole: its length from the lead byte.
        const auto lead = static_cast<unsigned char>(line[i]);
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (octets + length > MaximumOctets) {
            folded += "\r\n ";
            octets = 1; // the leading space counts
        }
        folded += line.mid(i, length);
        octets += length;
        i += length;
    }
    return folded;
}

QByteArray PlanCalendar::toIcs(const StudyPlan &plan, const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    const auto line = [&](const char *text) {
        out += QByteArray(text) + "\r\n";
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Starloop//Study plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const PlanDay &day : plan.days) {
        if (day.tasks.isEmpty())
            continue;
        QStringList tasks;
        for (const PlanTask &task : day.tasks)
            tasks << taskLine(task);
        addEvent(out, QStringLiteral("starloop-plan-%1@starloop.invalid").arg(icsDate(day.date)), dtstamp,
            day.date, summaryOf(day), tasks.join(QLatin1Char('\n')));
    }
    for (const LoopDate &loop : plan.loops) {
        const QString name = loop.kind == LoopKind::PhoneScreen ? tr("Interview: phone screen")
                                                                : tr("Interview: onsite loop");
        addEvent(out, QStringLiteral("starloop-loop-%1@starloop.invalid").arg(icsDate(loop.date)), dtstamp,
            loop.date, name, QString());
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace Starloop::Practice
