#include "gui/coding/diffview.h"

#include <QEvent>
#include <QFontDatabase>

namespace Starloop::Gui {

using Coding::DiffLine;

namespace {

struct Colours
{
    QString removed;
    QString added;
    QString empty;
    QString number;
};

Colours coloursFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QStringLiteral("#5c2b2e"), QStringLiteral("#234d32"), QStringLiteral("#2b2b2b"),
            QStringLiteral("#8a8a8a")};
    return {QStringLiteral("#fbe1e1"), QStringLiteral("#dcf5e1"), QStringLiteral("#f3f3f3"),
        QStringLiteral("#8a8a8a")};
}

QString cell(const QString &text, const QString &background)
{
    const QString escaped = text.isEmpty()
        ? QStringLiteral("&nbsp;")
        : text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    return background.isEmpty() ? QStringLiteral("<td>%1</td>").arg(escaped)
                                : QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(background, escaped);
}

QString numberCell(int number, const Colours &c)
{
    return QStringLiteral("<td align=\"right\"><font color=\"%1\">%2</font></td>")
        .arg(c.number, number > 0 ? QString::number(number) : QString());
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("diffView"));
    setAccessibleName(tr("Differences"));
    setLineWrapMode(QTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void DiffView::setTexts(
    const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right)
{
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    m_lines = Coding::LineDiff::compute(left, right);
    render();
}

void DiffView::setMode(Mode mode)
{
    m_mode = mode;
    render();
}

void DiffView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::render()
{
    const Colours c = coloursFor(palette());
    QString html = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">")
                       .arg(tr("<b>%1</b> → <b>%2</b>: %n line(s) removed", nullptr,
                                Coding::LineDiff::removedCount(m_lines))
                                .arg(m_leftTitle.toHtmlEscaped(), m_rightTitle.toHtmlEscaped())
                           + tr(", %n added", nullptr, Coding::LineDiff::addedCount(m_lines)));
    if (m_mode == Mode::Unified) {
        for (const DiffLine &line : m_lines) {
            const QString background = line.kind == DiffLine::Kind::Removed ? c.removed
                : line.kind == DiffLine::Kind::Added                        ? c.added
                                                                            : QString();
            const QString sign = line.kind == DiffLine::Kind::Removed ? QStringLiteral("-")
                : line.kind == DiffLine::Kind::Added                  ? QStringLiteral("+")
                                                                      : QStringLiteral(" ");
            html += QStringLiteral("<tr>") + numberCell(line.leftLine, c) + numberCell(line.rightLine, c)
                + cell(sign + QLatin1Char(' ') + line.text, background) + QStringLiteral("</tr>");
        }
    } else {
        html += QStringLiteral(
            "<tr><th></th><th align=\"left\">%1</th><th></th><th align=\"left\">%2</th></tr>")
                    .arg(m_leftTitle.toHtmlEscaped(), m_rightTitle.toHtmlEscaped());
        // Pair each run of removed lines with the run of added lines that follows it.
        int i = 0;
        while (i < m_lines.size()) {
            if (m_lines.at(i).kind == DiffLine::Kind::Same) {
                const DiffLine &line = m_lines.at(i++);
                html += QStringLiteral("<tr>") + numberCell(line.leftLine, c) + cell(line.text, QString())
                    + numberCell(line.rightLine, c) + cell(line.text, QString()) + QStringLiteral("</tr>");
                continue;
            }
            QVector<DiffLine> removed, added;
            while (i < m_lines.size() && m_lines.at(i).kind == DiffLine::Kind::Removed)
                removed << m_lines.at(i++);
            while (i < m_lines.size() && m_lines.at(i).kind == DiffLine::Kind::Added)
                added << m_lines.at(i++);
            for (int k = 0; k < qMax(removed.size(), added.size()); ++k) {
                html += QStringLiteral("<tr>");
                html += k < removed.size()
                    ? numberCell(removed.at(k).leftLine, c) + cell(removed.at(k).text, c.removed)
                    : numberCell(0, c) + cell(QString(), c.empty);
                html += k < added.size()
                    ? numberCell(added.at(k).rightLine, c) + cell(added.at(k).text, c.added)
                    : numberCell(0, c) + cell(QString(), c.empty);
                html += QStringLiteral("</tr>");
            }
        }
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace Starloop::Gui
