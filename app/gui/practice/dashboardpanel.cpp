#include "gui/practice/dashboardpanel.h"

#include "core/practice/progress.h"
#include "core/practice/readiness.h"
#include "core/practice/reviewrepository.h"
#include "core/practice/schedulerstore.h"
#include "core/practice/studybank.h"
#include "core/practice/studygoalstore.h"
#include "core/practice/studyplanner.h"
#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "core/vocabulary/catalog.h"
#include "gui/practice/heatmapwidget.h"
#include "gui/practice/readinesschart.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTime>
#include <QTreeWidget>

#include <QVBoxLayout>
#include <algorithm>

namespace Starloop::Gui {

// Story coverage as horizontal bars, one per principle, with the goal (CoverageMinimum) marked.
class CoverageBars : public QWidget
{
public:
    explicit CoverageBars(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("storyCoverageBars"));
        setAccessibleName(DashboardPanel::tr("Story coverage by principle"));
    }

    void setCoverage(const QVector<Stories::PrincipleCoverage> &coverage)
    {
        m_rows = coverage;
        QStringList described;
        for (const auto &row : coverage)
            described
                << DashboardPanel::tr("%1: %n story(ies)", nullptr, row.stories).arg(row.principle.name);
        setAccessibleDescription(described.join(QStringLiteral("; ")));
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        return QSize(420, RowHeight * std::max<int>(4, int(m_rows.size())) + 6);
    }
    QSize minimumSizeHint() const override { return QSize(300, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics = fontMetrics();
        int nameWidth = 0;
        for (const auto &row : std::as_const(m_rows))
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.principle.name));
        nameWidth = std::min(nameWidth + 10, width() / 2);
        int most = Stories::CoverageMinimum + 1;
        for (const auto &row : std::as_const(m_rows))
            most = std::max(most, row.stories);
        const int barLeft = nameWidth;
        const int barWidth = std::max(40, width() - barLeft - 34);
        const QColor text = palette().color(QPalette::WindowText);
        QColor track = text;
        track.setAlpha(28);
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto &row = m_rows.at(i);
            const int y = i * RowHeight + 3;
            painter.setPen(text);
            painter.drawText(QRect(0, y, nameWidth - 8, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(row.principle.name, Qt::ElideRight, nameWidth - 8));
            const QRectF bar(barLeft, y + RowHeight / 2.0 - 5, barWidth, 10);
            painter.setPen(Qt::NoPen);
            painter.setBrush(track);
            painter.drawRoundedRect(bar, 5, 5);
            if (row.stories > 0) {
                QRectF filled = bar;
                filled.setWidth(bar.width() * row.stories / most);
                painter.setBrush(row.isGap() ? QColor(0xe0, 0x9b, 0x2d) : QColor(0x2f, 0x9e, 0x55));
                painter.drawRoundedRect(filled, 5, 5);
            }
            painter.setPen(text);
            painter.drawText(QRect(barLeft + barWidth + 6, y, 28, RowHeight),
                Qt::AlignLeft | Qt::AlignVCenter, QString::number(row.stories));
        }
        // the goal line
        const qreal goalX = barLeft + qreal(barWidth) * Stories::CoverageMinimum / most;
        QPen goal(text, 1, Qt::DashLine);
        painter.setPen(goal);
        painter.drawLine(QPointF(goalX, 0), QPointF(goalX, m_rows.size() * RowHeight + 3));
    }

private:
    static constexpr int RowHeight = 19;
    QVector<Stories::PrincipleCoverage> m_rows;
};

namespace {

QString formatMinutes(int seconds)
{
    const int minutes = seconds / 60;
    if (minutes < 60)
        return DashboardPanel::tr("%n min", nullptr, minutes);
    return DashboardPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// A titled card: a bold heading over a frame in the base colour. (A bold QGroupBox title would
// make everything inside it bold too.)
QFrame *card(const QString &title, QVBoxLayout *into, QWidget *parent, QLabel **headingOut = nullptr)
{
    auto *heading = new QLabel(title, parent);
    if (headingOut)
        *headingOut = heading;
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base); // follows the theme when it changes
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addWidget(heading);
    column->addWidget(frame, 1);
    into->addLayout(column);
    return frame;
}

} // namespace

