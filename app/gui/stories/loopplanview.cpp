#include "gui/stories/loopplanview.h"

#include "core/stories/loopplanstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Stories::LoopPlan;
using Stories::LoopPlanner;
using Stories::LoopPlanStore;

LoopPlanView::LoopPlanView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("loopPlanView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *intro = new QLabel(
        tr("Plan which story to tell in which round: no story twice in one loop, and every principle "
           "a round probes backed by a story. Double-click a round's name to rename it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loopPlanSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("loopPlanTable"));
    m_table->setAccessibleName(tr("Loop plan"));
    m_table->setHorizontalHeaderLabels({tr("Round"), tr("Probes"), tr("Stories to tell"), tr("Missing")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(RoundColumn, QHeaderView::ResizeToContents);
    for (int column : {ProbesColumn, StoriesColumn, MissingColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() * 2);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_editButton = new QPushButton(tr("&Edit Principles…"), this);
    m_editButton->setObjectName(QStringLiteral("loopEditRoundButton"));
    m_editButton->setToolTip(tr("Choose the principles the selected round probes"));
    auto *replanButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-plan"), this);
    replanButton->setObjectName(QStringLiteral("loopReplanButton"));
    replanButton->setToolTip(tr("Assign the stories to the rounds again"));
    auto *resetButton = new QPushButton(tr("&Typical Loop"), this);
    resetButton->setObjectName(QStringLiteral("loopResetButton"));
    resetButton->setToolTip(tr("Go back to the five rounds of a typical onsite loop"));
    buttons->addWidget(m_editButton);
    buttons->addStretch(1);
    buttons->addWidget(resetButton);
    buttons->addWidget(replanButton);
    layout->addLayout(buttons);

    connect(m_editButton, &QPushButton::clicked, this, &LoopPlanView::editRoundPrinciples);
    connect(replanButton, &QPushButton::clicked, this, &LoopPlanView::replan);
    connect(resetButton, &QPushButton::clicked, this, &LoopPlanView::resetToTypicalLoop);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_editButton->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != RoundColumn)
            editRoundPrinciples();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != RoundColumn || item->row() >= m_plan.rounds.size())
            return;
        const QString name = item->text().simplified();
        LoopPlan plan = m_plan;
        if (!name.isEmpty())
            plan.rounds[item->row()].name = name;
        apply(plan, true);
    });
    m_editButton->setEnabled(false);
}

void LoopPlanView::setPrinciples(const QVector<Stories::Principle> &principles)
{
    m_principles = principles;
    m_principleNames.clear();
    for (const Stories::Principle &p : principles)
        m_principleNames.insert(p.id, p.name);
    fillTable();
}

void LoopPlanView::refresh()
{
    LoopPlanStore store(m_db);
    const auto stories = store.stories();
    if (!stories) {
        Q_EMIT failed(tr("The stories could not be read for the loop plan"), stories.errorMessage());
        return;
    }
    m_stories = stories.value();
    const auto saved = store.load();
    if (saved && saved.value()) {
        apply(LoopPlanner::evaluate(*saved.value(), m_stories), false);
        return;
    }
    // None saved yet (or unreadable): the typical loop, planned now, saved on the first change.
    apply(LoopPlanner::plan(LoopPlanner::typicalRounds(), m_stories), false);
}

void LoopPlanView::replan()
{
    apply(LoopPlanner::plan(m_plan.rounds, m_stories), true);
}

void LoopPlanView::resetToTypicalLoop()
{
    apply(LoopPlanner::plan(LoopPlanner::typicalRounds(), m_stories), true);
}

void LoopPlanView::setRoundPrinciples(int round, const QStringList &principleIds)
{
    if (round < 0 || round >= m_plan.rounds.size())
        return;
    LoopPlan plan = m_plan;
    // In the canonical order, whatever order they were ticked in.
    QStringList ordered;
    for (const Stories::Principle &p : std::as_const(m_principles)) {
        if (principleIds.contains(p.id))
            ordered << p.id;
    }
    plan.rounds[round].principles = m_principles.isEmpty() ? principleIds : ordered;
    apply(LoopPlanner::plan(plan.rounds, m_stories), true);
}

