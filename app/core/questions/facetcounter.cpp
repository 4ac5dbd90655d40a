#include "core/questions/facetcounter.h"

#include "core/questions/questionrepository.h"

#include <sqlite3.h>

namespace Starloop::Questions {

// Lives on the counter's thread, with the second connection it opens on first use.
class FacetCounter::Worker : public QObject
{
public:
    Worker(QString path, Storage::Database::Access access, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_access(access)
        , m_latest(std::move(latest))
    { }

    // Every few thousand SQLite steps: a nonzero answer interrupts the statement.
    static int stale(void *context)
    {
        const auto *worker = static_cast<const Worker *>(context);
        return worker->isLatest(worker->m_running) ? 0 : 1;
    }

    Result<Facets> count(quint64 generation, const SearchQuery &query, qint64 nowSecs, int groups)
    {
        if (!m_db) {
            const Status opened
                = Storage::guarded(QuestionRepository::tr("Counting the filters failed"), [&]() -> Status {
                      m_db = Storage::Database::open(m_path, m_access);
                      return {};
                  });
            if (!opened)
                return opened.error();
            sqlite3_progress_handler(m_db->handle(), 4000, &Worker::stale, this);
        }
        m_running = generation;
        return QuestionRepository(*m_db).facets(query, nowSecs, groups);
    }

    bool isLatest(quint64 generation) const { return m_latest->load() == generation; }

private:
    QString m_path;
    Storage::Database::Access m_access;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_running = 0;
    std::unique_ptr<Storage::Database> m_db;
};

FacetCounter::FacetCounter(const QString &path, Storage::Database::Access access, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Facets>(); // for queued connections to counted() and signal spies
    m_worker = new Worker(path, access, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("Filter counts"));
}

FacetCounter::~FacetCounter()
{
    m_latest->store(0); // matches no request: a count in progress stops at its next check
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker; // never asked: the thread was not started
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void FacetCounter::request(const SearchQuery &query, qint64 nowSecs, int groups)
{
    if (!m_thread.isRunning()) // started with the first request, not with the window
        m_thread.start(QThread::LowPriority);
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, generation, query, nowSecs, groups] {
            if (!worker->isLatest(generation))
                return; // a newer request is queued behind this one
            Result<Facets> facets = worker->count(generation, query, nowSecs, groups);
            if (!worker->isLatest(generation))
                return;
            // `this` outlives the thread, and an event posted to it dies with it.
            QMetaObject::invokeMethod(
                this, [this, generation, facets] { answer(generation, facets); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool FacetCounter::isBusy() const
{
    return m_answered != m_latest->load();
}

void FacetCounter::answer(quint64 generation, const Result<Facets> &facets)
{
    if (generation != m_latest->load())
        return;
    m_answered = generation;
    if (facets)
        emit counted(facets.value());
    else
        emit failed(facets.errorMessage());
}

} // namespace Starloop::Questions
