// ReadinessChart: how ready each section and each leadership principle is predicted to be on the
// loop date, painted as bars: the predicted recall (green when at or above the target, amber
// below, with the target drawn as a dashed line) over a thin bar of coverage, the share of the
// items seen at all. A section nobody has started shows an empty track and "not started". With
// a plan, a marker on each bar shows the recall the plan leads to (StudyPlan::sections).
//
//   chart->setReadiness(report.sections, report.principles, 0.9, names);
//   chart->setPlanned(plan.sections + plan.principles);
//   chart->sectionIds()   -> {"aws", "coding"}: one bar each
//   chart->plannedRecall("coding") -> 0.93 (nullopt without a plan)
#pragma once

#include "core/practice/studyplan.h"

#include <QHash>

#include <QWidget>
#include <optional>

namespace Starloop::Gui {

class ReadinessChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessChart(QWidget *parent = nullptr);

    // `names`: display names by id (sections and principles); ids without one are shown as they are.
    void setReadiness(const QVector<Practice::Readiness> &sections,
        const QVector<Practice::Readiness> &principles, double target, const QHash<QString, QString> &names);
    // What the plan leads to, by id; empty: no markers.
    void setPlanned(const QVector<Practice::Readiness> &planned);
    std::optional<double> plannedRecall(const QString &id) const;
    QStringList sectionIds() const;
    QStringList principleIds() const;
    double target() const { return m_target; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        bool heading = false;
        QString name;
        Practice::Readiness readiness;
    };
    static constexpr int RowHeight = 26;
    static constexpr int HeadingHeight = 24;
    int contentHeight() const;

    QVector<Row> m_rows;
    QVector<Practice::Readiness> m_sections;
    QVector<Practice::Readiness> m_principles;
    double m_target = 0.9;
    QHash<QString, Practice::Readiness> m_planned;
};

} // namespace Starloop::Gui
