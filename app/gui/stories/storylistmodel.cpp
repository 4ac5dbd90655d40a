#include "gui/stories/storylistmodel.h"

#include <QDateTime>

namespace Starloop::Gui {

void StoryListModel::setStories(const QVector<Stories::StorySummary> &stories)
{
    beginResetModel();
    m_stories = stories;
    endResetModel();
}

void StoryListModel::updateTitle(qint64 id, const QString &title, qint64 updatedAt)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_stories[row].title = title;
    m_stories[row].updatedAt = updatedAt;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

int StoryListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_stories.size(); ++row) {
        if (m_stories.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 StoryListModel::idAt(int row) const
{
    return row >= 0 && row < m_stories.size() ? m_stories.at(row).id : 0;
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_stories.size();
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stories.size())
        return {};
    const Stories::StorySummary &story = m_stories.at(index.row());
    // Titles can be pasted paragraphs; the list shows the first line, shortened.
    const QString title = story.title.trimmed().isEmpty()
        ? tr("Untitled story")
        : story.title.section(QLatin1Char('\n'), 0, 0).left(120);
    switch (role) {
    case Qt::DisplayRole: {
        QString details
            = story.principleCount == 1 ? tr("1 principle") : tr("%1 principles").arg(story.principleCount);
        if (!story.happenedOn.isEmpty())
            details += QStringLiteral(" · ") + story.happenedOn.left(10);
        return QString(title + QLatin1Char('\n') + details);
    }
    case Qt::ToolTipRole:
        return tr("%1\nLast edited %2")
            .arg(title,
                QDateTime::fromSecsSinceEpoch(story.updatedAt).toString(QStringLiteral("yyyy-MM-dd hh:mm")));
    case Qt::AccessibleTextRole:
        return title;
    case IdRole:
        return story.id;
    case PrincipleCountRole:
        return story.principleCount;
    default:
        return {};
    }
}

} // namespace Starloop::Gui
