// DiagramExporter: a diagram (or part of it) as a PNG, SVG or PDF file, drawn from the document
// by DiagramPainter, so it needs a QGuiApplication but no window or scene (the command line
// uses it too). The picture is the diagram's bounding box plus a margin, on white.
//
//   DiagramExporter::exportToFile(doc, "/tmp/design.svg")      // format from the suffix
//   DiagramExporter::exportToFile(doc.subset(selected), "/tmp/part.png", 2.0)  // 2x pixels
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/result.h"

#include <QImage>

#include <optional>

namespace Starloop::Gui {

class DiagramExporter
{
public:
    enum class Format { Png, Svg, Pdf };
    static constexpr double Margin = 24;

    static std::optional<Format> formatForPath(const QString &path);
    // The area exported, in scene coordinates: the nodes' bounding box plus the margin.
    static QRectF exportRect(const Diagrams::DiagramDocument &document);
    static QSize imageSize(const Diagrams::DiagramDocument &document, double scale = 1.0);
    static QImage renderImage(const Diagrams::DiagramDocument &document, double scale = 1.0);
    static Status exportToFile(const Diagrams::DiagramDocument &document, const QString &path,
        double scale = 1.0, const QString &title = QString());
};

} // namespace Starloop::Gui
