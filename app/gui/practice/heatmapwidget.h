// HeatMapWidget: practice per day as a calendar heat map, like a contribution graph - one column
// per week (Monday at the top), darker for more minutes practised, month names above, a legend
// below, and the day's numbers in a tooltip. Drawn with QPainter.
#pragma once

#include "core/practice/progress.h"

#include <QDate>
#include <QVector>
#include <QWidget>

namespace Starloop::Gui {

class HeatMapWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultWeeks = 26; // what sizeHint asks room for
    static constexpr int MaxWeeks = 53; // shown when the width allows

    explicit HeatMapWidget(QWidget *parent = nullptr);

    // The first day to ask for: the Monday `weeks - 1` weeks before the week of `today`.
    static QDate firstDay(const QDate &today, int weeks = DefaultWeeks);
    // days: consecutive, up to today; as many weeks as fit the width are drawn (at most MaxWeeks).
    void setDays(const QVector<Practice::DayActivity> &days, const QDate &today);
    // 0 (none) .. 4 (90 minutes or more)
    static int level(const Practice::DayActivity &day);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(sizeHint().width() * 2 / 3, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutWeeks();
    QRect cellRect(int week, int weekday) const;
    QColor levelColor(int level) const;
    int dayAt(const QPoint &pos) const;

    QVector<Practice::DayActivity> m_days;
    QDate m_today;
    QDate m_first;
    int m_weeks = DefaultWeeks;
};

} // namespace Starloop::Gui
