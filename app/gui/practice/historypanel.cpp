#include "gui/practice/historypanel.h"

#include "core/practice/practicelog.h"
#include "core/practice/practicetimer.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/storage/datastore.h"
#include "gui/widgets/statictextdelegate.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

#ifdef STARLOOP_HAVE_MULTIMEDIA
#include "gui/rehearsal/playbackview.h"
#include "gui/rehearsal/takecomparisonview.h"
#endif

namespace Starloop::Gui {

using Practice::PracticeSession;
using Practice::PracticeTimer;

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("question"))
        return HistoryPanel::tr("Question");
    if (kind == QLatin1String("story"))
        return HistoryPanel::tr("Story");
    if (kind == QLatin1String("coding"))
        return HistoryPanel::tr("Coding");
    if (kind == QLatin1String("system-design"))
        return HistoryPanel::tr("System design");
    if (kind == QLatin1String("mock-loop"))
        return HistoryPanel::tr("Mock loop");
    return HistoryPanel::tr("Free timer");
}

QString statusName(PracticeSession::Status status)
{
    switch (status) {
    case PracticeSession::Status::Running:
        return HistoryPanel::tr("running");
    case PracticeSession::Status::Interrupted:
        return HistoryPanel::tr("interrupted");
    case PracticeSession::Status::Finished:
        break;
    }
    return HistoryPanel::tr("finished");
}

QString minutes(int seconds)
{
    return PracticeTimer::formatElapsed(qint64(seconds) * 1000);
}

} // namespace

HistoryPanel::HistoryPanel(Storage::DataStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->setAccessibleName(tr("Kind of practice"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : Practice::PracticeLog::kinds())
        m_kind->addItem(kindName(kind), kind);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(3);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("historyExport"));
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_summary, 1);
    filters->addWidget(m_export);
    layout->addLayout(filters);
    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &HistoryPanel::reload);
    connect(m_period, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &HistoryPanel::reload);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportCsv);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTreeWidget(splitter);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Practice sessions"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setItemDelegate(new StaticTextDelegate(m_table)); // repainted at every filter change
    m_table->setHeaderLabels(
        {tr("When"), tr("Kind"), tr("What"), tr("Planned"), tr("Actual"), tr("Rating"), tr("Status")});
    m_table->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("Session details"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto *entryButtons = new QHBoxLayout;
    m_play = new QPushButton(
        QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Play Recording…"), this);
    m_play->setObjectName(QStringLiteral("historyPlayButton"));
    m_play->setToolTip(tr("The recording of this rehearsal with its spoken timings"));
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Entry…"), this);
    m_delete->setObjectName(QStringLiteral("historyDeleteButton"));
    m_compare = new QPushButton(tr("&Compare Takes…"), this);
    m_compare->setObjectName(QStringLiteral("historyCompareButton"));
    m_compare->setToolTip(tr("This recording beside the take of the same story before it"));
    entryButtons->addWidget(m_play);
    entryButtons->addWidget(m_compare);
    entryButtons->addStretch(1);
    entryButtons->addWidget(m_delete);
    layout->addLayout(entryButtons);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &HistoryPanel::showDetails);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &HistoryPanel::readMoreIfAtEnd);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &HistoryPanel::readMoreIfAtEnd);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &HistoryPanel::readMoreIfAtEnd);
    connect(m_play, &QPushButton::clicked, this, &HistoryPanel::playRecording);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareTakes);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSession);
    reload();
}

Practice::PracticeFilter HistoryPanel::filter() const
{
    Practice::PracticeFilter filter;
    filter.kind = m_kind->currentData().toString();
    const int days = m_period->currentData().toInt();
    if (days > 0)
        filter.fromSecs
            = QDateTime(QDate::currentDate().addDays(-(days - 1)), QTime(0, 0)).toSecsSinceEpoch();
    return filter;
}