DashboardPanel::DashboardPanel(Storage::DataStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);

    m_statRow = new QWidget(content);
    auto *stats = new QHBoxLayout(m_statRow);
    stats->setContentsMargins(0, 0, 0, 0);
    stats->setSpacing(12);
    m_streak = addStat(QStringLiteral("dashboardStreak"), tr("day streak"));
    m_today = addStat(QStringLiteral("dashboardToday"), tr("practised today"));
    m_month = addStat(QStringLiteral("dashboardMonth"), tr("in the last 30 days"));
    m_due = addStat(QStringLiteral("dashboardDue"), tr("due for review"));
    layout->addWidget(m_statRow);

    QFrame *readiness = card(tr("Readiness on the loop date"), layout, content, &m_readinessTitle);
    auto *readinessLayout = new QVBoxLayout(readiness);
    readinessLayout->setContentsMargins(12, 4, 12, 8);
    m_readiness = new ReadinessChart(readiness);
    readinessLayout->addWidget(m_readiness);
    m_readinessNote = new QLabel(readiness);
    m_readinessNote->setObjectName(QStringLiteral("readinessNote"));
    m_readinessNote->setWordWrap(true);
    m_readinessNote->setEnabled(false);
    readinessLayout->addWidget(m_readinessNote);

    QFrame *calendar = card(tr("Practice per day"), layout, content);
    auto *calendarLayout = new QHBoxLayout(calendar);
    calendarLayout->setContentsMargins(12, 10, 12, 6);
    m_heatMap = new HeatMapWidget(calendar);
    calendarLayout->addWidget(m_heatMap, 1);

    auto *bottom = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    bottom->addLayout(left, 1);
    bottom->addSpacing(12);
    bottom->addLayout(right, 1);
    QFrame *sections = card(tr("Questions by section"), left, content);
    auto *sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_sections = new QTreeWidget(sections);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setObjectName(QStringLiteral("dashboardSections"));
    m_sections->setAccessibleName(tr("Questions seen, due and mastered by section"));
    m_sections->setRootIsDecorated(false);
    m_sections->setHeaderLabels({tr("Section"), tr("Questions"), tr("Seen"), tr("Due"), tr("Mastered")});
    m_sections->header()->setStretchLastSection(false);
    m_sections->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sections->setToolTip(
        tr("Mastered: the next review is three weeks or more away (FSRS stability of 21 days or more)."));
    m_sections->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    sectionsLayout->addWidget(m_sections);
    auto *meaning = new QLabel(tr("Seen: rated at least once in self-test. Due: its next review has come. "
                                  "Mastered: the next review is three weeks or more away."),
        sections);
    meaning->setWordWrap(true);
    meaning->setEnabled(false);
    meaning->setContentsMargins(8, 4, 8, 8);
    sectionsLayout->addWidget(meaning);
    sectionsLayout->addStretch(1);

    QFrame *coverage = card(tr("Story coverage by principle"), right, content);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(12, 8, 12, 8);
    m_coverage = new CoverageBars(coverage);
    coverageLayout->addWidget(m_coverage);
    auto *goal = new QLabel(
        tr("Dashed line: the goal of %n stories per principle.", nullptr, Stories::CoverageMinimum),
        coverage);
    goal->setEnabled(false);
    coverageLayout->addWidget(goal);
    layout->addLayout(bottom, 1);

    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QLabel *DashboardPanel::addStat(const QString &objectName, const QString &caption)
{
    auto *card = new QFrame(m_statRow);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 6, 14, 6);
    layout->setSpacing(0);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setAccessibleName(caption);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, card);
    label->setEnabled(false);
    layout->addWidget(value);
    layout->addWidget(label);
    m_statRow->layout()->addWidget(card);
    return value;
}

