#include "gui/diagrams/diagrampainter.h"

#include "core/diagrams/connectorrouter.h"
#include "core/diagrams/diagramkind.h"
#include "gui/diagrams/shapelibrary.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextOption>
#include <QtMath>

#include <algorithm>
#include <optional>

namespace Starloop::Gui {

using Diagrams::ArrowHeads;
using Diagrams::DiagramEdge;
using Diagrams::DiagramKind;
using Diagrams::DiagramNode;
using Diagrams::Routing;

namespace {

const QColor Ink(0x1f2933);
const QColor EdgeInk(0x4a5563);
const QColor Highlight(0x1a73e8);

bool isVectorDevice(QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

// The icon: real vectors for SVG / PDF, a cached pixmap on screen.
void drawIcon(QPainter *painter, const QString &kind, const QRectF &target)
{
    if (isVectorDevice(painter)) {
        ShapeLibrary::renderer(kind)->render(painter, target);
        return;
    }
    const double scale = std::max(1.0, painter->transform().m11()) * painter->device()->devicePixelRatioF();
    const int pixels = std::clamp(int(std::ceil(target.width() * scale / 8.0) * 8), 8, 512);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(target, ShapeLibrary::pixmap(kind, pixels), QRectF(0, 0, pixels, pixels));
    painter->restore();
}

// Where the line from the centre of `rect` towards `towards` leaves the rectangle.
QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    const double s = std::min({sx, sy, 1.0});
    return c + d * s;
}

QPointF pointAlong(const QPolygonF &points, double fraction)
{
    double total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += QLineF(points.at(i - 1), points.at(i)).length();
    double wanted = total * fraction;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF segment(points.at(i - 1), points.at(i));
        if (wanted <= segment.length() || i == points.size() - 1)
            return segment.length() > 0 ? segment.pointAt(std::min(1.0, wanted / segment.length()))
                                        : segment.p1();
        wanted -= segment.length();
    }
    return points.isEmpty() ? QPointF() : points.first();
}

void drawArrowHead(QPainter *painter, const QPointF &tip, const QPointF &from, const QColor &colour)
{
    const QLineF line(tip, from);
    if (line.length() < 0.5)
        return;
    const double angle = std::atan2(-line.dy(), line.dx());
    const double size = 10;
    const QPointF a = tip + QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    const QPointF b = tip + QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF(QVector<QPointF> {tip, a, b}));
    painter->restore();
}

void paintGroup(QPainter *painter, const DiagramNode &node, const DiagramKind &kind)
{
    const QRectF r(0, 0, node.w, node.h);
    QColor fill = ShapeLibrary::fill(node.kind);
    fill.setAlpha(kind.id == QLatin1String("region") ? 90 : 150);
    QPen pen(ShapeLibrary::stroke(node.kind), 1.6);
    if (node.kind == QLatin1String("zone") || node.kind == QLatin1String("group"))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r.adjusted(0.8, 0.8, -0.8, -0.8), 8, 8);
    drawIcon(painter, node.kind, QRectF(8, 5, 18, 18));
    painter->setPen(ShapeLibrary::stroke(node.kind).darker(125));
    painter->setFont(DiagramPainter::labelFont(node));
    const QString text = node.label.isEmpty() ? ShapeLibrary::displayName(node.kind) : node.label;
    const QRectF labelRect = DiagramPainter::labelRect(node);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight, labelRect.width()));
}

void paintNote(QPainter *painter, const DiagramNode &node)
{
    const double fold = std::min(14.0, std::min(node.w, node.h) / 3);
    const QPolygonF sheet(QVector<QPointF> {QPointF(0.5, 0.5), QPointF(node.w - fold, 0.5),
        QPointF(node.w - 0.5, fold), QPointF(node.w - 0.5, node.h - 0.5), QPointF(0.5, node.h - 0.5)});
    painter->setPen(QPen(ShapeLibrary::stroke(node.kind), 1.2));
    painter->setBrush(ShapeLibrary::fill(node.kind));
    painter->drawPolygon(sheet);
    painter->drawPolyline(QPolygonF(QVector<QPointF> {
        QPointF(node.w - fold, 0.5), QPointF(node.w - fold, fold), QPointF(node.w - 0.5, fold)}));
    painter->setPen(Ink);
    painter->setFont(DiagramPainter::labelFont(node));
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->drawText(DiagramPainter::labelRect(node), node.label, option);
}

