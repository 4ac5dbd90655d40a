#include "core/stories/workedexample.h"

#include <QStringList>

namespace Starloop::Stories {

std::optional<Story> WorkedExample::fromMarkdown(const QString &answerMd)
{
    const QStringList lines = answerMd.split(QLatin1Char('\n'));
    int start = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String("## Worked example")) {
            start = i + 1;
            break;
        }
    }
    if (start < 0)
        return std::nullopt;

    Story story;
    QString *part = nullptr;
    auto partFor = [&story](const QString &heading) -> QString * {
        if (heading == QLatin1String("Situation"))
            return &story.situation;
        if (heading == QLatin1String("Task"))
            return &story.task;
        if (heading == QLatin1String("Action"))
            return &story.action;
        if (heading == QLatin1String("Result"))
            return &story.result;
        if (heading == QLatin1String("Reflection"))
            return &story.reflection;
        if (heading == QLatin1String("Short version"))
            return &story.shortVersion;
        return nullptr;
    };
    bool inFence = false;
    for (int i = start; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")))
            inFence = !inFence;
        if (!inFence && line.startsWith(QLatin1String("## ")))
            break; // the next section (the weak version) ends the example
        if (!inFence && line.startsWith(QLatin1String("### "))) {
            part = partFor(line.mid(4).trimmed());
            continue;
        }
        if (part)
            *part += line + QLatin1Char('\n');
    }
    for (QString *text :
        {&story.situation, &story.task, &story.action, &story.result, &story.reflection, &story.shortVersion})
        *text = text->trimmed();
    if (story.situation.isEmpty() || story.task.isEmpty() || story.action.isEmpty() || story.result.isEmpty())
        return std::nullopt;
    return story;
}

} // namespace Starloop::Stories
