#include "matchmarks.h"

#include "question.h"

#include <QVector>

namespace Starloop::Questions {

namespace {

// Letters and digits. ASCII, most of an answer, is looked up in a small table.
struct AsciiWordChars
{
    bool table[128] = {};
    constexpr AsciiWordChars()
    {
        for (int c = 0; c < 128; ++c)
            table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
};
constexpr AsciiWordChars AsciiWord;

inline bool isWordChar(char16_t c)
{
    return c < 0x80 ? AsciiWord.table[c] : QChar::isLetterOrNumber(c);
}

// Calls `visit(start, end, inCodeFence)` for each word of `text` in one pass. A ``` toggles the
// code fence, as Markdown fences do (words never contain a backtick).
template<typename Visit>
void forEachWord(QStringView text, Visit visit)
{
    const char16_t *data = text.utf16();
    const int size = int(text.size());
    bool inFence = false;
    int i = 0;
    while (i < size) {
        const char16_t c = data[i];
        if (!isWordChar(c)) {
            if (c == '`' && i + 2 < size && data[i + 1] == '`' && data[i + 2] == '`') {
                inFence = !inFence;
                i += 3;
            } else {
                ++i;
            }
            continue;
        }
        const int start = i;
        while (i < size && isWordChar(data[i]))
            ++i;
        visit(start, i, inFence);
    }
}

// The characters between words that an excerpt keeps (Markdown punctuation goes).
void appendGap(QString &out, QStringView gap)
{
    for (const QChar c : gap) {
        if (c == QLatin1Char('`') || c == QLatin1Char('*') || c == QLatin1Char('#') || c == QLatin1Char('|'))
            continue;
        out += c.isSpace() ? QLatin1Char(' ') : c;
    }
}

} // namespace

MatchMarks::MatchMarks(const SearchQuery &query)
{
    for (const QString &term : query.highlightWords()) {
        forEachWord(term, [&](int start, int end, bool) {
            const QString stemmed = stem(term.mid(start, end - start).toLower());
            if (!stemmed.isEmpty() && !m_stems.contains(stemmed))
                m_stems << stemmed;
        });
    }
    for (const QString &stem : std::as_const(m_stems)) {
        const char16_t first = char16_t(stem.front().unicode());
        if (first < 0x80)
            m_asciiFirsts[first / 64] |= quint64(1) << (first % 64);
        else
            m_otherFirsts = true; // a case-insensitive match may begin with an ASCII letter (K and the Kelvin sign)
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
    // Most words are ASCII and begin with a letter no stem begins with.
    const char16_t first = word.isEmpty() ? u'\0' : char16_t(word.front().unicode());
    const char16_t lowerFirst = first >= 'A' && first <= 'Z' ? char16_t(first | 0x20) : first;
    if (lowerFirst < 0x80 && !(m_asciiFirsts[lowerFirst / 64] & (quint64(1) << (lowerFirst % 64))) && !m_otherFirsts)
        return -1;
    for (int i = 0; i < m_stems.size(); ++i) {
        const QString &stem = m_stems.at(i);
        const char16_t stemFirst = char16_t(stem.front().unicode());
        if (lowerFirst < 0x80 && stemFirst < 0x80 && lowerFirst != stemFirst)
            continue;
        if (word.size() >= stem.size() && word.startsWith(stem, Qt::CaseInsensitive))
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
    forEachWord(text, [&](int start, int end, bool) {
        if (termOf(QStringView(text).mid(start, end - start)) < 0)
            return;
        out += QStringView(text).mid(copied, start - copied);
        out += QChar(MatchStart);
        out += QStringView(text).mid(start, end - start);
        out += QChar(MatchEnd);
        copied = end;
    });
    out += QStringView(text).mid(copied);
    return out;
}

MatchMarks::Scanned MatchMarks::scan(const QString &markdown)
{
    Scanned scanned;
    scanned.text = markdown;
    scanned.words.reserve(int(markdown.size() / 5));
    forEachWord(markdown, [&](int start, int end, bool code) { scanned.words.append(Scanned::Word{start, end, code}); });
    return scanned;
}

QString MatchMarks::excerpt(const QString &markdown, int words) const
{
    if (isEmpty() || words <= 0)
        return QString();
    return excerpt(scan(markdown), words);
}

QString MatchMarks::excerpt(const Scanned &scanned, int words) const
{
    if (isEmpty() || words <= 0)
        return QString();
    const QString &markdown = scanned.text;
    const QVector<Scanned::Word> &all = scanned.words;
    QVector<int> termAt(all.size(), -1);
    bool any = false;
    for (int i = 0; i < all.size(); ++i) {
        termAt[i] = termOf(QStringView(markdown).mid(all.at(i).start, all.at(i).end - all.at(i).start));
        any = any || termAt.at(i) >= 0;
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
        code += all.at(i).code ? delta : 0;
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
        const Scanned::Word &word = all.at(i);
        if (i > bestStart) {
            const int previousEnd = all.at(i - 1).end;
            appendGap(out, QStringView(markdown).mid(previousEnd, word.start - previousEnd));
        }
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
