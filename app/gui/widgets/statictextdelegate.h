// StaticTextDelegate: an item delegate for views of short plain text (a log, a table of
// figures) that keeps each text shaped between paints. QStyledItemDelegate lays out and shapes
// every cell's text again at each paint, which is most of the time a long table takes to repaint
// after its rows change; here a text seen before (a kind, a status, a date already shown) is
// drawn from its QStaticText. Background, selection and focus are the style's as usual; a cell
// with an icon, a check box or several lines, or too narrow for its text, is painted as
// QStyledItemDelegate paints it.
//   table->setItemDelegate(new StaticTextDelegate(table));
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Starloop::Gui {

class StaticTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int Capacity = 4096; // texts kept; all are dropped when it is reached
    mutable QHash<QString, QStaticText> m_texts;
    mutable QFont m_font; // the font the kept texts were shaped in
};

} // namespace Starloop::Gui
