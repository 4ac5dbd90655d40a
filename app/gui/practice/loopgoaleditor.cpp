#include "gui/practice/loopgoaleditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace Starloop::Gui {

using Practice::LoopDate;
using Practice::LoopKind;
using Practice::StudyGoal;

namespace {

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    // Past dates may be typed: they get a message rather than a silent clamp.
    edit->setMinimumDate(QDate(2000, 1, 1));
    return edit;
}

} // namespace

LoopGoalEditor::LoopGoalEditor(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("loopGoalEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(10);

    m_phone = new QCheckBox(tr("&Phone screen on"), this);
    m_phone->setObjectName(QStringLiteral("loopPhoneCheck"));
    m_phoneDate = dateEdit(QStringLiteral("loopPhoneDate"), tr("Phone screen date"), this);
    m_onsite = new QCheckBox(tr("&Onsite loop on"), this);
    m_onsite->setObjectName(QStringLiteral("loopOnsiteCheck"));
    m_onsiteDate = dateEdit(QStringLiteral("loopOnsiteDate"), tr("Onsite loop date"), this);
    connect(m_phone, &QCheckBox::toggled, m_phoneDate, &QWidget::setEnabled);
    connect(m_onsite, &QCheckBox::toggled, m_onsiteDate, &QWidget::setEnabled);
    grid->addWidget(m_phone, 0, 0);
    grid->addWidget(m_phoneDate, 0, 1);
    grid->addWidget(m_onsite, 1, 0);
    grid->addWidget(m_onsiteDate, 1, 1);

    auto *hoursLabel = new QLabel(tr("&Study time:"), this);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("loopHoursSpin"));
    m_hours->setAccessibleName(tr("Hours a week you can study"));
    m_hours->setRange(0, 100);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" hours a week"));
    hoursLabel->setBuddy(m_hours);
    grid->addWidget(hoursLabel, 2, 0);
    grid->addWidget(m_hours, 2, 1);

    m_save = new QPushButton(tr("&Plan My Days"), this);
    m_save->setObjectName(QStringLiteral("loopSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &LoopGoalEditor::accept);
    grid->addWidget(m_save, 3, 1, Qt::AlignLeft);
    grid->setColumnStretch(2, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loopGoalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    grid->addWidget(m_error, 4, 0, 1, 3);
}

void LoopGoalEditor::setGoal(const StudyGoal &goal, const QDate &today)
{
    m_today = today;
    m_phone->setChecked(false);
    m_onsite->setChecked(false);
    m_phoneDate->setDate(today.addDays(14));
    m_onsiteDate->setDate(today.addDays(28));
    for (const LoopDate &loop : goal.loops) {
        const bool phone = loop.kind == LoopKind::PhoneScreen;
        (phone ? m_phone : m_onsite)->setChecked(true);
        (phone ? m_phoneDate : m_onsiteDate)->setDate(loop.date);
    }
    if (goal.loops.isEmpty())
        m_onsite->setChecked(true);
    m_phoneDate->setEnabled(m_phone->isChecked());
    m_onsiteDate->setEnabled(m_onsite->isChecked());
    m_hours->setValue(goal.minutesPerWeek > 0 ? goal.minutesPerWeek / 60.0 : 10);
    m_error->hide();
}

std::optional<StudyGoal> LoopGoalEditor::goal(QString *message) const
{
    const QLocale locale;
    StudyGoal result;
    const auto check = [&](QCheckBox *box, QDateEdit *edit, LoopKind kind, const QString &name) {
        if (!box->isChecked())
            return true;
        const QDate date = edit->date();
        if (date <= m_today) {
            *message = date == m_today
                ? tr("The %1 is today: pick a day after today to plan toward.").arg(name)
                : tr("The %1 date, %2, is in the past: pick a day after today.")
                      .arg(name, locale.toString(date, QLocale::LongFormat));
            return false;
        }
        result.loops.append(LoopDate {date, kind});
        return true;
    };
    if (!check(m_phone, m_phoneDate, LoopKind::PhoneScreen, tr("phone screen"))
        || !check(m_onsite, m_onsiteDate, LoopKind::Onsite, tr("onsite loop")))
        return std::nullopt;
    if (result.loops.isEmpty()) {
        *message = tr("Tick the phone screen or the onsite loop, and pick its date.");
        return std::nullopt;
    }
    result.minutesPerWeek = static_cast<int>(std::lround(m_hours->value() * 60));
    if (result.minutesPerWeek <= 0) {
        *message = tr("Set the hours a week you can study: with 0 hours nothing can be planned.");
        return std::nullopt;
    }
    return result;
}

void LoopGoalEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoopGoalEditor::accept()
{
    QString message;
    const auto accepted = goal(&message);
    if (!accepted) {
        showError(message);
        return;
    }
    showError(QString());
    Q_EMIT goalAccepted(*accepted);
}

} // namespace Starloop::Gui
