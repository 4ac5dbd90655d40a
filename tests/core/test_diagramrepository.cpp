// DiagramRepository on a fresh database: create, list, load, autosave, rename, link to a question,
// snapshots taken, listed, loaded and restored, delete, and a corrupt document reported clearly
// while every other diagram stays usable.
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Diagrams;

class TestDiagramRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<DiagramRepository> m_repo;

    DiagramDocument templateDocument()
    {
        return DiagramTemplates::find(QStringLiteral("serverless-api")).value().document;
    }

    qint64 insertQuestion()
    {
        Storage::Statement st(m_store->db(),
            "INSERT INTO questions(uid, origin, section, level, title, created_at, "
            "updated_at) VALUES ('q-1', 'user', 'design', 'l5', 'Design a cache', 1, 1)");
        st.run();
        return m_store->db().lastInsertRowId();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        m_repo = std::make_unique<DiagramRepository>(m_store->db());
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_temp.reset();
    }

    void createListLoadSave()
    {
        QVERIFY(m_repo->list()->isEmpty());
        const auto a = m_repo->create(QStringLiteral("  Zeta design "), templateDocument(), 100);
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        QCOMPARE(a->title, QStringLiteral("Zeta design"));
        const auto b = m_repo->create(QString(), DiagramDocument {}, 100);
        QCOMPARE(b->title, QStringLiteral("Untitled diagram"));
        const auto list = m_repo->list();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().title, QStringLiteral("Untitled diagram"));

        auto loaded = m_repo->load(a->id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->document == templateDocument());

        DiagramDocument doc = loaded->document;
        doc.nodes[0].label = QStringLiteral("Renamed");
        QVERIFY(m_repo->save(a->id, doc, 200).ok());
        QVERIFY(m_repo->load(a->id)->document == doc);
        QCOMPARE(m_repo->load(a->id)->summary.updatedAt, 200);
        QVERIFY(m_repo->save(a->id, doc, 300).ok()); // unchanged: no write
        QCOMPARE(m_repo->load(a->id)->summary.updatedAt, 200);

        QVERIFY(m_repo->rename(a->id, QStringLiteral("Alpha"), 400).ok());
        QCOMPARE(m_repo->list()->first().title, QStringLiteral("Alpha"));
        QCOMPARE(m_repo->loadByTitle(QStringLiteral("alpha"))->summary.id, a->id);
        QVERIFY(!m_repo->loadByTitle(QStringLiteral("Omega")).ok());

        QVERIFY(m_repo->remove(a->id).ok());
        QCOMPARE(m_repo->list()->size(), 1);
        QVERIFY(!m_repo->load(a->id).ok());
        QVERIFY(!m_repo->save(a->id, doc, 500).ok());
    }

    void linksToQuestions()
    {
        const qint64 question = insertQuestion();
        const auto d = m_repo->create(QStringLiteral("Cache"), DiagramDocument {}, 100);
        QVERIFY(m_repo->diagramsForQuestion(question)->isEmpty());
        QVERIFY(m_repo->linkQuestion(d->id, question, 110).ok());
        QCOMPARE(m_repo->diagramsForQuestion(question)->size(), 1);
        QCOMPARE(m_repo->load(d->id)->summary.questionId.value_or(0), question);
        QVERIFY(m_repo->linkQuestion(d->id, std::nullopt, 120).ok());
        QVERIFY(m_repo->diagramsForQuestion(question)->isEmpty());
    }

    void snapshotsKeepAndRestoreVersions()
    {
        const DiagramDocument first = templateDocument();
        const auto d = m_repo->create(QStringLiteral("API"), first, 100);
        const auto snap = m_repo->takeSnapshot(d->id, QStringLiteral("first cut"), 110);
        QVERIFY2(snap.ok(), qPrintable(snap.errorMessage()));
        DiagramDocument second = first;
        second.removeNodes({second.nodes.last().id});
        QVERIFY(m_repo->save(d->id, second, 120).ok());
        const auto snap2 = m_repo->takeSnapshot(d->id, QStringLiteral("smaller"), 130);

        const auto list = m_repo->snapshots(d->id);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().name, QStringLiteral("smaller"));
        QVERIFY(m_repo->loadSnapshot(snap->id).value() == first);
        QVERIFY(m_repo->loadSnapshot(snap2->id).value() == second);

        const auto restored = m_repo->restoreSnapshot(d->id, snap->id, 140);
        QVERIFY(restored.ok());
        QVERIFY(m_repo->load(d->id)->document == first);
        QVERIFY(m_repo->removeSnapshot(snap2->id).ok());
        QCOMPARE(m_repo->snapshots(d->id)->size(), 1);
        QVERIFY(m_repo->remove(d->id).ok());
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM diagram_snapshots"), 0);
    }

    void corruptDocumentIsReportedAndTheRestStaysUsable()
    {
        const auto good = m_repo->create(QStringLiteral("Good"), templateDocument(), 100);
        const auto bad = m_repo->create(QStringLiteral("Broken"), templateDocument(), 100);
        Storage::Statement st(m_store->db(), "UPDATE diagrams SET document = ?2 WHERE id = ?1");
        st.bind(1, bad->id).bind(2, QStringLiteral("{\"version\": 1, \"nodes\": [{\"id\": 3}]")).run();

        const auto loaded = m_repo->load(bad->id);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QLatin1String("\"Broken\" cannot be opened")),
            qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.errorMessage().contains(QLatin1String("other diagrams are not affected")));
        QCOMPARE(m_repo->list()->size(), 2);
        QVERIFY(m_repo->load(good->id).ok());
        // A snapshot of a broken diagram is broken too; restoring a good document repairs it.
        QVERIFY(m_repo->save(bad->id, templateDocument(), 200).ok());
        QVERIFY(m_repo->load(bad->id).ok());
    }
};

QTEST_GUILESS_MAIN(TestDiagramRepository)
#include "test_diagramrepository.moc"
