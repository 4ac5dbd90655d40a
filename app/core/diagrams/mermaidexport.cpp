#include "core/diagrams/mermaidexport.h"

#include "core/diagrams/diagramkind.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Starloop::Diagrams {

namespace {

// Mermaid ids: ASCII letters and digits as they are, anything else (the underscore included) as
// _hex_, behind a "d_" so an id is never a keyword. Two node ids never share a Mermaid id:
// "a-b" -> "d_a_2d_b", "a_b" -> "d_a_5f_b", "n1" -> "d_n1".
QString safeId(const QString &id)
{
    QString out = QStringLiteral("d_");
    for (const QChar c : id) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
        else
            out += QLatin1Char('_') + QString::number(c.unicode(), 16) + QLatin1Char('_');
    }
    return out;
}

// A flowchart label in quotes. Mermaid reads #name; as an entity, takes "%%{...}%%" anywhere as a
// directive and renders labels as HTML, so '#', '%', quotes and angle brackets are written as
// entities: "map<K, V>" stays text, not a tag.
QString flowchartText(const QString &label, const QString &fallback)
{
    QString text = label.isEmpty() ? fallback : label;
    text.replace(QLatin1Char('#'), QLatin1String("#35;"));
    text.replace(QLatin1Char('%'), QLatin1String("#37;")); // "%%{init: ...}%%" would be a directive
    text.replace(QLatin1Char('"'), QLatin1String("#quot;"));
    text.replace(QLatin1Char('<'), QLatin1String("#lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("#gt;"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// architecture-beta labels sit in [...]: keep them to plain words (the kind's name when none are
// left).
QString architectureText(const QString &label, const QString &fallback)
{
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w .,:/+&'-]"), QRegularExpression::UseUnicodePropertiesOption);
    QString text = label.simplified();
    text.replace(unsafe, QStringLiteral(" "));
    text = text.simplified();
    return text.isEmpty() && !fallback.isEmpty() ? architectureText(fallback, QString()) : text;
}

// What names a node in architecture-beta: a class box by its name compartment (the lines above
// the first "--", a «stereotype» included), anything else by its whole label.
QString architectureLabel(const DiagramNode &node, const DiagramKind &kind)
{
    if (kind.id != QLatin1String("class"))
        return architectureText(node.label, kind.name);
    QStringList name;
    for (const QString &line : node.label.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("--"))
            break;
        name << line;
    }
    return architectureText(name.join(QLatin1Char(' ')), kind.name);
}

QString nodeShape(const DiagramNode &node, const DiagramKind &kind)
{
    const QString text = flowchartText(node.label, kind.name);
    switch (kind.mermaidShape) {
    case DiagramKind::MermaidShape::Rounded:
        return QLatin1Char('(') + text + QLatin1Char(')');
    case DiagramKind::MermaidShape::Cylinder:
        return QLatin1String("[(") + text + QLatin1String(")]");
    case DiagramKind::MermaidShape::Stadium:
        return QLatin1String("([") + text + QLatin1String("])");
    case DiagramKind::MermaidShape::Note:
        return QLatin1Char('>') + text + QLatin1Char(']');
    case DiagramKind::MermaidShape::Rectangle:
        break;
    }
    return QLatin1Char('[') + text + QLatin1Char(']');
}

QString flowchartArrow(const DiagramEdge &edge)
{
    if (edge.dashed) {
        switch (edge.arrows) {
        case ArrowHeads::None:
            return QStringLiteral("-.-");
        case ArrowHeads::Both:
            return QStringLiteral("<-.->");
        case ArrowHeads::End:
            break;
        }
        return QStringLiteral("-.->");
    }
    switch (edge.arrows) {
    case ArrowHeads::None:
        return QStringLiteral("---");
    case ArrowHeads::Both:
        return QStringLiteral("<-->");
    case ArrowHeads::End:
        break;
    }
    return QStringLiteral("-->");
}

// Children of each group (and of the top level, key ""), in document order.
QHash<QString, QVector<const DiagramNode *>> childrenByParent(const DiagramDocument &document)
{
    QHash<QString, QVector<const DiagramNode *>> children;
    for (const DiagramNode &n : document.nodes)
        children[n.parent] << &n;
    return children;
}

void writeFlowchartLevel(QString &out, const QString &parent, int indent,
    const QHash<QString, QVector<const DiagramNode *>> &children)
{
    const QString pad(indent * 4, QLatin1Char(' '));
    for (const DiagramNode *n : children.value(parent)) {
        const DiagramKind *kind = DiagramKind::find(n->kind);
        if (kind->isGroup()) {
            out += pad
                + QStringLiteral("subgraph %1[%2]\n").arg(safeId(n->id), flowchartText(n->label, kind->name));
            writeFlowchartLevel(out, n->id, indent + 1, children);
            out += pad + QStringLiteral("end\n");
        } else {
            out += pad + safeId(n->id) + nodeShape(*n, *kind) + QLatin1Char('\n');
        }
    }
}

// The side of `from` that faces `to`, and the opposite one on `to`: "R" / "L", "T" / "B".
QPair<QChar, QChar> facingSides(const QRectF &from, const QRectF &to)
{
    const QPointF d = to.center() - from.center();
    if (std::abs(d.x()) >= std::abs(d.y()))
        return d.x() >= 0 ? qMakePair(QLatin1Char('R'), QLatin1Char('L'))
                          : qMakePair(QLatin1Char('L'), QLatin1Char('R'));
    return d.y() >= 0 ? qMakePair(QLatin1Char('B'), QLatin1Char('T'))
                      : qMakePair(QLatin1Char('T'), QLatin1Char('B'));
}

} // namespace

QString MermaidExport::flowchart(const DiagramDocument &document)
{
    QString out = QStringLiteral("flowchart LR\n");
    writeFlowchartLevel(out, QString(), 1, childrenByParent(document));
    for (const DiagramEdge &e : document.edges) {
        out += QStringLiteral("    ") + safeId(e.from) + QLatin1Char(' ') + flowchartArrow(e);
        if (!e.label.isEmpty())
            out += QLatin1Char('|') + flowchartText(e.label, QString()) + QLatin1Char('|');
        out += QLatin1Char(' ') + safeId(e.to) + QLatin1Char('\n');
    }
    return out;
}

QString MermaidExport::architecture(const DiagramDocument &document)
{
    QString out = QStringLiteral("architecture-beta\n");
    QHash<QString, const DiagramNode *> drawn; // the services and groups written
    auto in = [](const DiagramNode &n) {
        return n.parent.isEmpty() ? QString() : QStringLiteral(" in ") + safeId(n.parent);
    };
    // Groups first, parents before children (Mermaid needs a group declared before use).
    QVector<const DiagramNode *> groups;
    for (const DiagramNode &n : document.nodes) {
        if (DiagramKind::find(n.kind)->isGroup())
            groups << &n;
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const DiagramNode *a, const DiagramNode *b) {
        return document.depth(a->id) < document.depth(b->id);
    });
    for (const DiagramNode *g : std::as_const(groups)) {
        const DiagramKind *kind = DiagramKind::find(g->kind);
        out += QStringLiteral("    group %1(%2)[%3]%4\n")
                   .arg(safeId(g->id), kind->architectureIcon, architectureLabel(*g, *kind), in(*g));
        drawn.insert(g->id, g);
    }
    for (const DiagramNode &n : document.nodes) {
        const DiagramKind *kind = DiagramKind::find(n.kind);
        if (kind->isGroup())
            continue;
        if (kind->architectureIcon.isEmpty()) { // a text note: no service to draw it with
            out += QStringLiteral("    %% %1 left out, architecture-beta has no notes: %2\n")
                       .arg(safeId(n.id), architectureText(n.label, kind->name));
            continue;
        }
        out += QStringLiteral("    service %1(%2)[%3]%4\n")
                   .arg(safeId(n.id), kind->architectureIcon, architectureLabel(n, *kind), in(n));
        drawn.insert(n.id, &n);
    }
    for (const DiagramEdge &e : document.edges) {
        const DiagramNode *from = drawn.value(e.from);
        const DiagramNode *to = drawn.value(e.to);
        if (!from || !to || DiagramKind::find(from->kind)->isGroup()
            || DiagramKind::find(to->kind)->isGroup()) {
            out += QStringLiteral("    %% %1 -> %2 left out: architecture-beta connects services only\n")
                       .arg(safeId(e.from), safeId(e.to));
            continue;
        }
        const auto sides = facingSides(from->rect(), to->rect());
        const QString arrow = e.arrows == ArrowHeads::Both ? QStringLiteral("<-->")
            : e.arrows == ArrowHeads::End                  ? QStringLiteral("-->")
                                                           : QStringLiteral("--");
        out += QStringLiteral("    %1:%2 %3 %4:%5\n")
                   .arg(safeId(e.from), sides.first, arrow, sides.second, safeId(e.to));
    }
    return out;
}

} // namespace Starloop::Diagrams
