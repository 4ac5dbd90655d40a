#include "gui/diagrams/diagramexporter.h"

#include "gui/diagrams/diagrampainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Starloop::Gui {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
};

void paintOnto(QPainter &painter, const Diagrams::DiagramDocument &document, const QRectF &area)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(-area.topLeft());
    DiagramPainter::paintDocument(&painter, document);
}

Error writeFailure(const QString &path, const QString &why)
{
    return Error {
        Text::tr("The diagram could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), why), 0};
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QRectF DiagramExporter::exportRect(const Diagrams::DiagramDocument &document)
{
    const QRectF bounds = document.boundingRect();
    if (bounds.isNull())
        return QRectF(0, 0, 2 * Margin, 2 * Margin);
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

QSize DiagramExporter::imageSize(const Diagrams::DiagramDocument &document, double scale)
{
    const QRectF area = exportRect(document);
    return QSize(int(std::ceil(area.width() * scale)), int(std::ceil(area.height() * scale)));
}

QImage DiagramExporter::renderImage(const Diagrams::DiagramDocument &document, double scale)
{
    QImage image(imageSize(document, scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintOnto(painter, document, exportRect(document));
    painter.end();
    return image;
}

Status DiagramExporter::exportToFile(
    const Diagrams::DiagramDocument &document, const QString &path, double scale, const QString &title)
{
    const auto format = formatForPath(path);
    if (!format)
        return writeFailure(path, Text::tr("the file name must end in .png, .svg or .pdf."));
    if (!(scale > 0.05 && scale <= 8))
        return writeFailure(path, Text::tr("the scale must be between 0.05 and 8."));
    const QRectF area = exportRect(document);
    switch (*format) {
    case Format::Png: {
        const QImage image = renderImage(document, scale);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return writeFailure(path, file.errorString());
        return {};
    }
    case Format::Svg: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return writeFailure(path, file.errorString());
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(area.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
        generator.setTitle(title.isEmpty() ? Text::tr("Diagram") : title);
        generator.setDescription(Text::tr("Exported from Starloop"));
        {
            QPainter painter(&generator);
            painter.fillRect(QRectF(QPointF(0, 0), area.size()), Qt::white);
            paintOnto(painter, document, area);
        }
        if (!file.commit())
            return writeFailure(path, file.errorString());
        return {};
    }
    case Format::Pdf: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return writeFailure(path, file.errorString());
        {
            QPdfWriter writer(&file);
            writer.setTitle(title.isEmpty() ? Text::tr("Diagram") : title);
            writer.setCreator(QStringLiteral("Starloop"));
            writer.setResolution(72); // one diagram unit is one point
            writer.setPageSize(QPageSize(area.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            if (!painter.isActive())
                return writeFailure(path, Text::tr("the PDF could not be started."));
            paintOnto(painter, document, area);
        }
        if (!file.commit())
            return writeFailure(path, file.errorString());
        return {};
    }
    }
    return writeFailure(path, Text::tr("unknown format."));
}

} // namespace Starloop::Gui
