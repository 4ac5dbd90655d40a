// DiffView: a read-only, coloured line diff (Coding::LineDiff), unified (one column, - and +)
// or side by side (left and right, changed lines paired).
#pragma once

#include "core/coding/linediff.h"

#include <QTextBrowser>

namespace Starloop::Gui {

class DiffView : public QTextBrowser
{
    Q_OBJECT
public:
    enum class Mode { Unified, SideBySide };

    explicit DiffView(QWidget *parent = nullptr);
    void setTexts(
        const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    const QVector<Coding::DiffLine> &lines() const { return m_lines; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Mode m_mode = Mode::SideBySide;
    QString m_leftTitle;
    QString m_rightTitle;
    QVector<Coding::DiffLine> m_lines;
};

} // namespace Starloop::Gui
