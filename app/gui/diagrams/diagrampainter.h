// DiagramPainter: how nodes and connectors look, in one place, so the canvas items and the
// PNG / SVG / PDF export draw the same picture. Components are a white card with the kind's
// icon over the label; groups a tinted frame with a header; notes a folded yellow sheet.
// Connectors leave a node from the border facing the other end (straight) or from the middle
// of a side with right-angle bends around the other nodes (orthogonal, routed by
// Diagrams::ConnectorRouter).
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <QFont>
#include <QPainterPath>
#include <QPolygonF>

class QPainter;

namespace Starloop::Gui {

struct EdgeGeometry
{
    QPolygonF points; // from the source border to the target border
    QPointF labelCentre;
    QRectF labelRect; // the label's box (DiagramPainter::edgeLabelRect), null without a label
    QPainterPath path() const;
};

class DiagramPainter
{
public:
    static constexpr double GroupHeader = 28; // the band at the top of a group holding its label
    static constexpr double GridSize = 10;

    // Draws `node` with its top-left corner at the origin of `painter`.
    static void paintNode(QPainter *painter, const Diagrams::DiagramNode &node);
    static void paintEdge(QPainter *painter, const Diagrams::DiagramEdge &edge, const EdgeGeometry &geometry,
        bool highlighted = false);
    static EdgeGeometry edgeGeometry(const Diagrams::DiagramEdge &edge, const QRectF &from, const QRectF &to);
    // The geometry of a connector along `points` (an orthogonal route from ConnectorRouter).
    static EdgeGeometry routedGeometry(const Diagrams::DiagramEdge &edge, const QVector<QPointF> &points);
    // Where a node's label is drawn, in its own coordinates (the in-place editor goes there).
    static QRectF labelRect(const Diagrams::DiagramNode &node);
    static QRectF edgeLabelRect(const Diagrams::DiagramEdge &edge, const EdgeGeometry &geometry);
    // The label fonts, built once per application font (a font built afresh for every label is
    // looked up in the font database again each time).
    static QFont labelFont(const Diagrams::DiagramNode &node);
    static QFont edgeFont();
    // The whole document, groups under connectors under components, in scene coordinates.
    static void paintDocument(QPainter *painter, const Diagrams::DiagramDocument &document);
    // The canvas's background: dotted every two grid steps, plain when zoomed far out.
    static void paintGrid(QPainter *painter, const QRectF &rect);
    // The painting order paintDocument() and the canvas share: the stacking value of a node.
    static double stackingValue(const Diagrams::DiagramNode &node, bool isGroup, int depth);
    static constexpr double EdgeStacking = -50000;
};

} // namespace Starloop::Gui
