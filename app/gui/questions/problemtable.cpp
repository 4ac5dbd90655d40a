#include "gui/questions/problemtable.h"

#include "core/vocabulary/catalog.h"
#include "gui/widgets/clearbutton.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace Starloop::Gui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int PatternRole = Qt::UserRole + 3;
constexpr int SolvedRole = Qt::UserRole + 4;

QString shortDate(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat);
}

} // namespace

class ProblemTableModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Gui::ProblemTable)
public:
    using QAbstractTableModel::QAbstractTableModel;
    QVector<Coding::ProblemRow> rows;

    void setRows(QVector<Coding::ProblemRow> list)
    {
        beginResetModel();
        rows = std::move(list);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ProblemTable::ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QString names[]
            = {tr("Problem"), tr("Pattern"), tr("Level"), tr("Last attempt"), tr("Result"), tr("Due")};
        return section >= 0 && section < ProblemTable::ColumnCount ? names[section] : QString();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rows.size())
            return {};
        const Coding::ProblemRow &row = rows.at(index.row());
        if (role == IdRole)
            return row.questionId;
        if (role == PatternRole)
            return row.pattern;
        if (role == SolvedRole)
            return row.solved;
        const qint64 today = QDateTime::currentSecsSinceEpoch();
        switch (index.column()) {
        case ProblemTable::Title:
            if (role == Qt::DisplayRole)
                return QString((row.solved ? QStringLiteral("✓ ") : QString()) + row.title);
            if (role == SortRole)
                return row.title.toLower();
            break;
        case ProblemTable::Pattern:
            if (role == Qt::DisplayRole)
                return row.pattern.isEmpty() ? tr("Your own") : Catalog::patternName(row.pattern);
            if (role == SortRole) // in study order: pattern by pattern, easier problems first
                return (row.pattern.isEmpty() ? 999 : int(Catalog::patternIds().indexOf(row.pattern))) * 10
                    + int(Catalog::levels().indexOf(row.level));
            break;
        case ProblemTable::Level:
            if (role == Qt::DisplayRole)
                return Catalog::levelName(row.level);
            if (role == SortRole)
                return int(Catalog::levels().indexOf(row.level));
            break;
        case ProblemTable::LastAttempt:
            if (role == Qt::DisplayRole)
                return row.lastAttemptAt ? shortDate(*row.lastAttemptAt) : tr("Not tried");
            if (role == SortRole)
                return row.lastAttemptAt.value_or(0);
            break;
        case ProblemTable::Result:
            if (role == Qt::DisplayRole) {
                if (!row.lastAttemptAt)
                    return QString();
                if (row.lastOutcome == Coding::RunResult::Outcome::NotRun)
                    return tr("Not run");
                if (row.lastOutcome == Coding::RunResult::Outcome::Passed)
                    return tr("Passed %1/%2").arg(row.passed).arg(row.total);
                if (row.lastOutcome == Coding::RunResult::Outcome::Failed)
                    return tr("Failed %1/%2").arg(row.passed).arg(row.total);
                if (row.lastOutcome == Coding::RunResult::Outcome::CompileError)
                    return tr("Did not compile");
                return tr("Stopped");
            }
            if (role == SortRole)
                return row.solved ? 3 : (row.lastAttemptAt ? 1 + (row.passed > 0) : 0);
            if (role == Qt::ForegroundRole && row.lastOutcome == Coding::RunResult::Outcome::Passed)
                return QColor(0x1a, 0x7f, 0x37);
            break;
        case ProblemTable::Due:
            if (role == Qt::DisplayRole)
                return !row.dueAt ? QString() : (*row.dueAt <= today ? tr("Due now") : shortDate(*row.dueAt));
            if (role == SortRole)
                return row.dueAt.value_or(std::numeric_limits<qint64>::max());
            break;
        default:
            break;
        }
        if (role == Qt::AccessibleTextRole)
            return data(index, Qt::DisplayRole);
        return {};
    }
};

// The title filter, the pattern and "unsolved only", on top of the sorting.
class ProblemFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString text;
    QString pattern;
    bool unsolvedOnly = false;

    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, ProblemTable::Title);
        if (!pattern.isEmpty() && index.data(PatternRole).toString() != pattern)
            return false;
        if (unsolvedOnly && index.data(SolvedRole).toBool())
            return false;
        return text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

