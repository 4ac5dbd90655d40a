// ShapeLibrary: the component icons (resources/shapes/<kind>.svg) and colours of every diagram
// kind, loaded once per process. Each SVG is parsed once into a shared QSvgRenderer and each
// size drawn once into a cached pixmap, so a canvas with thousands of items paints from memory;
// vector outputs (SVG, PDF export) still get the real vectors through renderer().
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QSvgRenderer;

namespace Starloop::Gui {

class ShapeLibrary
{
public:
    // The renderer of `kind`'s icon (the generic box when the kind has none); never null.
    static QSvgRenderer *renderer(const QString &kind);
    // The icon drawn at `pixels` x `pixels` device pixels, cached.
    static QPixmap pixmap(const QString &kind, int pixels);
    static QIcon icon(const QString &kind);
    // The kind's colour family: a strong stroke and a light fill.
    static QColor stroke(const QString &kind);
    static QColor fill(const QString &kind);
    // The kind's translated display name.
    static QString displayName(const QString &kind);
};

} // namespace Starloop::Gui
