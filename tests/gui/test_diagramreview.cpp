// The architecture review beside the Diagrams canvas, driven like a user would: a flawed design
// (one server, one database, no load balancer, no monitoring) shows the expected findings;
// clicking one selects its items; "Why?" opens the bank answer; "Dismiss…" with a reason hides
// it and it stays dismissed after reopening; an edit re-runs the review; the Review action hides
// the panel.
#include "core/diagrams/architecturereview.h"
#include "core/diagrams/diagramrepository.h"
#include "core/diagrams/diagramtemplates.h"
#include "core/diagrams/drillrepository.h"
#include "core/diagrams/orthogonalrouter.h"
#include "core/diagrams/recalldrill.h"
#include "gui/diagrams/canvasrouting.h"
#include "gui/diagrams/diagramdrill.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/diagrams/diagramview.h"
#include "gui/diagrams/edgeitem.h"
#include "gui/diagrams/nodeitem.h"
#include "gui/diagrams/reviewpanel.h"
#include "gui/questions/questionsworkspace.h"
#include "guitestbase.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Starloop;
using Diagrams::DiagramDocument;
using Diagrams::DiagramEdge;
using Diagrams::DiagramNode;

namespace {

DiagramNode node(const QString &id, const QString &kind, const QString &label, double x, double y)
{
    DiagramNode n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    n.setRect(QRectF(x, y, 110, 90));
    return n;
}

DiagramEdge edge(const QString &id, const QString &from, const QString &to, const QString &label)
{
    DiagramEdge e;
    e.id = id;
    e.from = from;
    e.to = to;
    e.label = label;
    return e;
}

// Users -> one app server -> one database, and a queue with a worker: no load balancer, no
// replica, no dead-letter queue, no monitoring.
DiagramDocument flawedDesign()
{
    DiagramDocument d;
    d.nodes << node(QStringLiteral("n1"), QStringLiteral("client"), QStringLiteral("Users"), 0, 0)
            << node(QStringLiteral("n2"), QStringLiteral("server"), QStringLiteral("App server"), 250, 0)
            << node(QStringLiteral("n3"), QStringLiteral("database"), QStringLiteral("Orders DB"), 500, 0)
            << node(QStringLiteral("n4"), QStringLiteral("queue"), QStringLiteral("Order events (SQS)"), 250,
                   200)
            << node(QStringLiteral("n5"), QStringLiteral("function"), QStringLiteral("Invoice worker"), 500,
                   200);
    d.edges << edge(QStringLiteral("e1"), QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("HTTPS"))
            << edge(QStringLiteral("e2"), QStringLiteral("n2"), QStringLiteral("n3"), QStringLiteral("SQL"))
            << edge(QStringLiteral("e3"), QStringLiteral("n2"), QStringLiteral("n4"),
                   QStringLiteral("enqueue"))
            << edge(QStringLiteral("e4"), QStringLiteral("n4"), QStringLiteral("n5"), QStringLiteral("poll"));
    return d;
}

} // namespace

class TestDiagramReview : public Test::GuiTestBase
{
    Q_OBJECT
private:
    Gui::DiagramsWorkspace *workspace() const
    {
        return static_cast<Gui::DiagramsWorkspace *>(m_window->workspace(Gui::MainWindow::Diagrams));
    }
    Gui::DiagramScene *scene() const { return workspace()->scene(); }
    Gui::ReviewPanel *panel() const { return workspace()->reviewPanel(); }

    // A new diagram holding the flawed design (one undo step, as a paste would be).
    qint64 openFlawedDesign()
    {
        const auto created = workspace()->createDiagram(QStringLiteral("Shop"));
        if (!created)
            return 0;
        scene()->commit(QStringLiteral("Draw"), flawedDesign());
        panel()->reviewNow();
        return created.value();
    }

    const Diagrams::ReviewFinding *finding(const QString &ruleId) const
    {
        for (const auto &f : panel()->findings()) {
            if (f.ruleId == ruleId)
                return &f;
        }
        return nullptr;
    }

