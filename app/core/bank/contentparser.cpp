#include "core/bank/contentparser.h"

#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace Starloop::Bank {

namespace {

struct FrontMatterValue
{
    QString text;
    QStringList list;
    bool isList = false;
    int line = 0;
};

struct FrontMatter
{
    QHash<QString, FrontMatterValue> values;
    QStringList order;
    int bodyStartLine = 0; // index into lines of the first body line
};

class Reader
{
public:
    Reader(const QString &file, QVector<Diagnostic> &diagnostics)
        : m_file(file)
        , m_diagnostics(diagnostics)
    { }

    void error(int line, const QString &message)
    {
        m_diagnostics.append(Diagnostic {m_file, line, message});
        m_failed = true;
    }
    bool failed() const { return m_failed; }

    std::optional<FrontMatter> frontMatter(const QStringList &lines)
    {
        if (lines.isEmpty() || lines.first() != QLatin1String("---")) {
            error(1, QStringLiteral("the file must start with a `---` front-matter line"));
            return std::nullopt;
        }
        static const QRegularExpression keyValue(QStringLiteral("^([a-z_]+): ?(.*)$"));
        FrontMatter matter;
        for (int i = 1; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int lineNo = i + 1;
            if (line == QLatin1String("---")) {
                matter.bodyStartLine = i + 1;
                return matter;
            }
            const QRegularExpressionMatch match = keyValue.match(line);
            if (!match.hasMatch()) {
                error(lineNo,
                    QStringLiteral("expected `key: value` in the front matter, found \"%1\"")
                        .arg(line.left(60)));
                continue;
            }
            const QString key = match.captured(1);
            if (matter.values.contains(key)) {
                error(lineNo, QStringLiteral("`%1` appears twice").arg(key));
                continue;
            }
            FrontMatterValue value;
            value.line = lineNo;
            const QString raw = match.captured(2).trimmed();
            if (raw.startsWith(QLatin1Char('['))) {
                if (!raw.endsWith(QLatin1Char(']'))) {
                    error(lineNo, QStringLiteral("`%1`: a list must end with `]` on the same line").arg(key));
                    continue;
                }
                value.isList = true;
                const QString inner = raw.mid(1, raw.size() - 2).trimmed();
                if (!inner.isEmpty()) {
                    const QStringList items = inner.split(QLatin1Char(','));
                    for (const QString &item : items)
                        value.list << unquote(item.trimmed(), lineNo, key);
                }
            } else {
                value.text = unquote(raw, lineNo, key);
            }
            matter.values.insert(key, value);
            matter.order << key;
        }
        error(lines.size(), QStringLiteral("the front matter is never closed with a `---` line"));
        return std::nullopt;
    }

    QString unquote(const QString &raw, int line, const QString &key)
    {
        if (raw.startsWith(QLatin1Char('"'))) {
            if (raw.size() < 2 || !raw.endsWith(QLatin1Char('"'))
                || raw.mid(1, raw.size() - 2).contains(QLatin1Char('"'))) {
                error(line, QStringLiteral("`%1`: unbalanced or nested double quotes").arg(key));
                return QString();
            }
            return raw.mid(1, raw.size() - 2);
        }
        if (raw.contains(QLatin1String(": ")) || raw.contains(QLatin1String(" #")))
            error(line, QStringLiteral("`%1`: quote values that contain \": \" or \" #\"").arg(key));
        return raw;
    }

    void requireKeys(const FrontMatter &matter, const QStringList &keys, int closingLine,
        const QStringList &optionalKeys = {})
    {
        for (const QString &key : keys) {
            if (!matter.values.contains(key))
                error(closingLine, QStringLiteral("missing `%1` in the front matter").arg(key));
        }
        const QStringList known = keys + optionalKeys;
        for (const QString &key : matter.order) {
            if (!known.contains(key))
                error(matter.values.value(key).line,
                    QStringLiteral("unknown key `%1` (known: %2)")
                        .arg(key, known.join(QStringLiteral(", "))));
        }
    }

    QString scalar(const FrontMatter &matter, const QString &key)
    {
        const FrontMatterValue value = matter.values.value(key);
        if (value.isList)
            error(value.line, QStringLiteral("`%1` must be a single value, not a list").arg(key));
        return value.text;
    }

    QStringList list(const FrontMatter &matter, const QString &key)
    {
        const FrontMatterValue value = matter.values.value(key);
        if (matter.values.contains(key) && !value.isList)
            error(value.line, QStringLiteral("`%1` must be a list like [a, b]").arg(key));
        return value.list;
    }

    int lineOf(const FrontMatter &matter, const QString &key) const { return matter.values.value(key).line; }