void HistoryPanel::reload()
{
    m_filter = filter();
    m_table->clear();
    m_table->scrollToTop(); // the new list from its first page
    m_sessions.clear();
    m_compareWith.reset();
    const auto totals = Practice::PracticeLog(m_store.db()).totals(m_filter);
    m_total = totals ? totals->sessions : 0;
    if (totals)
        m_summary->setText(tr("%n session(s)", nullptr, m_total) + QStringLiteral(" · ")
            + tr("%n minute(s) of practice", nullptr, int(totals->actualSeconds / 60)));
    else
        m_summary->setText(totals.errorMessage());
    readMore();
    // The columns fit the first rows shown; later filters keep those widths, as measuring every
    // cell of a page at each change took longer than reading it.
    if (!m_columnsFitted && m_table->topLevelItemCount() > 0) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (column != 2)
                m_table->resizeColumnToContents(column);
        }
        m_columnsFitted = true;
    }
    m_export->setEnabled(m_total > 0);
    m_play->setEnabled(false);
    m_compare->setEnabled(false);
    m_delete->setEnabled(false);
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    else
        m_details->setHtml(
            tr("<p>No practice in this period yet. Every timed session lands here: what you practised, "
               "planned against actual time per phase, your rating and notes.</p>"));
}

void HistoryPanel::readMore()
{
    if (m_sessions.size() >= m_total)
        return;
    Practice::PracticeFilter page = m_filter;
    page.offset = int(m_sessions.size());
    page.limit = Page;
    const auto sessions = Practice::PracticeLog(m_store.db()).list(page);
    if (!sessions || sessions->isEmpty()) {
        if (!sessions)
            m_summary->setText(sessions.errorMessage());
        m_total = int(m_sessions.size()); // nothing more to read
        return;
    }
    const QLocale locale;
    for (const PracticeSession &s : sessions.value()) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, locale.toString(QDateTime::fromSecsSinceEpoch(s.startedAt), QLocale::ShortFormat));
        item->setText(1, kindName(s.kind));
        item->setText(2, s.title);
        item->setText(3, s.plannedSeconds > 0 ? minutes(s.plannedSeconds) : QStringLiteral("–"));
        item->setText(4, minutes(s.actualSeconds));
        item->setText(5, s.rating ? QStringLiteral("%1/5").arg(*s.rating) : QString());
        item->setText(6, statusName(s.status));
        item->setData(0, Qt::UserRole, int(m_sessions.size()));
        for (int column : {3, 4, 5})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (s.plannedSeconds > 0 && s.actualSeconds > s.plannedSeconds)
            item->setForeground(4, QColor(0xc0, 0x1c, 0x28));
        if (s.status == PracticeSession::Status::Interrupted)
            item->setForeground(6, QColor(0xb5, 0x6b, 0x00));
        m_sessions.append(s);
    }
}

// When the last row read is in sight (scrolled to, or the table is taller than a page) or the
// keyboard reached it. The row's place makes the view lay out what it was given first, so this
// holds before the table has been painted too.
void HistoryPanel::readMoreIfAtEnd()
{
    const int rows = m_table->topLevelItemCount();
    if (m_sessions.size() >= m_total || rows == 0)
        return;
    QTreeWidgetItem *last = m_table->topLevelItem(rows - 1);
    if (m_table->currentItem() == last || m_table->visualItemRect(last).top() < m_table->viewport()->height())
        readMore();
}

int HistoryPanel::sessionCount() const
{
    return m_total;
}

int HistoryPanel::sessionsRead() const
{
    return int(m_sessions.size());
}

// The take to compare with: among the recorded sessions of the same story the filters show (the
// log is newest first), the one before this, else the one after.
void HistoryPanel::findTakeToCompare(const PracticeSession &selected)
{
    m_compareWith.reset();
    const auto links = Rehearsal::RecordingLinks(m_store.db()).links();
    if (!links || selected.ref.isEmpty())
        return;
    const Practice::PracticeLog log(m_store.db());
    bool passedSelected = false;
    for (const Rehearsal::RecordingLink &link : links.value()) {
        if (link.sessionId == selected.id) {
            passedSelected = true;
            continue;
        }
        if (!link.exists)
            continue;
        const auto other = log.load(link.sessionId);
        if (!other || other->kind != selected.kind || other->ref != selected.ref
            || (m_filter.fromSecs && other->startedAt < *m_filter.fromSecs)
            || (m_filter.untilSecs && other->startedAt >= *m_filter.untilSecs))
            continue;
        m_compareWith = other.value();
        if (passedSelected)
            break;
    }
}

void HistoryPanel::showDetails()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const PracticeSession &s = m_sessions.at(item->data(0, Qt::UserRole).toInt());
    QString html = QStringLiteral("<h3>%1</h3>").arg(s.title.toHtmlEscaped());
    const auto link = Rehearsal::RecordingLinks(m_store.db()).link(s.id);
    const bool recorded = link && link.value();
    m_delete->setEnabled(true);
    m_play->setEnabled(recorded);
    m_compareWith.reset();
    if (recorded && link.value()->exists)
        findTakeToCompare(s);
    m_compare->setEnabled(m_compareWith.has_value());