    Gui::DiagramView *view() const { return workspace()->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    QPoint viewPoint(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }

    void mouseMoveHeld(const QPoint &at)
    {
        QMouseEvent move(
            QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }

    DiagramDocument stored(qint64 id) const
    {
        const auto loaded = Diagrams::DiagramRepository(m_store->db()).load(id);
        return loaded ? loaded->document : DiagramDocument {};
    }

    int ghostCount() const
    {
        int ghosts = 0;
        const auto items = scene()->items();
        for (QGraphicsItem *item : items)
            ghosts += item->data(0).toString().startsWith(QLatin1String("missed:")) ? 1 : 0;
        return ghosts;
    }

    void screenshot(const QString &name)
    {
        const QByteArray folder = qgetenv("STARLOOP_DIAGRAM_SCREENSHOTS");
        QCoreApplication::sendPostedEvents(); // the layouts settle, as the event loop would let them
        if (!folder.isEmpty())
            m_window->grab().save(
                QString::fromLocal8Bit(folder) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        m_bankPath = QStringLiteral(STARLOOP_SOURCE_DIR "/content"); // the answers findings link to
        openWindow();
        m_window->resize(1500, 900);
        m_window->showWorkspace(Gui::MainWindow::Diagrams);
    }
    void cleanup()
    {
        closeWindow();
        m_temp.reset();
    }

    void aFlawedDesignShowsTheExpectedFindings()
    {
        QVERIFY(openFlawedDesign());
        QVERIFY(panel()->isVisible());
        const QStringList expected {QStringLiteral("single-point-of-failure"),
            QStringLiteral("no-replica-or-backup"), QStringLiteral("no-monitoring")};
        for (const QString &rule : expected) {
            const auto *f = finding(rule);
            QVERIFY2(f, qPrintable(rule));
            QWidget *row = panel()->findingRow(rule, f->subject());
            QVERIFY2(row && row->isVisible(), qPrintable(rule));
        }
        // Errors first, and the summary counts what is listed.
        QCOMPARE(panel()->findings().first().severity, Diagrams::Severity::Error);
        const auto *summary = find<QLabel>(QStringLiteral("diagramReviewSummary"));
        const int errors
            = Diagrams::ArchitectureReview::count(panel()->findings(), Diagrams::Severity::Error);
        QVERIFY2(
            summary->text().contains(QStringLiteral("%1 error").arg(errors)), qPrintable(summary->text()));
        const auto *spof = finding(QStringLiteral("single-point-of-failure"));
        QVERIFY(spof->nodeIds.contains(QStringLiteral("n2")));
        workspace()->view()->zoomToFit();
        panel()->activate(*spof); // as a click on it does: its items selected
        QCOMPARE(scene()->selectedNodeIds(), QSet<QString>(spof->nodeIds.begin(), spof->nodeIds.end()));
        screenshot(QStringLiteral("diagram-review"));
    }

    void clickingAFindingSelectsItsItems()
    {
        QVERIFY(openFlawedDesign());
        const auto f = *finding(QStringLiteral("single-point-of-failure"));
        QWidget *row = panel()->findingRow(f.ruleId, f.subject());
        QVERIFY(row);
        QVERIFY(scene()->selectedNodeIds().isEmpty());
        QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(row->width() / 2, 8));
        QCOMPARE(scene()->selectedNodeIds(), QSet<QString>(f.nodeIds.begin(), f.nodeIds.end()));
        // ... and the view is centred on them.
        auto *view = workspace()->view();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(QLineF(centre, scene()->nodeItem(f.nodeIds.first())->sceneRectNow().center()).length() < 200);
    }

    void whyOpensTheBankAnswer()
    {
        QVERIFY(openFlawedDesign());
        const auto f = *finding(QStringLiteral("single-point-of-failure"));
        QWidget *row = panel()->findingRow(f.ruleId, f.subject());
        auto *why = row->findChild<QLabel *>(QStringLiteral("findingWhy"));
        QVERIFY(why);
        QVERIFY(why->isVisible());
        Q_EMIT why->linkActivated(QStringLiteral("#"));
        QCOMPARE(m_window->currentWorkspace(), int(Gui::MainWindow::Questions));
        auto *questions
            = static_cast<Gui::QuestionsWorkspace *>(m_window->workspace(Gui::MainWindow::Questions));
        QVERIFY(questions->currentQuestionId() != 0);
    }

    void dismissingWithAReasonHidesItAndItStaysDismissed()
    {
        const qint64 id = openFlawedDesign();
        QVERIFY(id);
        const auto f = *finding(QStringLiteral("no-monitoring"));
        const int openBefore = int(Diagrams::ArchitectureReview::open(panel()->findings()).size());
        QWidget *row = panel()->findingRow(f.ruleId, f.subject());
        auto *dismiss = row->findChild<QPushButton *>(QStringLiteral("findingDismiss"));
        QVERIFY(dismiss);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("accepted: a one-day prototype"));
            dialog->accept();
            answered = true;
        });
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(answered);
        QTRY_VERIFY(finding(QStringLiteral("no-monitoring"))
            && finding(QStringLiteral("no-monitoring"))->dismissed());
        QCOMPARE(int(Diagrams::ArchitectureReview::open(panel()->findings()).size()), openBefore - 1);
        QVERIFY(find<QLabel>(QStringLiteral("diagramReviewDismissedHeader"))->isVisible());
        row = panel()->findingRow(f.ruleId, f.subject());
        QVERIFY(row->findChild<QPushButton *>(QStringLiteral("findingRestore")));
        QVERIFY(row->findChild<QLabel *>()->text().contains(QStringLiteral("a one-day prototype")));

