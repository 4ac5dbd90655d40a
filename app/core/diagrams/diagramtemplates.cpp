#include "core/diagrams/diagramtemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Resources of a static library must be registered by name, outside any namespace.
static void initDiagramTemplateResources()
{
    Q_INIT_RESOURCE(diagramtemplates);
}

namespace Starloop::Diagrams {

namespace {

const QString &resourceFolder()
{
    static const QString folder = QStringLiteral(":/diagramtemplates");
    return folder;
}

Error noTemplate(const QString &name)
{
    return Error {
        QCoreApplication::translate("DiagramTemplates", "There is no template \"%1\".").arg(name), 0};
}

} // namespace

Result<DiagramTemplate> DiagramTemplates::parse(const QString &id, const QByteArray &json)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(json);
    if (!parsed.isObject())
        return Error {
            QCoreApplication::translate("DiagramTemplates", "The template \"%1\" is not a JSON object.")
                .arg(id),
            0};
    const QJsonObject object = parsed.object();
    auto document = DiagramDocument::fromJsonObject(object.value(QLatin1String("document")).toObject());
    if (!document)
        return Error {QCoreApplication::translate("DiagramTemplates", "The template \"%1\" is damaged: %2")
                          .arg(id, document.errorMessage()),
            0};
    DiagramTemplate result;
    result.id = id;
    result.title = object.value(QLatin1String("title")).toString(id);
    result.description = object.value(QLatin1String("description")).toString();
    result.document = std::move(document.value());
    result.dismissals = ReviewDismissal::fromJsonArray(object.value(QLatin1String("dismissals")).toArray());
    return result;
}

// The templates are resources, the same for the life of the process: parsed once, on first use
// (the Diagrams workspace asks for them as it builds its menus and opens a diagram).
QVector<DiagramTemplate> DiagramTemplates::all()
{
    static const QVector<DiagramTemplate> templates = [] {
        initDiagramTemplateResources();
        QVector<DiagramTemplate> parsedTemplates;
        const QDir folder(resourceFolder());
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(folder.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            auto parsed = parse(QFileInfo(file).completeBaseName(), f.readAll());
            if (parsed)
                parsedTemplates << parsed.value();
        }
        std::sort(parsedTemplates.begin(), parsedTemplates.end(),
            [](const DiagramTemplate &a, const DiagramTemplate &b) { return a.title < b.title; });
        return parsedTemplates;
    }();
    return templates;
}

Result<DiagramTemplate> DiagramTemplates::find(const QString &id)
{
    for (const DiagramTemplate &t : all()) {
        if (t.id == id)
            return t;
    }
    return noTemplate(id);
}

Result<DiagramTemplate> DiagramTemplates::findByName(const QString &name)
{
    const QString wanted = name.simplified();
    const QVector<DiagramTemplate> templates = all();
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const DiagramTemplate &t : templates) {
            if (t.id == wanted || t.title.compare(wanted, cs) == 0)
                return t;
        }
    }
    return noTemplate(name);
}

} // namespace Starloop::Diagrams
