#include "gui/diagrams/shapelibrary.h"

#include "core/diagrams/diagramkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

// Resources of a static library must be registered by name, outside any namespace.
static void initShapeResources()
{
    Q_INIT_RESOURCE(shapes);
}

namespace Starloop::Gui {

namespace {

// Draws a kind's icon only when a view asks for it, at the size asked: the palette lists every
// kind, and rendering each at every size up front cost start-up time for icons not yet seen.
class ShapeIconEngine : public QIconEngine
{
public:
    explicit ShapeIconEngine(QString kind)
        : m_kind(std::move(kind))
    { }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return ShapeLibrary::pixmap(m_kind, qMax(1, qMin(size.width(), size.height())));
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }
    QIconEngine *clone() const override { return new ShapeIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("starloop-shape"); }

private:
    QString m_kind;
};

struct Colours
{
    QColor stroke;
    QColor fill;
};

const QHash<QString, Colours> &colourTable()
{
    static const QHash<QString, Colours> table = [] {
        const Colours edge {QColor(0x7b3fe4), QColor(0xf0e8ff)};
        const Colours compute {QColor(0xd4660a), QColor(0xfff0e0)};
        const Colours messaging {QColor(0xc8235f), QColor(0xfde7ef)};
        const Colours data {QColor(0x2563c9), QColor(0xe5eefc)};
        const Colours storage {QColor(0x2f8a3a), QColor(0xe6f5e8)};
        const Colours ops {QColor(0xb8322a), QColor(0xfde9e7)};
        const Colours neutral {QColor(0x56606b), QColor(0xeef1f4)};
        QHash<QString, Colours> t;
        for (const char *kind : {"client", "dns", "cdn", "load-balancer", "api-gateway", "external"})
            t.insert(QLatin1String(kind), edge);
        for (const char *kind : {"server", "container", "function"})
            t.insert(QLatin1String(kind), compute);
        for (const char *kind : {"queue", "topic", "stream"})
            t.insert(QLatin1String(kind), messaging);
        for (const char *kind : {"cache", "database", "nosql", "search", "warehouse"})
            t.insert(QLatin1String(kind), data);
        t.insert(QStringLiteral("object-storage"), storage);
        t.insert(QStringLiteral("monitoring"), ops);
        t.insert(QStringLiteral("identity"), ops);
        t.insert(QStringLiteral("box"), neutral);
        t.insert(QStringLiteral("class"), {QColor(0x3b4f8a), QColor(0xf3f5fc)});
        t.insert(QStringLiteral("group"), neutral);
        t.insert(QStringLiteral("note"), {QColor(0xa07d00), QColor(0xfff6c9)});
        t.insert(QStringLiteral("region"), data);
        t.insert(QStringLiteral("zone"), {QColor(0x0b8276), QColor(0xe0f4f1)});
        t.insert(QStringLiteral("vpc"), storage);
        t.insert(QStringLiteral("subnet"), {QColor(0x6b8e23), QColor(0xeef5e0)});
        return t;
    }();
    return table;
}

QHash<QString, std::shared_ptr<QSvgRenderer>> &renderers()
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    return cache;
}

} // namespace

QSvgRenderer *ShapeLibrary::renderer(const QString &kind)
{
    static const bool registered = [] {
        initShapeResources();
        return true;
    }();
    Q_UNUSED(registered)
    auto &cache = renderers();
    auto it = cache.find(kind);
    if (it == cache.end()) {
        auto renderer = std::make_shared<QSvgRenderer>(QStringLiteral(":/shapes/%1.svg").arg(kind));
        if (!renderer->isValid())
            renderer = std::make_shared<QSvgRenderer>(QStringLiteral(":/shapes/box.svg"));
        it = cache.insert(kind, renderer);
    }
    return it->get();
}

QPixmap ShapeLibrary::pixmap(const QString &kind, int pixels)
{
    static QHash<QPair<QString, int>, QPixmap> cache;
    const auto key = qMakePair(kind, pixels);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer(kind)->render(&painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

QIcon ShapeLibrary::icon(const QString &kind)
{
    return QIcon(new ShapeIconEngine(kind));
}

QColor ShapeLibrary::stroke(const QString &kind)
{
    return colourTable().value(kind, Colours {QColor(0x56606b), QColor(0xeef1f4)}).stroke;
}

QColor ShapeLibrary::fill(const QString &kind)
{
    return colourTable().value(kind, Colours {QColor(0x56606b), QColor(0xeef1f4)}).fill;
}

QString ShapeLibrary::displayName(const QString &kind)
{
    const Diagrams::DiagramKind *k = Diagrams::DiagramKind::find(kind);
    return k ? QCoreApplication::translate("DiagramKind", k->name.toUtf8().constData()) : kind;
}

} // namespace Starloop::Gui
