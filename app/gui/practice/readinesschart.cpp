#include "gui/practice/readinesschart.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace Starloop::Gui {

using Practice::Readiness;

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(qRound(fraction * 100));
}

const QColor MetColour(0x2f, 0x9e, 0x55);
const QColor BelowColour(0xe0, 0x9b, 0x2d);
const QColor CoverageColour(0x3d, 0x7e, 0xc9);

} // namespace

ReadinessChart::ReadinessChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readinessChart"));
    setAccessibleName(tr("Readiness on the loop date"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReadinessChart::setReadiness(const QVector<Readiness> &sections, const QVector<Readiness> &principles,
    double target, const QHash<QString, QString> &names)
{
    m_sections = sections;
    m_principles = principles;
    m_target = target;
    m_rows.clear();
    QStringList described;
    const auto add = [&](const QString &heading, const QVector<Readiness> &list) {
        if (list.isEmpty())
            return;
        m_rows.append(Row {true, heading, {}});
        for (const Readiness &r : list) {
            const QString name = names.value(r.id, r.id);
            m_rows.append(Row {false, name, r});
            described << tr("%1: recall %2, seen %3 of %4")
                             .arg(name, percent(r.predictedRecall))
                             .arg(r.seen)
                             .arg(r.items);
        }
    };
    add(tr("Sections"), sections);
    add(tr("Leadership principles (questions and stories)"), principles);
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void ReadinessChart::setPlanned(const QVector<Readiness> &planned)
{
    m_planned.clear();
    for (const Readiness &r : planned)
        m_planned.insert(r.id, r);
    update();
}

std::optional<double> ReadinessChart::plannedRecall(const QString &id) const
{
    const auto found = m_planned.constFind(id);
    if (found == m_planned.constEnd() || found->seen == 0)
        return std::nullopt;
    return found->predictedRecall;
}

QStringList ReadinessChart::sectionIds() const
{
    QStringList ids;
    for (const Readiness &r : m_sections)
        ids << r.id;
    return ids;
}

QStringList ReadinessChart::principleIds() const
{
    QStringList ids;
    for (const Readiness &r : m_principles)
        ids << r.id;
    return ids;
}

int ReadinessChart::contentHeight() const
{
    int height = 8;
    for (const Row &row : m_rows)
        height += row.heading ? HeadingHeight : RowHeight;
    return std::max(height, 60);
}

QSize ReadinessChart::sizeHint() const
{
    return QSize(560, contentHeight());
}

QSize ReadinessChart::minimumSizeHint() const
{
    return QSize(360, contentHeight());
}

void ReadinessChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor track = text;
    track.setAlpha(28);
    if (m_rows.isEmpty()) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to study yet."));
        return;
    }
    int nameWidth = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.heading)
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
    }
    nameWidth = std::min(nameWidth + 12, width() / 3);
    const QString widestValue = tr("recall 100% · seen 100%");
    const int valueWidth = metrics.horizontalAdvance(widestValue) + 12;
    const int barLeft = nameWidth;
    const int barWidth = std::max(60, width() - barLeft - valueWidth);
    QFont bold = font();
    bold.setBold(true);

    int y = 4;
    int barsTop = -1;
    int barsBottom = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.heading) {
            painter.setFont(bold);
            painter.setPen(text);
            painter.drawText(QRect(0, y, width(), HeadingHeight), Qt::AlignLeft | Qt::AlignBottom,
                QFontMetrics(bold).elidedText(row.name, Qt::ElideRight, width()));
            painter.setFont(font());
            y += HeadingHeight;
            continue;
        }
        const Readiness &r = row.readiness;
        painter.setPen(text);
        painter.drawText(QRect(0, y, nameWidth - 8, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(row.name, Qt::ElideRight, nameWidth - 8));
        const QRectF recallBar(barLeft, y + 5, barWidth, 10);
        const QRectF coverageBar(barLeft, y + 17, barWidth, 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(recallBar, 4, 4);
        painter.drawRoundedRect(coverageBar, 2, 2);
        if (r.seen > 0) {
            QRectF filled = recallBar;
            filled.setWidth(std::max(2.0, recallBar.width() * std::clamp(r.predictedRecall, 0.0, 1.0)));
            painter.setBrush(r.predictedRecall >= m_target ? MetColour : BelowColour);
            painter.drawRoundedRect(filled, 4, 4);
            QRectF covered = coverageBar;
            covered.setWidth(std::max(2.0, coverageBar.width() * std::clamp(r.coverage, 0.0, 1.0)));
            painter.setBrush(CoverageColour);
            painter.drawRoundedRect(covered, 2, 2);
        }
        // the plan's marker: a small diamond where the recall would be if the plan is followed
        if (const auto planned = plannedRecall(r.id)) {
            const qreal x = barLeft + barWidth * std::clamp(*planned, 0.0, 1.0);
            const qreal cy = recallBar.center().y();
            QPolygonF diamond;
            diamond << QPointF(x, cy - 6) << QPointF(x + 5, cy) << QPointF(x, cy + 6) << QPointF(x - 5, cy);
            painter.setPen(QPen(palette().color(QPalette::Base), 1));
            painter.setBrush(text);
            painter.drawPolygon(diamond);
        }
        painter.setPen(text);
        const QString value = r.seen > 0
            ? tr("recall %1 · seen %2").arg(percent(r.predictedRecall), percent(r.coverage))
            : tr("not started");
        painter.drawText(
            QRect(barLeft + barWidth + 8, y, valueWidth, RowHeight), Qt::AlignLeft | Qt::AlignVCenter, value);
        if (barsTop < 0)
            barsTop = y;
        barsBottom = y + RowHeight;
        y += RowHeight;
    }
    // the target: the desired retention, the recall each bar should reach
    const qreal targetX = barLeft + barWidth * std::clamp(m_target, 0.0, 1.0);
    painter.setPen(QPen(text, 1, Qt::DashLine));
    painter.drawLine(QPointF(targetX, barsTop + 2), QPointF(targetX, barsBottom - 2));
}

} // namespace Starloop::Gui
