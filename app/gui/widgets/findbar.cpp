#include "gui/widgets/findbar.h"

#include "gui/widgets/clearbutton.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace Starloop::Gui {

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Find in the answer"));
    m_field->setPlaceholderText(tr("Find in the answer"));
    enableClearButtonWithText(m_field);
    layout->addWidget(m_field, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    layout->addWidget(m_status);
    auto addButton
        = [&](const QString &name, const QString &text, const QString &tip, void (FindBar::*slot)()) {
              auto *button = new QToolButton(this);
              button->setObjectName(name);
              button->setText(text);
              button->setToolTip(tip);
              button->setAccessibleName(tip);
              connect(button, &QToolButton::clicked, this, slot);
              layout->addWidget(button);
          };
    addButton(QStringLiteral("findPrevious"), QStringLiteral("▲"), tr("Previous match (Shift+F3)"),
        &FindBar::findPrevious);
    addButton(QStringLiteral("findNext"), QStringLiteral("▼"), tr("Next match (F3)"), &FindBar::findNext);
    addButton(QStringLiteral("findClose"), QStringLiteral("✕"), tr("Close (Esc)"), &QWidget::hide);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);

    // F3 works wherever the focus is in the answer pane, bar open or not.
    auto *next = new QShortcut(QKeySequence::FindNext, parent ? parent : this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { isVisible() ? findNext() : open(); });
    auto *previous = new QShortcut(QKeySequence::FindPrevious, parent ? parent : this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { isVisible() ? findPrevious() : open(); });
    hide();
}

void FindBar::open()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && selected.size() < 80 && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus();
    m_field->selectAll();
    search();
}

void FindBar::refresh()
{
    if (isVisible())
        search();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString text = m_field->text();
    if (!text.isEmpty()) {
        QTextCursor cursor(m_view->document());
        while (true) {
            cursor = m_view->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            m_matches << cursor;
        }
    }
    // Start at the first match at or after where the reader is.
    const int from = m_view->textCursor().selectionStart();
    for (int i = 0; i < m_matches.size() && m_current < 0; ++i) {
        if (m_matches.at(i).selectionStart() >= from)
            m_current = i;
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    showCurrent();
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    m_current = ((m_current < 0 ? 0 : m_current + delta) % count + count) % count;
    showCurrent();
}

void FindBar::showCurrent()
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Base,
        !m_field->text().isEmpty() && m_matches.isEmpty() ? QColor(0xfd, 0xe2, 0xe1)
                                                          : QWidget::palette().color(QPalette::Base));
    m_field->setPalette(palette);
    if (m_current >= 0) {
        m_view->setTextCursor(m_matches.at(m_current));
        m_view->ensureCursorVisible();
    }
    Q_EMIT matchesChanged(m_matches, m_current);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_matches.clear();
    m_current = -1;
    Q_EMIT matchesChanged(m_matches, m_current);
}

} // namespace Starloop::Gui
