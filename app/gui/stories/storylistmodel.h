// StoryListModel: the rows of the story list (title, principle count, when), over the
// summaries StoryRepository::list() returns. The workspace reloads it on search / sort changes
// and patches single rows after an autosave so the list never jumps while the user types.
#pragma once

#include "core/stories/story.h"

#include <QAbstractListModel>

namespace Starloop::Gui {

class StoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PrincipleCountRole };

    using QAbstractListModel::QAbstractListModel;
    void setStories(const QVector<Stories::StorySummary> &stories);
    // Updates the row of `id` (if shown) after its text was saved.
    void updateTitle(qint64 id, const QString &title, qint64 updatedAt);
    int rowOf(qint64 id) const; // -1 when not shown
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QVector<Stories::StorySummary> m_stories;
};

} // namespace Starloop::Gui
