#include "gui/practice/mocklooppanel.h"

#include "core/practice/practicelog.h"
#include "core/practice/practicetimer.h"
#include "core/storage/datastore.h"
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"
#include "gui/practice/timercontroller.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Practice::MockLoopPlanner;
using Practice::MockRound;
using Practice::PracticeTimer;

namespace {

QString clock(int seconds)
{
    return PracticeTimer::formatElapsed(qint64(seconds) * 1000);
}

} // namespace

MockLoopPanel::MockLoopPanel(Storage::DataStore &store, TimerController &controller, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("mockLoopPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *intro
        = new QLabel(tr("Starloop picks the questions for each round, favouring questions due for review and "
                        "principles with the fewest stories. Run each round on the timer, rate it, and see "
                        "the whole loop at the end."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("mockLoopKind"));
    m_kind->setAccessibleName(tr("Kind of loop"));
    m_kind->addItem(tr("Phone screen (1 round, 60 min)"));
    m_kind->addItem(tr("Onsite: coding ×2, system design, behavioral ×2, bar raiser"));
    m_kind->addItem(tr("Onsite: coding ×2, system design, behavioral ×3, bar raiser"));
    m_kind->setCurrentIndex(1);
    m_plan = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Pick &Questions"), this);
    m_plan->setObjectName(QStringLiteral("mockLoopPlan"));
    m_start
        = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start &Round"), this);
    m_start->setObjectName(QStringLiteral("mockLoopStartRound"));
    m_start->setEnabled(false);
    row->addWidget(new QLabel(tr("Loop:"), this));
    row->addWidget(m_kind);
    row->addWidget(m_plan);
    row->addStretch(1);
    row->addWidget(m_start);
    layout->addLayout(row);
    connect(m_plan, &QPushButton::clicked, this, [this] { planLoop(); });
    connect(m_start, &QPushButton::clicked, this, &MockLoopPanel::startRound);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mockLoopStatus"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_rounds = new QTreeWidget(splitter);
    m_rounds->setObjectName(QStringLiteral("mockLoopRounds"));
    m_rounds->setAccessibleName(tr("Rounds of the loop"));
    m_rounds->setHeaderLabels({tr("Round and questions"), tr("Time"), tr("Notes")});
    m_rounds->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rounds->header()->setStretchLastSection(false);
    connect(m_rounds, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT openQuestionRequested(id);
    });
    m_summary = new QTextBrowser(splitter);
    m_summary->setObjectName(QStringLiteral("mockLoopSummary"));
    m_summary->setAccessibleName(tr("Summary of the loop"));
    m_summary->hide();
    layout->addWidget(splitter, 1);

    connect(&m_controller, &TimerController::sessionStarted, this, [this](qint64 id) {
        if (m_waitingForSession && m_current >= 0 && m_current < m_results.size())
            m_results[m_current].sessionId = id;
        m_waitingForSession = false;
    });
    connect(&m_controller, &TimerController::sessionSaved, this, &MockLoopPanel::sessionSaved);
    m_status->setText(tr("Choose a loop and pick its questions."));
}

void MockLoopPanel::planLoop(quint32 seed)
{
    if (seed == 0)
        seed = QRandomGenerator::global()->generate() | 1u;
    const auto kind
        = m_kind->currentIndex() == 0 ? MockLoopPlanner::Kind::PhoneScreen : MockLoopPlanner::Kind::Onsite;
    const int behavioral = m_kind->currentIndex() == 2 ? 3 : 2;
    const auto planned
        = MockLoopPlanner(m_store.db()).plan(kind, seed, QDateTime::currentSecsSinceEpoch(), behavioral);
    if (!planned) {
        m_status->setText(planned.errorMessage());
        return;
    }
    m_loop = planned.value();
    m_results = QVector<RoundResult>(m_loop.rounds.size());
    m_current = m_loop.rounds.isEmpty() ? -1 : 0;
    m_summary->hide();
    showLoop();
}

bool MockLoopPanel::isComplete() const
{
    return !m_results.isEmpty() && std::all_of(m_results.begin(), m_results.end(), [](const RoundResult &r) {
        return r.session.has_value();
    });
}

QString MockLoopPanel::roundTitle(int index) const
{
    const MockRound &round = m_loop.rounds.at(index);
    QStringList titles;
    for (const auto &q : round.questions)
        titles << q.title;
    const QString head = tr("%1 · %2").arg(m_loop.name, round.name);
    return titles.isEmpty() ? head : tr("%1: %2").arg(head, titles.join(QStringLiteral(" / ")));
}

void MockLoopPanel::startRound()
{
    if (m_current < 0 || m_current >= m_loop.rounds.size())
        return;
    const MockRound &round = m_loop.rounds.at(m_current);
    QStringList refs;
    for (const auto &q : round.questions)
        refs << q.uid;
    if (m_controller.hasSession()) {
        m_status->setText(tr("Finish the session on the timer first."));
        return;
    }
    m_controller.setPlan(
        round.plan, QStringLiteral("mock-loop"), refs.join(QLatin1Char(',')), roundTitle(m_current));
    m_waitingForSession = true;
    m_controller.start();
    showLoop();
    Q_EMIT roundStarted();
}

void MockLoopPanel::sessionSaved(qint64 id)
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).sessionId != id)
            continue;
        const auto session = Practice::PracticeLog(m_store.db()).load(id);
        if (session)
            m_results[i].session = session.value();
        m_current = -1;
        for (int next = 0; next < m_results.size(); ++next) {
            if (!m_results.at(next).session) {
                m_current = next;
                break;
            }
        }
        showLoop();
        if (isComplete()) {
            showSummary();
            Q_EMIT loopFinished();
        }
        return;
    }
}

