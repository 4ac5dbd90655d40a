// MatchMarks: marks the words of a text that a search matches, and cuts the excerpt a result row
// shows, in C++ on the few rows on screen rather than with FTS5's highlight() and snippet(),
// which tokenise the whole answer once per row and cost most of a keystroke.
//
//   MatchMarks marks(SearchQuery::fromString("cach dynamo"));
//   marks.highlight("Caching DynamoDB reads")  -> "\x02Caching\x03 \x02DynamoDB\x03 reads"
//   marks.excerpt(answerMd, 16)                 -> "…put a \x02cache\x03 in front of …"
//
// A word matches a term when it starts with the term, or with the term's stem (a few English
// endings taken off: "caches" and "cached" match "cache"), close to the index's porter stemming.
// Words are runs of letters and digits, compared case-insensitively.
#pragma once

#include "core/questions/searchquery.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace Starloop::Questions {

class MatchMarks
{
public:
    explicit MatchMarks(const SearchQuery &query);

    bool isEmpty() const { return m_stems.isEmpty(); }
    // `text` with MatchStart / MatchEnd around each matched word.
    QString highlight(const QString &text) const;
    // About `words` words of `markdown` around the most matched terms, marked, with "…" where
    // the text was cut and Markdown punctuation (`, *, #) left out; empty when nothing matches.
    QString excerpt(const QString &markdown, int words) const;

    // A text's words, found once and excerpted for any number of queries (a result row's answer
    // while the user types on).
    struct Scanned
    {
        struct Word
        {
            int start = 0;
            int end = 0; // one past the last character
        };
        QString text;
        QVector<Word> words;
        QVector<int> codeBefore; // words inside a ``` fence before word i (size: words + 1)
        bool hasCode = false;
        // The words sorted by their first two characters, lower-cased (see keyOf), each run of
        // equal keys in text order: the words that may begin as a term does are a few runs, found
        // by binary search within the run of their first character, and most are told apart
        // by what a Start holds, without reading the text.
        struct Start
        {
            quint16 key = 0;
            quint16 length = 0; // the word's length, at most 0xffff
            int word = 0; // index in words
            quint64 prefix = 0; // the first four characters lower-cased, 16 bits each, or NoPrefix
        };
        static constexpr quint64 NoPrefix = ~quint64(0); // one of the first four is beyond ASCII
        QVector<Start> starts;
        QVector<quint16> keys; // the starts' keys alone, searched in a few cache lines
        // A character's place in a key: ASCII lower-cased, then "beyond ASCII", then "none".
        static constexpr int Places = 130;
        std::array<int, Places>
            firstStart {}; // the starts beginning with place p: [firstStart[p], firstStart[p + 1])
        static int placeOf(const char16_t *c, qsizetype available);
        static quint16 keyOf(int first, int second) { return quint16(first * Places + second); }
    };
    static Scanned scan(const QString &markdown);
    QString excerpt(const Scanned &scanned, int words) const;

    // "caches" -> "cache", "running" -> "runn", "dynamodb" -> "dynamodb" (lower-case input).
    static QString stem(const QString &word);

private:
    int termOf(QStringView word) const; // index of the matched term, -1 when none
    int termOf(const Scanned &scanned, const Scanned::Start &start) const;

    QStringList m_stems;
    struct StemPrefix
    {
        quint64 prefix = 0; // as Scanned::Start::prefix, of the leading ASCII characters (four at most)
        quint64 mask = 0; // the bits of those characters
        bool decided = false; // the stem is those characters: a prefix that matches is a match
    };
    QVector<StemPrefix> m_prefixes; // one per stem
    quint64 m_asciiFirsts[2] = {0, 0}; // the ASCII letters stems begin with, a bit each
    bool m_otherFirsts = false; // a stem begins beyond ASCII
};

} // namespace Starloop::Questions
