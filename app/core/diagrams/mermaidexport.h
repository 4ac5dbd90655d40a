// MermaidExport: a diagram as Mermaid text, for pasting into Markdown, wikis and interview notes.
//
//   flowchart(doc)     -> "flowchart LR\n    subgraph g1[\"VPC\"]\n        n1[\"Web\"]\n    end\n    n1
//   -->|SQL| n2\n"
//                         groups become subgraphs, databases cylinders, dashed edges -.->
//   architecture(doc)  -> "architecture-beta\n    group g1(cloud)[VPC]\n    service n1(server)[Web] in g1\n"
//                         "    n1:R --> L:n2\n"; sides chosen from where the nodes sit. A class box is
//                         a service named by its class name; a text note has no service to draw it,
//                         so it is left out with a %% comment, and so are edges that touch a group
//                         or a note (architecture-beta cannot draw them).
//
// Labels never break the syntax: flowchart labels are quoted with '#', '%', '"', '<' and '>'
// written as Mermaid entities (#35; #37; #quot; #lt; #gt;), architecture-beta labels keep words
// and plain punctuation only. tests/mermaid checks every template's text with Mermaid's own parser.
#pragma once

#include "core/diagrams/diagramdocument.h"

namespace Starloop::Diagrams {

class MermaidExport
{
public:
    static QString flowchart(const DiagramDocument &document);
    static QString architecture(const DiagramDocument &document);
};

} // namespace Starloop::Diagrams