void MockLoopPanel::showLoop()
{
    m_rounds->clear();
    const QColor dueColor(0xb5, 0x6b, 0x00);
    for (int i = 0; i < m_loop.rounds.size(); ++i) {
        const MockRound &round = m_loop.rounds.at(i);
        auto *item = new QTreeWidgetItem(m_rounds);
        item->setText(0, round.name);
        item->setText(1, clock(round.plan.totalSeconds()));
        const RoundResult &result = m_results.at(i);
        if (result.session) {
            item->setText(2,
                result.session->rating
                    ? tr("%1 · %2/5").arg(clock(result.session->actualSeconds)).arg(*result.session->rating)
                    : clock(result.session->actualSeconds));
        } else if (i == m_current) {
            item->setText(
                2, m_controller.hasSession() && result.sessionId > 0 ? tr("on the timer") : tr("next"));
        }
        QFont font = item->font(0);
        font.setBold(i == m_current);
        item->setFont(0, font);
        for (const auto &q : round.questions) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, q.title);
            child->setToolTip(0, tr("Double-click to open the question"));
            child->setData(0, Qt::UserRole, q.id);
            QStringList notes;
            if (Sections::fromId(q.section) != Section::Leadership)
                notes << Catalog::sectionName(q.section);
            if (q.due) {
                notes << tr("due for review");
                child->setForeground(2, dueColor);
            }
            child->setText(2, notes.join(QStringLiteral(" · ")));
        }
        if (round.questions.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("No question left in the bank for this round: bring your own."));
            child->setDisabled(true);
        }
    }
    m_rounds->expandAll();
    m_rounds->resizeColumnToContents(1);
    m_rounds->resizeColumnToContents(2);

    const int done = int(std::count_if(
        m_results.begin(), m_results.end(), [](const RoundResult &r) { return r.session.has_value(); }));
    if (m_loop.rounds.isEmpty())
        m_status->setText(tr("Choose a loop and pick its questions."));
    else if (m_current >= 0)
        m_status->setText(tr("%1: round %2 of %3, %4")
                              .arg(m_loop.name)
                              .arg(m_current + 1)
                              .arg(m_loop.rounds.size())
                              .arg(m_loop.rounds.at(m_current).name));
    else
        m_status->setText(tr("%1 complete: %n round(s)", nullptr, done).arg(m_loop.name));
    m_start->setEnabled(
        m_current >= 0 && !(m_results.at(m_current).sessionId > 0 && m_controller.hasSession()));
    m_start->setText(
        m_current >= 0 ? tr("Start %1").arg(m_loop.rounds.at(m_current).name) : tr("Start &Round"));
}

void MockLoopPanel::showSummary()
{
    int planned = 0;
    int actual = 0;
    int ratingSum = 0;
    int rated = 0;
    QString rows;
    for (int i = 0; i < m_loop.rounds.size(); ++i) {
        const auto &session = *m_results.at(i).session;
        planned += session.plannedSeconds;
        actual += session.actualSeconds;
        if (session.rating) {
            ratingSum += *session.rating;
            ++rated;
        }
        QStringList questions;
        for (const auto &q : m_loop.rounds.at(i).questions)
            questions << q.title.toHtmlEscaped();
        const int over = session.actualSeconds - session.plannedSeconds;
        rows += QStringLiteral("<tr><td><b>%1</b><br><small>%2</small></td><td align='right'>%3</td>"
                               "<td align='right'%4>%5</td><td align='center'>%6</td><td>%7</td></tr>")
                    .arg(m_loop.rounds.at(i).name.toHtmlEscaped(), questions.join(QStringLiteral("<br>")),
                        clock(session.plannedSeconds),
                        over > 0 ? QStringLiteral(" style='color:#c01c28'") : QString(),
                        clock(session.actualSeconds),
                        session.rating ? QStringLiteral("%1/5").arg(*session.rating) : QStringLiteral("–"),
                        session.notes.toHtmlEscaped());
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("%1: summary").arg(m_loop.name).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Planned %1, took %2.").arg(clock(planned), clock(actual))
                    + (rated > 0 ? QLatin1Char(' ')
                                + tr("Average rating %1 of 5.").arg(double(ratingSum) / rated, 0, 'f', 1)
                                 : QString()));
    html += QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='4'><tr><th align='left'>%1</th>"
        "<th align='right'>%2</th><th align='right'>%3</th><th>%4</th><th align='left'>%5</th></tr>")
                .arg(tr("Round"), tr("Planned"), tr("Actual"), tr("Rating"), tr("Notes"));
    html += rows + QStringLiteral("</table>");
    m_summary->setHtml(html);
    m_summary->show();
}

} // namespace Starloop::Gui