ProblemTable::ProblemTable(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ProblemTableModel(this))
    , m_proxy(new ProblemFilter(this))
{
    setObjectName(QStringLiteral("problemTable"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *bar = new QHBoxLayout;
    auto *back = new QPushButton(tr("‹ Questions"), this);
    back->setObjectName(QStringLiteral("problemTableBack"));
    back->setToolTip(tr("Back to the question list (Esc)"));
    connect(back, &QPushButton::clicked, this, &ProblemTable::closeRequested);
    bar->addWidget(back);
    auto *title = new QLabel(tr("<b>Coding problems</b>"), this);
    bar->addWidget(title);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("problemFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    enableClearButtonWithText(m_filter);
    m_filter->setAccessibleName(tr("Filter problems by name"));
    bar->addWidget(m_filter, 1);
    m_pattern = new QComboBox(this);
    m_pattern->setObjectName(QStringLiteral("problemPattern"));
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->addItem(tr("Every pattern"), QString());
    for (const QString &pattern : Catalog::patternIds())
        m_pattern->addItem(Catalog::patternName(pattern), pattern);
    bar->addWidget(m_pattern);
    m_unsolvedOnly = new QCheckBox(tr("Unsolved only"), this);
    m_unsolvedOnly->setObjectName(QStringLiteral("problemUnsolvedOnly"));
    bar->addWidget(m_unsolvedOnly);
    auto *next = new QPushButton(tr("Next Unsolved (N)"), this);
    next->setObjectName(QStringLiteral("nextUnsolvedButton"));
    connect(next, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectNextUnsolved())
            Q_EMIT problemOpened(id);
    });
    bar->addWidget(next);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("problemTableView"));
    m_view->setAccessibleName(tr("Coding problems"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Pattern, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    for (int column = Pattern; column < ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT problemOpened(index.data(IdRole).toLongLong()); });
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    layout->addWidget(m_summary);

    auto applyFilters = [this] {
        m_proxy->text = m_filter->text();
        m_proxy->pattern = m_pattern->currentData().toString();
        m_proxy->unsolvedOnly = m_unsolvedOnly->isChecked();
        m_proxy->apply();
        updateSummary();
    };
    connect(m_filter, &QLineEdit::textChanged, this, applyFilters);
    connect(m_pattern, qOverload<int>(&QComboBox::currentIndexChanged), this, applyFilters);
    connect(m_unsolvedOnly, &QCheckBox::toggled, this, applyFilters);
}

void ProblemTable::refresh()
{
    const qint64 current = currentRow() >= 0 ? questionIdAt(currentRow()) : 0;
    auto rows = Coding::ProblemList::load(m_db);
    if (!rows) {
        Q_EMIT failed(rows.errorMessage());
        return;
    }
    m_model->setRows(rows.value());
    for (int row = 0; row < rowCount(); ++row) {
        if (questionIdAt(row) == current)
            m_view->selectRow(row);
    }
    updateSummary();
}

int ProblemTable::rowCount() const
{
    return m_proxy->rowCount();
}

qint64 ProblemTable::questionIdAt(int row) const
{
    return m_proxy->index(row, 0).data(IdRole).toLongLong();
}

int ProblemTable::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

qint64 ProblemTable::selectNextUnsolved()
{
    const int count = rowCount();
    for (int step = 1; step <= count; ++step) {
        const int row = (currentRow() + step + count) % count;
        if (!m_proxy->index(row, 0).data(SolvedRole).toBool()) {
            m_view->selectRow(row);
            m_view->scrollTo(m_proxy->index(row, 0));
            return questionIdAt(row);
        }
    }
    return 0;
}

void ProblemTable::updateSummary()
{
    int solved = 0;
    for (const auto &row : std::as_const(m_model->rows))
        solved += row.solved;
    m_summary->setText(
        tr("%1 of %2 problems solved · %3 shown").arg(solved).arg(m_model->rows.size()).arg(rowCount()));
}

void ProblemTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    if (event->key() == Qt::Key_N && event->modifiers() == Qt::NoModifier && !m_filter->hasFocus()) {
        selectNextUnsolved();
        m_view->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProblemTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_view->setFocus();
}

} // namespace Starloop::Gui
