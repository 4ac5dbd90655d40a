// StoryExport: the story bank as one Markdown document, for review away from the app (and, in
// the gui, for the PDF made from it).
//
// Stories are grouped by principle, in the canonical order of the 16. Each story is written out
// in full once, under its primary principle (or, without one, its first tagged principle), with
// an "Also shows:" line naming its other principles; under each of those other principles it
// appears as a one-line cross-reference, so every principle lists every story that backs it
// without the text being repeated. Untagged stories come last under "Not yet tagged".
//
//   # Starloop stories
//   *Exported 2026-11-23 · stories: 3*
//   ## Ownership
//   ### Billing migration without downtime
//   *2025-03 · Tech lead, Payments · about 3:10 to tell*
//   Also shows: Deliver Results
//   #### Situation
//   Our billing ran on a twelve-year-old monolith…
//   …
//   ## Deliver Results
//   - *Billing migration without downtime*: see Ownership
//
// The user's text is escaped so that a "#" or "*" they typed stays a character. Emphasis uses
// "*", never "_": Qt's Markdown reader (GitHub dialect) turns "_text_" into underline.
#pragma once

#include "core/result.h"
#include "core/stories/story.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Stories {

class StoryExport
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Stories::StoryExport)
public:
    // Reads every story with its principles and linked question titles.
    static Result<QString> markdown(Storage::Database &db, const QDate &today = QDate::currentDate());

    // The same from values: `questionTitles` by question id.
    static QString markdown(const QVector<Story> &stories, const QVector<Principle> &principles,
        const QHash<qint64, QString> &questionTitles, const QDate &today);

    // Backslash-escapes Markdown punctuation; keeps line breaks as hard breaks.
    static QString escaped(const QString &text);
};

} // namespace Starloop::Stories
