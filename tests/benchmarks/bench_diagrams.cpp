// Diagram benchmarks: the Diagrams canvas with 100, 1,000 and 5,000 items (nodes made by
// Test::generateDiagram(), with about as many connectors), each figure against a baseline
// measured in the same run:
//   load          the stored row read by DiagramRepository::load and shown the way
//                 DiagramsWorkspace::openDiagram shows it (setDocument, zoom to fit), until the
//                 scene's index is built (the first paint needs it)
//   full repaint  the whole 1400 x 900 view rendered into an image, zoomed to fit (target at
//                 1,000 items: <= 16 ms) and at 100 %; median of repeated repaints
//   drag          ~10 % of the nodes selected and dragged with mouse events on the viewport; one
//                 step is a mouse move (connectors follow) and the repaint it causes
//   save          the autosave (DiagramRepository::save, synchronous=FULL) after a node moved
// Baselines: a bare QGraphicsScene of plain QGraphicsRectItem + QGraphicsLineItem with the same
// geometry, in a QGraphicsView of the same size, zoom and render hints (its load reads and
// parses the same row; its lines follow their rectangles while dragged); for save, the bare
// UPDATE of a blob of the same size in a plain table. Prints one JSON object per row; details
// (first paint with cold caches, the drop at the end of the drag) go to stderr.
#include "core/diagrams/diagramkind.h"
#include "core/diagrams/diagramrepository.h"
#include "core/storage/database.h"
#include "core/storage/datastore.h"
#include "core/storage/statement.h"
#include "generators.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramview.h"
#include "tempdatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Starloop;
using Diagrams::DiagramDocument;

namespace {

const QSize WindowSize(1400, 900);
const QPainter::RenderHints CanvasHints
    = QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform;

double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void row(const QString &name, double value, double baseline, double targetMs = 0)
{
    if (targetMs > 0)
        std::printf("{\"row\": \"%s\", \"median\": %.3f, \"baseline_median\": %.3f, \"target_ms\": %g}\n",
            qPrintable(name), value, baseline, targetMs);
    else
        std::printf("{\"row\": \"%s\", \"median\": %.3f, \"baseline_median\": %.3f}\n", qPrintable(name),
            value, baseline);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Counts the paint events of a viewport, so a drag step can run until its repaint is done.
class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The events a mouse delivers to the viewport.
void sendMouse(
    QWidget *viewport, QEvent::Type type, const QPoint &at, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Handles pending events until `counter` has seen another paint (or, bounded, none comes).
void processUntilPainted(PaintCounter &counter)
{
    const int before = counter.count;
    for (int i = 0; i < 20 && counter.count == before; ++i)
        QCoreApplication::processEvents();
}

QRectF visibleSceneRect(const QGraphicsView &view)
{
    return view.mapToScene(view.viewport()->rect()).boundingRect();
}

// The baseline canvas: plain rectangles and lines. The lines follow their rectangles while
// they are dragged, as the connectors do, and that is all.
class BareNode;

struct BareEdge
{
    QGraphicsLineItem *line = nullptr;
    BareNode *from = nullptr;
    BareNode *to = nullptr;
    void follow();
};

class BareNode : public QGraphicsRectItem
{
public:
    explicit BareNode(const QRectF &rect)
        : QGraphicsRectItem(0, 0, rect.width(), rect.height())
    {
        setPos(rect.topLeft());
        setBrush(Qt::white);
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    }
    QPointF centre() const { return pos() + rect().center(); }
    QVector<BareEdge *> edges;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged) {
            for (BareEdge *edge : std::as_const(edges))
                edge->follow();
        }
        return QGraphicsRectItem::itemChange(change, value);
    }
};

void BareEdge::follow()
{
    line->setLine(QLineF(from->centre(), to->centre()));
}

class BareCanvas
{
public:
    BareCanvas()
    {
        scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
        view.setScene(&scene);
        view.setRenderHints(CanvasHints);
        view.setDragMode(QGraphicsView::RubberBandDrag);
        view.resize(WindowSize);
    }

