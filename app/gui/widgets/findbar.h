// FindBar: find in a text view, as editors do: Ctrl+F opens it with the focus in its field, the
// view marks every match and selects the current one, Enter / F3 go to the next, Shift+Enter /
// Shift+F3 to the previous (wrapping round), Escape closes it. "3 of 12" says where you are.
#pragma once

#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace Starloop::Gui {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *view, QWidget *parent = nullptr);

    void open(); // shows the bar, focus in the field, the view's selection as the text when short
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based; -1: none
    void refresh(); // the view's text changed: find again

Q_SIGNALS:
    void matchesChanged(const QList<QTextCursor> &matches, int current); // for the view's marks

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void search();
    void step(int delta);
    void showCurrent();

    QTextEdit *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace Starloop::Gui
