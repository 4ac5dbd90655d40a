#include "gui/diagrams/diagramview.h"

#include "gui/diagrams/diagramscene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPixmapCache>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Starloop::Gui {

namespace {
constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 8.0;
constexpr qint64 PixmapCacheScreens = 12;
constexpr qint64 MaxPixmapCacheKiB = 256 * 1024;

// Components and group frames paint from device-coordinate pixmaps kept in QPixmapCache. Qt's
// default 10 MB holds less than one screenful of them at 100 % (a group frame alone is about
// 1 MB there), so each repaint evicted the pixmaps the next one needed and every item was drawn
// again. Makes room for a dozen screenfuls of device pixels: several levels of nested groups
// under the components, with margin.
void reservePixmapCache(const QSize &viewSize, double devicePixelRatio)
{
    const qint64 screenKiB = qint64(viewSize.width() * devicePixelRatio)
        * qint64(viewSize.height() * devicePixelRatio) * 4 / 1024;
    const int wanted = int(std::min(screenKiB * PixmapCacheScreens, MaxPixmapCacheKiB));
    if (QPixmapCache::cacheLimit() < wanted)
        QPixmapCache::setCacheLimit(wanted);
}
} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("diagramView"));
    setAccessibleName(tr("Diagram canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    // The dotted grid is drawn once per zoom level and scrolled with the canvas, not redrawn
    // under every repaint (thousands of antialiased dots between 45 % and 100 %).
    setCacheMode(QGraphicsView::CacheBackground);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(scene, &DiagramScene::modeChanged, this, [this](DiagramScene::Mode mode) {
        setDragMode(
            mode == DiagramScene::Mode::Select ? QGraphicsView::RubberBandDrag : QGraphicsView::NoDrag);
        viewport()->setCursor(mode == DiagramScene::Mode::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
    });
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double factor)
{
    factor = std::clamp(factor, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomToFit()
{
    fitArea(m_scene->contentRect());
}

void DiagramView::fitArea(const QRectF &content)
{
    if (content.isNull()) {
        resetZoom();
        return;
    }
    fitInView(content.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5);
    centerOn(content.center());
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    reservePixmapCache(event->size(), devicePixelRatioF());
    QGraphicsView::resizeEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(
            m_scene->mode() == DiagramScene::Mode::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_scene->isEditingLabel()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()) && !m_scene->isReadOnly())
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()) && !m_scene->isReadOnly())
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kindMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString kind = QString::fromUtf8(event->mimeData()->data(kindMimeType()));
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QPoint at = event->position().toPoint();
#else
    const QPoint at = event->pos();
#endif
    m_scene->addNode(kind, mapToScene(at));
    event->acceptProposedAction();
    setFocus();
}

} // namespace Starloop::Gui