void LoopPlanView::editRoundPrinciples()
{
    const int round = m_table->currentRow();
    if (round < 0 || round >= m_plan.rounds.size())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("loopRoundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Principles for “%1”").arg(m_plan.rounds.at(round).name));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("loopRoundPrinciples"));
    list->setAccessibleName(tr("Principles this round probes"));
    for (const Stories::Principle &p : std::as_const(m_principles)) {
        auto *item = new QListWidgetItem(p.name, list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.summary);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_plan.rounds.at(round).principles.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, list, round] {
        QStringList ids;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ids << list->item(row)->data(Qt::UserRole).toString();
        }
        setRoundPrinciples(round, ids);
    });
    dialog->open();
}

void LoopPlanView::apply(const LoopPlan &plan, bool save)
{
    m_plan = plan;
    if (save) {
        const Status status = LoopPlanStore(m_db).save(m_plan);
        if (!status)
            Q_EMIT failed(tr("The loop plan could not be saved"), status.errorMessage());
    }
    fillTable();
}

QString LoopPlanView::principleNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names << m_principleNames.value(id, id);
    return names.join(QStringLiteral(", "));
}

void LoopPlanView::fillTable()
{
    m_filling = true;
    const int current = m_table->currentRow();
    QHash<QString, const Stories::Story *> byUid;
    for (const Stories::Story &story : std::as_const(m_stories))
        byUid.insert(story.uid, &story);
    m_table->setRowCount(static_cast<int>(m_plan.rounds.size()));
    const QColor gapColour(QStringLiteral("#c62828"));
    for (int row = 0; row < m_plan.rounds.size(); ++row) {
        const Stories::LoopRound &round = m_plan.rounds.at(row);
        auto *name = new QTableWidgetItem(round.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_table->setItem(row, RoundColumn, name);

        auto *probes = new QTableWidgetItem(
            round.principles.isEmpty() ? tr("(none)") : principleNames(round.principles));
        probes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, ProbesColumn, probes);

        QStringList lines;
        for (const QString &uid : round.storyUids) {
            const Stories::Story *story = byUid.value(uid);
            if (!story)
                continue;
            QStringList covers;
            for (const QString &p : story->principles) {
                if (round.principles.contains(p))
                    covers << m_principleNames.value(p, p);
            }
            const QString title
                = story->title.simplified().isEmpty() ? tr("Untitled story") : story->title.simplified();
            lines << tr("%1 (%2)").arg(title, covers.join(QStringLiteral(", ")));
        }
        auto *stories
            = new QTableWidgetItem(lines.isEmpty() ? tr("No story assigned") : lines.join(QLatin1Char('\n')));
        stories->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, StoriesColumn, stories);

        auto *missing = new QTableWidgetItem(
            round.uncovered.isEmpty() ? tr("Covered") : principleNames(round.uncovered));
        missing->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        missing->setData(Qt::UserRole, round.uncovered);
        if (!round.uncovered.isEmpty()) {
            missing->setForeground(gapColour);
            QFont bold = missing->font();
            bold.setBold(true);
            missing->setFont(bold);
            missing->setToolTip(
                tr("No story in this loop covers these principles: write or tag one, or re-plan."));
        }
        m_table->setItem(row, MissingColumn, missing);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    const int gaps = m_plan.gapCount();
    int told = 0;
    for (const Stories::LoopRound &round : std::as_const(m_plan.rounds))
        told += static_cast<int>(round.storyUids.size());
    m_summary->setText(gaps == 0 ? tr("Every round is covered, with %n story(s).", nullptr, told)
                                 : tr("%n principle(s) still uncovered across the rounds.", nullptr, gaps));
    m_summary->setStyleSheet(gaps == 0 ? QString() : QStringLiteral("color: #c62828;"));
    m_filling = false;
}

} // namespace Starloop::Gui
