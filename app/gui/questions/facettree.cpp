#include "gui/questions/facettree.h"

#include "core/questions/searchquery.h"

#include <QHeaderView>

namespace Starloop::Gui {

namespace {

constexpr int GroupRole = Qt::UserRole + 1; // on a group: its Facets::Group
constexpr int FilterRole = Qt::UserRole; // on a filter: its token ("level:advanced")

} // namespace

FacetTree::FacetTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("questionFacets"));
    setAccessibleName(tr("Filters"));
    setHeaderHidden(true);
    setColumnCount(2);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    const QList<QPair<Questions::Facets::Group, QString>> groups {
        {Questions::Facets::Sections, tr("Sections")}, {Questions::Facets::Levels, tr("Levels")},
        {Questions::Facets::Patterns, tr("Coding patterns")},
        {Questions::Facets::Principles, tr("Leadership principles")},
        {Questions::Facets::Status, tr("Status")}, {Questions::Facets::Tags, tr("Tags")}};
    for (const auto &group : groups) {
        auto *parentItem = new QTreeWidgetItem(this, {group.second});
        QFont bold = parentItem->font(0);
        bold.setBold(true);
        parentItem->setFont(0, bold);
        parentItem->setData(0, GroupRole, int(group.first));
        parentItem->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator); // counted when opened
    }
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *group) {
        m_openGroups |= group->data(0, GroupRole).toInt();
        if (group->childCount() == 0)
            Q_EMIT countsWanted();
    });
    connect(this, &QTreeWidget::itemCollapsed, this,
        [this](QTreeWidgetItem *group) { m_openGroups &= ~group->data(0, GroupRole).toInt(); });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString filter = item->data(0, FilterRole).toString();
        if (!filter.isEmpty())
            Q_EMIT filterToggled(filter);
    });
}

void FacetTree::showFacets(const Questions::Facets &facets, const QString &searchText)
{
    const QSignalBlocker blocker(this); // filling is not the user opening or closing groups
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        qDeleteAll(group->takeChildren());
        if (m_openGroups & group->data(0, GroupRole).toInt()) {
            fillGroup(group, facets, searchText);
            group->setExpanded(true);
        } else {
            group->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            group->setExpanded(false);
        }
    }
}

void FacetTree::fillGroup(QTreeWidgetItem *parent, const Questions::Facets &facets, const QString &searchText)
{
    const auto group = static_cast<Questions::Facets::Group>(parent->data(0, GroupRole).toInt());
    QVector<Questions::FacetCount> counts;
    QString prefix;
    switch (group) {
    case Questions::Facets::Sections:
        counts = facets.sections;
        prefix = QStringLiteral("section:");
        break;
    case Questions::Facets::Levels:
        counts = facets.levels;
        prefix = QStringLiteral("level:");
        break;
    case Questions::Facets::Patterns:
        counts = facets.patterns;
        prefix = QStringLiteral("pattern:");
        break;
    case Questions::Facets::Principles:
        counts = facets.principles;
        prefix = QStringLiteral("lp:");
        break;
    case Questions::Facets::Status:
        counts << Questions::FacetCount {QStringLiteral("starred"), tr("Starred"), facets.starred}
               << Questions::FacetCount {QStringLiteral("due"), tr("Due for review"), facets.due}
               << Questions::FacetCount {QStringLiteral("mine"), tr("Yours"), facets.mine};
        prefix = QStringLiteral("is:");
        break;
    default:
        counts = facets.tags;
        prefix = QStringLiteral("tag:");
        break;
    }
    parent->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    for (const auto &count : counts) {
        QString value = count.key;
        if (value.contains(QLatin1Char(' ')))
            value = QLatin1Char('"') + value + QLatin1Char('"');
        const QString filter = prefix + value;
        auto *item = new QTreeWidgetItem(parent, {count.label, QString::number(count.count)});
        item->setData(0, FilterRole, filter);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (Questions::SearchQuery::hasFilter(searchText, filter)) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setText(0, QStringLiteral("✓ ") + count.label);
        }
    }
    if (counts.isEmpty()) {
        auto *none = new QTreeWidgetItem(parent, {tr("None among these questions")});
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Starloop::Gui
