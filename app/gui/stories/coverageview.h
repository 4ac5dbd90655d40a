// CoverageView: the 16-row matrix of how many stories back each leadership principle against
// the 2-3 target, with the gaps called out in colour. Double-clicking (or Enter on) a row asks
// the workspace to show that principle's stories.
#pragma once

#include "core/stories/story.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Starloop::Gui {

class CoverageView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        PrincipleColumn,
        SummaryColumn,
        StoriesColumn,
        PrimaryColumn,
        TargetColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CoverageView(QWidget *parent = nullptr);
    void setCoverage(const QVector<Stories::PrincipleCoverage> &rows);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void principleActivated(const QString &principleId);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Starloop::Gui
