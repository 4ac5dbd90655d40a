#include "core/stories/storyexport.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/stories/storychecks.h"
#include "core/stories/storyrepository.h"

#include <QHash>

namespace Starloop::Stories {

namespace {

// The principle a story is written out under: its primary one, else its first tag.
QString homeOf(const Story &story)
{
    if (!story.primaryPrinciple.isEmpty() && story.principles.contains(story.primaryPrinciple))
        return story.primaryPrinciple;
    return story.principles.value(0);
}

QString titleOf(const Story &story)
{
    const QString title = story.title.simplified();
    return title.isEmpty() ? StoryExport::tr("Untitled story") : title;
}

} // namespace

QString StoryExport::escaped(const QString &text)
{
    // Inline markup anywhere; block markers only where they would start a block.
    static const QString inlineMarks = QStringLiteral("\\`*_[]<>~");
    static const QString blockMarks = QStringLiteral("#>-+=");
    QString out;
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    bool previousBlank = false;
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            if (!previousBlank && !out.isEmpty())
                out += QStringLiteral("\n\n");
            previousBlank = true;
            continue;
        }
        if (!out.isEmpty() && !previousBlank)
            out += QStringLiteral("  \n"); // a hard line break inside the paragraph
        previousBlank = false;
        int digits = 0;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            const bool startsBlock = (i == 0 && blockMarks.contains(c))
                || (i == digits && digits > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')')));
            if (startsBlock || inlineMarks.contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out;
}

QString StoryExport::markdown(const QVector<Story> &stories, const QVector<Principle> &principles,
    const QHash<qint64, QString> &questionTitles, const QDate &today)
{
    QHash<QString, QString> nameOf;
    for (const Principle &p : principles)
        nameOf.insert(p.id, p.name);
    auto principleName = [&nameOf](const QString &id) {
        return nameOf.value(id, id);
    };

    QString md;
    md += QStringLiteral("# %1\n\n").arg(tr("Starloop stories"));
    md += QStringLiteral("*%1*\n\n")
              .arg(tr("Exported %1 · stories: %2").arg(today.toString(Qt::ISODate)).arg(stories.size()));

    auto writeStory = [&](const Story &story) {
        md += QStringLiteral("### %1\n\n").arg(escaped(titleOf(story)));
        QStringList facts;
        if (!story.happenedOn.trimmed().isEmpty())
            facts << escaped(story.happenedOn.trimmed());
        if (!story.role.trimmed().isEmpty())
            facts << escaped(story.role.simplified());
        facts << tr("about %1 to tell").arg(StoryChecks::formatDuration(StoryChecks::tellingSeconds(story)));
        md += QStringLiteral("*%1*\n\n").arg(facts.join(QStringLiteral(" · ")));
        QStringList also;
        for (const QString &id : story.principles) {
            if (id != homeOf(story))
                also << principleName(id);
        }
        if (!also.isEmpty())
            md += QStringLiteral("%1 %2\n\n")
                      .arg(tr("Also shows:"), escaped(also.join(QStringLiteral(", "))));
        const std::pair<QString, QString> parts[] = {
            {tr("Situation"), story.situation},
            {tr("Task"), story.task},
            {tr("Action"), story.action},
            {tr("Result"), story.result},
            {tr("Reflection"), story.reflection},
            {tr("Short version"), story.shortVersion},
        };
        for (const auto &[heading, text] : parts) {
            if (text.trimmed().isEmpty())
                continue;
            md += QStringLiteral("#### %1\n\n%2\n\n").arg(heading, escaped(text));
        }
        QStringList questions;
        for (const qint64 id : story.questionIds) {
            const QString title = questionTitles.value(id);
            if (!title.isEmpty())
                questions << QStringLiteral("- %1\n").arg(escaped(title));
        }
        if (!questions.isEmpty())
            md += QStringLiteral("#### %1\n\n%2\n")
                      .arg(tr("Questions it answers"), questions.join(QString()));
    };

    for (const Principle &principle : principles) {
        md += QStringLiteral("## %1\n\n").arg(escaped(principle.name));
        bool any = false;
        QStringList references;
        for (const Story &story : stories) {
            if (!story.principles.contains(principle.id))
                continue;
            any = true;
            if (homeOf(story) == principle.id)
                writeStory(story);
            else
                references << QStringLiteral("- *%1*: %2\n")
                                  .arg(escaped(titleOf(story)),
                                      tr("see %1").arg(escaped(principleName(homeOf(story)))));
        }
        if (!references.isEmpty())
            md += QStringLiteral("%1\n\n%2\n")
                      .arg(tr("Also told for this principle:"), references.join(QString()));
        if (!any)
            md += QStringLiteral("*%1*\n\n").arg(tr("No story yet."));
    }

    QVector<const Story *> untagged;
    for (const Story &story : stories) {
        if (homeOf(story).isEmpty() || !nameOf.contains(homeOf(story)))
            untagged << &story;
    }
    if (!untagged.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Not yet tagged"));
        for (const Story *story : std::as_const(untagged))
            writeStory(*story);
    }
    return md;
}

Result<QString> StoryExport::markdown(Storage::Database &db, const QDate &today)
{
    StoryRepository repository(db);
    const auto principles = repository.principles();
    if (!principles)
        return principles.error();
    const auto summaries = repository.list(QString(), StorySort::Title);
    if (!summaries)
        return summaries.error();
    QVector<Story> stories;
    for (const StorySummary &summary : summaries.value()) {
        const auto story = repository.load(summary.id);
        if (!story)
            return story.error();
        stories << story.value();
    }
    const auto questionTitles = Storage::guarded(
        tr("The linked questions could not be read"), [&]() -> Result<QHash<qint64, QString>> {
            QHash<qint64, QString> titles;
            Storage::Statement st(db,
                "SELECT q.id, q.title FROM questions q "
                "WHERE q.id IN (SELECT question_id FROM story_questions)");
            while (st.step())
                titles.insert(st.int64(0), st.text(1));
            return titles;
        });
    if (!questionTitles)
        return questionTitles.error();
    return markdown(stories, principles.value(), questionTitles.value(), today);
}

} // namespace Starloop::Stories
