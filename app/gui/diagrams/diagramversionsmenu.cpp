#include "gui/diagrams/diagramversionsmenu.h"

#include "core/diagrams/diagramrepository.h"
#include "gui/diagrams/diagramscene.h"
#include "gui/diagrams/diagramview.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Starloop::Gui {

DiagramVersionsMenu::DiagramVersionsMenu(Diagrams::DiagramRepository &repository, QWidget *dialogParent)
    : QMenu(dialogParent)
    , m_repository(repository)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("diagramVersionsMenu"));
    m_keep = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Keep Version…"), this);
    m_keep->setObjectName(QStringLiteral("diagramKeepVersion"));
    m_keep->setToolTip(tr("Keep a named copy of the diagram as it is now"));
    connect(m_keep, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_dialogParent, tr("Keep Version"),
            tr("Name of this version:"), QLineEdit::Normal,
            QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), &ok);
        if (ok)
            Q_EMIT keepRequested(name);
    });
    connect(this, &QMenu::aboutToShow, this, &DiagramVersionsMenu::populate);
}

void DiagramVersionsMenu::setDiagram(qint64 id, const QString &title)
{
    m_diagramId = id;
    m_title = title;
}

void DiagramVersionsMenu::populate()
{
    clear();
    addAction(m_keep);
    if (!m_diagramId)
        return;
    const auto snapshots = m_repository.snapshots(m_diagramId);
    if (!snapshots || snapshots->isEmpty()) {
        QAction *none = addAction(snapshots ? tr("No versions kept yet") : snapshots.errorMessage());
        none->setEnabled(false);
        return;
    }
    addSection(tr("Kept versions"));
    for (const auto &snapshot : snapshots.value()) {
        const QString when
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(snapshot.createdAt), QLocale::ShortFormat);
        QMenu *sub = addMenu(QStringLiteral("%1 (%2)").arg(snapshot.name, when));
        QAction *view = sub->addAction(tr("View…"));
        connect(view, &QAction::triggered, this, [this, snapshot] { viewSnapshot(snapshot); });
        QAction *restore = sub->addAction(tr("Restore"));
        connect(
            restore, &QAction::triggered, this, [this, snapshot] { Q_EMIT restoreRequested(snapshot.id); });
    }
}

void DiagramVersionsMenu::viewSnapshot(const Diagrams::DiagramSnapshot &snapshot)
{
    const auto document = m_repository.loadSnapshot(snapshot.id);
    if (!document) {
        QMessageBox::warning(m_dialogParent, tr("View Version"), document.errorMessage());
        return;
    }
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Version \"%1\" of %2").arg(snapshot.name, m_title));
    dialog.resize(900, 640);
    auto *layout = new QVBoxLayout(&dialog);
    QUndoStack previewStack;
    DiagramScene preview(&previewStack);
    preview.setDocument(document.value());
    preview.setReadOnly(true);
    auto *view = new DiagramView(&preview, &dialog);
    view->setObjectName(QStringLiteral("diagramVersionView"));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("diagramRestoreVersion"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    QTimer::singleShot(0, view, [view] { view->zoomToFit(); });
    const bool restoreIt = dialog.exec() == QDialog::Accepted;
    preview.setDocument(Diagrams::DiagramDocument {});
    if (restoreIt)
        Q_EMIT restoreRequested(snapshot.id);
}

} // namespace Starloop::Gui
