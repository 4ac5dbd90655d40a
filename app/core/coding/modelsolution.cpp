#include "core/coding/modelsolution.h"

#include "core/vocabulary/language.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

namespace Starloop::Coding {

namespace {

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
    QStringList header {lines.at(i)};
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
            if (methods == QStringList {QStringLiteral("__init__")}) {
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
                const bool dunder
                    = method.startsWith(QStringLiteral("__")) && method.endsWith(QStringLiteral("__"));
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

// Java: a small scanner that knows strings, characters and comments, enough to find where
// each top-level type and each member begins and ends.
int skipSpaceAndComments(const QString &code, int i)
{
    while (i < code.size()) {
        if (code.at(i).isSpace()) {
            ++i;
        } else if (code.mid(i, 2) == QLatin1String("//")) {
            const int end = code.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? int(code.size()) : end + 1;
        } else if (code.mid(i, 2) == QLatin1String("/*")) {
            const int end = code.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? int(code.size()) : end + 2;
        } else {
            break;
        }
    }
    return i;
}

// The position just past a string or character literal starting at i, or i when there is none.
int skipLiteral(const QString &code, int i)
{
    const QChar quote = code.at(i);
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return i;
    if (code.mid(i, 3) == QLatin1String("\"\"\"")) { // a text block
        const int end = code.indexOf(QStringLiteral("\"\"\""), i + 3);
        return end < 0 ? int(code.size()) : end + 3;
    }
    for (int j = i + 1; j < code.size(); ++j) {
        if (code.at(j) == QLatin1Char('\\'))
            ++j;
        else if (code.at(j) == quote || code.at(j) == QLatin1Char('\n'))
            return j + 1;
    }
    return int(code.size());
}

// Calls visit(i) for each position of code proper from `from` on (literals and comments are
// stepped over) until it returns true; returns that position, or -1 at the end.
template<class Visit> int scanCode(const QString &code, int from, Visit visit)
{
    int i = from;
    while (i < code.size()) {
        const int after = skipLiteral(code, i);
        if (after != i) {
            i = after;
            continue;
        }
        if (code.mid(i, 2) == QLatin1String("//") || code.mid(i, 2) == QLatin1String("/*")) {
            i = skipSpaceAndComments(code, i);
            continue;
        }
        if (visit(i))
            return i;
        ++i;
    }
    return -1;
}

// From i, the first '{' or ';' outside parentheses, literals and comments; -1 when none.
int nextBraceOrSemicolon(const QString &code, int i)
{
    int parens = 0;
    return scanCode(code, i, [&](int at) {
        const QChar c = code.at(at);
        if (c == QLatin1Char('('))
            ++parens;
        else if (c == QLatin1Char(')'))
            --parens;
        return parens == 0 && (c == QLatin1Char('{') || c == QLatin1Char(';'));
    });
}

// The position of the '}' that closes the '{' at open; the end of the code when unbalanced.
int closingBrace(const QString &code, int open)
{
    int depth = 0;
    const int close = scanCode(code, open, [&](int at) {
        if (code.at(at) == QLatin1Char('{'))
            ++depth;
        return code.at(at) == QLatin1Char('}') && --depth == 0;
    });
    return close < 0 ? int(code.size()) - 1 : close;
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

bool declaresType(const QString &header)
{
    static const QRegularExpression type(QStringLiteral("\\b(class|interface|enum|record)\\s+\\w+"));
    return type.match(header).hasMatch();
}

bool isPrivate(const QString &header)
{
    static const QRegularExpression word(QStringLiteral("(^|\\s)private\\s"));
    return word.match(header).hasMatch();
}

// One top-level type: kept whole when it only carries data (ListNode, TreeNode: given by the
// problem) or is an interface, enum or record; otherwise its non-private methods and
// constructors, with empty bodies.
QString javaTypeStarter(const QString &code, const QString &header, int open, int close)
{
    static const QRegularExpression typeName(QStringLiteral("\\b(class|interface|enum|record)\\s+(\\w+)"));
    const auto nameMatch = typeName.match(header);
    const QString kind = nameMatch.captured(1);
    const QString name = nameMatch.captured(2);
    const QString whole = header.trimmed() + QLatin1Char(' ') + code.mid(open, close - open + 1);
    if (kind != QLatin1String("class"))
        return whole;

    struct Member
    {
        QString header;
        bool isVoid;
        bool constructor;
    };
    QVector<Member> members;
    bool hasMethods = false;
    int i = open + 1;
    while (true) {
        i = skipSpaceAndComments(code, i);
        if (i >= close)
            break;
        const int stop = nextBraceOrSemicolon(code, i);
        if (stop < 0 || stop >= close)
            break;
        const QString memberHeader = oneLine(code.mid(i, stop - i));
        if (code.at(stop) == QLatin1Char(';')) { // a field (or an abstract method)
            i = stop + 1;
            continue;
        }
        const int end = closingBrace(code, stop);
        if (memberHeader.contains(QLatin1Char('=')) && !memberHeader.contains(QLatin1Char('('))) {
            // An array initialiser: the field goes on to its ';'.
            const int semicolon = nextBraceOrSemicolon(code, end + 1);
            i = semicolon < 0 ? close : semicolon + 1;
            continue;
        }
        i = end + 1;
        if (memberHeader.isEmpty() || memberHeader == QLatin1String("static") || declaresType(memberHeader)
            || !memberHeader.contains(QLatin1Char('(')))
            continue; // initialisers, nested types (helpers), anything else
        static const QRegularExpression constructorOf(QStringLiteral("^(?:[\\w@]+\\s+)*(\\w+)\\s*\\("));
        const bool constructor = constructorOf.match(memberHeader).captured(1) == name;
        static const QRegularExpression voidMethod(QStringLiteral("\\bvoid\\s+\\w+\\s*\\("));
        if (!constructor)
            hasMethods = true;
        if (!isPrivate(memberHeader))
            members << Member {memberHeader, voidMethod.match(memberHeader).hasMatch(), constructor};
    }
    if (!hasMethods)
        return whole;
    QStringList out {header.trimmed() + QStringLiteral(" {")};
    for (const Member &member : std::as_const(members)) {
        out << QStringLiteral("    ") + member.header + QStringLiteral(" {");
        if (!member.constructor && !member.isVoid)
            out << QStringLiteral("        throw new UnsupportedOperationException(\"not written yet\");");
        out << QStringLiteral("    }") << QString();
    }
    if (out.last().isEmpty())
        out.removeLast();
    out << QStringLiteral("}");
    return out.join(QLatin1Char('\n'));
}

QString javaStarter(const QString &code)
{
    QStringList imports;
    QStringList types;
    int i = 0;
    while (true) {
        i = skipSpaceAndComments(code, i);
        if (i >= code.size())
            break;
        const int stop = nextBraceOrSemicolon(code, i);
        if (stop < 0)
            break;
        const QString header = code.mid(i, stop - i);
        if (code.at(stop) == QLatin1Char(';')) {
            if (header.startsWith(QStringLiteral("import ")))
                imports << oneLine(header) + QLatin1Char(';');
            i = stop + 1;
            continue;
        }
        const int close = closingBrace(code, stop);
        if (declaresType(header) && !isPrivate(header))
            types << javaTypeStarter(code, header, stop, close);
        i = close + 1;
    }
    if (types.isEmpty())
        return QString();
    QString out;
    if (!imports.isEmpty())
        out += imports.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    return out + types.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

QString ModelSolution::extract(const QString &markdown, const QString &language)
{
    const QStringList names = Languages::fenceNames(language);
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
    QString starter;
    switch (Languages::fromId(language)) {
    case Language::Python:
        starter = pythonStarter(extract(markdown, language));
        break;
    case Language::Java:
        starter = javaStarter(extract(markdown, language));
        break;
    case Language::Cpp: // no starter is cut from a C++ solution: the blank one
    case Language::Other:
        break;
    }
    return starter.isEmpty() ? blankStarter(language) : starter;
}

QString ModelSolution::blankStarter(const QString &language)
{
    return Languages::commentPrefix(Languages::fromId(language)) + QStringLiteral(" Your solution\n");
}

} // namespace Starloop::Coding
