// The Diagrams workspace driven like a user would: components dropped from the palette,
// connected with the mouse, moved, grouped, relabelled in place, undone and redone; the diagram
// reopened after a restart and found identical; every export format checked; versions kept and
// restored; a corrupt diagram reported while the others stay usable; 5,000 items stay usable.
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/storage/statement.h"
#include "generators.h"
#include "gui/diagrams/diagramexporter.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/diagrams/diagramview.h"
#include "gui/diagrams/edgeitem.h"
#include "gui/diagrams/labeleditor.h"
#include "gui/diagrams/nodeitem.h"
#include "gui/savestatus.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSvgRenderer>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <cmath>

using namespace Starloop;
using Diagrams::DiagramDocument;

class TestDiagramsWorkspace : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::DiagramsWorkspace *workspace() const
    {
        return static_cast<Gui::DiagramsWorkspace *>(m_window->workspace(Gui::MainWindow::Diagrams));
    }
    Gui::DiagramScene *scene() const { return workspace()->scene(); }
    Gui::DiagramView *view() const { return workspace()->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    QUndoStack *stack() const { return workspace()->undoStack(); }

    QPoint viewPoint(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    QPoint centreOf(const QString &id) const
    {
        return viewPoint(scene()->nodeItem(id)->sceneRectNow().center());
    }

    // A palette entry dropped on the canvas, through the real drag-and-drop events.
    QString drop(const QString &kind, const QPoint &at)
    {
        QMimeData mime;
        mime.setData(Gui::DiagramView::kindMimeType(), kind.toUtf8());
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &enter);
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &dropEvent);
        const auto ids = scene()->selectedNodeIds();
        return ids.size() == 1 ? *ids.begin() : QString();
    }

    void mouseMoveHeld(const QPoint &at)
    {
        QMouseEvent move(
            QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }

    void drag(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        const int steps = 5;
        for (int i = 1; i <= steps; ++i)
            mouseMoveHeld(from + (to - from) * i / steps);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }

    DiagramDocument stored(qint64 id) const
    {
        Diagrams::DiagramRepository repo(m_store->db());
        const auto loaded = repo.load(id);
        return loaded ? loaded->document : DiagramDocument {};
    }

    void screenshot(const QString &name)
    {
        const QByteArray folder = qgetenv("STARLOOP_DIAGRAM_SCREENSHOTS");
        if (!folder.isEmpty())
            m_window->grab().save(
                QString::fromLocal8Bit(folder) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        openWindow();
        m_window->showWorkspace(Gui::MainWindow::Diagrams);
    }
    void cleanup() { closeWindow(); }

    void startsEmptyAndOffersTemplates()
    {
        QVERIFY(workspace()->problem().contains(QLatin1String("No diagrams yet")));
        QCOMPARE(workspace()->currentDiagramId(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("diagramProblem"))->isVisible());
        QCOMPARE(
            find<QListWidget>(QStringLiteral("diagramPalette"))->count(), 28 + 3); // kinds + section headers
        const auto created
            = workspace()->createDiagram(QStringLiteral("Three tier"), QStringLiteral("three-tier-web-app"));
        QVERIFY(created.ok());
        QVERIFY(workspace()->problem().isEmpty());
        QVERIFY(view()->isVisible());
        const auto templ = Diagrams::DiagramTemplates::find(QStringLiteral("three-tier-web-app"));
        QCOMPARE(scene()->nodeItemCount(), templ->document.nodes.size());
        QCOMPARE(scene()->edgeItemCount(), templ->document.edges.size());
        QVERIFY(scene()->document() == templ->document);
        QVERIFY(!stack()->canUndo());
        view()->zoomToFit();
        screenshot(QStringLiteral("three-tier"));
    }

    void dropConnectUndoRedoAndReopenIdentical()
    {
        const auto created = workspace()->createDiagram(QStringLiteral("Checkout"));
        QVERIFY(created.ok());
        view()->resetZoom();
        view()->centerOn(0, 0);
        const QString web = drop(QStringLiteral("server"), viewPoint(QPointF(-150, 0)));
        const QString db = drop(QStringLiteral("database"), viewPoint(QPointF(150, 0)));
        const QString queue = drop(QStringLiteral("queue"), viewPoint(QPointF(150, 200)));
        QVERIFY(!web.isEmpty() && !db.isEmpty() && !queue.isEmpty());
        QCOMPARE(scene()->document().nodes.size(), 3);
        QCOMPARE(scene()->document().node(db)->kind, QStringLiteral("database"));
        // Dropped where the pointer was, snapped to the 10-point grid.
        const QPointF centre = scene()->document().node(db)->rect().center();
        QVERIFY2(qAbs(centre.x() - 150) <= 5 && qAbs(centre.y()) <= 5,
            qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        QCOMPARE(std::fmod(scene()->document().node(db)->x, 10.0), 0.0);

        action(QStringLiteral("diagramConnectMode"))->trigger();
        QCOMPARE(scene()->mode(), Gui::DiagramScene::Mode::Connect);
        drag(centreOf(web), centreOf(db));
        drag(centreOf(web), centreOf(queue));
        drag(centreOf(web), centreOf(web)); // onto itself: nothing
        QCOMPARE(scene()->document().edges.size(), 2);
        QCOMPARE(scene()->edgeItemCount(), 2);
        QCOMPARE(scene()->document().edges.first().from, web);
        QCOMPARE(scene()->document().edges.first().to, db);
        action(QStringLiteral("diagramSelectMode"))->trigger();

        // Move the database by dragging it; its connector follows.
        const double dbTop = scene()->document().node(db)->y;
        const QPointF before
            = scene()->edgeItem(scene()->document().edges.first().id)->geometry().points.last();
        drag(centreOf(db), centreOf(db) + QPoint(0, -100));
        QCOMPARE(scene()->document().node(db)->y, dbTop - 100);
        const QPointF after
            = scene()->edgeItem(scene()->document().edges.first().id)->geometry().points.last();
        QVERIFY(after.y() < before.y() - 50);

        const DiagramDocument full = scene()->document();
        QCOMPARE(stack()->count(), 6); // three drops, two connectors, one move
        while (stack()->canUndo())
            action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(scene()->document().isEmpty());
        QCOMPARE(scene()->nodeItemCount(), 0);
        while (stack()->canRedo())
            action(QStringLiteral("actionRedo"))->trigger();
        QVERIFY(scene()->document() == full);
        QCOMPARE(scene()->edgeItemCount(), 2);

        // Autosave, then a restart: the same document comes back.
        QTRY_COMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QVERIFY(stored(created.value()) == full);
        restart();
        m_window->showWorkspace(Gui::MainWindow::Diagrams);
        QCOMPARE(workspace()->currentDiagramId(), created.value());
        QVERIFY(scene()->document() == full);
        QCOMPARE(scene()->edgeItemCount(), 2);
    }

    void groupsCarryTheirContents()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Groups")).ok());
        view()->resetZoom();
        view()->centerOn(0, 0);
        const QString a = drop(QStringLiteral("server"), viewPoint(QPointF(-100, 0)));
        const QString b = drop(QStringLiteral("cache"), viewPoint(QPointF(100, 0)));
        const QString outside = drop(QStringLiteral("client"), viewPoint(QPointF(-400, 0)));
        scene()->selectIds({a, b});
        action(QStringLiteral("diagramGroup"))->trigger();
        const auto selected = scene()->selectedNodeIds();
        QCOMPARE(selected.size(), 1);
        const QString group = *selected.begin();
        QCOMPARE(scene()->document().node(group)->kind, QStringLiteral("group"));
        QCOMPARE(scene()->document().node(a)->parent, group);
        QCOMPARE(scene()->document().node(b)->parent, group);
        QVERIFY(scene()->document().node(outside)->parent.isEmpty());

        // Drag the group by its header: both members come along, in one undo step.
        const QRectF g = scene()->nodeItem(group)->sceneRectNow();
        const QPointF aBefore = scene()->nodeItem(a)->pos();
        const int steps = stack()->count();
        drag(viewPoint(QPointF(g.center().x(), g.top() + 10)),
            viewPoint(QPointF(g.center().x() + 60, g.top() + 90)));
        QCOMPARE(stack()->count(), steps + 1);
        const QPointF shift = scene()->document().node(group)->rect().topLeft() - g.topLeft();
        QVERIFY(shift.x() > 40 && shift.y() > 60); // snapped to the grid, close to the drag
        QCOMPARE(scene()->document().node(a)->rect().topLeft(), aBefore + shift);
        QCOMPARE(scene()->nodeItem(a)->pos(), aBefore + shift);

        // Resize the group by its corner handle: one undo step, snapped to the grid.
        scene()->selectIds({group});
        const QRectF frame = scene()->nodeItem(group)->sceneRectNow();
        drag(
            viewPoint(frame.bottomRight() - QPointF(1, 1)), viewPoint(frame.bottomRight() + QPointF(40, 60)));
        QCOMPARE(stack()->count(), steps + 2);
        QVERIFY(qAbs(scene()->document().node(group)->w - (frame.width() + 40)) <= 10);
        QVERIFY(qAbs(scene()->document().node(group)->h - (frame.height() + 60)) <= 10);
        QCOMPARE(scene()->document().node(group)->rect().topLeft(), frame.topLeft());
        stack()->undo();
        QCOMPARE(scene()->document().node(group)->w, frame.width());
        stack()->redo();

        // Drag the client into the group: it joins; drag it out again: it leaves.
        scene()->clearSelection();
        const QRectF moved = scene()->nodeItem(group)->sceneRectNow();
        drag(centreOf(outside), viewPoint(QPointF(moved.center().x(), moved.bottom() - 20)));
        QCOMPARE(scene()->document().node(outside)->parent, group);
        drag(centreOf(outside), viewPoint(QPointF(-400, -300)));
        QVERIFY(scene()->document().node(outside)->parent.isEmpty());

        for (int i = 0; i < 4; ++i) // out, in, resize, move
            action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(scene()->nodeItem(a)->pos(), aBefore);
        QCOMPARE(scene()->document().node(a)->rect().topLeft(), aBefore);
    }

    void deletingANodeTakesItsConnectorsAndUndoBringsBothBack()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Delete"), QStringLiteral("serverless-api")).ok());
        const DiagramDocument original = scene()->document();
        QString api;
        for (const auto &n : original.nodes) {
            if (n.label == QLatin1String("API Gateway"))
                api = n.id;
        }
        QVERIFY(!api.isEmpty());
        int touching = 0;
        for (const auto &e : original.edges)
            touching += (e.from == api || e.to == api) ? 1 : 0;
        QVERIFY(touching >= 3);
        scene()->selectIds({api});
        view()->setFocus();
        QTest::keyClick(viewport(), Qt::Key_Delete);
        QCOMPARE(scene()->document().nodes.size(), original.nodes.size() - 1);
        QCOMPARE(scene()->document().edges.size(), original.edges.size() - touching);
        QCOMPARE(scene()->edgeItemCount(), int(original.edges.size()) - touching);
        stack()->undo();
        QVERIFY(scene()->document() == original);
        QCOMPARE(scene()->edgeItemCount(), int(original.edges.size()));
    }

    void labelsAreEditedInPlace()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Labels")).ok());
        view()->resetZoom();
        view()->centerOn(0, 0);
        const QString id = drop(QStringLiteral("queue"), viewPoint(QPointF(0, 0)));
        QCOMPARE(scene()->document().node(id)->label, QStringLiteral("Queue"));
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, centreOf(id));
        QTRY_VERIFY(scene()->isEditingLabel());
        auto *editor = scene()->findChild<Gui::LabelEditor *>();
        Q_UNUSED(editor)
        QTest::keyClicks(viewport(), QStringLiteral("Orders queue"));
        QTest::keyClick(viewport(), Qt::Key_Return);
        QTRY_COMPARE(scene()->document().node(id)->label, QStringLiteral("Orders queue"));
        QTRY_VERIFY(!scene()->isEditingLabel());
        stack()->undo();
        QCOMPARE(scene()->document().node(id)->label, QStringLiteral("Queue"));
    }

    void copyPasteAlignDistributeAndStyle()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Arrange")).ok());
        view()->setFocus();
        const QString a = scene()->addNode(QStringLiteral("server"), QPointF(0, 0));
        const QString b = scene()->addNode(QStringLiteral("server"), QPointF(200, 40));
        const QString c = scene()->addNode(QStringLiteral("server"), QPointF(700, 90));
        scene()->connectNodes(a, b);
        scene()->selectIds({a, b});
        action(QStringLiteral("diagramCopy"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(Gui::DiagramScene::mimeType()));
        action(QStringLiteral("diagramPaste"))->trigger();
        QCOMPARE(scene()->document().nodes.size(), 5);
        QCOMPARE(scene()->document().edges.size(), 2); // the connector between the copies came along
        QCOMPARE(scene()->selectedNodeIds().size(), 2);
        action(QStringLiteral("diagramDuplicate"))->trigger();
        QCOMPARE(scene()->document().nodes.size(), 7);
        stack()->undo();
        stack()->undo();
        QCOMPARE(scene()->document().nodes.size(), 3);

        scene()->selectIds({a, b, c});
        action(QStringLiteral("diagramAlignTop"))->trigger();
        const double top = scene()->document().node(a)->y;
        QCOMPARE(scene()->document().node(b)->y, top);
        QCOMPARE(scene()->document().node(c)->y, top);
        scene()->addNode(QStringLiteral("cache"), QPointF(500, 600));
        scene()->selectIds({a, b, c});
        action(QStringLiteral("diagramDistributeHorizontally"))->trigger();
        const auto &doc = scene()->document();
        const double gap1 = doc.node(b)->x - (doc.node(a)->x + doc.node(a)->w);
        const double gap2 = doc.node(c)->x - (doc.node(b)->x + doc.node(b)->w);
        QVERIFY(qAbs(gap1 - gap2) < 0.01);

        scene()->selectIds({b});
        action(QStringLiteral("diagramBringToFront"))->trigger();
        QCOMPARE(scene()->document().node(b)->z, scene()->document().maxZ());
        QVERIFY(scene()->nodeItem(b)->zValue() > scene()->nodeItem(a)->zValue());

        const QString edge = scene()->document().edges.first().id;
        scene()->selectIds({edge});
        action(QStringLiteral("diagramArrowBoth"))->trigger();
        action(QStringLiteral("diagramRoutingOrthogonal"))->trigger();
        action(QStringLiteral("diagramDashed"))->trigger();
        const auto *styled = scene()->document().edge(edge);
        QCOMPARE(styled->arrows, Diagrams::ArrowHeads::Both);
        QCOMPARE(styled->routing, Diagrams::Routing::Orthogonal);
        QVERIFY(styled->dashed);
        QVERIFY(scene()->edgeItem(edge)->geometry().points.size() >= 2);
    }

    void exportsEveryFormat()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("URL"), QStringLiteral("url-shortener")).ok());
        const QString folder = m_temp->folder();
        const DiagramDocument doc = scene()->document();

        const QString png = folder + QStringLiteral("/d.png");
        QVERIFY(workspace()->exportTo(png).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), Gui::DiagramExporter::imageSize(doc, 2.0));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));

        const QString svg = folder + QStringLiteral("/d.svg");
        QVERIFY(workspace()->exportTo(svg).ok());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        QString root;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && root.isEmpty())
                root = xml.name().toString();
            if (xml.isCharacters())
                text += xml.text().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY2(text.contains(QLatin1String("generation")),
            qPrintable(text.left(400))); // "Key generation service", wrapped

        const QString pdf = folder + QStringLiteral("/d.pdf");
        QVERIFY(workspace()->exportTo(pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page\n") || bytes.contains("/Type /Page\r")
            || bytes.contains("/Type /Page "));
        QVERIFY(bytes.contains("/Count 1"));

        // The selection alone: a smaller picture.
        QVERIFY(!workspace()->exportTo(folder + QStringLiteral("/none.png"), true).ok());
        scene()->selectIds({doc.nodes.first().id});
        const QString part = folder + QStringLiteral("/part.png");
        QVERIFY(workspace()->exportTo(part, true).ok());
        QCOMPARE(
            QImage(part).size(), Gui::DiagramExporter::imageSize(doc.subset({doc.nodes.first().id}), 2.0));

        QVERIFY(workspace()->mermaid(false).startsWith(QLatin1String("flowchart LR")));
        QVERIFY(workspace()->mermaid(true).contains(QLatin1String("group ")));
        action(QStringLiteral("diagramCopyMermaidFlowchart"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("subgraph")));
        QVERIFY(!Gui::DiagramExporter::exportToFile(doc, folder + QStringLiteral("/d.bmp")).ok());
    }

    void versionsAreKeptViewedAndRestored()
    {
        const auto id
            = workspace()->createDiagram(QStringLiteral("Versions"), QStringLiteral("key-value-store"));
        QVERIFY(id.ok());
        const DiagramDocument first = scene()->document();
        const auto snapshot = workspace()->takeSnapshot(QStringLiteral("first"));
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.errorMessage()));
        scene()->selectIds({first.nodes.first().id});
        scene()->deleteSelection();
        const DiagramDocument edited = scene()->document();
        QVERIFY(edited != first);
        QVERIFY(workspace()->restoreSnapshot(snapshot->id).ok());
        QVERIFY(scene()->document() == first);
        stack()->undo(); // restoring is an edit like any other
        QVERIFY(scene()->document() == edited);
        QTRY_VERIFY(stored(id.value()) == edited);
    }

    // A save that fails keeps the diagram open with the user's edits: switching to another
    // diagram used to throw them away (the next save wrote the other diagram, and said "saved").
    void aFailedSaveKeepsTheDiagramOpenUntilARetrySaves()
    {
        const auto first
            = workspace()->createDiagram(QStringLiteral("First"), QStringLiteral("serverless-api"));
        const auto second
            = workspace()->createDiagram(QStringLiteral("Second"), QStringLiteral("url-shortener"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(workspace()->openDiagram(first.value()));
        m_store->db().exec("CREATE TEMP TRIGGER refuse_saves BEFORE UPDATE ON diagrams "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        const QString added = scene()->addNode(QStringLiteral("cache"), QPointF(900, 900));
        const DiagramDocument edited = scene()->document();
        QVERIFY(!workspace()->saveNow());
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Failed);
        QVERIFY(m_window->saveStatus()->message().contains(QLatin1String("disk is full")));

        QVERIFY(!workspace()->openDiagram(second.value()));
        QCOMPARE(workspace()->currentDiagramId(), first.value());
        QVERIFY(scene()->document() == edited);
        QVERIFY(!workspace()->createDiagram(QStringLiteral("Third")).ok());
        QCOMPARE(workspace()->currentDiagramId(), first.value());
        QVERIFY(!workspace()->takeSnapshot(QStringLiteral("kept")).ok());

        m_store->db().exec("DROP TRIGGER refuse_saves");
        QVERIFY(workspace()->saveNow()); // what the saver's retry does once the disk has room
        QCOMPARE(m_window->saveStatus()->state(), Gui::SaveStatus::State::Saved);
        QVERIFY(stored(first.value()).node(added));
        QVERIFY(workspace()->openDiagram(second.value()));
        QCOMPARE(workspace()->currentDiagramId(), second.value());
    }

    void corruptDiagramIsReportedAndTheOthersStayUsable()
    {
        const auto good
            = workspace()->createDiagram(QStringLiteral("Good"), QStringLiteral("serverless-api"));
        const auto bad = workspace()->createDiagram(QStringLiteral("Bad"), QStringLiteral("serverless-api"));
        QVERIFY(good.ok() && bad.ok());
        QVERIFY(workspace()->saveNow());
        Storage::Statement st(m_store->db(),
            "UPDATE diagrams SET document = '{\"version\": 1, \"nodes\": [{\"id\": \"x\", "
            "\"kind\": \"teapot\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1}]}' WHERE id = ?1");
        st.bind(1, bad.value()).run();
        QVERIFY(!workspace()->openDiagram(bad.value()));
        QVERIFY(workspace()->problem().contains(QLatin1String("unknown kind \"teapot\"")));
        QVERIFY(find<QLabel>(QStringLiteral("diagramProblem"))->isVisible());
        QVERIFY(scene()->isReadOnly());
        QVERIFY(!action(QStringLiteral("diagramPaste"))->isEnabled());
        QVERIFY(workspace()->openDiagram(good.value()));
        QVERIFY(workspace()->problem().isEmpty());
        QVERIFY(scene()->nodeItemCount() > 0);
        QVERIFY(workspace()->openDiagram(bad.value()) == false);
        QVERIFY(workspace()->removeCurrent().ok());
        QVERIFY(workspace()->currentDiagramId() != bad.value());
        QVERIFY(workspace()->problem().isEmpty());
        QVERIFY(!scene()->isReadOnly());
    }

    void fiveThousandItemsStayResponsive()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Big")).ok());
        const DiagramDocument big = Test::generateDiagram(5000, 7);
        QVERIFY(big.node(QStringLiteral("n2500")));
        QElapsedTimer timer;
        timer.start();
        scene()->commit(QStringLiteral("Load"), big);
        QCOMPARE(scene()->nodeItemCount(), 5000);
        view()->zoomToFit();
        QVERIFY(!view()->grab().isNull());
        scene()->selectIds({QStringLiteral("n2500")});
        drag(centreOf(QStringLiteral("n2500")), centreOf(QStringLiteral("n2500")) + QPoint(20, 20));
        stack()->undo();
        stack()->redo();
        view()->resetZoom();
        QVERIFY(!view()->grab().isNull());
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QVERIFY(workspace()->saveNow());
        QCOMPARE(stored(workspace()->currentDiagramId()).nodes.size(), 5000);
    }
};

QTEST_MAIN(TestDiagramsWorkspace)
#include "test_diagramsworkspace.moc"