    // Checks fences and headings of the Markdown body; returns the line index of the `# ` title or -1.
    int checkBody(const QStringList &lines, int from, bool requireTitle)
    {
        int titleLine = -1;
        bool inFence = false;
        QString fence;
        for (int i = from; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const QString trimmed = line.trimmed();
            const int lineNo = i + 1;
            if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
                const QString marker = trimmed.left(3);
                if (!inFence) {
                    const QString info = trimmed.mid(3).trimmed();
                    if (info.isEmpty())
                        error(lineNo, QStringLiteral("a code block must name its language, e.g. ```python"));
                    inFence = true;
                    fence = marker;
                } else if (trimmed.startsWith(fence) && trimmed.mid(3).trimmed().isEmpty()) {
                    inFence = false;
                }
                continue;
            }
            if (inFence)
                continue;
            if (line.startsWith(QLatin1String("# "))) {
                if (!requireTitle)
                    error(lineNo, QStringLiteral("a principle file has no `# ` heading; use `## `"));
                else if (titleLine >= 0)
                    error(
                        lineNo, QStringLiteral("a second `# ` heading; the answer must use `## ` and below"));
                else
                    titleLine = i;
            }
        }
        if (inFence)
            error(lines.size(), QStringLiteral("a code block is never closed"));
        return titleLine;
    }

private:
    QString m_file;
    QVector<Diagnostic> &m_diagnostics;
    bool m_failed = false;
};

QStringList splitLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (normalized.startsWith(QChar(0xfeff)))
        normalized.remove(0, 1);
    return normalized.split(QLatin1Char('\n'));
}

QString joinBody(const QStringList &lines, int from)
{
    return lines.mid(from).join(QLatin1Char('\n')).trimmed();
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{2,59}$"));
    return pattern;
}

} // namespace

std::optional<BankQuestion> ContentParser::parseQuestion(const QString &file, const QString &text,
    const QStringList &knownPrinciples, QVector<Diagnostic> &diagnostics)
{
    Reader reader(file, diagnostics);
    const QStringList lines = splitLines(text);
    const std::optional<FrontMatter> matter = reader.frontMatter(lines);
    if (!matter)
        return std::nullopt;

    static const QStringList keys {QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("level"),
        QStringLiteral("principles"), QStringLiteral("tags"), QStringLiteral("source")};
    static const QStringList optionalKeys {
        QStringLiteral("pattern"), QStringLiteral("diagram"), QStringLiteral("checked")};
    reader.requireKeys(*matter, keys, matter->bodyStartLine, optionalKeys);

    BankQuestion question;
    question.file = file;
    question.uid = reader.scalar(*matter, QStringLiteral("id"));
    question.section = reader.scalar(*matter, QStringLiteral("section"));
    question.level = reader.scalar(*matter, QStringLiteral("level"));
    question.principles = reader.list(*matter, QStringLiteral("principles"));
    question.tags = reader.list(*matter, QStringLiteral("tags"));
    question.source = reader.scalar(*matter, QStringLiteral("source"));
    if (matter->values.contains(QStringLiteral("pattern")))
        question.pattern = reader.scalar(*matter, QStringLiteral("pattern"));
    if (matter->values.contains(QStringLiteral("diagram")))
        question.diagram = reader.scalar(*matter, QStringLiteral("diagram"));
    if (matter->values.contains(QStringLiteral("checked")))
        question.checked = reader.scalar(*matter, QStringLiteral("checked"));

    if (matter->values.contains(QStringLiteral("id")) && !idPattern().match(question.uid).hasMatch())
        reader.error(reader.lineOf(*matter, QStringLiteral("id")),
            QStringLiteral("id \"%1\" must be 3-60 characters of a-z, 0-9 and -").arg(question.uid));
    if (matter->values.contains(QStringLiteral("section")) && !Catalog::sections().contains(question.section))
        reader.error(reader.lineOf(*matter, QStringLiteral("section")),
            QStringLiteral("unknown section \"%1\" (known: %2)")
                .arg(question.section, Catalog::sections().join(QStringLiteral(", "))));
    if (matter->values.contains(QStringLiteral("level")) && !Catalog::levels().contains(question.level))
        reader.error(reader.lineOf(*matter, QStringLiteral("level")),
            QStringLiteral("unknown level \"%1\" (known: %2)")
                .arg(question.level, Catalog::levels().join(QStringLiteral(", "))));
    const QStringList &principleIds = knownPrinciples.isEmpty() ? Catalog::principleIds() : knownPrinciples;
    for (const QString &principle : std::as_const(question.principles)) {
        if (!principleIds.contains(principle))
            reader.error(reader.lineOf(*matter, QStringLiteral("principles")),
                QStringLiteral("unknown principle \"%1\"").arg(principle));
    }
    if (matter->values.contains(QStringLiteral("pattern"))) {
        const int line = reader.lineOf(*matter, QStringLiteral("pattern"));
        if (Sections::fromId(question.section) != Section::Coding)
            reader.error(line, QStringLiteral("`pattern` is for coding problems only"));
        else if (!Catalog::patternIds().contains(question.pattern))
            reader.error(line,
                QStringLiteral("unknown pattern \"%1\" (known: %2)")
                    .arg(question.pattern, Catalog::patternIds().join(QStringLiteral(", "))));
    }
    if (matter->values.contains(QStringLiteral("diagram")) && !idPattern().match(question.diagram).hasMatch())
        reader.error(reader.lineOf(*matter, QStringLiteral("diagram")),
            QStringLiteral("diagram \"%1\" must name a file of content/diagrams without .json")
                .arg(question.diagram));
    if (matter->values.contains(QStringLiteral("checked"))) {
        const QDate date = QDate::fromString(question.checked, Qt::ISODate);
        if (!date.isValid() || question.checked.size() != 10)
            reader.error(reader.lineOf(*matter, QStringLiteral("checked")),
                QStringLiteral("checked \"%1\" must be a date written YYYY-MM-DD").arg(question.checked));
    }
    static const QRegularExpression tagPattern(QStringLiteral("^[a-z0-9][a-z0-9.+#-]*$"));
    if (matter->values.contains(QStringLiteral("tags")) && question.tags.isEmpty())
        reader.error(reader.lineOf(*matter, QStringLiteral("tags")), QStringLiteral("give at least one tag"));
    for (const QString &tag : std::as_const(question.tags)) {
        if (!tagPattern.match(tag).hasMatch())
            reader.error(reader.lineOf(*matter, QStringLiteral("tags")),
                QStringLiteral("tag \"%1\" must be lowercase kebab-case").arg(tag));
    }

    const int titleIndex = reader.checkBody(lines, matter->bodyStartLine, true);
    if (titleIndex < 0) {
        reader.error(
            matter->bodyStartLine + 1, QStringLiteral("missing the `# ` title line after the front matter"));
    } else {
        for (int i = matter->bodyStartLine; i < titleIndex; ++i) {
            if (!lines.at(i).trimmed().isEmpty()) {
                reader.error(i + 1, QStringLiteral("text before the `# ` title line"));
                break;
            }
        }
        question.title = lines.at(titleIndex).mid(2).trimmed();
        if (question.title.isEmpty())
            reader.error(titleIndex + 1, QStringLiteral("the title is empty"));
        question.answerMd = joinBody(lines, titleIndex + 1);
        if (question.answerMd.isEmpty())
            reader.error(titleIndex + 1, QStringLiteral("the answer is empty"));
    }
    if (reader.failed())
        return std::nullopt;
    return question;
}