        // Another diagram, then back; then a restart: still dismissed, reason and all.
        QVERIFY(workspace()->createDiagram(QStringLiteral("Other")).ok());
        QVERIFY(!finding(QStringLiteral("no-monitoring"))
            || !finding(QStringLiteral("no-monitoring"))->dismissed());
        QVERIFY(workspace()->openDiagram(id));
        QVERIFY(finding(QStringLiteral("no-monitoring"))->dismissed());
        restart();
        m_window->showWorkspace(Gui::MainWindow::Diagrams);
        QVERIFY(workspace()->openDiagram(id));
        const auto *kept = finding(QStringLiteral("no-monitoring"));
        QVERIFY(kept && kept->dismissed());
        QCOMPARE(kept->dismissal->reason, QStringLiteral("accepted: a one-day prototype"));

        // Restore shows it as open again.
        row = panel()->findingRow(kept->ruleId, kept->subject());
        QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("findingRestore")), Qt::LeftButton);
        QTRY_VERIFY(!finding(QStringLiteral("no-monitoring"))->dismissed());
    }

    void aDismissalNeedsAReason()
    {
        QVERIFY(openFlawedDesign());
        const auto f = *finding(QStringLiteral("no-monitoring"));
        const Status refused = panel()->dismiss(f, QStringLiteral("   "));
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("accepted: cost")));
        QVERIFY(!finding(QStringLiteral("no-monitoring"))->dismissed());
    }

    void anEditReviewsAgain()
    {
        QVERIFY(openFlawedDesign());
        QVERIFY(finding(QStringLiteral("no-monitoring")));
        DiagramDocument after = scene()->document();
        after.nodes << node(
            QStringLiteral("n8"), QStringLiteral("monitoring"), QStringLiteral("CloudWatch"), 0, 250);
        DiagramEdge metrics = edge(
            QStringLiteral("e8"), QStringLiteral("n2"), QStringLiteral("n8"), QStringLiteral("metrics"));
        metrics.dashed = true;
        after.edges << metrics;
        scene()->commit(QStringLiteral("Add monitoring"), after);
        QTRY_VERIFY(!finding(QStringLiteral("no-monitoring")));
        workspace()->undoStack()->undo();
        QTRY_VERIFY(finding(QStringLiteral("no-monitoring")));
    }

    void orthogonalConnectorsGoAroundNodesAndFollowADrag()
    {
        const auto created = workspace()->createDiagram(QStringLiteral("Routing"));
        QVERIFY(created.ok());
        DiagramDocument d;
        d.nodes << node(QStringLiteral("n1"), QStringLiteral("server"), QStringLiteral("A"), 0, 0)
                << node(QStringLiteral("n2"), QStringLiteral("server"), QStringLiteral("In the way"), 250, 0)
                << node(QStringLiteral("n3"), QStringLiteral("database"), QStringLiteral("C"), 500, 0);
        DiagramEdge e = edge(QStringLiteral("e1"), QStringLiteral("n1"), QStringLiteral("n3"), QString());
        e.routing = Diagrams::Routing::Orthogonal;
        d.edges << e;
        scene()->commit(QStringLiteral("Draw"), d);
        const QRectF obstacle = scene()->nodeItem(QStringLiteral("n2"))->sceneRectNow();
        auto points = [this] {
            return scene()->edgeItem(QStringLiteral("e1"))->geometry().points;
        };
        QVERIFY(points().size() > 2); // bends
        QVERIFY(!Diagrams::OrthogonalRouter::crosses(points(), obstacle));

        // Drag the target down: while the mouse is held, the connector already follows it.
        view()->resetZoom();
        view()->centerOn(300, 100);
        const QPointF from = scene()->nodeItem(QStringLiteral("n3"))->sceneRectNow().center();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(from));
        for (int i = 1; i <= 5; ++i)
            mouseMoveHeld(viewPoint(from + QPointF(0, 40.0 * i)));
        const QRectF moved = scene()->nodeItem(QStringLiteral("n3"))->sceneRectNow();
        QVERIFY(moved.top() > 150);
        const QPointF end = points().last();
        QVERIFY2(moved.adjusted(-1, -1, 1, 1).contains(end), "the connector's end is on the dragged node");
        QVERIFY(!Diagrams::OrthogonalRouter::crosses(points(), obstacle));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(from + QPointF(0, 200)));
        QVERIFY(scene()->document().node(QStringLiteral("n3"))->y > 150);
        screenshot(QStringLiteral("diagram-routing"));
        // Undo puts the node and its route back.
        workspace()->undoStack()->undo();
        QVERIFY(QLineF(points().last(), from).length() < 100);
    }

    // A big selection's orthogonal connectors follow as elbows while dragged (smooth), and are
    // routed around the nodes again on the drop.
    void aBigSelectionIsRoutedOnTheDrop()
    {
        QVERIFY(workspace()->createDiagram(QStringLiteral("Grid")).ok());
        DiagramDocument d;
        for (int row = 0; row < 7; ++row) {
            for (int col = 0; col < 7; ++col) {
                DiagramNode n = node(QStringLiteral("n%1").arg(row * 7 + col + 1), QStringLiteral("server"),
                    QString(), col * 120, row * 120);
                n.setRect(QRectF(col * 120, row * 120, 60, 50));
                d.nodes << n;
            }
        }
        DiagramEdge e = edge(QStringLiteral("e1"), QStringLiteral("n1"), QStringLiteral("n49"), QString());
        e.routing = Diagrams::Routing::Orthogonal;
        d.edges << e;
        scene()->commit(QStringLiteral("Draw"), d);
        auto points = [this] {
            const QPolygonF polygon = scene()->edgeItem(QStringLiteral("e1"))->geometry().points;
            return QVector<QPointF>(polygon.begin(), polygon.end());
        };
        auto crossesANode = [&](const QVector<QPointF> &route) {
            for (const DiagramNode &n : scene()->document().nodes) {
                if (n.id != QLatin1String("n1") && n.id != QLatin1String("n49")
                    && Diagrams::OrthogonalRouter::crosses(route, n.rect()))
                    return true;
            }
            return false;
        };
        QVERIFY(!crossesANode(points()));
        QSet<QString> all;
        for (const DiagramNode &n : std::as_const(d.nodes))
            all.insert(n.id);
        scene()->selectIds(all);
        QVERIFY(all.size() > Gui::CanvasRouting::LiveLimit);
        view()->resetZoom();
        view()->centerOn(360, 360);
        const QPointF from = scene()->nodeItem(QStringLiteral("n25"))->sceneRectNow().center();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(from));
        for (int i = 1; i <= 4; ++i)
            mouseMoveHeld(viewPoint(from + QPointF(20.0 * i, 0)));
        const QRectF target = scene()->nodeItem(QStringLiteral("n49"))->sceneRectNow();
        QVERIFY(target.left() > 6 * 120 + 40); // moved
        QVERIFY(target.adjusted(-1, -1, 1, 1).contains(points().last())); // the connector follows
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(from + QPointF(80, 0)));
        QCOMPARE(scene()->document().node(QStringLiteral("n49"))->x, target.left());
        QVERIFY(!crossesANode(points())); // routed around the nodes again
    }

    void draggingAConnectorEndReconnectsItAndUndoRestoresIt()
    {
        QVERIFY(openFlawedDesign());
        DiagramDocument d = scene()->document();
        d.nodes << node(
            QStringLiteral("n9"), QStringLiteral("database"), QStringLiteral("Orders replica"), 750, 150);
        scene()->commit(QStringLiteral("Add"), d);
        view()->resetZoom();
        view()->centerOn(400, 150);
        scene()->selectIds({QStringLiteral("e2")});
        const QPointF end = scene()->edgeItem(QStringLiteral("e2"))->geometry().points.last();
        const QPointF target = scene()->nodeItem(QStringLiteral("n9"))->sceneRectNow().center();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(end));
        for (int i = 1; i <= 5; ++i)
            mouseMoveHeld(viewPoint(end + (target - end) * i / 5.0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(target));
        QCOMPARE(scene()->document().edge(QStringLiteral("e2"))->to, QStringLiteral("n9"));
        QCOMPARE(scene()->document().edge(QStringLiteral("e2"))->from, QStringLiteral("n2"));
        // The nodes did not move, and the connector now ends on the new node.
        QCOMPARE(scene()->document().node(QStringLiteral("n3"))->x, 500.0);
        QVERIFY(scene()
                    ->nodeItem(QStringLiteral("n9"))
                    ->sceneRectNow()
                    .adjusted(-1, -1, 1, 1)
                    .contains(scene()->edgeItem(QStringLiteral("e2"))->geometry().points.last()));
        QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Reconnect"));
        workspace()->undoStack()->undo();
        QCOMPARE(scene()->document().edge(QStringLiteral("e2"))->to, QStringLiteral("n3"));
        workspace()->undoStack()->redo();
        QCOMPARE(scene()->document().edge(QStringLiteral("e2"))->to, QStringLiteral("n9"));

        // Dropped on nothing, or on its own other end: nothing changes.
        const int steps = workspace()->undoStack()->count();
        scene()->selectIds({QStringLiteral("e2")});
        const QPointF start = scene()->edgeItem(QStringLiteral("e2"))->geometry().points.first();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(start));
        mouseMoveHeld(viewPoint(start + QPointF(0, 400)));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(start + QPointF(0, 400)));
        QCOMPARE(workspace()->undoStack()->count(), steps);
        QCOMPARE(scene()->document().edge(QStringLiteral("e2"))->from, QStringLiteral("n2"));
    }

    // A right-angled connector's bend, dragged out of the middle of its route, stays where it was
    // dropped: the route passes through it, the diagram keeps it, it stays put when a node moves,
    // it moves along when both ends move together, and undo and "Remove Bend Points" take it away.
    void aDraggedBendStaysWhereItWasPut()
    {
        const auto created = workspace()->createDiagram(QStringLiteral("Bends"));
        QVERIFY(created.ok());
        DiagramDocument d;
        d.nodes << node(QStringLiteral("n1"), QStringLiteral("server"), QStringLiteral("A"), 0, 0)
                << node(QStringLiteral("n2"), QStringLiteral("database"), QStringLiteral("B"), 400, 0);
        DiagramEdge e = edge(QStringLiteral("e1"), QStringLiteral("n1"), QStringLiteral("n2"), QString());
        e.routing = Diagrams::Routing::Orthogonal;
        d.edges << e;
        scene()->commit(QStringLiteral("Draw"), d);
        view()->resetZoom();
        view()->centerOn(250, 120);
        scene()->selectIds({QStringLiteral("e1")});
        Gui::EdgeItem *item = scene()->edgeItem(QStringLiteral("e1"));
        const QVector<QPointF> handles = Gui::EdgeItem::bendHandles(item->edge(), item->geometry());
        QCOMPARE(handles.size(), 1); // the hollow one in the middle
        auto passesThrough = [item](const QPointF &p) {
            const QPolygonF &points = item->geometry().points;
            for (int i = 0; i + 1 < points.size(); ++i) {
                const QLineF segment(points.at(i), points.at(i + 1));
                if (qAbs(QLineF(segment.p1(), p).length() + QLineF(p, segment.p2()).length()
                        - segment.length())
                    < 0.5)
                    return true;
            }
            return false;
        };
        const QPointF target(250, 250); // on the grid, below both nodes
        QVERIFY(!passesThrough(target));
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(handles.first()));
        for (int i = 1; i <= 5; ++i)
            mouseMoveHeld(viewPoint(handles.first() + (target - handles.first()) * i / 5.0));
        QVERIFY2(passesThrough(target), "the route follows the bend while it is dragged");
        QVERIFY(scene()->document().edge(QStringLiteral("e1"))->waypoints.isEmpty());
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(target));
        QCOMPARE(scene()->document().edge(QStringLiteral("e1"))->waypoints, QVector<QPointF> {target});
        QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Move Bend Point"));
        QCOMPARE(scene()->document().node(QStringLiteral("n1"))->x, 0.0); // nothing else moved
        QVERIFY(passesThrough(target));
        QVERIFY(workspace()->saveNow());
        QCOMPARE(stored(created.value()).edge(QStringLiteral("e1"))->waypoints, QVector<QPointF> {target});
        screenshot(QStringLiteral("diagram-bend"));

        // One end moves: the bend stays where it was put. Both ends move together: it goes along.
        DiagramDocument moved = scene()->document();
        moved.node(QStringLiteral("n2"))->y += 300;
        scene()->commit(QStringLiteral("Move"), moved);
        QCOMPARE(scene()->document().edge(QStringLiteral("e1"))->waypoints, QVector<QPointF> {target});
        QVERIFY(passesThrough(target));
        scene()->selectIds({QStringLiteral("n1"), QStringLiteral("n2")});
        const QPointF grab = scene()->nodeItem(QStringLiteral("n1"))->sceneRectNow().center();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(grab));
        for (int i = 1; i <= 4; ++i)
            mouseMoveHeld(viewPoint(grab + QPointF(10.0 * i, 0)));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(grab + QPointF(40, 0)));
        QCOMPARE(scene()->document().node(QStringLiteral("n1"))->x, 40.0);
        QCOMPARE(scene()->document().edge(QStringLiteral("e1"))->waypoints,
            QVector<QPointF> {target + QPointF(40, 0)});

        // Undo back to the straight route; redo; then the menu action clears it in one step.
        workspace()->undoStack()->undo();
        workspace()->undoStack()->undo();
        workspace()->undoStack()->undo();
        QVERIFY(scene()->document().edge(QStringLiteral("e1"))->waypoints.isEmpty());
        QVERIFY(!passesThrough(target));
        workspace()->undoStack()->redo();
        QCOMPARE(scene()->document().edge(QStringLiteral("e1"))->waypoints, QVector<QPointF> {target});
        scene()->selectIds({QStringLiteral("e1")});
        QAction *clear = find<QAction>(QStringLiteral("diagramClearBends"));
        QTRY_VERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(scene()->document().edge(QStringLiteral("e1"))->waypoints.isEmpty());
        QVERIFY(!clear->isEnabled());
        QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Remove Bend Points"));
    }

    // The issue's acceptance test: a drill on a reference design, some answers right, shows the
    // score and when the next drill is due.
    void aDrillOnATemplateShowsTheScoreAndTheNextReviewDate()
    {
        const QString id = QStringLiteral("three-tier-web-app");
        const auto reference = Diagrams::DiagramTemplates::find(id);
        QVERIFY(reference.ok());
        QAction *drillAction = action(QStringLiteral("diagramDrillTemplate_") + id);
        QVERIFY(drillAction);
        drillAction->trigger();
        auto *drill = workspace()->drill();
        QVERIFY(drill->isActive());
        QVERIFY(drill->isVisible());
        const auto prompt = drill->prompt();
        QCOMPARE(prompt.scope, Diagrams::DrillScope::KeepGroups);
        QVERIFY(prompt.hiddenNodes.size() >= 3);
        QCOMPARE(scene()->document(), prompt.shown); // the frames only
        QVERIFY(scene()->nodeItemCount() < reference->document.nodes.size());

        // Redraw all but two of the hidden components (same kind and name, in their frames).
        DiagramDocument attempt = scene()->document();
        int skipped = 0;
        for (const DiagramNode &n : reference->document.nodes) {
            if (!prompt.hiddenNodes.contains(n.id))
                continue;
            if (skipped < 2 && !reference->document.isGroup(n.id)) {
                ++skipped;
                continue;
            }
            attempt.nodes << n;
        }
        scene()->commit(QStringLiteral("Draw"), attempt);
        const Diagrams::DrillScore expected
            = Diagrams::RecallDrill::score(reference->document, prompt, attempt);
        QVERIFY(expected.nodesMatched > 0);
        QCOMPARE(expected.missedNodes.size(), 2);

        QTest::mouseClick(find<QPushButton>(QStringLiteral("drillScore")), Qt::LeftButton);
        QVERIFY(drill->isScored());
        const QString result = find<QLabel>(QStringLiteral("drillResult"))->text();
        const int matched = expected.nodesMatched + expected.edgesMatched + expected.placementsMatched;
        const int total = expected.nodesExpected + expected.edgesExpected + expected.placementsExpected;
        QVERIFY2(
            result.contains(QStringLiteral("%1 of %2 recalled").arg(matched).arg(total)), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Missed")), qPrintable(result));
        QCOMPARE(ghostCount(), int(expected.missedNodes.size() + expected.missedEdges.size()));
        QVERIFY(scene()->isReadOnly());
        screenshot(QStringLiteral("diagram-drill"));

        auto *suggested = find<QPushButton>(QStringLiteral("drillRate%1").arg(expected.suggestedRating()));
        QVERIFY(suggested->isVisible());
        QVERIFY(suggested->text().contains(QStringLiteral("suggested")));
        QTest::mouseClick(suggested, Qt::LeftButton);
        auto *next = find<QLabel>(QStringLiteral("drillNext"));
        QVERIFY(next->isVisible());
        QVERIFY2(next->text().contains(QStringLiteral("Next drill")), qPrintable(next->text()));
        const auto state
            = Diagrams::DrillRepository(m_store->db()).state(Diagrams::DrillSubject::referenceTemplate(id));
        QVERIFY(state.ok() && state->has_value());
        QCOMPARE((*state.value()).lastRating, expected.suggestedRating());
        QVERIFY((*state.value()).dueAt > QDateTime::currentSecsSinceEpoch());
        const QDate due = QDateTime::fromSecsSinceEpoch((*state.value()).dueAt).date();
        QVERIFY2(
            next->text().contains(QLocale().toString(due, QLocale::LongFormat)), qPrintable(next->text()));

        // Ending the drill gives the canvas back: no diagram was open, none is.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("drillEnd")), Qt::LeftButton);
        QVERIFY(!drill->isActive());
        QVERIFY(!drill->isVisible());
        QCOMPARE(ghostCount(), 0);
        QCOMPARE(workspace()->currentDiagramId(), 0);
    }

    void drillingTheOpenDiagramLeavesItUntouched()
    {
        const qint64 id = openFlawedDesign();
        QVERIFY(id);
        QVERIFY(workspace()->saveNow());
        const DiagramDocument before = scene()->document();
        scene()->selectIds({QStringLiteral("n3"), QStringLiteral("n4")}); // the part to redraw
        action(QStringLiteral("diagramDrillThis"))->trigger();
        QVERIFY(workspace()->drill()->isActive());
        QCOMPARE(workspace()->drill()->prompt().scope, Diagrams::DrillScope::Selection);
        QCOMPARE(workspace()->drill()->prompt().hiddenNodes,
            (QSet<QString> {QStringLiteral("n3"), QStringLiteral("n4")}));
        QVERIFY(!scene()->nodeItem(QStringLiteral("n3")) && scene()->nodeItem(QStringLiteral("n2")));
        QVERIFY(scene()->document() != before);
        QVERIFY(
            !find<QWidget>(QStringLiteral("diagramList"))->isEnabled()); // no switching diagrams mid-drill
        scene()->addNode(QStringLiteral("server"), QPointF(250, 40)); // an attempt
        const auto s = workspace()->drill()->score();
        QVERIFY(s.nodesExpected > 0);
        QVERIFY(workspace()->drill()->rate(1).ok());
        QVERIFY(workspace()->saveNow());
        QCOMPARE(stored(id), before); // the attempt was never saved over the diagram
        workspace()->drill()->end();
        QCOMPARE(workspace()->currentDiagramId(), id);
        QCOMPARE(scene()->document(), before);
        QVERIFY(!scene()->isReadOnly());
        const auto state = Diagrams::DrillRepository(m_store->db())
                               .state(Diagrams::DrillSubject::diagram(
                                   Diagrams::DiagramRepository(m_store->db()).load(id)->summary.uid));
        QVERIFY(state.ok() && state->has_value());
    }

    void theReviewActionHidesAndShowsThePanel()
    {
        QVERIFY(openFlawedDesign());
        QAction *toggle = action(QStringLiteral("diagramReviewToggle"));
        QVERIFY(toggle);
        QVERIFY(panel()->isVisible());
        toggle->trigger();
        QVERIFY(!panel()->isVisible());
        toggle->trigger();
        QVERIFY(panel()->isVisible());
    }
};

QTEST_MAIN(TestDiagramReview)
#include "test_diagramreview.moc"
