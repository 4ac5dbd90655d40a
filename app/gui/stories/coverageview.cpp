#include "gui/stories/coverageview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setAccessibleName(tr("Stories per leadership principle"));
    m_table->setHorizontalHeaderLabels(
        {tr("Principle"), tr("What it means"), tr("Stories"), tr("Primary in"), tr("Target"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(PrincipleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    for (int column = StoriesColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *hint = new QLabel(tr("Double-click a principle to see its stories."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);

    auto activate = [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, PrincipleColumn))
            Q_EMIT principleActivated(item->data(Qt::UserRole).toString());
    };
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [activate](int row, int) { activate(row); });
    connect(m_table, &QTableWidget::itemActivated, this,
        [activate](QTableWidgetItem *item) { activate(item->row()); });
}

void CoverageView::setCoverage(const QVector<Stories::PrincipleCoverage> &rows)
{
    const QColor gapText(0xa5, 0x1d, 0x2d);
    const QColor gapBackground(0xfb, 0xe3, 0xe4);
    const QColor okText(0x1a, 0x73, 0x3c);
    m_table->setRowCount(rows.size());
    int gaps = 0;
    QStringList gapNames;
    for (int row = 0; row < rows.size(); ++row) {
        const Stories::PrincipleCoverage &c = rows.at(row);
        auto *name = new QTableWidgetItem(c.principle.name);
        name->setData(Qt::UserRole, c.principle.id);
        name->setToolTip(c.principle.summary);
        auto *summary = new QTableWidgetItem(c.principle.summary);
        summary->setToolTip(c.principle.summary);
        auto *stories = new QTableWidgetItem(QString::number(c.stories));
        stories->setTextAlignment(Qt::AlignCenter);
        auto *primary = new QTableWidgetItem(QString::number(c.primary));
        primary->setTextAlignment(Qt::AlignCenter);
        auto *target
            = new QTableWidgetItem(tr("%1–%2").arg(Stories::CoverageMinimum).arg(Stories::CoverageMaximum));
        target->setTextAlignment(Qt::AlignCenter);
        QString status;
        if (c.stories == 0)
            status = tr("Gap: no story yet");
        else if (c.isGap())
            status = c.missing() == 1 ? tr("Gap: 1 more needed") : tr("Gap: %1 more needed").arg(c.missing());
        else if (c.stories > Stories::CoverageMaximum)
            status = tr("More than enough");
        else
            status = tr("Covered");
        auto *state = new QTableWidgetItem(status);
        const QList<QTableWidgetItem *> cells {name, summary, stories, primary, target, state};
        if (c.isGap()) {
            ++gaps;
            gapNames << c.principle.name;
            for (QTableWidgetItem *cell : cells)
                cell->setBackground(gapBackground);
            state->setForeground(gapText);
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        } else {
            state->setForeground(okText);
        }
        state->setData(Qt::UserRole, c.isGap());
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, cells.at(column));
    }
    if (rows.isEmpty())
        m_summary->setText(tr("The leadership principles are not loaded yet."));
    else if (gaps == 0)
        m_summary->setText(
            tr("<b>Every principle has %1 or more stories.</b>").arg(Stories::CoverageMinimum));
    else
        m_summary->setText(tr("<b>%1 of %2 principles need more stories</b> (target %3–%4 each): %5")
                               .arg(gaps)
                               .arg(rows.size())
                               .arg(Stories::CoverageMinimum)
                               .arg(Stories::CoverageMaximum)
                               .arg(gapNames.join(QStringLiteral(", ")).toHtmlEscaped()));
}

} // namespace Starloop::Gui
