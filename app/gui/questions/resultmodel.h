// ResultModel: the Questions workspace's result list. A search hands it ranked rows that may hold
// no more than an id; a row is read and marked (QuestionRepository::decorate) the first time the
// view, a screen reader or the keyboard asks for it, a screenful at a time, so a keystroke costs
// the rows in sight rather than the whole list.
#pragma once

#include "core/questions/question.h"
#include "core/questions/searchquery.h"

#include <QAbstractListModel>
#include <QVector>

namespace Starloop::Questions {
class QuestionRepository;
}

namespace Starloop::Gui {

class ResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    ResultModel(const Questions::QuestionRepository &repository, QObject *parent = nullptr);

    void setRows(const Questions::SearchQuery &query, const QVector<Questions::QuestionSummary> &rows);
    void clear();
    // Reads row `id` again when it is next shown (it was starred, say).
    void reload(qint64 id);
    int rowOf(qint64 id) const; // -1 when not listed
    int rowsRead() const; // how many rows have been read and marked so far
    bool isRead(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int Page = 8; // rows read at once

private:
    const Questions::QuestionSummary &rowAt(int row) const;

    const Questions::QuestionRepository &m_repository;
    Questions::SearchQuery m_query;
    mutable QVector<Questions::QuestionSummary> m_rows;
};

} // namespace Starloop::Gui
