// DiagramExportController: the Export menu of the Diagrams workspace. The diagram, or the
// selection, as a PNG, SVG or PDF file (DiagramExporter), or as Mermaid text copied to the
// clipboard or saved to a file (MermaidExport, a flowchart or architecture-beta), with the file
// dialogs and the messages when a file cannot be written.
//
//   auto *exporter = new DiagramExportController(scene, this);
//   exporter->setTitle(QStringLiteral("URL shortener"));   // names the files and the PDF
//   exporter->exportTo(QStringLiteral("/tmp/design.svg"));  // what Export as SVG… does after its dialog
#pragma once

#include "core/diagrams/diagramdocument.h"
#include "core/result.h"

#include <QObject>

class QAction;
class QWidget;

namespace Starloop::Gui {

class DiagramScene;

class DiagramExportController : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the file dialogs and messages (and this object).
    DiagramExportController(DiagramScene *scene, QWidget *dialogParent);

    void setTitle(const QString &title) { m_title = title; }
    // The format follows the suffix of `path`: .png (at twice the size), .svg or .pdf.
    Status exportTo(const QString &path, bool selectionOnly = false) const;
    QString mermaid(bool architecture, bool selectionOnly = false) const;

    // The actions of the Export menu, in order; nullptr stands for a separator.
    QList<QAction *> menuActions() const { return m_menu; }
    // Enables what can be exported: `open`, a diagram is open.
    void update(bool open);

private:
    Diagrams::DiagramDocument exportedDocument(bool selectionOnly) const;
    void exportWithDialog(const QString &suffix, bool selectionOnly);
    void saveMermaidWithDialog(bool architecture);
    QAction *add(const char *objectName, const QString &text);

    DiagramScene *m_scene;
    QWidget *m_dialogParent;
    QString m_title;
    QList<QAction *> m_menu;
    QList<QAction *> m_whole; // export the whole diagram
    QList<QAction *> m_selection; // export the selection
};

} // namespace Starloop::Gui
