#include "gui/practice/presetdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Practice::TimerPhase;
using Practice::TimerPlan;

PresetDialog::PresetDialog(const TimerPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_id(plan.id())
{
    setObjectName(QStringLiteral("presetDialog"));
    setWindowTitle(tr("Timer Preset"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(plan.name(), this);
    m_name->setObjectName(QStringLiteral("presetName"));
    m_name->setAccessibleName(tr("Preset name"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_phases = new QTableWidget(0, 2, this);
    m_phases->setObjectName(QStringLiteral("presetPhases"));
    m_phases->setAccessibleName(tr("Phases"));
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Minutes")});
    m_phases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_phases->verticalHeader()->setVisible(false);
    for (const TimerPhase &phase : plan.phases())
        addPhase(phase.name, std::max(1, (phase.seconds + 59) / 60));
    if (plan.phases().isEmpty())
        addPhase(tr("Answer"), 4);
    layout->addWidget(m_phases, 1);
    connect(m_phases, &QTableWidget::itemChanged, this, &PresetDialog::updateTotal);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Phase"), this);
    add->setObjectName(QStringLiteral("presetAddPhase"));
    auto *remove = new QPushButton(tr("&Remove Phase"), this);
    remove->setObjectName(QStringLiteral("presetRemovePhase"));
    connect(add, &QPushButton::clicked, this, [this] {
        addPhase(tr("Phase %1").arg(m_phases->rowCount() + 1), 5);
        updateTotal();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_phases->rowCount() > 1)
            m_phases->removeRow(
                m_phases->currentRow() >= 0 ? m_phases->currentRow() : m_phases->rowCount() - 1);
        updateTotal();
    });
    m_total = new QLabel(this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_total);
    layout->addLayout(rowButtons);

    auto *warningForm = new QFormLayout;
    m_warning = new QSpinBox(this);
    m_warning->setObjectName(QStringLiteral("presetWarning"));
    m_warning->setRange(0, 24 * 60);
    m_warning->setSpecialValueText(tr("No warning"));
    m_warning->setSuffix(tr(" min from the start"));
    m_warning->setValue(plan.warningAtSeconds() / 60);
    warningForm->addRow(tr("&Warn at:"), m_warning);
    layout->addLayout(warningForm);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("presetError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PresetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PresetDialog::reject);
    layout->addWidget(buttons);
    updateTotal();
    resize(420, 380);
}

void PresetDialog::addPhase(const QString &name, int minutes)
{
    const int row = m_phases->rowCount();
    m_phases->insertRow(row);
    m_phases->setItem(row, 0, new QTableWidgetItem(name));
    auto *length = new QTableWidgetItem;
    length->setData(Qt::EditRole, minutes);
    m_phases->setItem(row, 1, length);
}

TimerPlan PresetDialog::plan() const
{
    QVector<TimerPhase> phases;
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        const QString name = m_phases->item(row, 0) ? m_phases->item(row, 0)->text().trimmed() : QString();
        const int minutes = m_phases->item(row, 1) ? m_phases->item(row, 1)->data(Qt::EditRole).toInt() : 0;
        phases << TimerPhase {name, minutes * 60};
    }
    const QString id = m_id.isEmpty()
        ? QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)
        : m_id;
    return TimerPlan(id, m_name->text().trimmed(), phases, m_warning->value() * 60);
}

void PresetDialog::accept()
{
    const TimerPlan edited = plan();
    QString problem;
    if (edited.name().isEmpty())
        problem = tr("Give the preset a name.");
    else if (const auto checked = TimerPlan::fromJsonObject(edited.toJsonObject()); !checked)
        problem = checked.errorMessage();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_id = edited.id();
    QDialog::accept();
}

void PresetDialog::updateTotal()
{
    int minutes = 0;
    for (int row = 0; row < m_phases->rowCount(); ++row)
        minutes += m_phases->item(row, 1) ? m_phases->item(row, 1)->data(Qt::EditRole).toInt() : 0;
    m_total->setText(tr("%n minute(s) in all", nullptr, minutes));
}

} // namespace Starloop::Gui
