// PrinciplePanel: the leadership principles a story shows. Sixteen checkable rows (each
// principle's one-line summary as its tooltip and under the list), and a combo to mark one as
// the primary principle. It only reports what the user chose (selectionEdited); the workspace
// turns that into an undoable change and calls setSelection() with what was stored.
#pragma once

#include "core/stories/story.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace Starloop::Gui {

class PrinciplePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrinciplePanel(QWidget *parent = nullptr);

    void setPrinciples(const QVector<Stories::Principle> &principles);
    void setSelection(const QStringList &tagged, const QString &primary);
    QStringList tagged() const;
    QString primary() const;

Q_SIGNALS:
    void selectionEdited(const QStringList &tagged, const QString &primary);

private:
    void showSummary(int row);

    QListWidget *m_list = nullptr;
    QComboBox *m_primary = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_count = nullptr;
    QVector<Stories::Principle> m_principles;
    bool m_updating = false;
};

} // namespace Starloop::Gui
