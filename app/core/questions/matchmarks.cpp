#include "matchmarks.h"

#include "question.h"

#include <QVector>

namespace Starloop::Questions {

namespace {

struct Word
{
    int start = 0;
    int end = 0; // one past the last character
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

QVector<Word> wordsOf(const QString &text)
{
    QVector<Word> words;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        while (i < size && !isWordChar(text.at(i)))
            ++i;
        if (i >= size)
            break;
        const int start = i;
        while (i < size && isWordChar(text.at(i)))
            ++i;
        words.append(Word{start, i});
    }
    return words;
}

// The characters between words that an excerpt keeps (Markdown punctuation goes).
QString cleanGap(QStringView gap)
{
    QString out;
    out.reserve(gap.size());
    for (const QChar c : gap) {
        if (c == QLatin1Char('`') || c == QLatin1Char('*') || c == QLatin1Char('#') || c == QLatin1Char('|'))
            continue;
        out += c.isSpace() ? QLatin1Char(' ') : c;
    }
    return out;
}

} // namespace

MatchMarks::MatchMarks(const SearchQuery &query)
{
    for (const QString &term : query.highlightWords()) {
        for (const Word &word : wordsOf(term)) {
            const QString stemmed = stem(term.mid(word.start, word.end - word.start).toLower());
            if (!stemmed.isEmpty() && !m_stems.contains(stemmed))
                m_stems << stemmed;
        }
    }
}

QString MatchMarks::stem(const QString &word)
{
    if (word.size() <= 4)
        return word;
    static const char *const Endings[] = {"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "e", "s", "y"};
    for (const char *ending : Endings) {
        const QLatin1String suffix(ending);
        if (word.endsWith(suffix) && word.size() - suffix.size() >= 3)
            return word.left(word.size() - suffix.size());
    }
    return word;
}

int MatchMarks::termOf(QStringView word) const
{
    for (int i = 0; i < m_stems.size(); ++i) {
        if (word.startsWith(m_stems.at(i), Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

QString MatchMarks::highlight(const QString &text) const
{
    if (isEmpty())
        return text;
    QString out;
    out.reserve(text.size() + 16);
    int copied = 0;
    for (const Word &word : wordsOf(text)) {
        if (termOf(QStringView(text).mid(word.start, word.end - word.start)) < 0)
            continue;
        out += QStringView(text).mid(copied, word.start - copied);
        out += QChar(MatchStart);
        out += QStringView(text).mid(word.start, word.end - word.start);
        out += QChar(MatchEnd);
        copied = word.end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString MatchMarks::excerpt(const QString &markdown, int words) const
{
    if (isEmpty() || words <= 0)
        return QString();
    const QVector<Word> all = wordsOf(markdown);
    QVector<int> termAt(all.size(), -1);
    QVector<bool> codeAt(all.size(), false); // inside a ``` fence
    bool any = false;
    bool inFence = false;
    int fence = int(markdown.indexOf(QLatin1String("```")));
    for (int i = 0; i < all.size(); ++i) {
        while (fence >= 0 && fence < all.at(i).start) {
            inFence = !inFence;
            fence = int(markdown.indexOf(QLatin1String("```"), fence + 3));
        }
        codeAt[i] = inFence;
        termAt[i] = termOf(QStringView(markdown).mid(all.at(i).start, all.at(i).end - all.at(i).start));
        any = any || termAt[i] >= 0;
    }
    if (!any)
        return QString();

    // The window of `words` words holding the most distinct terms, then the least code (prose
    // reads better in a result row), then the most matches, starting a little before its first
    // match; the earliest such window wins.
    const int span = qMin(words, int(all.size()));
    int bestStart = 0;
    int bestDistinct = -1;
    int bestCode = 0;
    int bestHits = -1;
    QVector<int> counts(m_stems.size(), 0);
    int distinct = 0;
    int hits = 0;
    int code = 0;
    auto add = [&](int i, int delta) {
        code += codeAt.at(i) ? delta : 0;
        const int term = termAt.at(i);
        if (term < 0)
            return;
        hits += delta;
        if (delta > 0 && counts[term]++ == 0)
            ++distinct;
        if (delta < 0 && --counts[term] == 0)
            --distinct;
    };
    for (int i = 0; i < span; ++i)
        add(i, 1);
    for (int start = 0;; ++start) {
        const bool better = distinct > bestDistinct
            || (distinct == bestDistinct && (code < bestCode || (code == bestCode && hits > bestHits)));
        if (better) {
            bestStart = start;
            bestDistinct = distinct;
            bestCode = code;
            bestHits = hits;
        }
        if (start + span >= all.size())
            break;
        add(start, -1);
        add(start + span, 1);
    }
    int first = bestStart;
    while (first < bestStart + span && termAt.at(first) < 0)
        ++first;
    bestStart = qMax(bestStart, qMin(first - 3, int(all.size()) - span)); // later only: no match is lost

    QString out;
    if (bestStart > 0)
        out += QStringLiteral("…");
    for (int i = bestStart; i < bestStart + span; ++i) {
        const Word &word = all.at(i);
        if (i > bestStart)
            out += cleanGap(QStringView(markdown).mid(all.at(i - 1).end, word.start - all.at(i - 1).end));
        const QStringView text = QStringView(markdown).mid(word.start, word.end - word.start);
        if (termAt.at(i) >= 0) {
            out += QChar(MatchStart);
            out += text;
            out += QChar(MatchEnd);
        } else {
            out += text;
        }
    }
    if (bestStart + span < all.size())
        out += QStringLiteral("…");
    return out.simplified();
}

} // namespace Starloop::Questions
