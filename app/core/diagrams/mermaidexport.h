// MermaidExport: a diagram as Mermaid text, for pasting into Markdown, wikis and interview notes.
//
//   flowchart(doc)     -> "flowchart LR\n    subgraph g1[\"VPC\"]\n        n1[\"Web\"]\n    end\n    n1 -->|SQL| n2\n"
//                         groups become subgraphs, databases cylinders, dashed edges -.->
//   architecture(doc)  -> "architecture-beta\n    group g1(cloud)[VPC]\n    service n1(server)[Web] in g1\n"
//                         "    n1:R --> L:n2\n"; sides chosen from where the nodes sit. Edges that touch
//                         a group or a note are left out (architecture-beta cannot draw them) with a %% comment.
#pragma once

#include "diagramdocument.h"

namespace Starloop::Diagrams {

class MermaidExport
{
public:
    static QString flowchart(const DiagramDocument &document);
    static QString architecture(const DiagramDocument &document);
};

} // namespace Starloop::Diagrams
