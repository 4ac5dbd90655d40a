// RunResultsView: the scratchpad's answer to "Run examples": a status line (the outcome, the
// compiler's or the program's lines, whether it ran sandboxed) over a table with one row per
// example: ✓ / ✗ / – (not run), the call, what was expected and what the attempt gave.
//
//   view->showResult(runResult);                  // rows coloured green or red
//   view->setStatusText(tr("Running 6 examples…"));
#pragma once

#include "core/coding/runresult.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Starloop::Gui {

class RunResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunResultsView(QWidget *parent = nullptr);

    void showResult(const Coding::RunResult &result);
    void setStatusText(const QString &text); // over the rows shown

private:
    void showRows(const QVector<Coding::CaseResult> &cases, bool dark);

    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Starloop::Gui
