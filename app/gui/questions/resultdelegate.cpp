#include "gui/questions/resultdelegate.h"

#include "core/questions/question.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace Starloop::Gui {

namespace {

// `marked` cut to what `lines` lines of `width` pixels hold (with "…"), keeping the match
// markers balanced: every row has the same height, so a long title must not push the excerpt
// out of its row.
QString elidedMarked(const QString &marked, const QFont &font, int width, int lines)
{
    const QFontMetrics metrics(font);
    QString plain = marked;
    plain.remove(QChar(Questions::MatchStart)).remove(QChar(Questions::MatchEnd));
    // Word wrapping wastes part of each line: count on 90% of it.
    const int room = int(0.9 * width * lines);
    if (metrics.horizontalAdvance(plain) <= room)
        return marked;
    const int keep = plain.size() * room / std::max(1, metrics.horizontalAdvance(plain)) - 1;
    QString out;
    int kept = 0;
    bool open = false;
    for (const QChar c : marked) {
        if (c.unicode() == Questions::MatchStart || c.unicode() == Questions::MatchEnd) {
            open = c.unicode() == Questions::MatchStart;
            out += c;
            continue;
        }
        if (kept++ >= keep)
            break;
        out += c;
    }
    if (open)
        out += QChar(Questions::MatchEnd);
    return out.trimmed() + QStringLiteral("…");
}

QString documentHtml(const QModelIndex &index, const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QString text = (selected ? palette.highlightedText() : palette.text()).color().name();
    const QString dim = selected ? text : palette.color(QPalette::PlaceholderText).name();
    const QString mark = selected ? text : QStringLiteral("#c45500");
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int width = option.rect.width() - 12;
    const QString title = elidedMarked(index.data(ResultDelegate::TitleRole).toString(), bold, width, 2);
    const QString snippet = elidedMarked(index.data(ResultDelegate::SnippetRole).toString(), small, width, 2);
    return QStringLiteral(
        "<div style='color:%1'><b>%2</b></div><div style='color:%3; font-size:small'>%4</div>"
        "<div style='color:%3; font-size:small'>%5</div>")
        .arg(text, ResultDelegate::markedToHtml(title, mark), dim,
            index.data(ResultDelegate::MetaRole).toString().toHtmlEscaped(),
            ResultDelegate::markedToHtml(snippet, mark));
}

} // namespace

QString ResultDelegate::markedToHtml(const QString &marked, const QString &highlightColor)
{
    QString html;
    html.reserve(marked.size() + 64);
    QString run;
    auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c.unicode() == Questions::MatchStart) {
            flush();
            html += QStringLiteral("<span style='color:%1; font-weight:bold; text-decoration:underline'>")
                        .arg(highlightColor);
        } else if (c.unicode() == Questions::MatchEnd) {
            flush();
            html += QStringLiteral("</span>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

void ResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(documentHtml(index, option));
    doc.setTextWidth(option.rect.width() - 12);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(6, 4));
    doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 8));
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Every row has room for two lines of title, the meta line and two lines of snippet, so the
    // list can use uniform item sizes (fast for any number of results).
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int height = 2 * QFontMetrics(bold).lineSpacing() + 3 * QFontMetrics(small).lineSpacing() + 14;
    return QSize(option.rect.width(), height);
}

} // namespace Starloop::Gui
