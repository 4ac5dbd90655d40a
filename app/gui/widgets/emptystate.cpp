#include "gui/widgets/emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Starloop::Gui {

EmptyState::EmptyState(const QIcon &icon, const QString &heading, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);
    auto *headingLabel = new QLabel(heading, this);
    QFont font = headingLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    headingLabel->setFont(font);
    headingLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(headingLabel);
    m_text = new QLabel(text, this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(520);
    // Centred by stretches, not by an alignment flag: an aligned label gets its size hint's
    // height, which for wrapped text is a guess, and the last lines were cut off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text, 100);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

} // namespace Starloop::Gui
