// PlanCalendar: a study plan as an iCalendar file (RFC 5545), so that it shows in the user's
// calendar: one all-day event per day with something planned (the summary says the minutes and
// counts, the description lists the tasks) and one per loop date. UIDs are stable per day, so
// importing a re-flowed plan again updates the days rather than adding copies. Lines end in
// CRLF and are folded at 75 octets (never inside a UTF-8 sequence); text is escaped (\\ \; \, \n).
//
//   QFile file("plan.ics"); file.write(PlanCalendar::toIcs(plan, QDateTime::currentDateTimeUtc()));
//
//   BEGIN:VEVENT
//   UID:starloop-plan-20260302@starloop.invalid
//   DTSTAMP:20260301T090000Z
//   DTSTART;VALUE=DATE:20260302
//   DTEND;VALUE=DATE:20260303
//   SUMMARY:Starloop: 80 min (2 to learn\, 9 reviews)
//   DESCRIPTION:Review: Why Amazon? (2 min)\nLearn: Two sum ... (45 min)
//   END:VEVENT
#pragma once

#include "core/practice/studyplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Starloop::Practice {

class PlanCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Practice::PlanCalendar)
public:
    // `stamp` is the DTSTAMP of every event (when the file was made).
    static QByteArray toIcs(const StudyPlan &plan, const QDateTime &stamp);
    // RFC 5545 TEXT escaping and line folding, exposed for tests.
    static QString escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace Starloop::Practice
