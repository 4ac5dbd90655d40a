#include "cli/reviewdiagramcommand.h"

#include "core/diagrams/architecturereview.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/dismissalrepository.h"
#include "core/userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Starloop::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDiagramCommand)
};

struct Reviewed
{
    QString title;
    QString source; // "diagram" or "template"
    QVector<Diagrams::ReviewFinding> findings;
};

// A reference template whose id or title is `title` (ignoring case).
std::optional<Diagrams::DiagramTemplate> findTemplate(const QString &title)
{
    for (const Diagrams::DiagramTemplate &t : Diagrams::DiagramTemplates::all()) {
        if (t.id.compare(title, Qt::CaseInsensitive) == 0 || t.title.compare(title, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QJsonObject toJson(const Reviewed &reviewed)
{
    QJsonArray findings;
    for (const Diagrams::ReviewFinding &f : reviewed.findings) {
        QJsonObject o {{QStringLiteral("rule"), f.ruleId},
            {QStringLiteral("severity"), Diagrams::ArchitectureReview::severityId(f.severity)},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(f.nodeIds)},
            {QStringLiteral("edges"), QJsonArray::fromStringList(f.edgeIds)},
            {QStringLiteral("items"), QJsonArray::fromStringList(f.nodeIds + f.edgeIds)},
            {QStringLiteral("subject"), f.subject()}, {QStringLiteral("message"), f.message},
            {QStringLiteral("question"), f.questionUid}, {QStringLiteral("dismissed"), f.dismissed()}};
        if (f.dismissed())
            o.insert(QStringLiteral("reason"), f.dismissal->reason);
        findings.append(o);
    }
    return {{QStringLiteral("diagram"), reviewed.title}, {QStringLiteral("source"), reviewed.source},
        {QStringLiteral("open"), int(Diagrams::ArchitectureReview::open(reviewed.findings).size())},
        {QStringLiteral("findings"), findings}};
}

void printText(QTextStream &out, const Reviewed &reviewed)
{
    using Diagrams::ArchitectureReview;
    const auto open = ArchitectureReview::open(reviewed.findings);
    out << Text::tr("Review of \"%1\": %2 error(s), %3 warning(s), %4 advice")
               .arg(reviewed.title)
               .arg(ArchitectureReview::count(open, Diagrams::Severity::Error))
               .arg(ArchitectureReview::count(open, Diagrams::Severity::Warning))
               .arg(ArchitectureReview::count(open, Diagrams::Severity::Advice))
        << '\n';
    for (const Diagrams::ReviewFinding &f : open) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(ArchitectureReview::severityId(f.severity), -8)
                   .arg(f.ruleId, -28)
                   .arg(f.subject().isEmpty() ? QStringLiteral("-") : f.subject())
                   .arg(f.message)
            << '\n'
            << QStringLiteral("         ") << Text::tr("see %1").arg(f.questionUid) << '\n';
    }
    for (const Diagrams::ReviewFinding &f : reviewed.findings) {
        if (f.dismissed())
            out << Text::tr("dismissed %1 %2: %3").arg(f.ruleId, f.subject(), f.dismissal->reason) << '\n';
    }
}

} // namespace

QString ReviewDiagramCommand::summary() const
{
    return Text::tr(
        "Review a diagram as an interviewer would, e.g. review-diagram \"URL shortener\" --json.");
}

int ReviewDiagramCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("title"),
        Text::tr("The diagram's title (exact, or ignoring case), or a reference template's id or title."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print the findings as JSON.")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *context.err << Text::tr(
            "review-diagram needs one diagram title, e.g. review-diagram \"URL shortener\"")
                     << '\n';
        return 2;
    }
    const QString title = positional.first();

    const auto data = context.openData(CommandContext::Access::ReadOnly);
    if (!data)
        return 2;
    Reviewed reviewed;
    Diagrams::DiagramRepository repository(data->store->db());
    const auto diagram = repository.loadByTitle(title);
    if (diagram) {
        const auto dismissals
            = Diagrams::DismissalRepository(data->store->db()).dismissals(diagram->summary.uid);
        if (!dismissals) {
            *context.err << dismissals.errorMessage() << '\n';
            return 2;
        }
        reviewed = {diagram->summary.title, QStringLiteral("diagram"),
            Diagrams::ArchitectureReview::review(diagram->document, dismissals.value())};
    } else if (const auto reference = findTemplate(title)) {
        reviewed = {reference->title, QStringLiteral("template"),
            Diagrams::ArchitectureReview::review(reference->document, reference->dismissals)};
    } else {
        *context.err << diagram.errorMessage() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("json")))
        *context.out << QString::fromUtf8(QJsonDocument(toJson(reviewed)).toJson(QJsonDocument::Indented));
    else
        printText(*context.out, reviewed);
    return Diagrams::ArchitectureReview::open(reviewed.findings).isEmpty() ? 0 : 1;
}

} // namespace Starloop::Cli
