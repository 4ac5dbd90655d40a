// ResultDelegate: paints a search result as a bold title over a grey snippet, with the matched
// words (marked by core with MatchStart / MatchEnd) highlighted in both.
#pragma once

#include <QStyledItemDelegate>

namespace Starloop::Gui {

class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role { TitleRole = Qt::UserRole + 1, SnippetRole, MetaRole, IdRole };
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // "a \x02match\x03 here" -> "a <b style=...>match</b> here", the rest escaped.
    static QString markedToHtml(const QString &marked, const QString &highlightColor);
};

} // namespace Starloop::Gui
