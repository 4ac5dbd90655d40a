#include "gui/diagrams/diagrampalette.h"

#include "core/diagrams/diagramkind.h"
#include "gui/diagrams/diagramview.h"
#include "gui/diagrams/shapelibrary.h"

#include <QMimeData>

namespace Starloop::Gui {

DiagramPalette::DiagramPalette(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("diagramPalette"));
    setAccessibleName(tr("Components"));
    setIconSize(QSize(28, 28));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setMinimumWidth(170);
    auto addHeader = [this](const QString &text) {
        auto *header = new QListWidgetItem(text, this);
        header->setFlags(Qt::NoItemFlags);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    };
    using Category = Diagrams::DiagramKind::Category;
    Category last = Category::Annotation;
    bool first = true;
    for (const auto &kind : Diagrams::DiagramKind::all()) {
        if (first || kind.category != last) {
            addHeader(kind.category == Category::Component ? tr("Components")
                    : kind.category == Category::Group     ? tr("Groups")
                                                           : tr("Annotations"));
            last = kind.category;
            first = false;
        }
        auto *item
            = new QListWidgetItem(ShapeLibrary::icon(kind.id), ShapeLibrary::displayName(kind.id), this);
        item->setData(KindRole, kind.id);
        item->setToolTip(tr("Drag onto the canvas, or double-click to add in the middle"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString kind = item->data(KindRole).toString();
        if (!kind.isEmpty())
            Q_EMIT kindActivated(kind);
    });
}

QStringList DiagramPalette::mimeTypes() const
{
    return {DiagramView::kindMimeType()};
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
QMimeData *DiagramPalette::mimeData(const QList<QListWidgetItem *> &items) const
#else
QMimeData *DiagramPalette::mimeData(const QList<QListWidgetItem *> items) const
#endif
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(DiagramView::kindMimeType(), items.first()->data(KindRole).toString().toUtf8());
    return mime;
}

} // namespace Starloop::Gui
