// AttemptDiffDialog: "Compare Attempts": the attempt on screen against one of the candidates
// offered (the model solution, the other attempts), side by side or unified, in a DiffView.
//
//   auto *dialog = new AttemptDiffDialog({{tr("Model solution (Python)"), model}}, mine, this);
//   dialog->show(); // deletes itself on close
#pragma once

#include <QDialog>
#include <QVector>

namespace Starloop::Gui {

class AttemptDiffDialog : public QDialog
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString title; // "Model solution (Java)", "Attempt of 7 Dec 14:05 · Python"
        QString code;
    };

    AttemptDiffDialog(QVector<Candidate> candidates, const QString &mine, QWidget *parent = nullptr);
};

} // namespace Starloop::Gui