void paintBox(QPainter *painter, const DiagramNode &node)
{
    painter->setPen(QPen(ShapeLibrary::stroke(node.kind), 1.4));
    painter->setBrush(ShapeLibrary::fill(node.kind));
    painter->drawRoundedRect(QRectF(0.7, 0.7, node.w - 1.4, node.h - 1.4), 6, 6);
    painter->setPen(Ink);
    painter->setFont(DiagramPainter::labelFont(node));
    QTextOption option(Qt::AlignCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->drawText(DiagramPainter::labelRect(node), node.label, option);
}

// A UML class box: the label's first line (or the two first, after a «stereotype») is the name,
// lines of "--" divide the rest into compartments of fields and methods.
void paintClass(QPainter *painter, const DiagramNode &node)
{
    const QRectF box(0.7, 0.7, node.w - 1.4, node.h - 1.4);
    painter->setPen(QPen(ShapeLibrary::stroke(node.kind), 1.4));
    painter->setBrush(ShapeLibrary::fill(node.kind));
    painter->drawRect(box);
    const QStringList lines = node.label.split(QLatin1Char('\n'));
    QFont nameFont = DiagramPainter::labelFont(node);
    nameFont.setBold(true);
    QFont memberFont = DiagramPainter::labelFont(node);
    memberFont.setPointSizeF(memberFont.pointSizeF() * 0.92);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF memberMetrics(memberFont);
    double y = 5;
    bool inName = true;
    for (const QString &line : lines) {
        if (line.trimmed() == QLatin1String("--")) {
            y += 3;
            painter->setPen(QPen(ShapeLibrary::stroke(node.kind), 1));
            painter->drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
            y += 3;
            inName = false;
            continue;
        }
        painter->setPen(Ink);
        if (inName) {
            painter->setFont(nameFont);
            const QRectF row(4, y, node.w - 8, nameMetrics.height());
            painter->drawText(row, Qt::AlignHCenter | Qt::AlignVCenter,
                nameMetrics.elidedText(line, Qt::ElideRight, row.width()));
            y += nameMetrics.height();
        } else {
            painter->setFont(memberFont);
            const QRectF row(8, y, node.w - 14, memberMetrics.height());
            painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                memberMetrics.elidedText(line, Qt::ElideRight, row.width()));
            y += memberMetrics.height();
        }
        if (y > node.h)
            break;
    }
}

