#include "mermaidexport.h"

#include "diagramkind.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Starloop::Diagrams {

namespace {

// Mermaid ids: letters, digits and underscores, not starting with a digit, never a keyword.
QString safeId(const QString &id)
{
    QString out;
    for (const QChar c : id)
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return QStringLiteral("d_") + out;
}

QString flowchartText(const QString &label, const QString &fallback)
{
    QString text = label.isEmpty() ? fallback : label;
    text.replace(QLatin1Char('"'), QLatin1String("#quot;"));
    text.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// architecture-beta labels sit in [...]: keep them to plain words.
QString architectureText(const QString &label, const QString &fallback)
{
    QString text = (label.isEmpty() ? fallback : label).simplified();
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .,:/+&'-]"), QRegularExpression::UseUnicodePropertiesOption);
    text.replace(unsafe, QStringLiteral(" "));
    return text.simplified();
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
            out += pad + QStringLiteral("subgraph %1[%2]\n").arg(safeId(n->id), flowchartText(n->label, kind->name));
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
        return d.x() >= 0 ? qMakePair(QLatin1Char('R'), QLatin1Char('L')) : qMakePair(QLatin1Char('L'), QLatin1Char('R'));
    return d.y() >= 0 ? qMakePair(QLatin1Char('B'), QLatin1Char('T')) : qMakePair(QLatin1Char('T'), QLatin1Char('B'));
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
    QHash<QString, const DiagramNode *> byId;
    for (const DiagramNode &n : document.nodes)
        byId.insert(n.id, &n);
    auto in = [](const DiagramNode &n) {
        return n.parent.isEmpty() ? QString() : QStringLiteral(" in ") + safeId(n.parent);
    };
    // Groups first, parents before children (Mermaid needs a group declared before use).
    QVector<const DiagramNode *> groups;
    for (const DiagramNode &n : document.nodes) {
        if (DiagramKind::find(n.kind)->isGroup())
            groups << &n;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const DiagramNode *a, const DiagramNode *b) { return document.depth(a->id) < document.depth(b->id); });
    for (const DiagramNode *g : std::as_const(groups)) {
        const DiagramKind *kind = DiagramKind::find(g->kind);
        out += QStringLiteral("    group %1(%2)[%3]%4\n")
                   .arg(safeId(g->id), kind->architectureIcon, architectureText(g->label, kind->name), in(*g));
    }
    for (const DiagramNode &n : document.nodes) {
        const DiagramKind *kind = DiagramKind::find(n.kind);
        if (kind->isGroup())
            continue;
        out += QStringLiteral("    service %1(%2)[%3]%4\n")
                   .arg(safeId(n.id), kind->architectureIcon, architectureText(n.label, kind->name), in(n));
    }
    for (const DiagramEdge &e : document.edges) {
        const DiagramNode *from = byId.value(e.from);
        const DiagramNode *to = byId.value(e.to);
        if (!from || !to || DiagramKind::find(from->kind)->isGroup() || DiagramKind::find(to->kind)->isGroup()) {
            out += QStringLiteral("    %% %1 -> %2 left out: architecture-beta connects services only\n").arg(e.from, e.to);
            continue;
        }
        const auto sides = facingSides(from->rect(), to->rect());
        const QString arrow = e.arrows == ArrowHeads::Both ? QStringLiteral("<-->")
            : e.arrows == ArrowHeads::End                  ? QStringLiteral("-->")
                                                           : QStringLiteral("--");
        out += QStringLiteral("    %1:%2 %3 %4:%5\n").arg(safeId(e.from), sides.first, arrow, sides.second, safeId(e.to));
    }
    return out;
}

} // namespace Starloop::Diagrams
