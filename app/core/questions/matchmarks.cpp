#include "core/questions/matchmarks.h"

#include "core/questions/question.h"

#include <QVarLengthArray>
#include <QVector>

#include <algorithm>
#include <array>

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
template<typename Visit> void forEachWord(QStringView text, Visit visit)
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

// word.startsWith(stem, Qt::CaseInsensitive) for a lower-case stem, without Qt's case folding
// while both are ASCII (where folding is only A-Z to a-z).
inline bool startsWithStem(QStringView word, const QString &stem)
{
    const char16_t *w = word.utf16();
    const char16_t *s = QStringView(stem).utf16();
    for (qsizetype i = 0; i < stem.size(); ++i) {
        if (w[i] >= 0x80 || s[i] >= 0x80)
            return word.startsWith(stem, Qt::CaseInsensitive);
        const char16_t lower = w[i] >= 'A' && w[i] <= 'Z' ? char16_t(w[i] | 0x20) : w[i];
        if (lower != s[i])
            return false;
    }
    return true;
}

// Writes an excerpt as QString::simplified() would leave it (each run of whitespace one space,
// none at either end) without a second pass, and leaves out the Markdown punctuation between
// words.
class ExcerptWriter
{
public:
    explicit ExcerptWriter(qsizetype capacity) { m_out.reserve(capacity); }

    void gap(QStringView between)
    {
        for (const QChar c : between) {
            if (c == QLatin1Char('`') || c == QLatin1Char('*') || c == QLatin1Char('#')
                || c == QLatin1Char('|'))
                continue;
            if (c.isSpace()) {
                m_space = !m_out.isEmpty();
                continue;
            }
            write(QStringView(&c, 1));
        }
    }
    void write(QStringView text) // no whitespace in it
    {
        if (m_space) {
            m_out += QLatin1Char(' ');
            m_space = false;
        }
        m_out += text;
    }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    bool m_space = false; // a space is due before what comes next
};

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
        StemPrefix prefix;
        const char16_t *chars = QStringView(stem).utf16();
        qsizetype ascii = 0;
        while (ascii < qMin<qsizetype>(stem.size(), 4) && chars[ascii] < 0x80) {
            prefix.prefix |= quint64(chars[ascii]) << (16 * ascii);
            prefix.mask |= quint64(0xffff) << (16 * ascii);
            ++ascii;
        }
        prefix.decided = ascii == stem.size();
        m_prefixes << prefix;
        const char16_t first = char16_t(stem.front().unicode());
        if (first < 0x80)
            m_asciiFirsts[first / 64] |= quint64(1) << (first % 64);
        else
            m_otherFirsts
                = true; // a case-insensitive match may begin with an ASCII letter (K and the Kelvin sign)
    }
}

