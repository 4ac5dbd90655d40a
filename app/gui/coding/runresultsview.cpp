#include "gui/coding/runresultsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Coding::RunResult;

namespace {

enum ResultColumn { StatusColumn, CallColumn, ExpectedColumn, ActualColumn };

} // namespace

RunResultsView::RunResultsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("runResults"));
    m_table->setAccessibleName(tr("Example results"));
    m_table->setHorizontalHeaderLabels({QString(), tr("Example"), tr("Expected"), tr("Got")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExpectedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActualColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
}

void RunResultsView::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void RunResultsView::showResult(const RunResult &result)
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    showRows(result.cases, dark);
    QStringList status;
    if (!result.message.isEmpty())
        status << result.message.toHtmlEscaped();
    if (!result.details.isEmpty())
        status << QStringLiteral("<pre>%1</pre>").arg(result.details.left(600).toHtmlEscaped());
    if (result.outcome != RunResult::Outcome::NotRun && result.outcome != RunResult::Outcome::Unavailable)
        status << QStringLiteral("<small>%1</small>")
                      .arg(result.sandboxed
                              ? tr("Sandboxed with bubblewrap; %1 ms.").arg(result.elapsedMs)
                              : QString(result.sandboxNote + QStringLiteral("; %1 ms.").arg(result.elapsedMs))
                                    .toHtmlEscaped());
    m_status->setText(status.join(QStringLiteral("<br>")));
    const QString colour = result.outcome == RunResult::Outcome::Passed ? QStringLiteral("#1f7a3a")
        : result.outcome == RunResult::Outcome::NotRun                  ? QString()
                                                                        : QStringLiteral("#b3261e");
    m_status->setStyleSheet(
        colour.isEmpty() || dark ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
}

void RunResultsView::showRows(const QVector<Coding::CaseResult> &cases, bool dark)
{
    m_table->setRowCount(0);
    const QColor passColour = dark ? QColor(0x23, 0x4d, 0x32) : QColor(0xdc, 0xf5, 0xe1);
    const QColor failColour = dark ? QColor(0x5c, 0x2b, 0x2e) : QColor(0xfb, 0xe1, 0xe1);
    for (const Coding::CaseResult &c : cases) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString mark = !c.ran ? QStringLiteral("–")
            : c.passed              ? QStringLiteral("✓")
                                    : QStringLiteral("✗");
        const QStringList cells {mark, c.call, c.expected, c.ran ? c.actual : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (c.ran)
                item->setBackground(c.passed ? passColour : failColour);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, StatusColumn)
            ->setData(Qt::AccessibleTextRole,
                !c.ran         ? tr("not run")
                    : c.passed ? tr("passed")
                               : tr("failed"));
    }
}

} // namespace Starloop::Gui
