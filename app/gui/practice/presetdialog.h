// PresetDialog: names and edits one timer preset of the user's (phases with their minutes, an
// optional warning). The result is checked with TimerPlan's own JSON rules before it is accepted.
#pragma once

#include "core/practice/timerplan.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QTableWidget;
class QLabel;

namespace Starloop::Gui {

class PresetDialog : public QDialog
{
    Q_OBJECT
public:
    PresetDialog(const Practice::TimerPlan &plan, QWidget *parent = nullptr);
    // The edited plan (same id as given; a new id when it had none).
    Practice::TimerPlan plan() const;

    void accept() override;

private:
    void addPhase(const QString &name, int minutes);
    void updateTotal();

    QString m_id;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_phases = nullptr;
    QSpinBox *m_warning = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Starloop::Gui