std::optional<BankPrinciple> ContentParser::parsePrinciple(
    const QString &file, const QString &text, QVector<Diagnostic> &diagnostics)
{
    Reader reader(file, diagnostics);
    const QStringList lines = splitLines(text);
    const std::optional<FrontMatter> matter = reader.frontMatter(lines);
    if (!matter)
        return std::nullopt;
    static const QStringList keys {
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("summary")};
    reader.requireKeys(*matter, keys, matter->bodyStartLine);

    BankPrinciple principle;
    principle.id = reader.scalar(*matter, QStringLiteral("id"));
    principle.name = reader.scalar(*matter, QStringLiteral("name"));
    principle.summary = reader.scalar(*matter, QStringLiteral("summary"));
    bool numeric = false;
    principle.position = reader.scalar(*matter, QStringLiteral("position")).toInt(&numeric);
    if (matter->values.contains(QStringLiteral("id")) && !Catalog::principleIds().contains(principle.id))
        reader.error(reader.lineOf(*matter, QStringLiteral("id")),
            QStringLiteral("unknown principle id \"%1\"").arg(principle.id));
    if (matter->values.contains(QStringLiteral("position"))
        && (!numeric || principle.position < 1 || principle.position > 16))
        reader.error(
            reader.lineOf(*matter, QStringLiteral("position")), QStringLiteral("position must be 1 to 16"));
    if (matter->values.contains(QStringLiteral("summary")) && principle.summary.isEmpty())
        reader.error(
            reader.lineOf(*matter, QStringLiteral("summary")), QStringLiteral("the summary is empty"));
    reader.checkBody(lines, matter->bodyStartLine, false);
    principle.bodyMd = joinBody(lines, matter->bodyStartLine);
    if (principle.bodyMd.isEmpty())
        reader.error(matter->bodyStartLine + 1, QStringLiteral("the principle has no body"));
    if (reader.failed())
        return std::nullopt;
    return principle;
}

} // namespace Starloop::Bank
