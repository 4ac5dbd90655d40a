// DiagramKind: the catalogue of what a diagram node can be (a component such as "queue", a
// group such as "vpc", a text note), with the facts every layer needs about each kind: its
// display name, whether it contains other nodes, its default size and how Mermaid draws it.
//
//   DiagramKind::find(QStringLiteral("queue"))->name   -> "Queue"
//   DiagramKind::find(QStringLiteral("vpc"))->isGroup  -> true
//   DiagramKind::find(QStringLiteral("teapot"))        -> nullptr (unknown kinds are refused)
#pragma once

#include <QSizeF>
#include <QString>
#include <QVector>

namespace Starloop::Diagrams {

class DiagramKind
{
public:
    enum class Category { Component, Group, Annotation };
    enum class MermaidShape { Rectangle, Rounded, Cylinder, Stadium, Note };

    QString id; // stable, stored in documents: "load-balancer"
    QString name; // English display name; the gui translates it
    Category category = Category::Component;
    QSizeF defaultSize;
    MermaidShape mermaidShape = MermaidShape::Rectangle;
    QString architectureIcon; // architecture-beta icon: cloud, database, disk, internet, server

    bool isGroup() const { return category == Category::Group; }
    bool isComponent() const { return category == Category::Component; }

    // Every kind, in palette order: components, then the generic box and text note, then groups.
    static const QVector<DiagramKind> &all();
    static const DiagramKind *find(const QString &id);
};

} // namespace Starloop::Diagrams
