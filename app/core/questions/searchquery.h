// SearchQuery: what the user typed in the search box, parsed into FTS5 terms and SQL filters.
//
//   dynamo                  -> "dynamo"*                      (every bare word is a prefix term)
//   word search             -> ("word"* AND "search"*) OR (title : "word" + "search"*)
//                              (the words in order in a title rank that question first)
//   "two pizza" teams       -> "two pizza" AND "teams"*       (quoted phrases stay phrases)
//   cache -redis            -> "cache"* NOT "redis"*          (leading - excludes)
//   lp:ownership tag:s3     -> principle / tag filters (id or name prefix, case-insensitive)
//   level:adv section:aws   -> level / section filters (prefix of the id)
//   pattern:sliding         -> coding problems filed under a pattern (prefix of its id)
//   is:starred is:due is:mine -> state filters
//   ebs vs instance store   -> "ebs"* AND "instance"* AND "store"*  (filler words dropped
//                              when there are other words: vs, and, or, the, of, how, what ...)
//   NEAR( AND * " 🚀        -> literal words or nothing; never an FTS5 syntax error
//
//   d                       -> nothing yet: single letters are not searched
//
// Bare words are quoted before they reach FTS5, so operators typed by the user are just words.
// Words with no letter or digit are dropped (the tokenizer would drop them anyway). At most
// MaxTerms terms of MaxTermLength characters are kept, so a pasted essay cannot stall a keystroke.
#pragma once

#include <QString>
#include <QStringList>

namespace Starloop::Questions {

class SearchQuery
{
public:
    static constexpr int MaxTerms = 24;
    static constexpr int MaxTermLength = 64;

    struct Term
    {
        QString text; // as typed, without quotes or the leading -
        bool phrase = false;
        bool excluded = false;
    };

    static SearchQuery fromString(const QString &text);
    QString toString() const; // normalised back to text

    // The FTS5 MATCH expression of the positive terms, minus the excluded ones when there are
    // positive terms; empty when there is nothing to match.
    QString matchExpression() const;
    // The OR of the excluded terms, for queries that only exclude ("-sql").
    QString exclusionExpression() const;

    bool hasPositiveTerms() const;
    bool isEmpty() const;

    QList<Term> terms;
    QStringList principles; // lp:
    QStringList tags; // tag:
    QStringList levels; // level:
    QStringList sections; // section:
    QStringList patterns; // pattern:
    bool starred = false; // is:starred
    bool due = false; // is:due
    bool mine = false; // is:mine
    // The words typed, in order, short and filler words too ("min cost to connect all points"):
    // the phrase a title is boosted by.
    QStringList titleWords;

    // The words to highlight in titles (every positive term, lower-case).
    QStringList highlightWords() const;

    // Filters as whole words of the typed text, for the filter list beside the results:
    //   hasFilter("tag:customer-obsession dyn", "tag:customer")  -> false (another tag)
    //   toggledFilter("tag:customer-obsession", "tag:customer")  -> "tag:customer-obsession tag:customer"
    //   toggledFilter("dyn section:aws", "section:aws")           -> "dyn"
    static bool hasFilter(const QString &text, const QString &filter);
    static QString toggledFilter(const QString &text, const QString &filter);

private:
    static QString quoted(const Term &term);
};

} // namespace Starloop::Questions