QString MatchMarks::stem(const QString &word)
{
    if (word.size() <= 4)
        return word;
    static const char *const Endings[]
        = {"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "e", "s", "y"};
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
    if (lowerFirst < 0x80 && !(m_asciiFirsts[lowerFirst / 64] & (quint64(1) << (lowerFirst % 64)))
        && !m_otherFirsts)
        return -1;
    for (int i = 0; i < m_stems.size(); ++i) {
        const QString &stem = m_stems.at(i);
        const char16_t stemFirst = char16_t(stem.front().unicode());
        if (lowerFirst < 0x80 && stemFirst < 0x80 && lowerFirst != stemFirst)
            continue;
        if (word.size() >= stem.size() && startsWithStem(word, stem))
            return i;
    }
    return -1;
}

int MatchMarks::termOf(const Scanned &scanned, const Scanned::Start &start) const
{
    auto text = [&] {
        const Scanned::Word &word = scanned.words.at(start.word);
        return QStringView(scanned.text).mid(word.start, word.end - word.start);
    };
    if (start.prefix == Scanned::NoPrefix)
        return termOf(text());
    for (int i = 0; i < m_stems.size(); ++i) {
        const StemPrefix &stem = m_prefixes.at(i);
        if (start.length < m_stems.at(i).size() || (start.prefix & stem.mask) != stem.prefix)
            continue;
        if (stem.decided || startsWithStem(text(), m_stems.at(i)))
            return i;
    }
    return -1;
}

QString MatchMarks::highlight(const QString &text) const
{
    if (isEmpty())
        return text;
    QString out; // allocated at the first match: without one, `text` itself is the answer
    int copied = 0;
    forEachWord(text, [&](int start, int end, bool) {
        if (termOf(QStringView(text).mid(start, end - start)) < 0)
            return;
        if (copied == 0)
            out.reserve(text.size() + 16);
        out += QStringView(text).mid(copied, start - copied);
        out += QChar(MatchStart);
        out += QStringView(text).mid(start, end - start);
        out += QChar(MatchEnd);
        copied = end;
    });
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

MatchMarks::Scanned MatchMarks::scan(const QString &markdown)
{
    Scanned scanned;
    scanned.text = markdown;
    scanned.words.reserve(int(markdown.size() / 5));
    scanned.codeBefore.reserve(int(markdown.size() / 5) + 1);
    scanned.codeBefore.append(0);
    forEachWord(markdown, [&](int start, int end, bool code) {
        scanned.words.append(Scanned::Word {start, end});
        scanned.codeBefore.append(scanned.codeBefore.constLast() + (code ? 1 : 0));
        scanned.hasCode = scanned.hasCode || code;
    });
    // Sorted by the key of their first two characters with two stable counting sorts (second
    // character, then first), so that a query reads only the words that may begin as one of
    // its terms does.
    const char16_t *data = QStringView(markdown).utf16();
    const int count = int(scanned.words.size());
    QVector<Scanned::Start> unsorted(count);
    for (int i = 0; i < count; ++i) {
        const Scanned::Word &word = scanned.words.at(i);
        const qsizetype length = word.end - word.start;
        Scanned::Start &start = unsorted[i];
        start.key = Scanned::keyOf(
            Scanned::placeOf(data + word.start, length), Scanned::placeOf(data + word.start + 1, length - 1));
        start.length = quint16(qMin<qsizetype>(length, 0xffff));
        start.word = i;
        for (qsizetype c = 0; c < qMin<qsizetype>(length, 4); ++c) {
            const char16_t ch = data[word.start + c];
            if (ch >= 0x80) {
                start.prefix = Scanned::NoPrefix;
                break;
            }
            start.prefix |= quint64(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch) << (16 * c);
        }
    }
    auto countingSort
        = [](const QVector<Scanned::Start> &from, auto placeOf, std::array<int, Scanned::Places> &runs) {
              std::array<int, Scanned::Places + 1> next {};
              for (const Scanned::Start &start : from)
                  ++next[placeOf(start) + 1];
              for (int p = 0; p < Scanned::Places; ++p)
                  next[p + 1] += next[p];
              std::copy(next.cbegin(), next.cbegin() + Scanned::Places, runs.begin());
              QVector<Scanned::Start> sorted(from.size());
              for (const Scanned::Start &start : from)
                  sorted[next[placeOf(start)]++] = start;
              return sorted;
          };
    std::array<int, Scanned::Places> secondRuns {};
    scanned.starts = countingSort(
        countingSort(
            unsorted, [](const Scanned::Start &s) { return s.key % Scanned::Places; }, secondRuns),
        [](const Scanned::Start &s) { return s.key / Scanned::Places; }, scanned.firstStart);
    scanned.keys.resize(count);
    for (int k = 0; k < count; ++k)
        scanned.keys[k] = scanned.starts.at(k).key;
    return scanned;
}

int MatchMarks::Scanned::placeOf(const char16_t *c, qsizetype available)
{
    if (available <= 0)
        return Places - 1;
    if (*c >= 0x80)
        return Places - 2;
    return *c >= 'A' && *c <= 'Z' ? *c | 0x20 : *c;
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

    // The matched words, in text order. Only the words whose first two characters may begin a
    // term are read: for each term, those that begin with its first two (or one) characters,
    // those whose second character is beyond ASCII (it may match case-insensitively), and those
    // that begin beyond ASCII. A term that begins beyond ASCII may match any word, so then every
    // word is read.
    struct Hit
    {
        int word;
        int term;
    };
    QVarLengthArray<Hit, 64> hits;
    if (m_otherFirsts) {
        for (int i = 0; i < all.size(); ++i) {
            const int term
                = termOf(QStringView(markdown).mid(all.at(i).start, all.at(i).end - all.at(i).start));
            if (term >= 0)
                hits.append(Hit {i, term});
        }
    } else {
        constexpr int Beyond = Scanned::Places - 2;
        QVarLengthArray<std::pair<quint16, quint16>, 16> ranges; // keys [first, second)
        for (const QString &stem : std::as_const(m_stems)) {
            const int first = Scanned::placeOf(QStringView(stem).utf16(), stem.size());
            const int second = Scanned::placeOf(QStringView(stem).utf16() + 1, stem.size() - 1);
            if (second == Scanned::Places - 1 || second == Beyond) {
                ranges.append({Scanned::keyOf(first, 0), Scanned::keyOf(first + 1, 0)});
            } else {
                ranges.append({Scanned::keyOf(first, second), quint16(Scanned::keyOf(first, second) + 1)});
                ranges.append({Scanned::keyOf(first, Beyond), quint16(Scanned::keyOf(first, Beyond) + 1)});
            }
        }
        ranges.append({Scanned::keyOf(Beyond, 0), Scanned::keyOf(Beyond + 1, 0)});
        std::sort(ranges.begin(), ranges.end());
        const Scanned::Start *starts = scanned.starts.constData();
        const int count = int(scanned.starts.size());
        quint16 done = 0; // keys below are read
        for (const auto &[from, to] : std::as_const(ranges)) {
            if (to <= done)
                continue;
            const quint16 key = qMax(from, done);
            const int place = key / Scanned::Places;
            const quint16 *keys = scanned.keys.constData();
            const quint16 *runEnd
                = keys + (place + 1 < Scanned::Places ? scanned.firstStart[place + 1] : count);
            const Scanned::Start *k
                = starts + (std::lower_bound(keys + scanned.firstStart[place], runEnd, key) - keys);
            for (; k != starts + count && k->key < to; ++k) {
                const int term = termOf(scanned, *k);
                if (term >= 0)
                    hits.append(Hit {k->word, term});
            }
            done = to;
        }
        std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.word < b.word; });
    }
    if (hits.isEmpty())
        return QString();

    // The window of `words` words holding the most distinct terms, then the least code (prose
    // reads better in a result row), then the most matches, starting a little before its first
    // match; the earliest such window wins. Only windows holding a match can win, and where no
    // word is code, only one where a match has just come in at its end (or the first), so those
    // are the windows weighed, in order; matches enter and leave as the window moves on.
    const int total = int(all.size());
    const int span = qMin(words, total);
    const int lastStart = total - span;
    QVarLengthArray<int, 16> counts(m_stems.size());
    std::fill(counts.begin(), counts.end(), 0);
    int distinct = 0;
    int inWindow = 0;
    int entering = 0; // the next hit to enter the window
    int leaving = 0; // the next hit to leave it
    int bestStart = 0;
    int bestDistinct = -1;
    int bestCode = 0;
    int bestHits = -1;
    auto weigh = [&](int start) {
        for (; entering < hits.size() && hits[entering].word < start + span; ++entering) {
            ++inWindow;
            if (counts[hits[entering].term]++ == 0)
                ++distinct;
        }
        for (; leaving < entering && hits[leaving].word < start; ++leaving) {
            --inWindow;
            if (--counts[hits[leaving].term] == 0)
                --distinct;
        }
        if (distinct < bestDistinct)
            return;
        const int code = scanned.codeBefore.at(start + span) - scanned.codeBefore.at(start);
        if (distinct > bestDistinct || code < bestCode || (code == bestCode && inWindow > bestHits)) {
            bestStart = start;
            bestDistinct = distinct;
            bestCode = code;
            bestHits = inWindow;
        }
    };
    const bool anyCode = scanned.hasCode;
    int next = 0; // the first window not yet weighed
    for (const Hit &hit : std::as_const(hits)) {
        const int from = qMax(next, hit.word - span + 1);
        const int to = anyCode ? qMin(hit.word, lastStart) : qMin(from, lastStart);
        for (int start = from; start <= to; ++start)
            weigh(start);
        next = qMax(next, to + 1);
    }
    // Later only, so no match is lost: a few words before the window's first match.
    auto firstHitFrom = [&](int word) {
        return std::lower_bound(
            hits.cbegin(), hits.cend(), word, [](const Hit &h, int w) { return h.word < w; });
    };
    const Hit *firstHit = firstHitFrom(bestStart);
    if (firstHit != hits.cend() && firstHit->word < bestStart + span)
        bestStart = qMax(bestStart, qMin(firstHit->word - 3, lastStart));

    ExcerptWriter out(span * 10 + 8);
    const QChar start = QChar(MatchStart);
    const QChar end = QChar(MatchEnd);
    if (bestStart > 0)
        out.write(u"…");
    const Hit *hit = firstHitFrom(bestStart);
    for (int i = bestStart; i < bestStart + span; ++i) {
        const Scanned::Word &word = all.at(i);
        if (i > bestStart) {
            const int previousEnd = all.at(i - 1).end;
            out.gap(QStringView(markdown).mid(previousEnd, word.start - previousEnd));
        }
        const QStringView text = QStringView(markdown).mid(word.start, word.end - word.start);
        if (hit != hits.cend() && hit->word == i) {
            out.write(QStringView(&start, 1));
            out.write(text);
            out.write(QStringView(&end, 1));
            ++hit;
        } else {
            out.write(text);
        }
    }
    if (bestStart + span < total)
        out.write(u"…");
    return out.take();
}

} // namespace Starloop::Questions