void paintComponent(QPainter *painter, const DiagramNode &node)
{
    const QRectF card(0.5, 0.5, node.w - 1, node.h - 1);
    QColor border = ShapeLibrary::stroke(node.kind);
    border.setAlpha(110);
    painter->setPen(QPen(border, 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 6, 6);
    const double icon = std::clamp(std::min(node.w - 16, node.h - 46), 16.0, 64.0);
    drawIcon(painter, node.kind, QRectF((node.w - icon) / 2, 7, icon, icon));
    painter->setPen(Ink);
    painter->setFont(DiagramPainter::labelFont(node));
    const QString text = node.label.isEmpty() ? ShapeLibrary::displayName(node.kind) : node.label;
    QTextOption option(Qt::AlignHCenter | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->drawText(DiagramPainter::labelRect(node), text, option);
}

struct LabelFonts
{
    QFont application; // what they were made from
    QFont label;
    QFont groupLabel;
    QFont edge;
};

// Made again only when the application font changes. QFont() shares the application font's
// data, so the comparison is a pointer check.
const LabelFonts &labelFonts()
{
    static LabelFonts fonts;
    static bool made = false;
    const QFont application;
    if (!made || !(application == fonts.application)) {
        fonts.application = application;
        fonts.label = application;
        fonts.label.setPixelSize(12);
        fonts.groupLabel = fonts.label;
        fonts.groupLabel.setBold(true);
        fonts.edge = application;
        fonts.edge.setPixelSize(11);
        made = true;
    }
    return fonts;
}

} // namespace

QPainterPath EdgeGeometry::path() const
{
    QPainterPath p;
    p.addPolygon(points);
    return p;
}

QFont DiagramPainter::labelFont(const DiagramNode &node)
{
    const DiagramKind *kind = DiagramKind::find(node.kind);
    return kind && kind->isGroup() ? labelFonts().groupLabel : labelFonts().label;
}

QFont DiagramPainter::edgeFont()
{
    return labelFonts().edge;
}

QRectF DiagramPainter::labelRect(const DiagramNode &node)
{
    const DiagramKind *kind = DiagramKind::find(node.kind);
    if (kind && kind->isGroup())
        return QRectF(32, 4, std::max(10.0, node.w - 40), GroupHeader - 8);
    if (node.kind == QLatin1String("note"))
        return QRectF(8, 6, std::max(10.0, node.w - 22), std::max(10.0, node.h - 12));
    if (node.kind == QLatin1String("box") || node.kind == QLatin1String("class"))
        return QRectF(6, 4, std::max(10.0, node.w - 12), std::max(10.0, node.h - 8));
    const double icon = std::clamp(std::min(node.w - 16, node.h - 46), 16.0, 64.0);
    const double top = 7 + icon + 3;
    return QRectF(4, top, std::max(10.0, node.w - 8), std::max(10.0, node.h - top - 2));
}

EdgeGeometry DiagramPainter::edgeGeometry(const DiagramEdge &edge, const QRectF &from, const QRectF &to)
{
    EdgeGeometry g;
    if (edge.routing == Routing::Orthogonal) {
        const QPointF d = to.center() - from.center();
        const bool apartHorizontally = from.right() < to.left() || to.right() < from.left();
        const bool apartVertically = from.bottom() < to.top() || to.bottom() < from.top();
        if (apartHorizontally && apartVertically) {
            // One bend: leave sideways, arrive from above or below.
            const QPointF start(d.x() >= 0 ? from.right() : from.left(), from.center().y());
            const QPointF end(to.center().x(), d.y() >= 0 ? to.top() : to.bottom());
            g.points << start << QPointF(end.x(), start.y()) << end;
        } else if (apartHorizontally) {
            const QPointF start(d.x() >= 0 ? from.right() : from.left(), from.center().y());
            const QPointF end(d.x() >= 0 ? to.left() : to.right(), to.center().y());
            const double midX = (start.x() + end.x()) / 2;
            g.points << start;
            if (!qFuzzyCompare(start.y() + 1, end.y() + 1))
                g.points << QPointF(midX, start.y()) << QPointF(midX, end.y());
            g.points << end;
        } else if (apartVertically) {
            const QPointF start(from.center().x(), d.y() >= 0 ? from.bottom() : from.top());
            const QPointF end(to.center().x(), d.y() >= 0 ? to.top() : to.bottom());
            const double midY = (start.y() + end.y()) / 2;
            g.points << start;
            if (!qFuzzyCompare(start.x() + 1, end.x() + 1))
                g.points << QPointF(start.x(), midY) << QPointF(end.x(), midY);
            g.points << end;
        }
    }
    if (g.points.isEmpty()) // straight, or overlapping rectangles
        g.points << borderPoint(from, to.center()) << borderPoint(to, from.center());
    g.labelCentre = pointAlong(g.points, 0.5);
    g.labelRect = edgeLabelRect(edge, g);
    return g;
}

EdgeGeometry DiagramPainter::routedGeometry(const DiagramEdge &edge, const QVector<QPointF> &points)
{
    EdgeGeometry g;
    g.points = QPolygonF(points);
    g.labelCentre = pointAlong(g.points, 0.5);
    g.labelRect = edgeLabelRect(edge, g);
    return g;
}

QRectF DiagramPainter::edgeLabelRect(const DiagramEdge &edge, const EdgeGeometry &geometry)
{
    if (edge.label.isEmpty())
        return QRectF();
    const QFontMetricsF metrics(edgeFont());
    const QSizeF size(metrics.horizontalAdvance(edge.label) + 10, metrics.height() + 4);
    return QRectF(geometry.labelCentre - QPointF(size.width() / 2, size.height() / 2), size);
}

void DiagramPainter::paintNode(QPainter *painter, const DiagramNode &node)
{
    const DiagramKind *kind = DiagramKind::find(node.kind);
    if (!kind)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (kind->isGroup())
        paintGroup(painter, node, *kind);
    else if (node.kind == QLatin1String("note"))
        paintNote(painter, node);
    else if (node.kind == QLatin1String("box"))
        paintBox(painter, node);
    else if (node.kind == QLatin1String("class"))
        paintClass(painter, node);
    else
        paintComponent(painter, node);
    painter->restore();
}

void DiagramPainter::paintEdge(
    QPainter *painter, const DiagramEdge &edge, const EdgeGeometry &geometry, bool highlighted)
{
    if (geometry.points.size() < 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = highlighted ? Highlight : EdgeInk;
    QPen pen(colour, highlighted ? 2.2 : 1.5);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::FlatCap);
    if (edge.dashed)
        pen.setDashPattern({5, 4});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(geometry.points);
    const int n = geometry.points.size();
    if (edge.arrows != ArrowHeads::None)
        drawArrowHead(painter, geometry.points.at(n - 1), geometry.points.at(n - 2), colour);
    if (edge.arrows == ArrowHeads::Both)
        drawArrowHead(painter, geometry.points.at(0), geometry.points.at(1), colour);
    if (!edge.label.isEmpty()) {
        const QRectF box = geometry.labelRect;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(highlighted ? Highlight : Ink);
        painter->setFont(edgeFont());
        painter->drawText(box, Qt::AlignCenter, edge.label);
    }
    painter->restore();
}

double DiagramPainter::stackingValue(const DiagramNode &node, bool isGroup, int depth)
{
    if (isGroup)
        return -100000 + depth * 1000 + std::clamp(node.z, -499, 499);
    return node.z;
}

void DiagramPainter::paintDocument(QPainter *painter, const Diagrams::DiagramDocument &document)
{
    QHash<QString, const DiagramNode *> byId;
    for (const DiagramNode &n : document.nodes)
        byId.insert(n.id, &n);
    auto depth = [&](const DiagramNode &n) {
        int d = 0;
        const DiagramNode *at = &n;
        while (at && !at->parent.isEmpty() && d < 64) {
            at = byId.value(at->parent);
            ++d;
        }
        return d;
    };
    struct Layered
    {
        double stacking;
        int order;
        const DiagramNode *node;
    };
    QVector<Layered> layers;
    layers.reserve(document.nodes.size());
    for (int i = 0; i < document.nodes.size(); ++i) {
        const DiagramNode &n = document.nodes.at(i);
        const DiagramKind *kind = DiagramKind::find(n.kind);
        layers.append({stackingValue(n, kind && kind->isGroup(), depth(n)), i, &n});
    }
    std::stable_sort(layers.begin(), layers.end(),
        [](const Layered &a, const Layered &b) { return a.stacking < b.stacking; });
    bool edgesDrawn = false;
    auto drawEdges = [&] {
        // Orthogonal connectors go around the nodes, as on the canvas.
        std::optional<Diagrams::ConnectorRouter> router;
        for (const DiagramEdge &e : document.edges) {
            const DiagramNode *from = byId.value(e.from);
            const DiagramNode *to = byId.value(e.to);
            if (!from || !to)
                continue;
            if (e.routing == Routing::Orthogonal && e.from != e.to) {
                if (!router) {
                    router.emplace();
                    router->setDocument(document);
                }
                const auto &route = router->route(e.id);
                if (route.points.size() >= 2) {
                    paintEdge(painter, e, routedGeometry(e, route.points));
                    continue;
                }
            }
            paintEdge(painter, e, edgeGeometry(e, from->rect(), to->rect()));
        }
        edgesDrawn = true;
    };
    for (const Layered &layer : std::as_const(layers)) {
        if (!edgesDrawn && layer.stacking > EdgeStacking)
            drawEdges();
        painter->save();
        painter->translate(layer.node->x, layer.node->y);
        paintNode(painter, *layer.node);
        painter->restore();
    }
    if (!edgesDrawn)
        drawEdges();
}

void DiagramPainter::paintGrid(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfbfcfd));
    const double scale = painter->transform().m11();
    if (scale < 0.45)
        return;
    const double step = GridSize * 2;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    dots.reserve(int((rect.width() / step + 2) * (rect.height() / step + 2)));
    for (double x = left; x < rect.right(); x += step) {
        for (double y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    QPen pen(QColor(0xc9d1da), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    // The view caches the background (QGraphicsView::CacheBackground) with a painter of its own
    // that has none of the view's render hints: round dots need antialiasing said here.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace Starloop::Gui
