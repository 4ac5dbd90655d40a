// Value types of the Diagrams area as the repository hands them out: a row of the diagram
// list, a whole diagram with its document, and a named snapshot (a version kept by hand).
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/diagrams/reviewdismissal.h"

#include <optional>

namespace Starloop::Diagrams {

struct DiagramSummary
{
    qint64 id = 0;
    QString uid;
    QString title;
    std::optional<qint64> questionId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Diagram
{
    DiagramSummary summary;
    DiagramDocument document;
};

struct DiagramSnapshot
{
    qint64 id = 0;
    qint64 diagramId = 0;
    QString name;
    qint64 createdAt = 0;
};

// A starting point offered by "New diagram": a title, one line saying what it shows, a document.
struct DiagramTemplate
{
    QString id; // the file name without .json: "three-tier-web-app"
    QString title;
    QString description;
    DiagramDocument document;
    // Findings of the architecture review its author accepted, with the reason (the file's
    // "dismissals" array; see reviewdismissal.h).
    QVector<ReviewDismissal> dismissals;
};

} // namespace Starloop::Diagrams
