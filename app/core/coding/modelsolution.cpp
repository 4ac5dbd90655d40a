#include "modelsolution.h"

#include <QRegularExpression>
#include <QStringList>

namespace Starloop::Coding {

namespace {

QStringList fenceNames(const QString &language)
{
    if (language == QLatin1String("python"))
        return {QStringLiteral("python"), QStringLiteral("py"), QStringLiteral("python3")};
    if (language == QLatin1String("cpp"))
        return {QStringLiteral("cpp"), QStringLiteral("c++"), QStringLiteral("cxx")};
    return {language.toLower()};
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

// The header of a def or class, which may run over several lines until the closing ':'.
QStringList headerAt(const QStringList &lines, int &i)
{
    QStringList header{lines.at(i)};
    while (!header.last().trimmed().endsWith(QLatin1Char(':')) && i + 1 < lines.size())
        header << lines.at(++i);
    return header;
}

QString pythonStarter(const QString &code)
{
    const QStringList lines = code.split(QLatin1Char('\n'));
    static const QRegularExpression def(QStringLiteral("^(\\s*)def\\s+(\\w+)"));
    static const QRegularExpression cls(QStringLiteral("^class\\s+(\\w+)"));
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto m = cls.match(line); m.hasMatch()) {
            const QString name = m.captured(1);
            // Collect the class body to see which methods it has.
            int end = i + 1;
            QStringList methods;
            while (end < lines.size() && (lines.at(end).trimmed().isEmpty() || indentOf(lines.at(end)) > 0)) {
                if (const auto d = def.match(lines.at(end)); d.hasMatch() && d.captured(1).size() == 4)
                    methods << d.captured(2);
                ++end;
            }
            if (name.startsWith(QLatin1Char('_'))) {
                i = end - 1;
                continue;
            }
            if (methods == QStringList{QStringLiteral("__init__")}) {
                QStringList whole = lines.mid(i, end - i);
                while (!whole.isEmpty() && whole.last().trimmed().isEmpty())
                    whole.removeLast();
                out << whole << QString() << QString();
                i = end - 1;
                continue;
            }
            out << line;
            for (int j = i + 1; j < end; ++j) {
                const auto d = def.match(lines.at(j));
                if (!d.hasMatch() || d.captured(1).size() != 4)
                    continue;
                const QString method = d.captured(2);
                const bool dunder = method.startsWith(QStringLiteral("__")) && method.endsWith(QStringLiteral("__"));
                if (method.startsWith(QLatin1Char('_')) && !dunder)
                    continue;
                out << headerAt(lines, j) << QStringLiteral("        pass") << QString();
            }
            if (!out.isEmpty() && out.last().isEmpty())
                out.removeLast();
            out << QString() << QString();
            i = end - 1;
            continue;
        }
        if (const auto d = def.match(line); d.hasMatch() && d.captured(1).isEmpty()) {
            if (d.captured(2).startsWith(QLatin1Char('_')))
                continue;
            out << headerAt(lines, i) << QStringLiteral("    pass") << QString() << QString();
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString ModelSolution::extract(const QString &markdown, const QString &language)
{
    const QStringList names = fenceNames(language);
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString fence = lines.at(i).trimmed();
        if (!fence.startsWith(QStringLiteral("```")) || !names.contains(fence.mid(3).trimmed().toLower()))
            continue;
        QStringList block;
        for (int j = i + 1; j < lines.size(); ++j) {
            if (lines.at(j).trimmed() == QLatin1String("```"))
                return block.join(QLatin1Char('\n')) + QLatin1Char('\n');
            block << lines.at(j);
        }
        return QString(); // an unclosed fence is not a solution
    }
    return QString();
}

QString ModelSolution::starter(const QString &markdown, const QString &language)
{
    if (language == QLatin1String("python")) {
        const QString starter = pythonStarter(extract(markdown, language));
        if (!starter.isEmpty())
            return starter;
    }
    return blankStarter(language);
}

QString ModelSolution::blankStarter(const QString &language)
{
    if (language == QLatin1String("python"))
        return QStringLiteral("# Your solution\n");
    return QStringLiteral("// Your solution\n");
}

} // namespace Starloop::Coding
