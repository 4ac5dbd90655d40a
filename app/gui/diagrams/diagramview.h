// DiagramView: the viewport onto a DiagramScene. Ctrl+wheel zooms around the pointer, the
// middle button (or Space+drag) pans, a left drag on empty canvas draws a rubber band, and
// components dragged from the palette are dropped where the pointer is.
#pragma once

#include <QGraphicsView>

namespace Starloop::Gui {

class DiagramScene;

class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    static QString kindMimeType() { return QStringLiteral("application/x-starloop-diagram-kind"); }

    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);
    double zoom() const;
    void setZoom(double factor);
    void zoomBy(double factor);
    void zoomToFit();
    // Fits `area` (scene coordinates) in the view, as zoomToFit() fits the whole diagram.
    void fitArea(const QRectF &area);
    void resetZoom();

Q_SIGNALS:
    void zoomChanged(double factor);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    DiagramScene *m_scene;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};

} // namespace Starloop::Gui
