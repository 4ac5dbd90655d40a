#include "gui/practice/todaypanel.h"

#include "core/practice/plancalendar.h"
#include "core/practice/studybank.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplanner.h"
#include "core/storage/datastore.h"
#include "core/vocabulary/catalog.h"
#include "gui/practice/loopgoaleditor.h"
#include "gui/savestatus.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Starloop::Gui {

using namespace Practice;

namespace {

enum Roles { KeyRole = Qt::UserRole + 1, TaskKindRole, ItemKindRole, IdRole, MinutesRole, TitleRole };
enum Columns { TitleColumn = 0, KindColumn = 1, MinutesColumn = 2 };

QString loopName(LoopKind kind)
{
    return kind == LoopKind::PhoneScreen ? TodayPanel::tr("phone screen") : TodayPanel::tr("onsite loop");
}

QString loopTitle(LoopKind kind)
{
    return kind == LoopKind::PhoneScreen ? TodayPanel::tr("Phone screen") : TodayPanel::tr("Onsite loop");
}

QString itemKindName(const StudyItem &item)
{
    switch (item.kind) {
    case StudyItemKind::Question:
        return Catalog::sectionName(item.section);
    case StudyItemKind::Problem:
        return TodayPanel::tr("Coding problem");
    case StudyItemKind::Story:
        break;
    }
    return TodayPanel::tr("STAR story");
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TodayPanel::TodayPanel(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("todayPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *heading = new QVBoxLayout;
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("todayCountdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_countdown->setFont(big);
    heading->addWidget(m_countdown);
    m_loops = wrappedLabel(QStringLiteral("todayLoops"), this);
    heading->addWidget(m_loops);
    top->addLayout(heading, 1);
    m_change = new QPushButton(tr("&Change Dates…"), this);
    m_change->setObjectName(QStringLiteral("todayChangeGoal"));
    m_change->setCheckable(true);
    connect(m_change, &QPushButton::toggled, this, &TodayPanel::showGoalEditor);
    m_export = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Plan to Calendar…"), this);
    m_export->setObjectName(QStringLiteral("todayExport"));
    m_export->setToolTip(tr("Save the plan as an .ics file for your calendar: one event per day to "
                            "the loop date. Importing it again later updates the days."));
    connect(m_export, &QPushButton::clicked, this, &TodayPanel::chooseExportFile);
    top->addWidget(m_change, 0, Qt::AlignTop);
    top->addWidget(m_export, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_empty = wrappedLabel(QStringLiteral("todayEmpty"), this);
    m_empty->setText(tr("Set the day of your phone screen or onsite loop and the hours a week you can "
                        "study. Starloop then plans every day until then: what to learn, what to "
                        "review, and mock loops in the last week."));
    layout->addWidget(m_empty);
    m_editor = new LoopGoalEditor(this);
    connect(m_editor, &LoopGoalEditor::goalAccepted, this, &TodayPanel::saveGoal);
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_editor);
    editorRow->addStretch(1);
    layout->addLayout(editorRow);

    // What only shows with a plan; with none, the filler below keeps the rest at the top.
    m_planArea = new QWidget(this);
    auto *planLayout = new QVBoxLayout(m_planArea);
    planLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_planArea, 1);
    m_filler = new QWidget(this);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);
    m_reflow = wrappedLabel(QStringLiteral("todayReflow"), this);
    m_reflow->setStyleSheet(QStringLiteral("color: #b56b00;"));
    planLayout->addWidget(m_reflow);
    m_total = wrappedLabel(QStringLiteral("todayTotal"), this);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    planLayout->addWidget(m_total);

    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(QStringLiteral("todayList"));
    m_tasks->setAccessibleName(tr("Today's study plan"));
    m_tasks->setHeaderLabels({tr("Task"), tr("Kind"), tr("Time")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->setUniformRowHeights(true);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tasks->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tasks->header()->setSectionResizeMode(MinutesColumn, QHeaderView::ResizeToContents);
    connect(m_tasks, &QTreeWidget::itemChanged, this, &TodayPanel::taskToggled);
    connect(m_tasks, &QTreeWidget::itemActivated, this, &TodayPanel::openCurrent);
    connect(m_tasks, &QTreeWidget::currentItemChanged, this,
        [this] { m_open->setEnabled(m_tasks->currentItem() && m_tasks->currentItem()->parent()); });
    planLayout->addWidget(m_tasks, 1);

    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("todayOpen"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &TodayPanel::openCurrent);
    actions->addWidget(m_open);
    auto *hint = new QLabel(tr("Tick what you have done; it stays ticked for the day."), this);
    hint->setEnabled(false);
    actions->addWidget(hint, 1);
    planLayout->addLayout(actions);

    m_issues = wrappedLabel(QStringLiteral("todayIssues"), this);
    planLayout->addWidget(m_issues);
}

void TodayPanel::reload(const QDate &today)
{
    m_today = today;
    const auto goal = StudyGoalStore(m_store.db()).load();
    const auto input = StudyBank::planInput(m_store.db(), today);
    if (!goal || !input) {
        m_countdown->setText(tr("The plan could not be made"));
        m_loops->setText(!goal ? goal.errorMessage() : input.errorMessage());
        return;
    }
    m_items = input->items;
    m_plan = StudyPlanner::plan(input.value());
    const bool planned = !m_plan.loops.isEmpty();
    m_editor->setGoal(goal.value(), today);

    const QLocale locale;
    QStringList loops;
    for (const LoopDate &loop : std::as_const(m_plan.loops)) {
        const int days = static_cast<int>(today.daysTo(loop.date));
        loops << tr("%1 on %2 (in %n day(s))", nullptr, days)
                     .arg(loopTitle(loop.kind), locale.toString(loop.date, QLocale::LongFormat));
    }
    // The planner leaves out a loop date that is not after today: one today is an interview day.
    const auto interviewToday = std::find_if(
        goal->loops.begin(), goal->loops.end(), [&](const LoopDate &loop) { return loop.date == today; });
    if (interviewToday != goal->loops.end()) {
        m_countdown->setText(tr("Today is your %1. Good luck!").arg(loopName(interviewToday->kind)));
        m_loops->setText(planned ? QString() : tr("Set the next interview here to plan toward it."));
    } else if (!planned) {
        m_countdown->setText(
            goal->loops.isEmpty() ? tr("When is your loop?") : tr("Your loop date has passed"));
        m_loops->setText(goal->loops.isEmpty() ? QString() : tr("Set the next interview to plan toward."));
    } else if (m_plan.days.value(0).loopDay) {
        m_countdown->setText(tr("Today is your %1. Good luck!").arg(loopName(m_plan.loops.first().kind)));
    } else {
        const LoopDate &next = m_plan.loops.first();
        const int days = static_cast<int>(today.daysTo(next.date));
        m_countdown->setText(tr("%n day(s) to your %1", nullptr, days).arg(loopName(next.kind)));
    }
    if (planned)
        m_loops->setText(loops.join(QStringLiteral(" · ")));
    m_loops->setVisible(!m_loops->text().isEmpty());
    m_empty->setVisible(goal->loops.isEmpty());
    m_change->setVisible(planned);
    m_export->setVisible(planned);
    if (!planned)
        m_change->setChecked(false);
    m_editor->setVisible(!planned || m_change->isChecked());
    m_planArea->setVisible(planned);
    m_filler->setVisible(!planned);

    QStringList keys;
    if (!m_plan.days.isEmpty()) {
        for (const PlanTask &task : std::as_const(m_plan.days.first().tasks))
            keys << StudyDayStore::taskKey(task, m_items);
    }
    StudyDayStore days(m_store.db());
    const auto stored = days.load();
    m_day = StudyDayStore::startDay(stored ? stored.value() : StudyDay(), today, keys);
    if (planned && (!stored || stored->date != today)) {
        if (const Status saved = days.save(m_day); !saved)
            m_saveStatus.markFailed(saved.errorMessage());
    }
    m_reflow->setVisible(planned && m_day.missed > 0);
    m_reflow->setText(
        tr("%n task(s) planned for %1 were not done. The plan has been made again from today: they are "
           "spread over the days left.",
            nullptr, m_day.missed)
            .arg(locale.toString(m_day.missedDate, QLocale::LongFormat)));

    QStringList issues;
    for (const PlanIssue &issue : std::as_const(m_plan.issues)) {
        if (issue.kind != PlanIssue::Kind::NoLoopDate
            && (planned || issue.kind != PlanIssue::Kind::PastLoopDate))
            issues << issue.message;
    }
    m_issues->setVisible(planned && !issues.isEmpty());
    m_issues->setText(tr("<b>What will not fit:</b> %1").arg(issues.join(QLatin1Char(' ')).toHtmlEscaped()));
    fillTasks();
}

void TodayPanel::fillTasks()
{
    m_filling = true;
    m_tasks->clear();
    m_open->setEnabled(false);
    if (m_plan.days.isEmpty() || m_plan.loops.isEmpty()) {
        m_filling = false;
        return;
    }
    const PlanDay &day = m_plan.days.first();
    QTreeWidgetItem *reviews = nullptr;
    QTreeWidgetItem *mocks = nullptr;
    QTreeWidgetItem *learn = nullptr;
    const auto group = [this](QTreeWidgetItem *&item, const QString &title) {
        if (!item) {
            item = new QTreeWidgetItem(m_tasks, {title});
            QFont bold = item->font(TitleColumn);
            bold.setBold(true);
            item->setFont(TitleColumn, bold);
            item->setFlags(Qt::ItemIsEnabled);
            item->setFirstColumnSpanned(true);
        }
        return item;
    };
    QStringList shown;
    for (const PlanTask &task : day.tasks) {
        QTreeWidgetItem *parent = task.kind == PlanTask::Kind::Review ? group(reviews, tr("Reviews due"))
            : task.kind == PlanTask::Kind::MockRound                  ? group(mocks, tr("Mock loop rounds"))
                                                                      : group(learn, tr("New to learn"));
        const QString key = StudyDayStore::taskKey(task, m_items);
        addTask(parent, task, key);
        shown << key;
    }
    // Ticked earlier today but no longer planned (rated since, so the plan moved it): still done.
    QTreeWidgetItem *done = nullptr;
    for (const DoneTask &task : std::as_const(m_day.done)) {
        if (shown.contains(task.key))
            continue;
        auto *item = new QTreeWidgetItem(group(done, tr("Done earlier today")),
            {task.title, QString(), tr("%n min", nullptr, task.minutes)});
        item->setData(TitleColumn, KeyRole, task.key);
        item->setData(TitleColumn, MinutesRole, task.minutes);
        item->setData(TitleColumn, TitleRole, task.title);
        item->setData(TitleColumn, IdRole, 0);
        item->setCheckState(TitleColumn, Qt::Checked);
        item->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (day.tasks.isEmpty() && !done) {
        auto *none = new QTreeWidgetItem(m_tasks,
            {day.loopDay ? tr("Nothing planned: today is an interview day.")
                         : tr("Nothing planned today: everything is learnt or scheduled later.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    m_tasks->expandAll();
    m_filling = false;
    updateTotal();
}

void TodayPanel::addTask(QTreeWidgetItem *group, const PlanTask &task, const QString &key)
{
    const StudyItem *item = task.item >= 0 && task.item < m_items.size() ? &m_items.at(task.item) : nullptr;
    QString title = task.title;
    QString kind = item ? itemKindName(*item) : tr("Mock round");
    auto *row = new QTreeWidgetItem(group, {title, kind, tr("%n min", nullptr, task.minutes)});
    row->setData(TitleColumn, KeyRole, key);
    row->setData(TitleColumn, TaskKindRole, int(task.kind));
    row->setData(TitleColumn, ItemKindRole, item ? int(item->kind) : -1);
    row->setData(TitleColumn, IdRole, item ? item->id : 0);
    row->setData(TitleColumn, MinutesRole, task.minutes);
    row->setData(TitleColumn, TitleRole, task.title);
    row->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    row->setCheckState(TitleColumn, m_day.isDone(key) ? Qt::Checked : Qt::Unchecked);
    if (task.kind == PlanTask::Kind::Review && task.recallBefore < 1)
        row->setToolTip(TitleColumn, tr("Predicted recall now: %1%").arg(qRound(task.recallBefore * 100)));
    if (item && item->leech) {
        const QString advice = item->kind == StudyItemKind::Story
            ? tr("Leech: forgotten again and again. Rewrite the story so it is easier to tell.")
            : tr("Leech: forgotten again and again. Rewrite your note in your own words.");
        row->setText(TitleColumn,
            tr("%1  — leech: rewrite the %2")
                .arg(title, item->kind == StudyItemKind::Story ? tr("story") : tr("note")));
        row->setForeground(TitleColumn, QColor(0xc0, 0x39, 0x2b));
        row->setToolTip(TitleColumn, advice);
        row->setData(TitleColumn, Qt::AccessibleDescriptionRole, advice);
    }
}

void TodayPanel::updateTotal()
{
    if (m_plan.days.isEmpty())
        return;
    const PlanDay &day = m_plan.days.first();
    if (day.loopDay) {
        m_total->setText(tr("Today is an interview day: nothing else is planned."));
        return;
    }
    m_total->setText(tr("%1 of %2 min planned for today · %3 min done")
                         .arg(day.plannedMinutes)
                         .arg(day.budgetMinutes)
                         .arg(m_day.doneMinutes()));
}

void TodayPanel::taskToggled(QTreeWidgetItem *item)
{
    if (m_filling || !item || !item->parent())
        return;
    const QString key = item->data(TitleColumn, KeyRole).toString();
    const bool checked = item->checkState(TitleColumn) == Qt::Checked;
    if (checked == m_day.isDone(key))
        return;
    if (checked) {
        m_day.done.append(DoneTask {key, item->data(TitleColumn, TitleRole).toString(),
            item->data(TitleColumn, MinutesRole).toInt()});
    } else {
        m_day.done.erase(std::remove_if(m_day.done.begin(), m_day.done.end(),
                             [&](const DoneTask &task) { return task.key == key; }),
            m_day.done.end());
    }
    if (const Status saved = StudyDayStore(m_store.db()).save(m_day); !saved) {
        m_saveStatus.markFailed(saved.errorMessage());
        QMessageBox::warning(this, tr("Today"), saved.errorMessage());
        return;
    }
    m_saveStatus.markSaved();
    updateTotal();
}

void TodayPanel::openCurrent()
{
    const QTreeWidgetItem *item = m_tasks->currentItem();
    if (!item || !item->parent())
        return;
    const auto kind = static_cast<PlanTask::Kind>(item->data(TitleColumn, TaskKindRole).toInt());
    const qint64 id = item->data(TitleColumn, IdRole).toLongLong();
    if (kind == PlanTask::Kind::MockRound)
        Q_EMIT mockLoopRequested();
    else if (item->data(TitleColumn, ItemKindRole).toInt() == int(StudyItemKind::Story) && id > 0)
        Q_EMIT openStoryRequested(id);
    else if (id > 0)
        Q_EMIT openQuestionRequested(id);
}

void TodayPanel::saveGoal(const StudyGoal &goal)
{
    if (const Status saved = StudyGoalStore(m_store.db()).save(goal); !saved) {
        m_saveStatus.markFailed(saved.errorMessage());
        m_editor->showError(saved.errorMessage());
        return;
    }
    m_saveStatus.markSaved();
    m_change->setChecked(false);
    reload(m_today.isValid() ? m_today : QDate::currentDate());
}

void TodayPanel::showGoalEditor(bool shown)
{
    m_editor->setVisible(shown || m_plan.loops.isEmpty());
}

Status TodayPanel::exportCalendar(const QString &path) const
{
    const QByteArray ics = PlanCalendar::toIcs(m_plan, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return Error {tr("The plan could not be saved to %1: %2").arg(path, file.errorString())};
    return {};
}

void TodayPanel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plan to Calendar"),
        folder + QStringLiteral("/starloop-plan.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (const Status saved = exportCalendar(path); !saved) {
        QMessageBox::warning(this, tr("Export Plan to Calendar"), saved.errorMessage());
        return;
    }
    QMessageBox::information(this, tr("Export Plan to Calendar"),
        tr("%n day(s) of the plan saved. Open the file with your calendar to add them.", nullptr,
            static_cast<int>(m_plan.days.size())));
}

} // namespace Starloop::Gui
