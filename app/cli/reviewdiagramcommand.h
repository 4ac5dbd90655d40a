// `starloop review-diagram "TITLE" [--json]`: the architecture review of a diagram, without the
// window. TITLE names one of the user's diagrams (exactly, or ignoring case), else a reference
// template by id or title. Prints one line per open finding - severity, rule id, the items it
// points at, the message, the bank answer that explains it - then the dismissed ones with
// their reasons. Exit code 0: no open finding; 1: findings; 2: usage or opening errors.
//
//   starloop review-diagram "Checkout"
//     error    single-point-of-failure  n5,n7  Every request from the clients to "Orders DB" ...
//              see aws-fault-tolerant-design
//   starloop review-diagram url-shortener --json
//     {"diagram": "URL shortener", "source": "template", "open": 2, "findings": [{"rule": ...,
//      "severity": "warning", "nodes": [...], "edges": [...], "message": ..., "question": ...,
//      "dismissed": false}, ...]}
#pragma once

#include "cli/command.h"

namespace Starloop::Cli {

class ReviewDiagramCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("review-diagram"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext context) override;
};

} // namespace Starloop::Cli
