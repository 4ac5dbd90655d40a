#include "gui/practice/heatmapwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Starloop::Gui {

namespace {

constexpr int Cell = 14;
constexpr int Gap = 3;
constexpr int LeftMargin = 34; // weekday names
constexpr int TopMargin = 18; // month names
constexpr int LegendHeight = 24;

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("practiceHeatMap"));
    setAccessibleName(tr("Practice per day"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QDate HeatMapWidget::firstDay(const QDate &today, int weeks)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return monday.addDays(-7 * (weeks - 1));
}

void HeatMapWidget::setDays(const QVector<Practice::DayActivity> &days, const QDate &today)
{
    m_days = days;
    m_today = today;
    layoutWeeks();
    int total = 0;
    int active = 0;
    for (const auto &day : days) {
        total += day.seconds;
        active += day.sessions > 0 ? 1 : 0;
    }
    setAccessibleDescription(tr("%n day(s) with practice", nullptr, active) + QStringLiteral(", ")
        + tr("%n minute(s) in all", nullptr, total / 60));
    update();
}

int HeatMapWidget::level(const Practice::DayActivity &day)
{
    if (day.sessions <= 0)
        return 0;
    const int minutes = day.seconds / 60;
    if (minutes < 15)
        return 1;
    if (minutes < 45)
        return 2;
    if (minutes < 90)
        return 3;
    return 4;
}

void HeatMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutWeeks();
}

void HeatMapWidget::layoutWeeks()
{
    m_weeks = std::clamp((width() - LeftMargin - 4) / (Cell + Gap), 8, int(MaxWeeks));
    m_first = firstDay(m_today.isValid() ? m_today : QDate::currentDate(), m_weeks);
    update();
}

QSize HeatMapWidget::sizeHint() const
{
    return QSize(
        LeftMargin + DefaultWeeks * (Cell + Gap) + 4, TopMargin + 7 * (Cell + Gap) + LegendHeight + 4);
}

QRect HeatMapWidget::cellRect(int week, int weekday) const
{
    return QRect(LeftMargin + week * (Cell + Gap), TopMargin + weekday * (Cell + Gap), Cell, Cell);
}

QColor HeatMapWidget::levelColor(int level) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    static const QColor light[] = {QColor(0xeb, 0xed, 0xf0), QColor(0xb6, 0xe3, 0xc2),
        QColor(0x6c, 0xc6, 0x84), QColor(0x2f, 0x9e, 0x55), QColor(0x1a, 0x6b, 0x36)};
    static const QColor night[] = {QColor(0x2d, 0x33, 0x3b), QColor(0x0e, 0x44, 0x29),
        QColor(0x00, 0x6d, 0x32), QColor(0x26, 0xa6, 0x41), QColor(0x39, 0xd3, 0x53)};
    const int i = std::clamp(level, 0, 4);
    if (i == 0) {
        // no practice: a faint square that shows on any background
        QColor empty = palette().color(QPalette::WindowText);
        empty.setAlpha(dark ? 40 : 22);
        return empty;
    }
    return dark ? night[i] : light[i];
}

int HeatMapWidget::dayAt(const QPoint &pos) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        const int offset = int(m_first.daysTo(m_days.at(i).day));
        if (offset < 0)
            continue;
        if (cellRect(offset / 7, offset % 7).contains(pos))
            return i;
    }
    return -1;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    QColor textColor = palette().color(QPalette::WindowText);
    textColor.setAlpha(170);
    painter.setPen(textColor);

    // weekday names on Monday, Wednesday, Friday rows
    for (int weekday : {0, 2, 4}) {
        const QRect row = cellRect(0, weekday);
        painter.drawText(QRect(0, row.top() - 2, LeftMargin - 6, Cell + 4), Qt::AlignRight | Qt::AlignVCenter,
            locale.dayName(weekday + 1, QLocale::ShortFormat));
    }
    // month names above the first week that starts in a new month
    int lastMonth = -1;
    int lastLabelRight = 0;
    for (int week = 0; week < m_weeks; ++week) {
        const QDate monday = m_first.addDays(7 * week);
        if (monday.month() == lastMonth)
            continue;
        // the first column's month only gets a name when it has room before the next one
        if (week == 0 && monday.addDays(14).month() != monday.month())
            continue;
        lastMonth = monday.month();
        const QRect cell = cellRect(week, 0);
        const QString name = locale.monthName(monday.month(), QLocale::ShortFormat);
        if (cell.left() < lastLabelRight + 4)
            continue;
        painter.drawText(QPoint(cell.left(), TopMargin - 5), name);
        lastLabelRight = cell.left() + painter.fontMetrics().horizontalAdvance(name);
    }

    // one rounded square per day; days after today are left out
    QVector<int> levels(m_weeks * 7, 0);
    for (const auto &day : std::as_const(m_days)) {
        const int offset = int(m_first.daysTo(day.day));
        if (offset >= 0 && offset < levels.size())
            levels[offset] = level(day);
    }
    painter.setPen(Qt::NoPen);
    for (int offset = 0; offset < levels.size(); ++offset) {
        const QDate date = m_first.addDays(offset);
        if (m_today.isValid() && date > m_today)
            break;
        const QRect rect = cellRect(offset / 7, offset % 7);
        painter.setBrush(levelColor(levels.at(offset)));
        painter.drawRoundedRect(rect, 2.5, 2.5);
        if (date == m_today) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(rect).adjusted(-1, -1, 1, 1), 3, 3);
            painter.setPen(Qt::NoPen);
        }
    }

    // legend: Less [] [] [] [] [] More
    const int legendY = TopMargin + 7 * (Cell + Gap) + 6;
    const QString less = tr("Less");
    const QString more = tr("More");
    const QFontMetrics metrics = painter.fontMetrics();
    int x = cellRect(m_weeks - 1, 0).right() - metrics.horizontalAdvance(more) - 5 * (Cell + Gap) - 6;
    painter.setPen(textColor);
    painter.drawText(
        QRect(x - metrics.horizontalAdvance(less) - 6, legendY, metrics.horizontalAdvance(less), Cell),
        Qt::AlignVCenter, less);
    painter.setPen(Qt::NoPen);
    for (int level = 0; level <= 4; ++level) {
        painter.setBrush(levelColor(level));
        painter.drawRoundedRect(QRect(x, legendY, Cell, Cell), 2.5, 2.5);
        x += Cell + Gap;
    }
    painter.setPen(textColor);
    painter.drawText(
        QRect(x + 3, legendY, metrics.horizontalAdvance(more) + 2, Cell), Qt::AlignVCenter, more);
    painter.drawText(
        QRect(LeftMargin, legendY,
            std::max(0, x - LeftMargin - 5 * (Cell + Gap) - metrics.horizontalAdvance(less) - 16), Cell),
        Qt::AlignVCenter, metrics.elidedText(tr("Today is outlined"), Qt::ElideRight, 200));
}

bool HeatMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = dayAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const auto &day = m_days.at(index);
        const QString date = QLocale().toString(day.day, QLocale::LongFormat);
        const QString text = day.sessions == 0 ? tr("%1: no practice").arg(date)
                                               : tr("%1: %2, %3")
                                                     .arg(date, tr("%n session(s)", nullptr, day.sessions),
                                                         tr("%n minute(s)", nullptr, day.seconds / 60));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Starloop::Gui
