// EmptyState: the friendly centred message a list or workspace shows when it has nothing yet.
#pragma once

#include <QWidget>

class QLabel;

namespace Starloop::Gui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QIcon &icon, const QString &heading, const QString &text, QWidget *parent = nullptr);
    void setText(const QString &text);

private:
    QLabel *m_text;
};

} // namespace Starloop::Gui