    void clear()
    {
        scene.clear();
        nodes.clear();
        edges.clear();
    }

    // The rectangles and lines of a stored document (groups under lines under the rest).
    void load(const QByteArray &json)
    {
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QRectF bounds;
        for (const QJsonValue &value : root.value(QLatin1String("nodes")).toArray()) {
            const QJsonObject o = value.toObject();
            const QRectF rect(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble(),
                o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble());
            auto *item = new BareNode(rect);
            const Diagrams::DiagramKind *kind
                = Diagrams::DiagramKind::find(o.value(QLatin1String("kind")).toString());
            item->setZValue(kind && kind->isGroup() ? -2 : 0);
            scene.addItem(item);
            nodes.insert(o.value(QLatin1String("id")).toString(), item);
            bounds = bounds.united(rect);
        }
        for (const QJsonValue &value : root.value(QLatin1String("edges")).toArray()) {
            const QJsonObject o = value.toObject();
            auto edge = std::make_unique<BareEdge>();
            edge->from = nodes.value(o.value(QLatin1String("from")).toString());
            edge->to = nodes.value(o.value(QLatin1String("to")).toString());
            if (!edge->from || !edge->to)
                continue;
            edge->line
                = scene.addLine(QLineF(edge->from->centre(), edge->to->centre()), QPen(Qt::darkGray, 1.5));
            edge->line->setZValue(-1);
            edge->from->edges << edge.get();
            edge->to->edges << edge.get();
            edges.push_back(std::move(edge));
        }
        scene.setSceneRect(bounds.adjusted(-2000, -2000, 3000, 3000));
    }

    QGraphicsScene scene;
    QGraphicsView view;
    QHash<QString, BareNode *> nodes;
    std::vector<std::unique_ptr<BareEdge>> edges;
};

struct Rounds
{
    int loads;
    int repaints;
    int dragSteps;
    int saves;
};

// Renders the whole viewport of `view` into an image of its size `count` times; the median in ms.
double repaint(QGraphicsView &view, int count)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->render(&image);
        samples.push_back(msSince(t));
    }
    return median(samples);
}

struct DragResult
{
    double stepMs = 0; // the median step
    double dropMs = 0; // the release
    int paintedSteps = 0;
};

// Drags the selection of `view` from `grab` (a point of a selected item, in scene coordinates)
// in `steps` mouse moves of ~20 scene pixels, two forwards and one back.
DragResult drag(QGraphicsView &view, const QPointF &grab, int steps)
{
    QWidget *viewport = view.viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    QCoreApplication::processEvents();
    const QPoint start = view.mapFromScene(grab);
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    processUntilPainted(counter);
    std::vector<double> samples;
    DragResult result;
    QPoint at = start;
    for (int i = 1; i <= steps; ++i) {
        const int direction = i % 3 == 0 ? -1 : 1;
        const QPointF target = view.mapToScene(at) + QPointF(20 * direction, 10 * direction);
        at = view.mapFromScene(target);
        const int paints = counter.count;
        QElapsedTimer t;
        t.start();
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        processUntilPainted(counter);
        samples.push_back(msSince(t));
        if (counter.count > paints)
            ++result.paintedSteps;
    }
    QElapsedTimer t;
    t.start();
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    processUntilPainted(counter);
    result.dropMs = msSince(t);
    viewport->removeEventFilter(&counter);
    result.stepMs = median(samples);
    return result;
}

