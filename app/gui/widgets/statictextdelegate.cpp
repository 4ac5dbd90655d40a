#include "gui/widgets/statictextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Starloop::Gui {

void StaticTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const bool plain = item.icon.isNull() && !(item.features & QStyleOptionViewItem::HasCheckIndicator)
        && !item.text.contains(QLatin1Char('\n')) && !item.text.contains(QChar::LineSeparator);
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The text area as the style lays out a cell of text alone: the cell less its text margins.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = item.rect.adjusted(margin, 0, -margin, 0);
    if (m_font != item.font || m_texts.size() >= Capacity) {
        m_texts.clear();
        m_font = item.font;
    }
    auto found = m_texts.constFind(item.text);
    if (found == m_texts.constEnd()) {
        QStaticText shaped(item.text);
        shaped.setTextFormat(Qt::PlainText);
        shaped.setPerformanceHint(QStaticText::AggressiveCaching);
        shaped.prepare(QTransform(), item.font);
        found = m_texts.insert(item.text, shaped);
    }
    const QSizeF size = found->size();
    if (size.width() > area.width()) { // elided, as the style does it
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, selection, focus

    const Qt::Alignment align = QStyle::visualAlignment(item.direction, item.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    qreal y = area.top() + (area.height() - size.height()) / 2;
    if (align & Qt::AlignTop)
        y = area.top();
    else if (align & Qt::AlignBottom)
        y = area.bottom() + 1 - size.height();
    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (item.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(
        group, (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), *found);
    painter->restore();
}

} // namespace Starloop::Gui
