// ContentParser: reads one content file strictly, reporting problems as file:line diagnostics.
//
// A question file:
//   ---                                   front matter: flat `key: value` / `key: [a, b]` only
//   id: aws-s3-durability                 -> uid "aws-s3-durability"
//   section: aws                          -> one of Catalog::sections()
//   level: intermediate                   -> one of Catalog::levels()
//   principles: [dive-deep]               -> ["dive-deep"]   ([] allowed)
//   tags: [s3, durability]                -> ["s3", "durability"] (at least one)
//   source: "Top 100 ..., #33"            -> quotes removed
//   ---
//   # How does S3 keep objects durable?   -> title (exactly one `# ` line)
//   ## Answer ...                         -> answerMd: everything below the title, non-empty
//
// Fenced code blocks must name their language ("```python"); a bare "```" opening is an error.
// A principle file has id, name, position, summary in its front matter and a Markdown body.
#pragma once

#include "core/bank/bankcontents.h"

#include <optional>

namespace Starloop::Bank {

class ContentParser
{
public:
    // `file` is used in diagnostics only. Known principle ids are checked when non-empty.
    static std::optional<BankQuestion> parseQuestion(const QString &file, const QString &text,
        const QStringList &knownPrinciples, QVector<Diagnostic> &diagnostics);
    static std::optional<BankPrinciple> parsePrinciple(
        const QString &file, const QString &text, QVector<Diagnostic> &diagnostics);
};

} // namespace Starloop::Bank
