#include "gui/questions/resultmodel.h"

#include "core/questions/questionrepository.h"
#include "core/vocabulary/catalog.h"
#include "gui/questions/resultdelegate.h"

#include <algorithm>

namespace Starloop::Gui {

ResultModel::ResultModel(const Questions::QuestionRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{ }

void ResultModel::setRows(
    const Questions::SearchQuery &query, const QVector<Questions::QuestionSummary> &rows)
{
    beginResetModel();
    m_query = query;
    m_rows = rows;
    endResetModel();
}

void ResultModel::clear()
{
    setRows(Questions::SearchQuery(), {});
}

void ResultModel::reload(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].decorated = false;
    const QModelIndex changed = index(row, 0);
    Q_EMIT dataChanged(changed, changed);
}

int ResultModel::rowOf(qint64 id) const
{
    const auto found
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const auto &row) { return row.id == id; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

int ResultModel::rowsRead() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &row) { return row.decorated; }));
}

bool ResultModel::isRead(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).decorated;
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Questions::QuestionSummary &ResultModel::rowAt(int row) const
{
    if (!m_rows.at(row).decorated) {
        // A few rows at once: the view paints from the top down, so the next rows are the next
        // asked for. A failed read leaves the rows as they were (marked read, so that it is
        // not retried on every paint).
        const int from = row;
        if (!m_repository.decorate(m_query, m_rows, from, Page)) {
            for (int i = from; i < qMin(int(m_rows.size()), from + Page); ++i)
                m_rows[i].decorated = true;
        }
    }
    return m_rows.at(row);
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == ResultDelegate::IdRole)
        return m_rows.at(index.row()).id; // without reading the row
    const Questions::QuestionSummary &row = rowAt(index.row());
    switch (role) {
    case ResultDelegate::TitleRole:
        return row.title;
    case ResultDelegate::SnippetRole:
        return row.snippet;
    case ResultDelegate::MetaRole: {
        QString meta
            = Catalog::sectionName(row.section) + QStringLiteral(" · ") + Catalog::levelName(row.level);
        if (row.starred)
            meta += QStringLiteral(" · ★");
        if (row.mine)
            meta += tr(" · yours");
        return meta;
    }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString plain = row.title;
        plain.remove(QChar(Questions::MatchStart)).remove(QChar(Questions::MatchEnd));
        return plain;
    }
    default:
        return {};
    }
}

} // namespace Starloop::Gui
