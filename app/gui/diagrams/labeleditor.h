// LabelEditor: the text field that opens over a node or connector label for editing in place.
// Enter (or clicking elsewhere) keeps the text, Shift+Enter adds a line break, Escape drops it;
// either way it reports once and the scene removes it.
#pragma once

#include <QGraphicsTextItem>

#include <functional>

namespace Starloop::Gui {

class LabelEditor : public QGraphicsTextItem
{
    Q_OBJECT
public:
    // `done` gets whether the edit was kept, and the text.
    LabelEditor(const QString &text, const QRectF &sceneRect,
        std::function<void(bool accepted, const QString &text)> done);
    void finish(bool accepted);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::function<void(bool, const QString &)> m_done;
    bool m_finished = false;
};

} // namespace Starloop::Gui
