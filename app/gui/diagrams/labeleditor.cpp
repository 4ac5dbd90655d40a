#include "gui/diagrams/labeleditor.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace Starloop::Gui {

LabelEditor::LabelEditor(const QString &text, const QRectF &sceneRect,
    std::function<void(bool accepted, const QString &text)> done)
    : m_done(std::move(done))
{
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(std::max(80.0, sceneRect.width()));
    setPos(sceneRect.topLeft() - QPointF(0, 4));
    setZValue(1e6);
    QFont f = font();
    f.setPixelSize(12);
    setFont(f);
    setData(0, QStringLiteral("labelEditor"));
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void LabelEditor::finish(bool accepted)
{
    if (m_finished)
        return;
    m_finished = true;
    const QString text = toPlainText();
    auto done = m_done;
    // The scene deletes the editor; let this event finish first.
    QTimer::singleShot(0, this, [done, accepted, text] { done(accepted, text); });
}

void LabelEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void LabelEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void LabelEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setPen(QPen(QColor(0x1a73e8), 1));
    painter->setBrush(Qt::white);
    painter->drawRect(boundingRect());
    painter->restore();
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace Starloop::Gui