#ifndef STARLOOP_HAVE_MULTIMEDIA
    m_play->setVisible(false);
    m_compare->setVisible(false);
#endif
    if (recorded) {
        const QString name = QFileInfo(link.value()->path).fileName().toHtmlEscaped();
        html += link.value()->exists
            ? tr("<p><b>Recording:</b> %1</p>").arg(name)
            : tr("<p><b>Recording:</b> %1 <i>(deleted or moved outside Starloop)</i></p>").arg(name);
    }
    if (!s.phases.isEmpty()) {
        html += QStringLiteral(
            "<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='right'>%2</th>"
            "<th align='right'>%3</th><th align='right'>%4</th></tr>")
                    .arg(tr("Phase"), tr("Planned"), tr("Actual"), tr("Over"));
        for (const Practice::PhaseSummary &p : s.phases) {
            const int over = p.overrunSeconds();
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                                   "<td align='right' style='color:#c01c28'>%4</td></tr>")
                        .arg(p.name.toHtmlEscaped(), minutes(p.plannedSeconds), minutes(p.actualSeconds),
                            over > 0 ? PracticeTimer::formatRemaining(-qint64(over) * 1000) : QString());
        }
        html += QStringLiteral("</table>");
    }
    if (!s.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Notes:"),
                        s.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (s.status == PracticeSession::Status::Interrupted)
        html += tr("<p><i>Interrupted: Starloop was closed while this session ran.</i></p>");
    m_details->setHtml(html);
}

void HistoryPanel::playRecording()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const PracticeSession &s = m_sessions.at(item->data(0, Qt::UserRole).toInt());
#ifdef STARLOOP_HAVE_MULTIMEDIA
    PlaybackView::openForSession(m_store.db(), s.id, s.title, this);
#else
    (void)s;
#endif
}

void HistoryPanel::compareTakes()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !m_compareWith)
        return;
    const PracticeSession &selected = m_sessions.at(item->data(0, Qt::UserRole).toInt());
    // The earlier take on the left.
    const bool selectedFirst = std::make_pair(selected.startedAt, selected.id)
        < std::make_pair(m_compareWith->startedAt, m_compareWith->id);
    const PracticeSession &first = selectedFirst ? selected : *m_compareWith;
    const PracticeSession &second = selectedFirst ? *m_compareWith : selected;
    const QLocale locale;
    const auto name = [&locale](const PracticeSession &s) {
        return tr("Take of %1")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(s.startedAt), QLocale::ShortFormat));
    };
#ifdef STARLOOP_HAVE_MULTIMEDIA
    TakeComparisonView::openForSessions(m_store.db(), first.id, name(first), second.id, name(second), this);
#else
    (void)name;
    (void)first;
    (void)second;
#endif
}

void HistoryPanel::deleteSession()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const PracticeSession s = m_sessions.at(item->data(0, Qt::UserRole).toInt());
    if (QMessageBox::question(this, tr("Delete Entry"),
            tr("Delete the practice log entry “%1”?").arg(s.title), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const auto removed = Rehearsal::RecordingLinks(m_store.db()).removeSession(s.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete Entry"), removed.errorMessage());
        return;
    }
    const QString recording = removed.value().recordingPath;
    if (!recording.isEmpty() && removed.value().recordingExists
        && QMessageBox::question(this, tr("Delete Entry"),
               tr("The entry had a recording, %1. Delete the recording file too?")
                   .arg(QDir::toNativeSeparators(recording)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes) {
        if (const Status deleted = Rehearsal::RecordingLinks::deleteRecording(recording); !deleted)
            QMessageBox::warning(this, tr("Delete Entry"), deleted.errorMessage());
    }
    reload();
}

bool HistoryPanel::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const Status written = Practice::PracticeLog(m_store.db()).exportCsv(file, filter());
    if (!written || !file.commit()) {
        if (error)
            *error = written ? file.errorString() : written.errorMessage();
        return false;
    }
    return true;
}

void HistoryPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Practice Log"),
        QDir::homePath()
            + QStringLiteral("/starloop-practice-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Practice Log"),
            tr("The practice log could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace Starloop::Gui
