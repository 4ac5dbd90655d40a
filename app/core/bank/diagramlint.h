// DiagramLint: the build-time check of a diagram file in content/diagrams, with file:line
// diagnostics like the question files get.
//
//   {"title": ..., "document": {"nodes": [{"id": "n1", "kind": "teapot", ...}]}}
//       -> diagrams/x.json:7: node "n1" has an unknown kind "teapot"
//   an edge to "n9" when there is no n9   -> diagrams/x.json:40: edge "e2" points to "n9", which is not in
//   the diagram two nodes of one group that overlap   -> diagrams/x.json:12: node "n2" overlaps node "n1" a
//   node reaching outside its group     -> diagrams/x.json:20: node "n4" is not inside its group "g1"
#pragma once

#include "core/bank/bankcontents.h"

namespace Starloop::Bank {

class DiagramLint
{
public:
    // Checks one template file (`file` names it in diagnostics); true when it is sound.
    static bool check(const QString &file, const QByteArray &json, QVector<Diagnostic> &diagnostics);
};

} // namespace Starloop::Bank