void DashboardPanel::reload(const QDate &today)
{
    Practice::ProgressRepository progress(m_store.db());
    const QDate first = HeatMapWidget::firstDay(today, HeatMapWidget::MaxWeeks);
    const auto days = progress.practicePerDay(std::min(first, today.addDays(-29)), today);
    if (days) {
        QVector<Practice::DayActivity> shown;
        int month = 0;
        for (const auto &day : days.value()) {
            if (day.day >= first)
                shown << day;
            if (day.day > today.addDays(-30))
                month += day.seconds;
        }
        m_heatMap->setDays(shown, today);
        m_today->setText(formatMinutes(days->isEmpty() ? 0 : days->last().seconds));
        m_month->setText(formatMinutes(month));
    }
    const auto streak = progress.streak(today);
    m_streakDays = streak ? streak.value() : 0;
    m_streak->setText(QString::number(m_streakDays));
    m_streak->setToolTip(tr("%n day(s) in a row with practice", nullptr, m_streakDays));

    const qint64 now = QDateTime(today, QTime::currentTime()).toSecsSinceEpoch();
    const auto due = Practice::ReviewRepository(m_store.db()).dueCount(now);
    m_due->setText(due ? QString::number(due.value()) : QStringLiteral("–"));

    m_sections->clear();
    if (const auto sections = progress.sections(now)) {
        for (const auto &row : sections.value()) {
            auto *item = new QTreeWidgetItem(m_sections);
            item->setText(0, Catalog::sectionName(row.section));
            item->setText(1, QString::number(row.questions));
            item->setText(2, QString::number(row.seen));
            item->setText(3, QString::number(row.due));
            item->setText(4, QString::number(row.mastered));
            for (int column = 1; column < 5; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            if (row.due > 0)
                item->setForeground(3, QColor(0xb5, 0x6b, 0x00));
        }
        for (int column = 1; column < 5; ++column)
            m_sections->resizeColumnToContents(column);
        const int rows = m_sections->topLevelItemCount();
        const int rowHeight = rows > 0 ? m_sections->sizeHintForRow(0) : m_sections->fontMetrics().height();
        m_sections->setFixedHeight(
            m_sections->header()->sizeHint().height() + std::max(rows, 1) * rowHeight + 4);
    }
    if (const auto coverage = Stories::StoryRepository(m_store.db()).coverage())
        m_coverage->setCoverage(coverage.value());
    reloadReadiness(today);
}

void DashboardPanel::reloadReadiness(const QDate &today)
{
    using namespace Practice;
    const auto goal = StudyGoalStore(m_store.db()).load();
    const auto config = SchedulerStore(m_store.db()).load();
    const auto items = StudyBank::load(m_store.db());
    if (!goal || !config || !items) {
        m_readinessNote->setText(!goal ? goal.errorMessage()
                : !config              ? config.errorMessage()
                                       : items.errorMessage());
        return;
    }
    QDate date;
    for (const LoopDate &loop : goal->loops) {
        if (loop.date > today && (!date.isValid() || loop.date > date))
            date = loop.date;
    }
    const bool noDate = !date.isValid();
    if (noDate)
        date = today.addDays(StudyPlanner::DefaultHorizonDays);
    const QLocale locale;
    m_readinessTitle->setText(noDate
            ? tr("Readiness in four weeks (no loop date set)")
            : tr("Readiness on the loop date, %1").arg(locale.toString(date, QLocale::LongFormat)));
    const ReadinessReport report = ReadinessCalculator::onDate(items.value(), date, config->fsrs());
    QHash<QString, QString> names;
    for (const QString &section : Catalog::sections())
        names.insert(section, Catalog::sectionName(section));
    if (const auto principles = Stories::StoryRepository(m_store.db()).principles()) {
        for (const Stories::Principle &principle : principles.value())
            names.insert(principle.id, principle.name);
    }
    m_readiness->setReadiness(report.sections, report.principles, config->desiredRetention, names);
    // Where following the plan leads: the same numbers the plan's days were made for.
    m_readiness->setPlanned({});
    if (!noDate) {
        if (const auto input = StudyBank::planInput(m_store.db(), today)) {
            const StudyPlan plan = StudyPlanner::plan(input.value());
            m_readiness->setPlanned(plan.sections + plan.principles);
        }
    }
    m_readinessNote->setText(
        tr("Bars: the recall predicted for that day if you stopped studying now; ◆ where the plan in "
           "Today leads. Dashed line: the target of %1% (the desired retention, in Settings). Thin "
           "blue bar: the share seen at least once. Stories count toward their principles.%2")
            .arg(qRound(config->desiredRetention * 100))
            .arg(noDate ? tr(" Set your loop date in Practice > Today.") : QString()));
}

} // namespace Starloop::Gui