bool benchSize(int count, const Rounds &rounds)
{
    const QString items = QLocale(QLocale::English, QLocale::UnitedStates).toString(count);
    const QString name = QStringLiteral("diagram %1 items: ").arg(items);
    const DiagramDocument generated = Test::generateDiagram(count, 20240 + quint32(count));

    Test::TempDatabase temp;
    auto opened = temp.open();
    if (!opened) {
        note(opened.errorMessage());
        return false;
    }
    Storage::DataStore &store = *opened.value();
    Storage::Database &db = store.db();
    Diagrams::DiagramRepository repository(db);
    const auto created = repository.create(QStringLiteral("Generated %1").arg(items), generated, 1);
    if (!created) {
        note(created.errorMessage());
        return false;
    }
    const qint64 id = created->id;

    QUndoStack undoStack;
    Gui::DiagramScene scene(&undoStack);
    Gui::DiagramView view(&scene);
    view.resize(WindowSize);
    view.show();
    BareCanvas bare;
    bare.view.show();
    if (!QTest::qWaitForWindowExposed(&view) || !QTest::qWaitForWindowExposed(&bare.view)) {
        note(QStringLiteral("The benchmark windows were not shown."));
        return false;
    }

    // Load: the workspace's openDiagram, from an empty canvas (what was shown before is gone).
    auto loadApp = [&] {
        undoStack.clear();
        const auto diagram = repository.load(id);
        if (!diagram)
            return false;
        scene.setReadOnly(false);
        scene.setDocument(diagram->document);
        view.zoomToFit();
        return !scene.items(visibleSceneRect(view)).isEmpty();
    };
    Storage::Statement select(db, "SELECT document FROM diagrams WHERE id = ?1");
    auto loadBare = [&] {
        select.bind(1, id);
        if (!select.step())
            return false;
        const QByteArray json = select.blob(0);
        select.reset();
        bare.load(json);
        bare.view.fitInView(scene.contentRect().adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
        return !bare.scene.items(visibleSceneRect(bare.view)).isEmpty();
    };
    std::vector<double> loads, bareLoads;
    for (int i = -1; i < rounds.loads; ++i) { // the first round warms up
        scene.setDocument(DiagramDocument {});
        bare.clear();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        if (!loadApp()) {
            note(QStringLiteral("The generated diagram did not load."));
            return false;
        }
        const double app = msSince(t);
        t.restart();
        if (!loadBare()) {
            note(QStringLiteral("The baseline did not load."));
            return false;
        }
        const double floor = msSince(t);
        if (i >= 0) {
            loads.push_back(app);
            bareLoads.push_back(floor);
        }
    }
    if (scene.document() != generated) {
        note(QStringLiteral("The stored diagram did not come back as it was generated."));
        return false;
    }
    if (scene.nodeItemCount() != count || bare.nodes.size() != count) {
        note(QStringLiteral("Expected %1 nodes, the canvas has %2, the baseline %3.")
                 .arg(count)
                 .arg(scene.nodeItemCount())
                 .arg(bare.nodes.size()));
        return false;
    }
    row(name + QStringLiteral("load"), median(loads), median(bareLoads));
    note(QStringLiteral("%1%2 nodes (%3 groups), %4 connectors, %5 selected for the drag")
             .arg(name)
             .arg(generated.nodes.size())
             .arg(std::count_if(generated.nodes.cbegin(), generated.nodes.cend(),
                 [](const Diagrams::DiagramNode &n) { return n.id.startsWith(QLatin1Char('g')); }))
             .arg(generated.edges.size())
             .arg(std::max(1, count / 10)));

    // Full repaint, zoomed to fit and at 100 %, both views showing the same part of the scene.
    const QPointF centre = scene.contentRect().center();
    auto matchBare = [&] {
        bare.view.setTransform(view.transform());
        bare.view.centerOn(centre);
    };
    view.zoomToFit();
    matchBare();
    QCoreApplication::processEvents();
    const double coldFit = repaint(view, 1);
    const double fit = repaint(view, rounds.repaints);
    const double bareFit = repaint(bare.view, rounds.repaints);
    row(name + QStringLiteral("full repaint"), fit, bareFit, count == 1000 ? 16 : 0);
    view.resetZoom();
    view.centerOn(centre);
    matchBare();
    QCoreApplication::processEvents();
    const double coldActual = repaint(view, 1);
    const double actual = repaint(view, rounds.repaints);
    const double bareActual = repaint(bare.view, rounds.repaints);
    row(name + QStringLiteral("full repaint at 100%"), actual, bareActual);
    note(QStringLiteral("%1first repaint with cold caches: %2 ms fitted, %3 ms at 100%")
             .arg(name)
             .arg(coldFit, 0, 'f', 2)
             .arg(coldActual, 0, 'f', 2));

    // Drag: the first ~10 % of the nodes (whole blocks with their groups, as a rubber band
    // around the top left takes them), grabbed by a component, zoomed to fit.
    view.zoomToFit();
    matchBare();
    QSet<QString> selected;
    QString grabbed;
    const DiagramDocument &shown = scene.document();
    for (int i = 0; i < std::max(1, count / 10); ++i) {
        const Diagrams::DiagramNode &n = shown.nodes.at(i);
        selected.insert(n.id);
        if (grabbed.isEmpty() && !Diagrams::DiagramKind::find(n.kind)->isGroup())
            grabbed = n.id;
    }
    scene.selectIds(selected);
    for (const QString &nodeId : std::as_const(selected))
        bare.nodes.value(nodeId)->setSelected(true);
    if (grabbed.isEmpty())
        grabbed = *selected.begin();
    const QPointF grab = shown.node(grabbed)->rect().center();
    const DragResult dragged = drag(view, grab, rounds.dragSteps);
    const DragResult bareDragged = drag(bare.view, grab, rounds.dragSteps);
    if (scene.document().node(grabbed)->rect().center() == grab) {
        note(QStringLiteral("The drag did not move the selection."));
        return false;
    }
    row(name + QStringLiteral("drag selection (per step)"), dragged.stepMs, bareDragged.stepMs);
    note(QStringLiteral(
        "%1drag: %2 nodes, %3 of %4 steps repainted (baseline %5); drop (one undo step): %6 ms")
             .arg(name)
             .arg(selected.size())
             .arg(dragged.paintedSteps)
             .arg(rounds.dragSteps)
             .arg(bareDragged.paintedSteps)
             .arg(dragged.dropMs, 0, 'f', 2));

    // Save: the autosave after an edit; baseline: the same bytes into a plain table.
    db.exec("CREATE TABLE bench_floor(id INTEGER PRIMARY KEY, body BLOB); INSERT INTO bench_floor VALUES (1, "
            "x'')");
    Storage::Statement floor(db, "UPDATE bench_floor SET body = ?1 WHERE id = 1");
    DiagramDocument edited = scene.document();
    std::vector<double> saves, floors, serialising;
    qsizetype bytesWritten = 0;
    for (int i = -1; i < rounds.saves; ++i) {
        edited.nodes[(i + 1) * 7 % edited.nodes.size()].x += 10;
        QElapsedTimer t;
        t.start();
        const Status saved = repository.save(id, edited, 100 + i);
        const double app = msSince(t);
        if (!saved) {
            note(saved.errorMessage());
            return false;
        }
        t.restart();
        const QByteArray bytes = edited.toJson();
        const double json = msSince(t);
        bytesWritten = bytes.size();
        t.restart();
        floor.bind(1, bytes).run();
        const double bareSave = msSince(t);
        if (i >= 0) {
            saves.push_back(app);
            floors.push_back(bareSave);
            serialising.push_back(json);
        }
    }
    row(name + QStringLiteral("save"), median(saves), median(floors));
    note(QStringLiteral("%1save: %2 KiB of JSON, of which DiagramDocument::toJson() takes %3 ms")
             .arg(name)
             .arg(bytesWritten / 1024)
             .arg(median(serialising), 0, 'f', 2));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StarloopBench"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop-bench"));
    // bench_diagrams [ITEMS ...]: only these sizes (for profiling one); 100, 1,000 and 5,000 by default.
    QVector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {100, 1000, 5000};
    QElapsedTimer total;
    total.start();
    bool ok = true;
    for (int count : std::as_const(sizes)) {
        const Rounds rounds = count <= 100 ? Rounds {15, 21, 30, 21}
            : count <= 1000                ? Rounds {9, 15, 30, 15}
                                           : Rounds {5, 9, 21, 9};
        ok = ok && count > 0 && benchSize(count, rounds);
    }
    note(QStringLiteral("bench_diagrams: %1 s").arg(total.elapsed() / 1000.0, 0, 'f', 1));
    return ok ? 0 : 1;
}
