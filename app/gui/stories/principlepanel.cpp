#include "gui/stories/principlepanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

PrinciplePanel::PrinciplePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("principlePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("storyPrincipleCount"));
    m_count->setTextFormat(Qt::RichText);
    layout->addWidget(m_count);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("storyPrinciples"));
    m_list->setAccessibleName(tr("Leadership principles this story shows"));
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("storyPrincipleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary);

    auto *primaryRow = new QHBoxLayout;
    auto *primaryLabel = new QLabel(tr("&Primary:"), this);
    m_primary = new QComboBox(this);
    m_primary->setObjectName(QStringLiteral("storyPrimaryPrinciple"));
    m_primary->setAccessibleName(tr("Primary principle"));
    m_primary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_primary->setMinimumContentsLength(12);
    primaryLabel->setBuddy(m_primary);
    primaryRow->addWidget(primaryLabel);
    primaryRow->addWidget(m_primary, 1);
    layout->addLayout(primaryRow);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        const QStringList now = tagged();
        const QString mark = now.contains(primary()) ? primary() : QString();
        Q_EMIT selectionEdited(now, mark);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PrinciplePanel::showSummary);
    connect(m_primary, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        if (m_updating)
            return;
        QStringList now = tagged();
        const QString mark = primary();
        if (!mark.isEmpty() && !now.contains(mark)) {
            // Marking a principle primary tags it as well; keep the canonical order.
            QStringList ordered;
            for (const Stories::Principle &p : std::as_const(m_principles)) {
                if (now.contains(p.id) || p.id == mark)
                    ordered << p.id;
            }
            now = ordered;
        }
        Q_EMIT selectionEdited(now, mark);
    });
}

void PrinciplePanel::setPrinciples(const QVector<Stories::Principle> &principles)
{
    m_updating = true;
    m_principles = principles;
    m_list->clear();
    m_primary->clear();
    m_primary->addItem(tr("(none)"), QString());
    for (const Stories::Principle &p : principles) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(p.summary);
        item->setStatusTip(p.summary);
        m_primary->addItem(p.name, p.id);
        m_primary->setItemData(m_primary->count() - 1, p.summary, Qt::ToolTipRole);
    }
    m_updating = false;
    showSummary(m_list->currentRow());
}

void PrinciplePanel::setSelection(const QStringList &tagged, const QString &primary)
{
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        item->setCheckState(tagged.contains(id) ? Qt::Checked : Qt::Unchecked);
        QFont font = item->font();
        font.setBold(id == primary);
        item->setFont(font);
    }
    const int index = m_primary->findData(primary);
    m_primary->setCurrentIndex(index < 0 ? 0 : index);
    m_count->setText(
        tr("<b>Leadership principles</b> · %1 of %2").arg(tagged.size()).arg(m_principles.size()));
    m_updating = false;
}

QStringList PrinciplePanel::tagged() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

QString PrinciplePanel::primary() const
{
    return m_primary->currentData().toString();
}

void PrinciplePanel::showSummary(int row)
{
    if (row < 0 || row >= m_principles.size()) {
        m_summary->setText(tr("Tick each principle the story shows; hover one to read its summary."));
        return;
    }
    const Stories::Principle &p = m_principles.at(row);
    m_summary->setText(p.name + QStringLiteral(": ") + p.summary);
}

} // namespace Starloop::Gui
