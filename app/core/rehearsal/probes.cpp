#include "core/rehearsal/probes.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Starloop::Rehearsal {

namespace {

const QString OwnSource = QStringLiteral("starloop");

// Topic openings that read as a request after "Tell me ": "how", "whether", "what" ...
bool opensWithQuestionWord(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("^(how|whether|what|which|where|when|why|who)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

QString lowerFirst(const QString &text)
{
    if (text.size() > 1 && text.at(1).isUpper()) // an acronym ("AWS ...") keeps its case
        return text;
    return text.left(1).toLower() + text.mid(1);
}

void addRotated(QVector<Probe> &into, const QVector<ProbeMaterial::Item> &items, ProbeKind kind, int rotation)
{
    const int n = items.size();
    for (int i = 0; i < n; ++i) {
        const ProbeMaterial::Item &item = items.at((i + rotation % n + n) % n);
        into.append(Probe {kind, item.text, item.source});
    }
}

} // namespace

QString Probe::spokenText() const
{
    if (kind != ProbeKind::Topic)
        return text;
    QString topic = text.trimmed();
    if (topic.endsWith(QLatin1Char('.')))
        topic.chop(1);
    const QString request = opensWithQuestionWord(topic)
        ? QCoreApplication::translate("Starloop::Rehearsal::Probe", "Tell me %1.")
        : QCoreApplication::translate("Starloop::Rehearsal::Probe", "Tell me about %1.");
    return request.arg(lowerFirst(topic));
}

QStringList ProbeParser::bulletsUnder(const QString &markdown, const QString &heading)
{
    QStringList bullets;
    bool inside = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("## "))) {
            inside
                = line.mid(line.indexOf(QLatin1Char(' ')) + 1).trimmed().compare(heading, Qt::CaseInsensitive)
                == 0;
            continue;
        }
        if (!inside)
            continue;
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            bullets << line.mid(2).trimmed();
        } else if (!line.isEmpty() && !bullets.isEmpty() && raw.startsWith(QLatin1Char(' '))
            && !line.startsWith(QLatin1Char('#'))) {
            bullets.last() += QLatin1Char(' ') + line; // a bullet wrapped onto the next line
        }
    }
    bullets.removeAll(QString());
    return bullets;
}

QStringList ProbeParser::followUps(const QString &markdown)
{
    return bulletsUnder(markdown, QStringLiteral("Follow-ups they ask"));
}

QStringList ProbeParser::probeTopics(const QString &markdown)
{
    return bulletsUnder(markdown, QStringLiteral("What interviewers probe"));
}

bool ProbeParser::asksForAnotherTime(const QString &probe)
{
    static const QRegularExpression another(
        QStringLiteral("\\b(another|a different|one more|a second|other) (time|example|story|situation)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return another.match(probe).hasMatch();
}

QVector<Probe> ProbePlanner::ownProbes()
{
    return {Probe {ProbeKind::Detail, tr("What exactly did you do yourself?"), OwnSource},
        Probe {ProbeKind::Data, tr("What data did you use to decide?"), OwnSource},
        Probe {ProbeKind::Reflection, tr("What would you do differently?"), OwnSource},
        Probe {ProbeKind::AnotherTime, tr("Tell me about another time. (Answer with a different story.)"),
            OwnSource}};
}

QVector<Probe> ProbePlanner::plan(const ProbeMaterial &material, const ProbeOptions &options)
{
    QVector<Probe> candidates;
    addRotated(candidates, material.followUps, ProbeKind::FollowUp, options.rotation);
    addRotated(candidates, material.topics, ProbeKind::Topic, options.rotation);
    const QVector<Probe> own = ownProbes();
    candidates << own.mid(0, 3);

    std::optional<Probe> anotherTime;
    QVector<Probe> plan;
    QSet<QString> seen;
    const int room = qMax(0, options.maxProbes - (options.anotherTime ? 1 : 0));
    for (Probe probe : candidates) {
        if (ProbeParser::asksForAnotherTime(probe.text)) {
            if (!anotherTime) {
                probe.kind = ProbeKind::AnotherTime;
                anotherTime = probe;
            }
            continue;
        }
        const QString key = probe.text.trimmed().toCaseFolded();
        if (plan.size() < room && !seen.contains(key)) {
            seen.insert(key);
            plan.append(probe);
        }
    }
    if (options.anotherTime && options.maxProbes > 0)
        plan.append(anotherTime.value_or(own.at(3)));
    return plan;
}

} // namespace Starloop::Rehearsal
