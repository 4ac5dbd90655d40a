#include "core/questions/searchquery.h"

#include <algorithm>

namespace Starloop::Questions {

namespace {

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Splits on whitespace, keeping "quoted phrases" (an unbalanced quote runs to the end).
QList<QPair<QString, bool>> split(const QString &text)
{
    QList<QPair<QString, bool>> pieces;
    QString current;
    bool inQuotes = false;
    bool currentQuoted = false;
    auto flush = [&] {
        if (!current.isEmpty() || currentQuoted)
            pieces.append({current, currentQuoted});
        current.clear();
        currentQuoted = false;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            if (inQuotes) {
                inQuotes = false;
                flush();
            } else {
                // a quote inside a word (e.g. -"two words" or lp:"x y") starts the quoted part
                inQuotes = true;
                currentQuoted = true;
            }
            continue;
        }
        if (c.category() == QChar::Other_Control || c.isNull()) {
            flush(); // NUL, tabs' cousins: never part of a word (FTS5 would reject a NUL)
            continue;
        }
        if (!inQuotes && c.isSpace()) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return pieces;
}

// Words that carry no meaning in a question title ("ebs vs instance store"). They are dropped
// when the query has other words, and kept when they are all there is.
bool isStopWord(const QString &word)
{
    static const QStringList words {
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("and"),
        QStringLiteral("are"),
        QStringLiteral("do"),
        QStringLiteral("does"),
        QStringLiteral("for"),
        QStringLiteral("how"),
        QStringLiteral("in"),
        QStringLiteral("is"),
        QStringLiteral("of"),
        QStringLiteral("on"),
        QStringLiteral("or"),
        QStringLiteral("the"),
        QStringLiteral("to"),
        QStringLiteral("versus"),
        QStringLiteral("vs"),
        QStringLiteral("vs."),
        QStringLiteral("what"),
        QStringLiteral("when"),
        QStringLiteral("why"),
        QStringLiteral("with"),
    };
    return words.contains(word.toLower());
}

// The typed text cut at spaces outside double quotes, quotes kept: the words a user sees.
QStringList rawWords(const QString &text)
{
    QStringList words;
    QString current;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        if (c.isSpace() && !inQuotes) {
            if (!current.isEmpty())
                words << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

bool SearchQuery::hasFilter(const QString &text, const QString &filter)
{
    const QStringList words = rawWords(text);
    return std::any_of(words.cbegin(), words.cend(),
        [&](const QString &word) { return word.compare(filter, Qt::CaseInsensitive) == 0; });
}

QString SearchQuery::toggledFilter(const QString &text, const QString &filter)
{
    QStringList words = rawWords(text);
    const auto before = words.size();
    words.erase(std::remove_if(words.begin(), words.end(),
                    [&](const QString &word) { return word.compare(filter, Qt::CaseInsensitive) == 0; }),
        words.end());
    if (words.size() == before)
        words << filter;
    return words.join(QLatin1Char(' '));
}

SearchQuery SearchQuery::fromString(const QString &text)
{
    SearchQuery query;
    const auto pieces = split(text.left(MaxTerms * (MaxTermLength + 8)));
    for (const auto &[rawPiece, quotedPiece] : pieces) {
        QString piece = rawPiece;
        bool excluded = false;
        if (piece.startsWith(QLatin1Char('-')) && (piece.size() > 1 || quotedPiece)) {
            excluded = true;
            piece.remove(0, 1);
        }
        const int colon = piece.indexOf(QLatin1Char(':'));
        if (!excluded && colon > 0) {
            const QString key = piece.left(colon).toLower();
            const QString value = piece.mid(colon + 1).trimmed().toLower();
            QStringList *list = nullptr;
            if (key == QLatin1String("lp") || key == QLatin1String("principle"))
                list = &query.principles;
            else if (key == QLatin1String("tag"))
                list = &query.tags;
            else if (key == QLatin1String("level"))
                list = &query.levels;
            else if (key == QLatin1String("section"))
                list = &query.sections;
            else if (key == QLatin1String("pattern"))
                list = &query.patterns;
            if (list && !value.isEmpty()) {
                if (!list->contains(value))
                    list->append(value);
                continue;
            }
            if (key == QLatin1String("is")) {
                if (value == QLatin1String("starred")) {
                    query.starred = true;
                    continue;
                }
                if (value == QLatin1String("due")) {
                    query.due = true;
                    continue;
                }
                if (value == QLatin1String("mine")) {
                    query.mine = true;
                    continue;
                }
            }
            if (list || key == QLatin1String("is"))
                continue; // a filter still being typed ("lp:")
        }
        if (!hasWordCharacter(piece) || query.terms.size() >= MaxTerms)
            continue;
        if (!quotedPiece && !excluded && query.titleWords.size() < MaxTerms)
            query.titleWords << piece.left(MaxTermLength);
        // One letter says too little to search by (and would scan every word starting with it).
        if (!quotedPiece && piece.size() < 2)
            continue;
        query.terms.append(Term {piece.left(MaxTermLength), quotedPiece, excluded});
    }
    const bool hasContentWord = std::any_of(query.terms.cbegin(), query.terms.cend(),
        [](const Term &term) { return term.phrase || term.excluded || !isStopWord(term.text); });
    if (hasContentWord) {
        query.terms.erase(
            std::remove_if(query.terms.begin(), query.terms.end(),
                [](const Term &term) { return !term.phrase && !term.excluded && isStopWord(term.text); }),
            query.terms.end());
    }
    return query;
}

QString SearchQuery::quoted(const Term &term)
{
    QString escaped = term.text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"') + (term.phrase ? QString() : QStringLiteral("*"));
}

QString SearchQuery::matchExpression() const
{
    QStringList positive;
    bool anyPhrase = false;
    for (const Term &term : terms) {
        if (term.excluded)
            continue;
        positive << quoted(term);
        anyPhrase = anyPhrase || term.phrase;
    }
    QStringList words; // the phrase in the title: every word as typed, fillers too, whole but the last
    for (const QString &word : titleWords)
        words << quoted(Term {word, true, false});
    if (positive.isEmpty())
        return QString();
    QString expression = positive.join(QLatin1String(" AND "));
    // A question whose title holds the words in the order typed ranks first: the phrase adds to
    // its score (bm25 sums every phrase of the query) without widening what matches, so
    // "word search" finds "Word search" before "Add and search words".
    if (positive.size() > 1 && !anyPhrase && words.size() > 1)
        expression
            = QStringLiteral("(%1) OR (title : %2*)").arg(expression, words.join(QLatin1String(" + ")));
    const QString exclusion = exclusionExpression();
    if (!exclusion.isEmpty())
        expression = QStringLiteral("(%1) NOT (%2)").arg(expression, exclusion);
    return expression;
}

QString SearchQuery::exclusionExpression() const
{
    QStringList negative;
    for (const Term &term : terms) {
        if (term.excluded)
            negative << quoted(term);
    }
    return negative.join(QLatin1String(" OR "));
}

bool SearchQuery::hasPositiveTerms() const
{
    for (const Term &term : terms) {
        if (!term.excluded)
            return true;
    }
    return false;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && principles.isEmpty() && tags.isEmpty() && levels.isEmpty() && sections.isEmpty()
        && !starred && !due && !mine;
}

QStringList SearchQuery::highlightWords() const
{
    QStringList words;
    for (const Term &term : terms) {
        if (!term.excluded)
            words << term.text.toLower();
    }
    return words;
}

QString SearchQuery::toString() const
{
    QStringList parts;
    for (const Term &term : terms) {
        const QString text = term.phrase ? QLatin1Char('"') + term.text + QLatin1Char('"') : term.text;
        parts << (term.excluded ? QLatin1Char('-') + text : text);
    }
    for (const QString &p : principles)
        parts << QStringLiteral("lp:") + p;
    for (const QString &t : tags)
        parts << QStringLiteral("tag:") + t;
    for (const QString &l : levels)
        parts << QStringLiteral("level:") + l;
    for (const QString &s : sections)
        parts << QStringLiteral("section:") + s;
    for (const QString &p : patterns)
        parts << QStringLiteral("pattern:") + p;
    if (starred)
        parts << QStringLiteral("is:starred");
    if (due)
        parts << QStringLiteral("is:due");
    if (mine)
        parts << QStringLiteral("is:mine");
    return parts.join(QLatin1Char(' '));
}

} // namespace Starloop::Questions
