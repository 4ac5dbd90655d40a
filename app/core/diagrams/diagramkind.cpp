#include "core/diagrams/diagramkind.h"

#include <QHash>

namespace Starloop::Diagrams {

namespace {

DiagramKind component(const char *id, const char *name, DiagramKind::MermaidShape shape, const char *icon)
{
    DiagramKind kind;
    kind.id = QLatin1String(id);
    kind.name = QLatin1String(name);
    kind.category = DiagramKind::Category::Component;
    kind.defaultSize = QSizeF(110, 90);
    kind.mermaidShape = shape;
    kind.architectureIcon = QLatin1String(icon);
    return kind;
}

DiagramKind group(const char *id, const char *name, QSizeF size)
{
    DiagramKind kind;
    kind.id = QLatin1String(id);
    kind.name = QLatin1String(name);
    kind.category = DiagramKind::Category::Group;
    kind.defaultSize = size;
    kind.architectureIcon = QStringLiteral("cloud");
    return kind;
}

QVector<DiagramKind> buildCatalogue()
{
    using Shape = DiagramKind::MermaidShape;
    QVector<DiagramKind> kinds {
        component("client", "Client / user", Shape::Rounded, "internet"),
        component("dns", "DNS", Shape::Rectangle, "internet"),
        component("cdn", "CDN", Shape::Rectangle, "internet"),
        component("load-balancer", "Load balancer", Shape::Rectangle, "server"),
        component("api-gateway", "API gateway", Shape::Rectangle, "server"),
        component("server", "Web / app server", Shape::Rectangle, "server"),
        component("container", "Container service", Shape::Rectangle, "server"),
        component("function", "Serverless function", Shape::Rounded, "server"),
        component("queue", "Queue", Shape::Stadium, "server"),
        component("topic", "Topic / pub-sub", Shape::Stadium, "server"),
        component("stream", "Stream", Shape::Stadium, "server"),
        component("cache", "Cache", Shape::Rectangle, "database"),
        component("database", "Relational database", Shape::Cylinder, "database"),
        component("nosql", "Key-value / NoSQL table", Shape::Cylinder, "database"),
        component("object-storage", "Object storage", Shape::Cylinder, "disk"),
        component("search", "Search index", Shape::Rectangle, "database"),
        component("warehouse", "Data warehouse", Shape::Cylinder, "database"),
        component("monitoring", "Monitoring", Shape::Rectangle, "server"),
        component("identity", "Identity / auth", Shape::Rectangle, "server"),
        component("external", "External service", Shape::Rounded, "internet"),
    };
    DiagramKind box;
    box.id = QStringLiteral("box");
    box.name = QStringLiteral("Generic box");
    box.category = DiagramKind::Category::Annotation;
    box.defaultSize = QSizeF(130, 60);
    box.architectureIcon = QStringLiteral("server");
    kinds << box;
    DiagramKind note;
    note.id = QStringLiteral("note");
    note.name = QStringLiteral("Text note");
    note.category = DiagramKind::Category::Annotation;
    note.defaultSize = QSizeF(170, 70);
    note.mermaidShape = DiagramKind::MermaidShape::Note;
    kinds << note;
    // A UML class box for object-oriented designs: the label's first line is the class name,
    // lines of "--" divide it into compartments (fields, then methods).
    DiagramKind classBox;
    classBox.id = QStringLiteral("class");
    classBox.name = QStringLiteral("Class");
    classBox.category = DiagramKind::Category::Annotation;
    classBox.defaultSize = QSizeF(200, 140);
    classBox.architectureIcon = QStringLiteral("server");
    kinds << classBox;
    kinds << group("region", "Region", QSizeF(520, 340))
          << group("zone", "Availability zone", QSizeF(240, 300)) << group("vpc", "VPC", QSizeF(460, 300))
          << group("subnet", "Subnet", QSizeF(220, 200)) << group("group", "Generic group", QSizeF(260, 200));
    return kinds;
}

} // namespace

const QVector<DiagramKind> &DiagramKind::all()
{
    static const QVector<DiagramKind> kinds = buildCatalogue();
    return kinds;
}

const DiagramKind *DiagramKind::find(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (int i = 0; i < all().size(); ++i)
            map.insert(all().at(i).id, i);
        return map;
    }();
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

} // namespace Starloop::Diagrams
