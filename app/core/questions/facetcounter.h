// FacetCounter: the counts beside the filters, counted on a thread of their own.
//
// A count is a query over every match: at 50,000 questions a two-letter prefix matches nearly
// all of them and takes longer than a frame. The search itself stays on the GUI thread (its
// list is ranked and limited); the counts follow a moment later, so no keystroke waits for them.
//
// The thread starts with the first request. It reads through a second, read-only connection to
// the same file, which in WAL mode sees every committed write. A new request makes the one in
// progress stop at its next step (a progress handler checks), and only the latest request is
// answered.
#pragma once

#include "core/questions/question.h"
#include "core/questions/searchquery.h"
#include "core/storage/database.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Starloop::Questions {

class FacetCounter : public QObject
{
    Q_OBJECT
public:
    // `path` and `access`: those of the connection the counts must agree with.
    FacetCounter(const QString &path, Storage::Database::Access access, QObject *parent = nullptr);
    // Stops the thread: a count in progress is interrupted, and no answer comes after this.
    ~FacetCounter() override;

    // Counts `groups` (Facets::Group) of what `query` finds. Answered by counted() or failed(),
    // unless another request comes first.
    void request(const SearchQuery &query, qint64 nowSecs, int groups);
    // Whether an answer is still to come.
    bool isBusy() const;

signals:
    void counted(const Starloop::Questions::Facets &facets);
    // The file could not be opened a second time, or the count failed; the message says why.
    void failed(const QString &message);

private:
    class Worker;
    void answer(quint64 generation, const Result<Facets> &facets);

    QThread m_thread;
    Worker *m_worker = nullptr;
    // The latest request; shared with the worker, which abandons any other.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_answered = 0;
};

} // namespace Starloop::Questions
