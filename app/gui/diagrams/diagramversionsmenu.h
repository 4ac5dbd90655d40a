// DiagramVersionsMenu: the Versions menu of the Diagrams workspace. "Keep Version…" asks for a
// name and requests a snapshot of the open diagram; below it, the versions kept so far, newest
// first, each to view (a read-only canvas in a dialog) or to restore. The menu reads snapshots
// from the repository; keeping and restoring are the workspace's, which saves first and makes
// the restore an undo step.
//
//   auto *versions = new DiagramVersionsMenu(repository, this);
//   versions->setDiagram(id, title);
//   connect(versions, &DiagramVersionsMenu::restoreRequested, this, &Workspace::restoreSnapshot);
#pragma once

#include "core/diagrams/diagram.h"

#include <QMenu>

namespace Starloop::Diagrams {
class DiagramRepository;
}

namespace Starloop::Gui {

class DiagramVersionsMenu : public QMenu
{
    Q_OBJECT
public:
    // `dialogParent` parents the dialogs (and this menu).
    DiagramVersionsMenu(Diagrams::DiagramRepository &repository, QWidget *dialogParent);

    QAction *keepAction() const { return m_keep; }
    // The diagram whose versions are listed (0: none).
    void setDiagram(qint64 id, const QString &title);

Q_SIGNALS:
    void keepRequested(const QString &name);
    void restoreRequested(qint64 snapshotId);

private:
    void populate();
    void viewSnapshot(const Diagrams::DiagramSnapshot &snapshot);

    Diagrams::DiagramRepository &m_repository;
    QWidget *m_dialogParent;
    QAction *m_keep;
    qint64 m_diagramId = 0;
    QString m_title;
};

} // namespace Starloop::Gui
