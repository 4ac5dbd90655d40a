#include "gui/diagrams/diagramexportcontroller.h"

#include "core/diagrams/mermaidexport.h"
#include "gui/diagrams/diagramexporter.h"
#include "gui/diagrams/diagramscene.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSaveFile>

namespace Starloop::Gui {

using Diagrams::DiagramDocument;

DiagramExportController::DiagramExportController(DiagramScene *scene, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_scene(scene)
    , m_dialogParent(dialogParent)
{
    struct ExportAction
    {
        const char *name;
        const char *text;
        const char *suffix;
        bool selection;
    };
    const ExportAction exports[] = {
        {"diagramExportPng", QT_TR_NOOP("Export as PNG…"), "png", false},
        {"diagramExportSvg", QT_TR_NOOP("Export as SVG…"), "svg", false},
        {"diagramExportPdf", QT_TR_NOOP("Export as PDF…"), "pdf", false},
        {"diagramExportSelectionPng", QT_TR_NOOP("Export Selection as PNG…"), "png", true},
        {"diagramExportSelectionSvg", QT_TR_NOOP("Export Selection as SVG…"), "svg", true},
        {"diagramExportSelectionPdf", QT_TR_NOOP("Export Selection as PDF…"), "pdf", true},
    };
    for (const ExportAction &e : exports) {
        if (e.selection && m_selection.isEmpty())
            m_menu << nullptr;
        QAction *action = add(e.name, tr(e.text));
        (e.selection ? m_selection : m_whole) << action;
        const QString suffix = QLatin1String(e.suffix);
        const bool selection = e.selection;
        connect(action, &QAction::triggered, this,
            [this, suffix, selection] { exportWithDialog(suffix, selection); });
    }
    m_menu << nullptr;
    QAction *copyFlow = add("diagramCopyMermaidFlowchart", tr("Copy Mermaid Flowchart"));
    connect(copyFlow, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(mermaid(false)); });
    QAction *copyArch = add("diagramCopyMermaidArchitecture", tr("Copy Mermaid Architecture"));
    connect(copyArch, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(mermaid(true)); });
    QAction *saveFlow = add("diagramSaveMermaidFlowchart", tr("Save Mermaid Flowchart…"));
    connect(saveFlow, &QAction::triggered, this, [this] { saveMermaidWithDialog(false); });
    QAction *saveArch = add("diagramSaveMermaidArchitecture", tr("Save Mermaid Architecture…"));
    connect(saveArch, &QAction::triggered, this, [this] { saveMermaidWithDialog(true); });
    m_whole << copyFlow << copyArch << saveFlow << saveArch;
}

QAction *DiagramExportController::add(const char *objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    m_menu << action;
    return action;
}

void DiagramExportController::update(bool open)
{
    for (QAction *action : std::as_const(m_whole))
        action->setEnabled(open && !m_scene->document().nodes.isEmpty());
    for (QAction *action : std::as_const(m_selection))
        action->setEnabled(open && !m_scene->selectedNodeIds().isEmpty());
}

DiagramDocument DiagramExportController::exportedDocument(bool selectionOnly) const
{
    if (!selectionOnly)
        return m_scene->document();
    QSet<QString> ids = m_scene->selectedNodeIds();
    for (const QString &id : m_scene->selectedNodeIds())
        ids.unite(m_scene->document().descendants(id));
    return m_scene->document().subset(ids);
}

Status DiagramExportController::exportTo(const QString &path, bool selectionOnly) const
{
    const DiagramDocument document = exportedDocument(selectionOnly);
    if (document.nodes.isEmpty())
        return Error {
            selectionOnly ? tr("Select the items to export first.") : tr("The diagram is empty."), 0};
    return DiagramExporter::exportToFile(document, path, 2.0, m_title);
}

QString DiagramExportController::mermaid(bool architecture, bool selectionOnly) const
{
    const DiagramDocument document = exportedDocument(selectionOnly);
    return architecture ? Diagrams::MermaidExport::architecture(document)
                        : Diagrams::MermaidExport::flowchart(document);
}

void DiagramExportController::exportWithDialog(const QString &suffix, bool selectionOnly)
{
    const QString filter = suffix == QLatin1String("png") ? tr("PNG images (*.png)")
        : suffix == QLatin1String("svg")                  ? tr("SVG drawings (*.svg)")
                                                          : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export Diagram"), m_title + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (const Status s = exportTo(path, selectionOnly); !s)
        QMessageBox::warning(m_dialogParent, tr("Export Diagram"), s.errorMessage());
}

void DiagramExportController::saveMermaidWithDialog(bool architecture)
{
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Mermaid"),
        m_title + QStringLiteral(".mmd"), tr("Mermaid files (*.mmd *.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mermaid(architecture).toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(m_dialogParent, tr("Save Mermaid"),
            tr("%1 could not be written: %2").arg(path, file.errorString()));
}

} // namespace Starloop::Gui
