#include "core/bank/diagramlint.h"

#include "core/diagrams/diagramkind.h"
#include "core/diagrams/diagramtemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

namespace Starloop::Bank {

namespace {

// The 1-based line on which `"id": "<id>"` appears, or 1 when it cannot be found.
int lineOfId(const QByteArray &json, const QString &id)
{
    const QRegularExpression pattern(
        QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
    const QString text = QString::fromUtf8(json);
    const auto match = pattern.match(text);
    return match.hasMatch() ? int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1 : 1;
}

int lineOfOffset(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

bool DiagramLint::check(const QString &file, const QByteArray &json, QVector<Diagnostic> &diagnostics)
{
    const int before = diagnostics.size();
    auto report = [&](int line, const QString &message) {
        diagnostics.append(Diagnostic {file, line, message});
    };

    QJsonParseError parseError {};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report(lineOfOffset(json, parseError.offset),
            QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
        return false;
    }
    const QJsonObject root = parsed.object();
    if (root.value(QLatin1String("title")).toString().trimmed().isEmpty())
        report(1, QStringLiteral("the diagram has no \"title\""));
    const QJsonObject document = root.value(QLatin1String("document")).toObject();

    struct Node
    {
        QString id;
        QString parent;
        QRectF rect;
        bool group = false;
    };
    QVector<Node> nodes;
    QSet<QString> ids;
    const QJsonArray nodeArray = document.value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &value : nodeArray) {
        const QJsonObject o = value.toObject();
        Node node;
        node.id = o.value(QLatin1String("id")).toString();
        node.parent = o.value(QLatin1String("parent")).toString();
        node.rect = QRectF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble(),
            o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble());
        const QString kind = o.value(QLatin1String("kind")).toString();
        const Diagrams::DiagramKind *known = Diagrams::DiagramKind::find(kind);
        if (!known)
            report(lineOfId(json, node.id),
                QStringLiteral("node \"%1\" has an unknown kind \"%2\"").arg(node.id, kind));
        node.group = known && known->isGroup();
        if (o.value(QLatin1String("label")).toString().trimmed().isEmpty() && kind != QLatin1String("note"))
            report(lineOfId(json, node.id), QStringLiteral("node \"%1\" has no label").arg(node.id));
        ids.insert(node.id);
        nodes.append(node);
    }
    const QJsonArray edgeArray = document.value(QLatin1String("edges")).toArray();
    for (const QJsonValue &value : edgeArray) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        for (const char *end : {"from", "to"}) {
            const QString target = o.value(QLatin1String(end)).toString();
            if (!ids.contains(target))
                report(lineOfId(json, id),
                    QStringLiteral("edge \"%1\" points to \"%2\", which is not in the diagram")
                        .arg(id, target));
        }
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &a = nodes.at(i);
        if (!a.parent.isEmpty()) {
            for (const Node &group : std::as_const(nodes)) {
                if (group.id == a.parent && !group.rect.contains(a.rect))
                    report(lineOfId(json, a.id),
                        QStringLiteral("node \"%1\" is not inside its group \"%2\"").arg(a.id, a.parent));
            }
        }
        for (int j = 0; j < i; ++j) {
            const Node &b = nodes.at(j);
            if (a.parent == b.parent && a.rect.intersected(b.rect).isValid())
                report(
                    lineOfId(json, a.id), QStringLiteral("node \"%1\" overlaps node \"%2\"").arg(a.id, b.id));
        }
    }
    // Whatever else the canvas refuses (ids used twice, loops of groups, bad fields).
    if (diagnostics.size() == before) {
        const auto loaded = Diagrams::DiagramTemplates::parse(file, json);
        if (!loaded)
            report(1, loaded.error().message);
    }
    return diagnostics.size() == before;
}

} // namespace Starloop::Bank
