// FacetTree: the filters beside the results (sections, levels, patterns, principles, status,
// tags), each with the count of matching questions. A group is counted only while it is open,
// so the tree says which groups are open (openGroups()) and asks for counts when one opens.
// Clicking a filter emits filterToggled("section:aws"); a filter already in the search is shown
// ticked, matched as a whole word of the search (SearchQuery::hasFilter).
#pragma once

#include "core/questions/question.h"

#include <QTreeWidget>

namespace Starloop::Gui {

class FacetTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FacetTree(QWidget *parent = nullptr);

    int openGroups() const { return m_openGroups; } // Facets::Group bits
    // Fills the open groups from `facets`; `searchText` says which filters are ticked.
    void showFacets(const Questions::Facets &facets, const QString &searchText);

Q_SIGNALS:
    void filterToggled(const QString &filter);
    void countsWanted(); // a group was opened that has no counts yet

private:
    void fillGroup(QTreeWidgetItem *group, const Questions::Facets &facets, const QString &searchText);

    int m_openGroups = Questions::Facets::Sections;
};

} // namespace Starloop::Gui
